package org.annotide.core.geometry;

import java.util.List;

import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;

/**
 * The axis-aligned bounds {@code x, y, w, h} of shapes in image pixels, the one rule in Annotide (tiling, the
 * exports' {@code bbox}/{@code bndbox}, the comparison of projects all use it):
 * <ul>
 * <li>a box is itself; a rotated box the bounds of its four {@link Outlines#rotatedBox corners}; an ellipse its
 * exact bounds (not those of a polygon);</li>
 * <li>a polygon or polyline: the bounds of all its vertices;</li>
 * <li>a mask: the <b>tight box of its foreground pixels</b>, not its window, each pixel a unit square (COCO's
 * {@code bbox} of an RLE, pycocotools' {@code toBbox}); a mask without foreground has no bounds;</li>
 * <li>keypoints: the bounds of the <b>labelled</b> points only, see {@link #isLabelled};</li>
 * <li>an image-level class has no bounds (it covers the image).</li>
 * </ul>
 * "No bounds" is {@code null} here; {@link ShapeGeometry#bounds} gives 0, 0, 0, 0 instead.
 */
public final class ShapeBounds {

    private ShapeBounds() {
    }

    /** The bounds x, y, w, h of the shape, or null when it has none (see the class comment). */
    public static double[] of(Shape shape) {
        return switch (shape) {
            case BoxShape box -> new double[] { box.getX(), box.getY(), box.getWidth(), box.getHeight() };
            case RotatedBoxShape box -> ofPoints(
                    Outlines.rotatedBox(box.getCx(), box.getCy(), box.getWidth(), box.getHeight(), box.getAngle()));
            case EllipseShape ellipse -> ellipse(ellipse);
            case PolygonShape polygon -> ofPoints(polygon.getPoints());
            case PolylineShape polyline -> ofPoints(polyline.getPoints());
            case KeypointsShape keypoints -> ofKeypoints(keypoints.getPoints(), keypoints.getVisibility());
            case MaskShape mask -> MaskRuns.bounds(mask);
            case null, default -> null;
        };
    }

    /**
     * Whether keypoint {@code index} is labelled: visibility 1 (labelled, not visible) and 2 (visible) are, 0 (not
     * labelled, COCO's {@code v=0}) and negative values (not a COCO value) are not. A point with no visibility
     * value (no array, or an array too short) is labelled.
     */
    public static boolean isLabelled(int[] visibility, int index) {
        return visibility == null || index >= visibility.length || visibility[index] > 0;
    }

    /** Bounds of the labelled points (see {@link #isLabelled}) of flat x y coordinates; null when none is. */
    public static double[] ofKeypoints(double[] points, int[] visibility) {
        if (points == null) {
            return null;
        }
        Accumulator bounds = new Accumulator();
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (isLabelled(visibility, i / 2)) {
                bounds.add(points[i], points[i + 1]);
            }
        }
        return bounds.result();
    }

    /** Bounds of flat x0 y0 x1 y1 ... coordinates; null when there is no point. */
    public static double[] ofPoints(double[] points) {
        return ofKeypoints(points, null);
    }

    /** Bounds of the points of several rings together; null when there is no point. */
    public static double[] ofRings(List<double[]> rings) {
        Accumulator bounds = new Accumulator();
        for (double[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                bounds.add(ring[i], ring[i + 1]);
            }
        }
        return bounds.result();
    }

    private static double[] ellipse(EllipseShape ellipse) {
        double[] half = Outlines.ellipseHalfExtents(ellipse.getRx(), ellipse.getRy(), ellipse.getAngle());
        return new double[] { ellipse.getCx() - half[0], ellipse.getCy() - half[1], 2 * half[0], 2 * half[1] };
    }

    private static final class Accumulator {
        private double minX = Double.POSITIVE_INFINITY;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;
        private boolean any;

        void add(double x, double y) {
            any = true;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        double[] result() {
            return any ? new double[] { minX, minY, maxX - minX, maxY - minY } : null;
        }
    }
}
