package org.annotide.ui.editor.internal.render;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.annotide.imaging.ImagePyramid;
import org.annotide.model.Annotation;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.GlyphIndex;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * The editor's frame pipeline (the same DisplayTiles, TileRenderer and FrameRenderer the canvas uses)
 * painting into an offscreen image instead of a widget: what the benchmark times, and what the first-image warm-up
 * draws once so that the classes and code of a frame are ready before a user opens an image. Create, paint and
 * close it on the UI thread.
 */
public final class OffscreenView implements Scene, AutoCloseable {

    private final Display display;
    private final Viewport viewport = new Viewport();
    private final ImageAnnotations annotations;
    private final DisplayTiles tiles;
    private final FrameRenderer renderer;
    private final Image target;
    private final GC gc;
    private volatile boolean repaintWanted;

    public OffscreenView(Display display, ImageAnnotations annotations, ImagePyramid pyramid, int width, int height) {
        this.display = display;
        this.annotations = annotations;
        double imageWidth = pyramid.width();
        double imageHeight = pyramid.height();
        TileRenderer tileRenderer = new TileRenderer(pyramid, imageWidth, imageHeight, annotations.index(), Set.of(),
                () -> RenderStyle.DEFAULT);
        tiles = new DisplayTiles(display, tileRenderer, imageWidth, imageHeight,
                DisplayTiles.defaultWorkers(), () -> repaintWanted = true);
        renderer = new FrameRenderer(display);
        viewport.setContent(0, 0, imageWidth, imageHeight);
        viewport.setScreenSize(width, height);
        target = new Image(display, width, height);
        gc = new GC(target);
    }

    /** Paints one frame; returns its result. */
    public FrameRenderer.FrameResult paint() {
        repaintWanted = false;
        return renderer.paint(gc, this);
    }

    /** True when a worker delivered a tile since the last paint. */
    public boolean repaintWanted() {
        return repaintWanted;
    }

    public Display display() {
        return display;
    }

    @Override
    public Viewport viewport() {
        return viewport;
    }

    @Override
    public DisplayTiles tiles() {
        return tiles;
    }

    @Override
    public GlyphIndex index() {
        return annotations.index();
    }

    @Override
    public RenderStyle style() {
        return RenderStyle.DEFAULT;
    }

    @Override
    public double[] tileWindow() {
        return null;
    }

    @Override
    public Collection<Glyph> selectedGlyphs() {
        return List.of();
    }

    @Override
    public Set<Annotation> excluded() {
        return Set.of();
    }

    @Override
    public List<Glyph> liveGlyphs() {
        return List.of();
    }

    @Override
    public List<String> badges() {
        return List.of();
    }

    @Override
    public String message() {
        return null;
    }

    @Override
    public boolean overviewVisible() {
        return true;
    }

    @Override
    public void paintTool(GC toolGc) {
        // no tool in the benchmark
    }

    /** The last frame, e.g. to save a picture of what was measured. */
    public Image target() {
        return target;
    }

    @Override
    public void close() {
        tiles.dispose();
        renderer.dispose();
        gc.dispose();
        target.dispose();
    }
}
