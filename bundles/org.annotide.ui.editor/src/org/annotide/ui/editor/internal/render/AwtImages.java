package org.annotide.ui.editor.internal.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Java2D rasters to SWT image data, off the UI thread.
 * <p>
 * The fast path takes a {@code TYPE_INT_RGB} raster and writes its ints little-endian into a 32-bit
 * ImageData whose masks read the bytes as B, G, R, x: one bulk copy, and the byte order cairo keeps on
 * x86, so {@link TileImages} copies the bytes into an image's surface as they are (SWT's own conversion
 * is half the time of the R, G, B mask order's, but per pixel in Java either way).
 */
public final class AwtImages {

    private static final PaletteData BGRX = new PaletteData(0xFF00, 0xFF0000, 0xFF000000);

    private AwtImages() {
    }

    /** An opaque copy of the image as SWT image data. */
    public static ImageData toImageData(BufferedImage image) {
        BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB ? image : toIntRgb(image);
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        ImageData data = new ImageData(width, height, 32, BGRX);
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        ByteBuffer bytes = ByteBuffer.wrap(data.data).order(ByteOrder.LITTLE_ENDIAN);
        if (data.bytesPerLine == width * 4 && pixels.length == width * height) {
            bytes.asIntBuffer().put(pixels, 0, width * height);
        } else {
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                rgb.getRaster().getDataElements(0, y, width, 1, row);
                bytes.position(y * data.bytesPerLine);
                bytes.asIntBuffer().put(row);
            }
        }
        return data;
    }

    private static BufferedImage toIntRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
