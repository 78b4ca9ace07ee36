package org.annotide.ui.editor.internal.render;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.ui.editor.internal.geometry.MaskRows;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.Glyph;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Draws glyphs as vectors with an SWT GC, in screen coordinates of a viewport: used when few enough
 * annotations are visible to draw each every frame (so edits show at once), and always for the selection
 * and for shapes being edited. Colours are created on demand and freed by {@link #dispose()}.
 */
public final class GlyphPainter {

    private final Display display;
    private final Map<Integer, Color> colors = new HashMap<>();

    public GlyphPainter(Display display) {
        this.display = display;
    }

    /** Draws glyphs in their own colours. */
    public void paint(GC gc, Viewport viewport, List<Glyph> glyphs, RenderStyle style) {
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(1);
        for (Glyph glyph : glyphs) {
            paint(gc, viewport, glyph, style, glyph.rgb(), style.fillAlpha(), 1);
        }
        gc.setAlpha(255);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /**
     * Draws one glyph.
     *
     * @param rgb       outline and fill colour
     * @param fillAlpha 0 for outline only
     * @param lineWidth outline width in screen pixels
     */
    public void paint(GC gc, Viewport viewport, Glyph glyph, RenderStyle style, int rgb, int fillAlpha, int lineWidth) {
        paint(gc, viewport, glyph, style, rgb, fillAlpha, lineWidth, false);
    }

    /**
     * Draws the selection's outline of one glyph in the selection colour; a mask also gets its window's
     * rectangle, so a selected mask's extent shows even where it is sparse.
     */
    public void paintSelected(GC gc, Viewport viewport, Glyph glyph, RenderStyle style) {
        paint(gc, viewport, glyph, style, style.selectionRgb(), 0, 2, true);
    }

    private void paint(GC gc, Viewport viewport, Glyph glyph, RenderStyle style, int rgb, int fillAlpha, int lineWidth,
            boolean selected) {
        double width = (glyph.maxX() - glyph.minX()) * viewport.scale();
        double height = (glyph.maxY() - glyph.minY()) * viewport.scale();
        Color color = color(rgb);
        gc.setForeground(color);
        gc.setBackground(color);
        gc.setLineWidth(lineWidth);
        gc.setLineStyle(GlyphRasterizer.isUnreviewedPrediction(glyph) ? SWT.LINE_DASH : SWT.LINE_SOLID);
        if (width < RenderStyle.DOT_SIZE && height < RenderStyle.DOT_SIZE) {
            gc.setAlpha(255);
            gc.fillRectangle((int) viewport.toScreenX((glyph.minX() + glyph.maxX()) / 2),
                    (int) viewport.toScreenY((glyph.minY() + glyph.maxY()) / 2), 2, 2);
            return;
        }
        switch (glyph.kind()) {
        case POLYLINE -> polyline(gc, viewport, glyph, lineWidth + 1);
        case KEYPOINTS -> keypoints(gc, viewport, glyph);
        case MASK -> mask(gc, viewport, glyph, Math.min(255, Math.max(fillAlpha * 2, lineWidth > 1 ? 96 : 0)), selected);
        default -> area(gc, viewport, glyph, fillAlpha);
        }
        gc.setAlpha(255);
        if (style.showScores() && glyph.has(Glyph.PREDICTED) && width >= RenderStyle.LABEL_SIZE) {
            score(gc, viewport, glyph, color);
        }
    }

    private void area(GC gc, Viewport viewport, Glyph glyph, int fillAlpha) {
        double[][] rings = glyph.rings();
        int alpha = glyph.has(Glyph.CROWD) ? fillAlpha / 2 : fillAlpha;
        if (rings.length == 1) {
            int[] polygon = screen(viewport, rings[0]);
            if (fillAlpha > 0) {
                gc.setAlpha(alpha);
                gc.fillPolygon(polygon);
            }
            gc.setAlpha(255);
            gc.drawPolygon(polygon);
            return;
        }
        // holes and several parts need a path with the even-odd rule
        Path path = new Path(display);
        try {
            for (double[] ring : rings) {
                if (ring.length < 4) {
                    continue;
                }
                path.moveTo((float) viewport.toScreenX(ring[0]), (float) viewport.toScreenY(ring[1]));
                for (int i = 2; i + 1 < ring.length; i += 2) {
                    path.lineTo((float) viewport.toScreenX(ring[i]), (float) viewport.toScreenY(ring[i + 1]));
                }
                path.close();
            }
            gc.setFillRule(SWT.FILL_EVEN_ODD);
            if (fillAlpha > 0) {
                gc.setAlpha(alpha);
                gc.fillPath(path);
            }
            gc.setAlpha(255);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
    }

    private static void polyline(GC gc, Viewport viewport, Glyph glyph, int lineWidth) {
        gc.setAlpha(255);
        gc.setLineWidth(lineWidth);
        gc.drawPolyline(screen(viewport, glyph.coords()));
    }

    private static void keypoints(GC gc, Viewport viewport, Glyph glyph) {
        double[] points = glyph.coords();
        int[] visibility = glyph.values();
        int[] skeleton = glyph.skeleton();
        gc.setAlpha(255);
        if (skeleton != null) {
            for (int e = 0; e + 1 < skeleton.length; e += 2) {
                int a = skeleton[e];
                int b = skeleton[e + 1];
                if (a >= 0 && b >= 0 && a < visibility.length && b < visibility.length && visibility[a] > 0
                        && visibility[b] > 0) {
                    gc.drawLine((int) Math.round(viewport.toScreenX(points[2 * a])),
                            (int) Math.round(viewport.toScreenY(points[2 * a + 1])),
                            (int) Math.round(viewport.toScreenX(points[2 * b])),
                            (int) Math.round(viewport.toScreenY(points[2 * b + 1])));
                }
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        for (int i = 0; i < visibility.length; i++) {
            if (visibility[i] == 0) {
                continue;
            }
            int x = (int) Math.round(viewport.toScreenX(points[2 * i]));
            int y = (int) Math.round(viewport.toScreenY(points[2 * i + 1]));
            if (visibility[i] == 2) {
                gc.fillOval(x - 4, y - 4, 8, 8);
            } else {
                gc.drawOval(x - 4, y - 4, 8, 8);
            }
        }
    }

    /**
     * A mask is its pixels only: unselected it gets no outline (a rectangle around it would read as a box
     * annotation), and the rasterised tiles draw it the same way, so it looks alike at every zoom.
     */
    private static void mask(GC gc, Viewport viewport, Glyph glyph, int alpha, boolean selected) {
        double[] window = glyph.coords();
        int width = (int) window[2];
        int height = (int) window[3];
        double scale = viewport.scale();
        Rectangle clip = gc.getClipping();
        int first = (int) Math.floor(viewport.toImageY(clip.y) - window[1]) - 1;
        int last = (int) Math.ceil(viewport.toImageY(clip.y + clip.height) - window[1]) + 1;
        gc.setAlpha(Math.max(alpha, 48));
        MaskRows.visit(glyph.values(), width, height, first, last, (row, column, length) -> {
            int left = (int) Math.floor(viewport.toScreenX(window[0] + column));
            int top = (int) Math.floor(viewport.toScreenY(window[1] + row));
            int right = (int) Math.ceil(viewport.toScreenX(window[0] + column + length));
            int bottom = (int) Math.ceil(viewport.toScreenY(window[1] + row + 1));
            gc.fillRectangle(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
        });
        if (selected) {
            gc.setAlpha(255);
            gc.drawRectangle((int) viewport.toScreenX(window[0]), (int) viewport.toScreenY(window[1]),
                    (int) Math.round(width * scale), (int) Math.round(height * scale));
        }
    }

    private void score(GC gc, Viewport viewport, Glyph glyph, Color color) {
        String text = String.format(Locale.ROOT, "%.2f", glyph.score());
        int x = (int) viewport.toScreenX(glyph.minX()) + 2;
        int y = (int) viewport.toScreenY(glyph.minY()) - gc.getFontMetrics().getHeight() - 1;
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(text, x + 1, y + 1, true);
        gc.setForeground(color);
        gc.drawText(text, x, y, true);
    }

    /** Screen coordinates of flat image points, rounded. */
    public static int[] screen(Viewport viewport, double[] points) {
        int[] screen = new int[points.length - points.length % 2];
        for (int i = 0; i + 1 < points.length; i += 2) {
            screen[i] = (int) Math.round(viewport.toScreenX(points[i]));
            screen[i + 1] = (int) Math.round(viewport.toScreenY(points[i + 1]));
        }
        return screen;
    }

    public Color color(int rgb) {
        return colors.computeIfAbsent(rgb, value -> new Color(display, (value >> 16) & 0xff, (value >> 8) & 0xff,
                value & 0xff));
    }

    public void dispose() {
        for (Color color : colors.values()) {
            color.dispose();
        }
        colors.clear();
    }
}
