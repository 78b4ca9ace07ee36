package org.annotide.ui.editor.internal.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.ui.editor.internal.geometry.MaskRows;
import org.annotide.ui.editor.internal.index.Glyph;

/**
 * Draws glyphs into a Java2D raster: the overlay of a display tile when too many annotations are visible to
 * draw them one by one every frame (level of detail, as QuPath's rasterised overlays). Runs on tile
 * worker threads; holds per-call colour caches only.
 * <p>
 * Shapes smaller than {@link RenderStyle#DOT_SIZE} screen pixels become single dots: at that size an
 * outline carries no information and a dot costs a hundredth of a filled path.
 */
final class GlyphRasterizer {

    private static final Stroke OUTLINE = new BasicStroke(1.2f);
    private static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 5f, 4f }, 0f);
    private static final Font SCORE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    private final RenderStyle style;
    private final Map<Integer, Color> opaque = new HashMap<>();
    private final Map<Integer, Color> translucent = new HashMap<>();

    GlyphRasterizer(RenderStyle style) {
        this.style = style;
    }

    /**
     * @param originX image x drawn at raster x 0
     * @param originY image y drawn at raster y 0
     * @param scale   raster pixels per image pixel
     */
    void draw(Graphics2D g, List<Glyph> glyphs, double originX, double originY, double scale) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (Glyph glyph : glyphs) {
            double width = (glyph.maxX() - glyph.minX()) * scale;
            double height = (glyph.maxY() - glyph.minY()) * scale;
            if (width < RenderStyle.DOT_SIZE && height < RenderStyle.DOT_SIZE) {
                dot(g, glyph, originX, originY, scale);
                continue;
            }
            switch (glyph.kind()) {
            case POLYLINE -> polyline(g, glyph, originX, originY, scale);
            case KEYPOINTS -> keypoints(g, glyph, originX, originY, scale);
            case MASK -> mask(g, glyph, originX, originY, scale);
            default -> area(g, glyph, originX, originY, scale);
            }
            if (style.showScores() && glyph.has(Glyph.PREDICTED) && width >= RenderStyle.LABEL_SIZE) {
                score(g, glyph, originX, originY, scale);
            }
        }
    }

    /** A shape below a pixel or two: a dot of its size, so a dense view keeps some of the image visible. */
    private void dot(Graphics2D g, Glyph glyph, double originX, double originY, double scale) {
        int x = (int) Math.floor(((glyph.minX() + glyph.maxX()) / 2 - originX) * scale);
        int y = (int) Math.floor(((glyph.minY() + glyph.maxY()) / 2 - originY) * scale);
        int size = (glyph.maxX() - glyph.minX()) * scale < 1 ? 1 : 2;
        g.setColor(opaque(glyph.rgb()));
        g.fillRect(x, y, size, size);
    }

    private void area(Graphics2D g, Glyph glyph, double originX, double originY, double scale) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        for (double[] ring : glyph.rings()) {
            if (ring.length < 4) {
                continue;
            }
            path.moveTo((ring[0] - originX) * scale, (ring[1] - originY) * scale);
            for (int i = 2; i + 1 < ring.length; i += 2) {
                path.lineTo((ring[i] - originX) * scale, (ring[i + 1] - originY) * scale);
            }
            path.closePath();
        }
        if (style.fillAlpha() > 0) {
            g.setColor(translucent(glyph.rgb(), glyph.has(Glyph.CROWD) ? style.fillAlpha() / 2 : style.fillAlpha()));
            g.fill(path);
        }
        g.setColor(opaque(glyph.rgb()));
        g.setStroke(isUnreviewedPrediction(glyph) ? DASHED : OUTLINE);
        g.draw(path);
    }

    private void polyline(Graphics2D g, Glyph glyph, double originX, double originY, double scale) {
        double[] points = glyph.coords();
        Path2D.Float path = new Path2D.Float();
        path.moveTo((points[0] - originX) * scale, (points[1] - originY) * scale);
        for (int i = 2; i + 1 < points.length; i += 2) {
            path.lineTo((points[i] - originX) * scale, (points[i + 1] - originY) * scale);
        }
        g.setColor(opaque(glyph.rgb()));
        g.setStroke(isUnreviewedPrediction(glyph) ? DASHED : LINE);
        g.draw(path);
    }

    private void keypoints(Graphics2D g, Glyph glyph, double originX, double originY, double scale) {
        double[] points = glyph.coords();
        int[] visibility = glyph.values();
        int[] skeleton = glyph.skeleton();
        g.setColor(opaque(glyph.rgb()));
        g.setStroke(isUnreviewedPrediction(glyph) ? DASHED : OUTLINE);
        if (skeleton != null) {
            for (int e = 0; e + 1 < skeleton.length; e += 2) {
                int a = skeleton[e];
                int b = skeleton[e + 1];
                if (a >= 0 && b >= 0 && a < visibility.length && b < visibility.length && visibility[a] > 0
                        && visibility[b] > 0) {
                    g.draw(new Line2D.Double((points[2 * a] - originX) * scale, (points[2 * a + 1] - originY) * scale,
                            (points[2 * b] - originX) * scale, (points[2 * b + 1] - originY) * scale));
                }
            }
        }
        for (int i = 0; i < visibility.length; i++) {
            if (visibility[i] == 0) {
                continue;
            }
            Ellipse2D.Double circle = new Ellipse2D.Double((points[2 * i] - originX) * scale - 3,
                    (points[2 * i + 1] - originY) * scale - 3, 6, 6);
            if (visibility[i] == 2) {
                g.fill(circle);
            } else {
                g.draw(circle);
            }
        }
    }

    private void mask(Graphics2D g, Glyph glyph, double originX, double originY, double scale) {
        double[] window = glyph.coords();
        int width = (int) window[2];
        int height = (int) window[3];
        RowRange visible = visibleRows(g, window, originY, scale, height);
        g.setColor(translucent(glyph.rgb(), Math.min(255, style.fillAlpha() * 2)));
        MaskRows.visit(glyph.values(), width, height, visible.first, visible.last, (row, column, length) -> {
            double x0 = (window[0] + column - originX) * scale;
            double y0 = (window[1] + row - originY) * scale;
            double x1 = (window[0] + column + length - originX) * scale;
            double y1 = (window[1] + row + 1 - originY) * scale;
            int left = (int) Math.floor(x0);
            int top = (int) Math.floor(y0);
            g.fillRect(left, top, Math.max(1, (int) Math.ceil(x1) - left), Math.max(1, (int) Math.ceil(y1) - top));
        });
    }

    /** The window rows that fall inside the raster's clip, so a huge mask costs what is visible. */
    private static RowRange visibleRows(Graphics2D g, double[] window, double originY, double scale, int height) {
        Rectangle clip = g.getClipBounds();
        if (clip == null) {
            return new RowRange(0, height - 1);
        }
        int first = (int) Math.floor(clip.y / scale + originY - window[1]) - 1;
        int last = (int) Math.ceil((clip.y + clip.height) / scale + originY - window[1]) + 1;
        return new RowRange(Math.max(0, first), Math.min(height - 1, last));
    }

    private record RowRange(int first, int last) {
    }

    private void score(Graphics2D g, Glyph glyph, double originX, double originY, double scale) {
        String text = String.format(Locale.ROOT, "%.2f", glyph.score());
        float x = (float) ((glyph.minX() - originX) * scale) + 2;
        float y = (float) ((glyph.minY() - originY) * scale) - 3;
        g.setFont(SCORE_FONT);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 1, y + 1);
        g.setColor(opaque(glyph.rgb()));
        g.drawString(text, x, y);
    }

    static boolean isUnreviewedPrediction(Glyph glyph) {
        return glyph.has(Glyph.PREDICTED) && !glyph.has(Glyph.ACCEPTED);
    }

    private Color opaque(int rgb) {
        return opaque.computeIfAbsent(rgb, Color::new);
    }

    private Color translucent(int rgb, int alpha) {
        return translucent.computeIfAbsent(rgb | (alpha << 24), argb -> new Color(argb, true));
    }
}
