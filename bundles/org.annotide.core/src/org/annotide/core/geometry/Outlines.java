package org.annotide.core.geometry;

/**
 * Rotated boxes and ellipses as vertex rings, the one rule for turning them into polygons in Annotide (core's
 * area and rasterising, the formats' exports, the editor's drawing and hit testing all use it).
 * <p>
 * Angles are degrees, clockwise on screen (image y points down), about the shape's centre. A rotated box's
 * corners run from the top-left of the unrotated box clockwise on screen: {@code (-w/2, -h/2), (w/2, -h/2),
 * (w/2, h/2), (-w/2, h/2)}, then rotated and moved to the centre. An ellipse's vertex i of n lies on the
 * ellipse at parameter {@code t = 2 pi i / n}, starting at the end of the rx axis.
 * <p>
 * How many vertices an ellipse gets depends on what the polygon is for: measuring and exporting use
 * {@link #ellipseSegments}, which keeps every edge within {@link ShapeGeometry#ELLIPSE_TOLERANCE} pixels of the
 * ellipse; drawing may pass a fixed, smaller count.
 */
public final class Outlines {

    private static final int ELLIPSE_MAX_SEGMENTS = 4096;

    private Outlines() {
    }

    /** The four corners x0 y0 ... x3 y3 of a box of size width x height centred at (cx, cy), rotated by angle. */
    public static double[] rotatedBox(double cx, double cy, double width, double height, double angleDegrees) {
        double radians = Math.toRadians(angleDegrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double hw = width / 2;
        double hh = height / 2;
        double[] local = { -hw, -hh, hw, -hh, hw, hh, -hw, hh };
        double[] corners = new double[8];
        for (int i = 0; i < 8; i += 2) {
            // y points down, so the ordinary rotation matrix turns clockwise on screen
            corners[i] = cx + local[i] * cos - local[i + 1] * sin;
            corners[i + 1] = cy + local[i] * sin + local[i + 1] * cos;
        }
        return corners;
    }

    /**
     * The number of vertices that keeps every edge of an ellipse's polygon within
     * {@link ShapeGeometry#ELLIPSE_TOLERANCE} pixels of the ellipse (at least
     * {@link ShapeGeometry#ELLIPSE_MIN_SEGMENTS}, at most 4096). The ellipse is the affine image of the unit
     * circle, so a chord's gap is at most max(rx, ry) times the unit circle's gap {@code 1 - cos(step / 2)}.
     */
    public static int ellipseSegments(double rx, double ry) {
        double radius = Math.max(Math.abs(rx), Math.abs(ry));
        if (radius <= ShapeGeometry.ELLIPSE_TOLERANCE) {
            return ShapeGeometry.ELLIPSE_MIN_SEGMENTS;
        }
        double step = 2 * Math.acos(1 - ShapeGeometry.ELLIPSE_TOLERANCE / radius);
        return (int) Math.min(ELLIPSE_MAX_SEGMENTS,
                Math.max(ShapeGeometry.ELLIPSE_MIN_SEGMENTS, Math.ceil(2 * Math.PI / step)));
    }

    /** The ellipse as {@code segments} vertices x0 y0 x1 y1 ... on the ellipse (see the class comment). */
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

    /** Half extents {halfWidth, halfHeight} of a rotated ellipse's axis-aligned bounding box (exact). */
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
