package org.annotide.formats.internal;

import java.util.List;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageClassShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;

/**
 * Creating shapes, and the little geometry the formats need beyond {@code org.annotide.core.geometry}: rotated
 * boxes recognised from four corners. Rings, parts, bounds and outlines are core's ({@code PolygonRings},
 * {@code ShapeBounds}, {@code Outlines}).
 */
public final class Shapes {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;

    private Shapes() {
    }

    public static BoxShape box(double x, double y, double width, double height) {
        BoxShape box = FACTORY.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(width);
        box.setHeight(height);
        return box;
    }

    public static RotatedBoxShape rotatedBox(double cx, double cy, double width, double height, double angle) {
        RotatedBoxShape box = FACTORY.createRotatedBoxShape();
        box.setCx(cx);
        box.setCy(cy);
        box.setWidth(width);
        box.setHeight(height);
        box.setAngle(angle);
        return box;
    }

    /** A polygon of one ring. */
    public static PolygonShape polygon(double[] points) {
        PolygonShape polygon = FACTORY.createPolygonShape();
        polygon.setPoints(points);
        return polygon;
    }

    /** A polygon of several rings; ringEnds and partEnds are omitted when there is only one ring / part. */
    public static PolygonShape polygon(double[] points, int[] ringEnds, int[] partEnds) {
        PolygonShape polygon = polygon(points);
        if (ringEnds != null && ringEnds.length > 1) {
            polygon.setRingEnds(ringEnds);
        }
        if (partEnds != null && partEnds.length > 1) {
            polygon.setPartEnds(partEnds);
        }
        return polygon;
    }

    /** A polygon whose parts are the given rings, each without holes (COCO's list of polygons). */
    public static PolygonShape polygonOfParts(List<double[]> rings) {
        if (rings.size() == 1) {
            return polygon(rings.get(0));
        }
        int total = 0;
        for (double[] ring : rings) {
            total += ring.length;
        }
        double[] points = new double[total];
        int[] ringEnds = new int[rings.size()];
        int[] partEnds = new int[rings.size()];
        int offset = 0;
        for (int i = 0; i < rings.size(); i++) {
            double[] ring = rings.get(i);
            System.arraycopy(ring, 0, points, offset, ring.length);
            offset += ring.length;
            ringEnds[i] = offset / 2;
            partEnds[i] = i + 1;
        }
        return polygon(points, ringEnds, partEnds);
    }

    public static PolylineShape polyline(double[] points) {
        PolylineShape polyline = FACTORY.createPolylineShape();
        polyline.setPoints(points);
        return polyline;
    }

    public static KeypointsShape keypoints(double[] points, int[] visibility) {
        KeypointsShape keypoints = FACTORY.createKeypointsShape();
        keypoints.setPoints(points);
        keypoints.setVisibility(visibility);
        return keypoints;
    }

    public static EllipseShape ellipse(double cx, double cy, double rx, double ry, double angle) {
        EllipseShape ellipse = FACTORY.createEllipseShape();
        ellipse.setCx(cx);
        ellipse.setCy(cy);
        ellipse.setRx(rx);
        ellipse.setRy(ry);
        ellipse.setAngle(angle);
        return ellipse;
    }

    public static ImageClassShape imageClass() {
        return FACTORY.createImageClassShape();
    }

    // ------------------------------------------------------------------ rotated boxes

    /**
     * The rotated box whose corners are the four given points in order (either orientation), when they form
     * a rectangle within {@code tolerance} pixels; null otherwise. The angle is that of the first edge.
     */
    public static RotatedBoxShape rectangleFromCorners(double[] corners, double tolerance) {
        if (corners.length != 8 || !finite(corners)) {
            return null;
        }
        double[] c = corners.clone();
        if ((c[2] - c[0]) * (c[7] - c[1]) - (c[3] - c[1]) * (c[6] - c[0]) < 0) {
            // counter-clockwise on screen: walk the other way round from the same first corner
            c = new double[] {c[0], c[1], c[6], c[7], c[4], c[5], c[2], c[3]};
        }
        double width = Math.hypot(c[2] - c[0], c[3] - c[1]);
        double height = Math.hypot(c[6] - c[0], c[7] - c[1]);
        if (width <= 0 || height <= 0) {
            return null;
        }
        double angle = Math.toDegrees(Math.atan2(c[3] - c[1], c[2] - c[0]));
        double cx = (c[0] + c[2] + c[4] + c[6]) / 4;
        double cy = (c[1] + c[3] + c[5] + c[7]) / 4;
        double[] expected = ShapeGeometry.rotatedCorners(rotatedBox(cx, cy, width, height, angle));
        for (int i = 0; i < 8; i++) {
            if (Math.abs(expected[i] - c[i]) > tolerance) {
                return null;
            }
        }
        return rotatedBox(cx, cy, width, height, normalizeAngle(angle));
    }

    /** An angle in [0, 360). */
    public static double normalizeAngle(double degrees) {
        double normalized = degrees % 360;
        if (normalized < 0) {
            normalized += 360;
        }
        return normalized == 360 ? 0 : normalized;
    }

    /** True when every value is a finite number. */
    public static boolean finite(double... values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
