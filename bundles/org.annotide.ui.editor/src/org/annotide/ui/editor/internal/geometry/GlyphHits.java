package org.annotide.ui.editor.internal.geometry;

import org.annotide.ui.editor.internal.index.Glyph;

/** Whether a point of the image lies on a glyph, with a tolerance in image pixels for lines and points. */
public final class GlyphHits {

    private GlyphHits() {
    }

    public static boolean hits(Glyph glyph, double x, double y, double tolerance) {
        if (x < glyph.minX() - tolerance || x > glyph.maxX() + tolerance || y < glyph.minY() - tolerance
                || y > glyph.maxY() + tolerance) {
            return false;
        }
        switch (glyph.kind()) {
        case POLYLINE:
            return distanceToPolyline(glyph.coords(), x, y, false) <= tolerance;
        case KEYPOINTS: {
            double[] points = glyph.coords();
            int[] visibility = glyph.values();
            for (int i = 0; i < visibility.length; i++) {
                if (visibility[i] > 0 && Math.hypot(points[2 * i] - x, points[2 * i + 1] - y) <= tolerance * 1.5) {
                    return true;
                }
            }
            return false;
        }
        case MASK:
            return maskContains(glyph, x, y);
        default:
            double[][] rings = glyph.rings();
            if (insideRings(rings, x, y)) {
                return true;
            }
            for (double[] ring : rings) {
                if (distanceToPolyline(ring, x, y, true) <= tolerance) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Even-odd point-in-polygon over all rings, so holes are outside. */
    public static boolean insideRings(double[][] rings, double x, double y) {
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** Shortest distance from the point to the segments of a flat point list (closed: back to the start). */
    public static double distanceToPolyline(double[] points, double x, double y, boolean closed) {
        int n = points.length / 2;
        if (n == 1) {
            return Math.hypot(points[0] - x, points[1] - y);
        }
        double best = Double.POSITIVE_INFINITY;
        int segments = closed ? n : n - 1;
        for (int i = 0; i < segments; i++) {
            int j = (i + 1) % n;
            best = Math.min(best, distanceToSegment(points[2 * i], points[2 * i + 1], points[2 * j], points[2 * j + 1], x, y));
        }
        return best;
    }

    public static double distanceToSegment(double x0, double y0, double x1, double y1, double x, double y) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length));
        return Math.hypot(x0 + t * dx - x, y0 + t * dy - y);
    }

    private static boolean maskContains(Glyph glyph, double x, double y) {
        double[] window = glyph.coords();
        int column = (int) Math.floor(x - window[0]);
        int row = (int) Math.floor(y - window[1]);
        int width = (int) window[2];
        if (column < 0 || row < 0 || column >= width || row >= (int) window[3]) {
            return false;
        }
        long target = (long) row * width + column;
        long position = 0;
        int[] counts = glyph.values();
        for (int i = 0; i < counts.length; i++) {
            position += Math.max(0, counts[i]);
            if (target < position) {
                return i % 2 == 1;
            }
        }
        return false;
    }
}
