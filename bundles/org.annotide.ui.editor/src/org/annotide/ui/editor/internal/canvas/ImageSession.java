package org.annotide.ui.editor.internal.canvas;

import org.annotide.imaging.ImagePyramid;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.index.ImageAnnotations;

/**
 * What one canvas shows: an image, or a tile of it (a window onto the image: the same annotations, in
 * image coordinates, limited to those intersecting the window), with its annotations, the commands that
 * change them and its pixels. Closing it releases the shared annotation index and the pyramid.
 */
public final class ImageSession implements AutoCloseable {

    private final ImageAsset image;
    private final Tile tile;
    private final ImageAnnotations annotations;
    private final AnnotationCommands commands;
    private ImagePyramid pyramid;
    private String pixelProblem;

    /**
     * @param commands     null for a read-only view (the bench)
     * @param pyramid      the pixels, or null when they cannot be read; owned by the session from now on
     * @param pixelProblem why there are no pixels, or null
     */
    public ImageSession(ImageAsset image, Tile tile, ImageAnnotations annotations, AnnotationCommands commands,
            ImagePyramid pyramid, String pixelProblem) {
        this.image = image;
        this.tile = tile;
        this.annotations = annotations;
        this.commands = commands;
        this.pyramid = pyramid;
        this.pixelProblem = pixelProblem;
    }

    public ImageAsset image() {
        return image;
    }

    /** The tile shown, or null when the whole image is. */
    public Tile tile() {
        return tile;
    }

    public ImageAnnotations annotations() {
        return annotations;
    }

    public AnnotationCommands commands() {
        return commands;
    }

    public ImagePyramid pyramid() {
        return pyramid;
    }

    public String pixelProblem() {
        return pixelProblem;
    }

    /** Swaps in better pixels (a pyramid that was just built), closing the old ones. */
    public void replacePixels(ImagePyramid newPyramid, String problem) {
        ImagePyramid old = pyramid;
        pyramid = newPyramid;
        pixelProblem = problem;
        if (old != null && old != newPyramid) {
            old.close();
        }
    }

    public double imageWidth() {
        return pyramid != null ? pyramid.width() : Math.max(1, image.getWidth());
    }

    public double imageHeight() {
        return pyramid != null ? pyramid.height() : Math.max(1, image.getHeight());
    }

    /** The editable area: minX, minY, maxX, maxY in image pixels. */
    public double[] window() {
        if (tile != null) {
            return new double[] { tile.getX(), tile.getY(), tile.getX() + (double) tile.getWidth(),
                    tile.getY() + (double) tile.getHeight() };
        }
        return new double[] { 0, 0, imageWidth(), imageHeight() };
    }

    @Override
    public void close() {
        annotations.release();
        if (pyramid != null) {
            pyramid.close();
            pyramid = null;
        }
    }
}
