package org.annotide.ui.editor.internal.geometry;

/**
 * Rotated boxes and ellipses as vertex rings, so that painting, rasterising, hit testing and bounds treat
 * every area shape as polygons. Angles are degrees clockwise on screen (image y points down).
 */
public final class Outlines {

    /** Enough segments that an ellipse looks smooth at a few hundred pixels, cheap at a million. */
    public static final int ELLIPSE_SEGMENTS = 48;

    private Outlines() {
    }

    /** The four corners x0 y0 ... x3 y3 of a box of size w x h centred at (cx, cy), rotated by angle. */
    public static double[] rotatedBox(double cx, double cy, double width, double height, double angleDegrees) {
        double radians = Math.toRadians(angleDegrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double hw = width / 2;
        double hh = height / 2;
        double[] local = { -hw, -hh, hw, -hh, hw, hh, -hw, hh };
        double[] corners = new double[8];
        for (int i = 0; i < 8; i += 2) {
            corners[i] = cx + local[i] * cos - local[i + 1] * sin;
            corners[i + 1] = cy + local[i] * sin + local[i + 1] * cos;
        }
        return corners;
    }

    public static double[] ellipse(double cx, double cy, double rx, double ry, double angleDegrees) {
        return ellipse(cx, cy, rx, ry, angleDegrees, ELLIPSE_SEGMENTS);
    }

    public static double[] ellipse(double cx, double cy, double rx, double ry, double angleDegrees, int segments) {
        double radians = Math.toRadians(angleDegrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double[] ring = new double[segments * 2];
        for (int i = 0; i < segments; i++) {
            double t = 2 * Math.PI * i / segments;
            double x = rx * Math.cos(t);
            double y = ry * Math.sin(t);
            ring[2 * i] = cx + x * cos - y * sin;
            ring[2 * i + 1] = cy + x * sin + y * cos;
        }
        return ring;
    }

    /** Half extents of a rotated ellipse's axis-aligned bounding box: {halfWidth, halfHeight}. */
    public static double[] ellipseHalfExtents(double rx, double ry, double angleDegrees) {
        double radians = Math.toRadians(angleDegrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        return new double[] { Math.sqrt(rx * rx * cos * cos + ry * ry * sin * sin),
                Math.sqrt(rx * rx * sin * sin + ry * ry * cos * cos) };
    }

    /** Rotates (x, y) about (cx, cy) by the given angle, clockwise on screen. */
    public static double[] rotate(double x, double y, double cx, double cy, double angleDegrees) {
        double radians = Math.toRadians(angleDegrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double dx = x - cx;
        double dy = y - cy;
        return new double[] { cx + dx * cos - dy * sin, cy + dx * sin + dy * cos };
    }
}
