package org.annotide.ui.editor.internal.render;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.annotide.model.Annotation;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.Glyph;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

/**
 * Paints one frame of a {@link Scene}: image tiles, annotations, the tile window, selection, live edits,
 * tool feedback, badges and the overview.
 * <p>
 * Level of detail: while at most {@link #VECTOR_LIMIT} annotations are on screen (fewer where this machine draws
 * them slower: {@link VectorBudget}) they are drawn as vectors every frame, so edits show at once; above that the
 * display tiles carry them rasterised and a frame is a few dozen blits whatever the count. A hysteresis band keeps a
 * view near the limit from switching back and forth.
 */
public final class FrameRenderer {

    /** Vector drawing costs about 30 microseconds a shape with SWT on GTK on a fast machine: 250 stay under 8 ms. */
    public static final int VECTOR_LIMIT = 250;
    private static final int HIDDEN_FLAGS = Glyph.HIDDEN;
    /** A selection of everything is outlined no further than this: the frame budget is the limit. */
    private static final int MAX_SELECTION_OUTLINES = 500;

    /** What a frame did, for status and benchmarks. */
    public record FrameResult(boolean complete, boolean rasterised, int vectorGlyphs) {
    }

    private final Display display;
    private final GlyphPainter painter;
    private final VectorBudget budget = new VectorBudget(VECTOR_LIMIT);
    private boolean rasterised;

    public FrameRenderer(Display display) {
        this.display = display;
        this.painter = new GlyphPainter(display);
    }

    public GlyphPainter painter() {
        return painter;
    }

    public FrameResult paint(GC gc, Scene scene) {
        Viewport viewport = scene.viewport();
        RenderStyle style = scene.style();
        Color background = painter.color(style.backgroundRgb());

        double[] visible = viewport.visibleImageBounds();
        int limit = budget.limit();
        int count = scene.index().count(visible[0], visible[1], visible[2], visible[3], HIDDEN_FLAGS, limit + 1);
        rasterised = rasterised ? count > limit * 3 / 4 : count > limit;
        boolean complete = scene.tiles().paint(gc, viewport, rasterised, background);

        int drawn = 0;
        if (!rasterised) {
            List<Glyph> glyphs = scene.index().query(visible[0], visible[1], visible[2], visible[3], HIDDEN_FLAGS);
            Set<Annotation> excluded = scene.excluded();
            if (!excluded.isEmpty()) {
                glyphs.removeIf(glyph -> excluded.contains(glyph.annotation()));
            }
            long start = System.nanoTime();
            painter.paint(gc, viewport, glyphs, style);
            drawn = glyphs.size();
            budget.record(drawn, System.nanoTime() - start);
        }
        paintWindow(gc, viewport, scene.tileWindow());
        paintSelection(gc, scene);
        if (!scene.liveGlyphs().isEmpty()) {
            gc.setAntialias(SWT.ON);
            for (Glyph glyph : scene.liveGlyphs()) {
                painter.paint(gc, viewport, glyph, style, glyph.rgb(), style.fillAlpha(), 2);
            }
        }
        scene.paintTool(gc);
        paintBadges(gc, scene.badges());
        if (scene.overviewVisible()) {
            DisplayTiles tiles = scene.tiles();
            Overview.paint(gc, viewport, tiles.thumbnail(), Viewport.scaleOf(tiles.thumbnailStep()),
                    style.selectionRgb());
        }
        paintMessage(gc, viewport, scene.message());
        gc.setAlpha(255);
        return new FrameResult(complete, rasterised, drawn);
    }

    private void paintSelection(GC gc, Scene scene) {
        // asked once: the scene builds the list anew on every call (up to thousands of index lookups)
        Collection<Glyph> selected = scene.selectedGlyphs();
        if (selected.isEmpty()) {
            return;
        }
        gc.setAntialias(SWT.ON);
        RenderStyle style = scene.style();
        Set<Annotation> excluded = scene.excluded();
        double[] visible = scene.viewport().visibleImageBounds();
        int drawn = 0;
        for (Glyph glyph : selected) {
            if (drawn >= MAX_SELECTION_OUTLINES) {
                break;
            }
            if (!excluded.contains(glyph.annotation()) && glyph.intersects(visible[0], visible[1], visible[2], visible[3])) {
                painter.paintSelected(gc, scene.viewport(), glyph, style);
                drawn++;
            }
        }
    }

    /** Dims the image outside a tile's window and outlines the window: the context stays readable. */
    private void paintWindow(GC gc, Viewport viewport, double[] window) {
        if (window == null) {
            return;
        }
        int x0 = (int) Math.round(viewport.toScreenX(window[0]));
        int y0 = (int) Math.round(viewport.toScreenY(window[1]));
        int x1 = (int) Math.round(viewport.toScreenX(window[2]));
        int y1 = (int) Math.round(viewport.toScreenY(window[3]));
        int width = viewport.screenWidth();
        int height = viewport.screenHeight();
        gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.setAlpha(150);
        gc.fillRectangle(0, 0, width, Math.max(0, y0));
        gc.fillRectangle(0, y1, width, Math.max(0, height - y1));
        gc.fillRectangle(0, y0, Math.max(0, x0), y1 - y0);
        gc.fillRectangle(x1, y0, Math.max(0, width - x1), y1 - y0);
        gc.setAlpha(255);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawRectangle(x0, y0, x1 - x0, y1 - y0);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintBadges(GC gc, List<String> badges) {
        int x = 8;
        for (String badge : badges) {
            Point extent = gc.textExtent(badge);
            gc.setAlpha(190);
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRoundRectangle(x, 8, extent.x + 12, extent.y + 6, 8, 8);
            gc.setAlpha(255);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(badge, x + 6, 11, true);
            x += extent.x + 18;
        }
    }

    private void paintMessage(GC gc, Viewport viewport, String message) {
        if (message == null) {
            return;
        }
        Point extent = gc.textExtent(message);
        int x = Math.max(8, (viewport.screenWidth() - extent.x) / 2);
        int y = viewport.screenHeight() - extent.y - 16;
        gc.setAlpha(200);
        gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.fillRoundRectangle(x - 8, y - 4, extent.x + 16, extent.y + 8, 8, 8);
        gc.setAlpha(255);
        gc.setForeground(display.getSystemColor(SWT.COLOR_YELLOW));
        gc.drawText(message, x, y, true);
    }

    public void dispose() {
        painter.dispose();
    }
}
