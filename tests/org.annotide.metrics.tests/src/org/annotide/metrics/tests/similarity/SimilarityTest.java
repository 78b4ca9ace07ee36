package org.annotide.metrics.tests.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.metrics.SimilarityContext;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.ShapeKind;
import org.junit.jupiter.api.Test;

/**
 * Every built-in similarity on cases worked out by hand, reached through the extension registry as the
 * scoring code reaches them.
 */
class SimilarityTest {

    private static final AnnotideFactory F = AnnotideFactory.eINSTANCE;
    private final SimilarityRegistry registry = SimilarityRegistry.fromExtensions();
    private final SimilarityContext context = SimilarityContext.defaults();

    static BoxShape box(double x, double y, double w, double h) {
        BoxShape box = F.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        return box;
    }

    static RotatedBoxShape rotated(double cx, double cy, double w, double h, double angle) {
        RotatedBoxShape box = F.createRotatedBoxShape();
        box.setCx(cx);
        box.setCy(cy);
        box.setWidth(w);
        box.setHeight(h);
        box.setAngle(angle);
        return box;
    }

    static MaskShape mask(int x, int y, int w, int h, int... counts) {
        MaskShape mask = F.createMaskShape();
        mask.setX(x);
        mask.setY(y);
        mask.setWidth(w);
        mask.setHeight(h);
        mask.setCounts(counts);
        return mask;
    }

    static PolygonShape polygon(double[] points, int... ringEnds) {
        PolygonShape polygon = F.createPolygonShape();
        polygon.setPoints(points);
        polygon.setRingEnds(ringEnds);
        return polygon;
    }

    @Test
    void builtInsAreRegisteredThroughTheExtensionPoint() {
        assertEquals("org.annotide.metrics.boxIou", registry.find(ShapeKind.BOX, ShapeKind.BOX).orElseThrow().id());
        assertEquals("org.annotide.metrics.maskIou", registry.find(ShapeKind.MASK, ShapeKind.MASK).orElseThrow().id());
        assertEquals("org.annotide.metrics.areaIou",
                registry.find(ShapeKind.MASK, ShapeKind.POLYGON).orElseThrow().id());
        assertEquals("org.annotide.metrics.polylineOverlap",
                registry.find(ShapeKind.POLYLINE, ShapeKind.POLYLINE).orElseThrow().id());
        assertEquals("org.annotide.metrics.oks",
                registry.find(ShapeKind.KEYPOINTS, ShapeKind.KEYPOINTS).orElseThrow().id());
        assertTrue(registry.find(ShapeKind.POLYLINE, ShapeKind.BOX).isEmpty());
    }

    @Test
    void boxIou() {
        // overlap 5x10 = 50, union 100 + 100 - 50 = 150
        assertEquals(1.0 / 3, registry.similarity(box(0, 0, 10, 10), box(5, 0, 10, 10), context), 1e-15);
        assertEquals(0, registry.similarity(box(0, 0, 10, 10), box(10, 0, 10, 10), context));
    }

    @Test
    void rotatedBoxIou() {
        // a square turned by 45 degrees over itself: the overlap is a regular octagon, IoU = 1/sqrt(2)
        double iou = registry.similarity(rotated(0, 0, 2, 2, 0), rotated(0, 0, 2, 2, 45), context);
        assertEquals(1 / Math.sqrt(2), iou, 1e-12);
        // a 4x2 box turned by 90 degrees: the overlap is the 2x2 centre, union 8 + 8 - 4 = 12
        assertEquals(4.0 / 12, registry.similarity(rotated(5, 5, 4, 2, 0), rotated(5, 5, 4, 2, 90), context), 1e-12);
        // a rotated box and a plain box (area IoU through JTS)
        assertEquals(1, registry.similarity(box(0, 0, 4, 2), rotated(2, 1, 4, 2, 180), context), 1e-12);
    }

    @Test
    void polygonWithHoleIou() {
        PolygonShape square = polygon(new double[] { 0, 0, 10, 0, 10, 10, 0, 10 });
        PolygonShape withHole = polygon(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, 4, 4, 6, 4, 6, 6, 4, 6 }, 4, 8);
        assertEquals(96.0 / 100, registry.similarity(square, withHole, context), 1e-12);
    }

    @Test
    void ellipseIou() {
        EllipseShape circle = F.createEllipseShape();
        circle.setCx(5);
        circle.setCy(5);
        circle.setRx(5);
        circle.setRy(5);
        // the circle inside its 10x10 box: pi 25 / 100, less what the polygon cuts off the circle
        double iou = registry.similarity(circle, box(0, 0, 10, 10), context);
        double lost = 2 * Math.PI * 5 * ShapeGeometry.ELLIPSE_TOLERANCE / 100;
        assertTrue(iou <= Math.PI / 4 && iou >= Math.PI / 4 - lost, "IoU " + iou);
        assertEquals(1, registry.similarity(circle, circle, context), 1e-12);
    }

    @Test
    void maskIou() {
        // two 2x2 squares one pixel apart horizontally: overlap 2, union 6
        MaskShape a = mask(0, 0, 2, 2, 0, 4);
        MaskShape b = mask(1, 0, 2, 2, 0, 4);
        assertEquals(2.0 / 6, registry.similarity(a, b, context), 1e-15);
        // a mask and the polygon of the same pixels: their geometries are the same square
        assertEquals(1, registry.similarity(a, polygon(new double[] { 0, 0, 2, 0, 2, 2, 0, 2 }), context), 1e-12);
        assertEquals(0, registry.similarity(a, mask(10, 10, 1, 1, 0, 1), context));
    }

    @Test
    void polylineBufferedOverlap() {
        PolylineShape line = polyline(0, 0, 100, 0);
        assertEquals(1, registry.similarity(line, polyline(0, 0, 100, 0), context), 1e-12);
        // parallel lines further apart than two tolerances do not touch
        assertEquals(0, registry.similarity(line, polyline(0, 11, 100, 11), context));
        // the first half of the line: bands of 10 x 50 + a half disc at each end of the short one (both round)
        double shortBand = 50 * 10 + Math.PI * 25;
        double longBand = 100 * 10 + Math.PI * 25;
        double iou = registry.similarity(line, polyline(0, 0, 50, 0), context);
        assertEquals(shortBand / longBand, iou, 1e-3);
    }

    private static PolylineShape polyline(double... points) {
        PolylineShape polyline = F.createPolylineShape();
        polyline.setPoints(points);
        return polyline;
    }

    @Test
    void objectKeypointSimilarity() {
        LabelClass labelClass = F.createLabelClass();
        labelClass.setName("two points");
        labelClass.setKeypointSigmas(new double[] { 0.1, 0.1 });
        KeypointsShape gt = keypoints(new double[] { 0, 0, 10, 10 }, 2, 2);
        SimilarityContext withArea = SimilarityContext.of(labelClass).withObjectArea(100);
        assertEquals(1, registry.similarity(gt, keypoints(new double[] { 0, 0, 10, 10 }, 2, 2), withArea), 1e-12);
        // one point off by 2 px: exp(-4 / (2 * 100 * 0.2^2)) = exp(-0.5); the mean with the exact point
        double oks = registry.similarity(gt, keypoints(new double[] { 2, 0, 10, 10 }, 2, 2), withArea);
        assertEquals((1 + Math.exp(-0.5)) / 2, oks, 1e-12);
        // an unlabelled ground-truth point does not count, wherever the candidate puts it
        KeypointsShape half = keypoints(new double[] { 0, 0, 10, 10 }, 2, 0);
        assertEquals(1, registry.similarity(half, keypoints(new double[] { 0, 0, 90, 90 }, 2, 2), withArea), 1e-12);
    }

    private static KeypointsShape keypoints(double[] points, int... visibility) {
        KeypointsShape keypoints = F.createKeypointsShape();
        keypoints.setPoints(points);
        keypoints.setVisibility(visibility);
        return keypoints;
    }
}
