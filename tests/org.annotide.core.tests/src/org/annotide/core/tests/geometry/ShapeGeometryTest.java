package org.annotide.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.core.geometry.CocoRle;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;

class ShapeGeometryTest {

    private static final AnnotideFactory F = AnnotideFactory.eINSTANCE;

    static BoxShape box(double x, double y, double w, double h) {
        BoxShape box = F.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        return box;
    }

    static PolygonShape polygon(double[] points, int[] ringEnds, int[] partEnds) {
        PolygonShape polygon = F.createPolygonShape();
        polygon.setPoints(points);
        polygon.setRingEnds(ringEnds);
        polygon.setPartEnds(partEnds);
        return polygon;
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

    @Test
    void boxAreaBoundsAndGeometry() {
        BoxShape box = box(2, 3, 4, 5);
        assertEquals(20, ShapeGeometry.area(box));
        assertArrayEquals(new double[] { 2, 3, 4, 5 }, ShapeGeometry.bounds(box));
        assertEquals(20, ShapeGeometry.toJts(box).getArea(), 1e-12);
    }

    @Test
    void rotatedBoxTurnsClockwiseOnScreen() {
        RotatedBoxShape rotated = F.createRotatedBoxShape();
        rotated.setCx(10);
        rotated.setCy(10);
        rotated.setWidth(4);
        rotated.setHeight(2);
        rotated.setAngle(90);
        double[] corners = ShapeGeometry.rotatedCorners(rotated);
        // the top-left corner (-2,-1) turned 90 degrees clockwise with y down lands at (+1,-2)
        assertEquals(11, corners[0], 1e-12);
        assertEquals(8, corners[1], 1e-12);
        assertArrayEquals(new double[] { 9, 8, 2, 4 }, ShapeGeometry.bounds(rotated), 1e-12);
        assertEquals(8, ShapeGeometry.area(rotated));
        assertEquals(8, ShapeGeometry.toJts(rotated).getArea(), 1e-9);
    }

    @Test
    void ellipsePolygonStaysWithinTheDocumentedTolerance() {
        EllipseShape ellipse = F.createEllipseShape();
        ellipse.setCx(50);
        ellipse.setCy(40);
        ellipse.setRx(30);
        ellipse.setRy(10);
        ellipse.setAngle(90);
        assertEquals(Math.PI * 300, ShapeGeometry.area(ellipse), 1e-9);
        // turned by 90 degrees the long axis is vertical
        assertArrayEquals(new double[] { 40, 10, 20, 60 }, ShapeGeometry.bounds(ellipse), 1e-9);
        Geometry polygon = ShapeGeometry.toJts(ellipse);
        // an inscribed polygon loses at most perimeter * tolerance of area
        double perimeterBound = 2 * Math.PI * 30;
        assertTrue(polygon.getArea() <= Math.PI * 300);
        assertTrue(Math.PI * 300 - polygon.getArea() <= perimeterBound * ShapeGeometry.ELLIPSE_TOLERANCE);
    }

    @Test
    void polygonWithHoleAndSecondPart() {
        // part 1: 10x10 square with a 2x2 hole; part 2: 1x1 square far away
        double[] points = { 0, 0, 10, 0, 10, 10, 0, 10, 4, 4, 6, 4, 6, 6, 4, 6, 20, 20, 21, 20, 21, 21, 20, 21 };
        PolygonShape polygon = polygon(points, new int[] { 4, 8, 12 }, new int[] { 2, 3 });
        assertEquals(97, ShapeGeometry.area(polygon), 1e-12);
        Geometry geometry = ShapeGeometry.toJts(polygon);
        assertInstanceOf(MultiPolygon.class, geometry);
        assertArrayEquals(new double[] { 0, 0, 21, 21 }, ShapeGeometry.bounds(polygon));
        // rasterised: 100 - 4 pixels for the first part, the 1x1 square covers one pixel
        assertEquals(97, ShapeGeometry.rasterize(polygon, 30, 30).area());
    }

    @Test
    void selfIntersectingPolygonIsRepaired() {
        // a bow tie: two triangles of area 1 each
        PolygonShape bowTie = polygon(new double[] { 0, 0, 2, 2, 2, 0, 0, 2 }, null, null);
        assertTrue(ShapeGeometry.toJts(bowTie).isValid());
        assertEquals(2, ShapeGeometry.area(bowTie), 1e-12);
    }

    @Test
    void maskIsTheUnionOfItsPixels() {
        // 3 wide, 2 high window at (5,7): row-major runs bg 1, fg 3, bg 2 -> pixels (6,7) (7,7) (5,8)
        MaskShape mask = mask(5, 7, 3, 2, 1, 3, 2);
        assertEquals(3, ShapeGeometry.area(mask));
        assertArrayEquals(new double[] { 5, 7, 3, 2 }, ShapeGeometry.bounds(mask));
        Geometry geometry = ShapeGeometry.toJts(mask);
        assertEquals(3, geometry.getArea(), 1e-12);
        assertArrayEquals(new double[] { 5, 7, 3, 2 }, new double[] { geometry.getEnvelopeInternal().getMinX(),
                geometry.getEnvelopeInternal().getMinY(), geometry.getEnvelopeInternal().getWidth(),
                geometry.getEnvelopeInternal().getHeight() });
    }

    @Test
    void maskToCocoRleAndBack() {
        MaskShape mask = mask(5, 7, 3, 2, 1, 3, 2);
        CocoRle rle = ShapeGeometry.toCocoRle(mask, 10, 9);
        byte[] image = rle.decode();
        assertEquals(1, image[6 * 10 + 7]);
        assertEquals(1, image[7 * 10 + 7]);
        assertEquals(1, image[5 * 10 + 8]);
        assertEquals(3, rle.area());
        assertArrayEquals(new double[] { 5, 7, 3, 2 }, rle.toBbox());
        MaskShape back = ShapeGeometry.fromCocoRle(rle);
        assertEquals(5, back.getX());
        assertEquals(7, back.getY());
        assertEquals(3, back.getWidth());
        assertEquals(2, back.getHeight());
        assertArrayEquals(new int[] { 1, 3, 2 }, back.getCounts());
    }

    @Test
    void maskPixelsOutsideTheImageAreDropped() {
        // a full 4x4 window at (-2,-2) on a 3x3 image keeps the 2x2 overlap
        CocoRle rle = ShapeGeometry.toCocoRle(mask(-2, -2, 4, 4, 0, 16), 3, 3);
        assertEquals(4, rle.area());
        assertArrayEquals(new double[] { 0, 0, 2, 2 }, rle.toBbox());
        assertArrayEquals(new int[] { 0, 2, 1, 2, 4 }, rle.counts());
    }

    @Test
    void maskRasterisesToItself() {
        MaskShape mask = mask(1, 1, 2, 2, 0, 1, 2, 1);
        CocoRle rle = ShapeGeometry.rasterize(mask, 4, 4);
        assertEquals(2, rle.area());
        assertEquals(mask.getCounts().length, ShapeGeometry.fromCocoRle(rle).getCounts().length);
    }

    @Test
    void emptyRleGivesEmptyWindow() {
        MaskShape empty = ShapeGeometry.fromCocoRle(new CocoRle(4, 4, new int[] { 16 }));
        assertEquals(0, empty.getWidth());
        assertEquals(0, empty.getCounts().length);
    }

    @Test
    void polylineAndKeypoints() {
        PolylineShape polyline = F.createPolylineShape();
        polyline.setPoints(new double[] { 0, 0, 3, 4, 3, 10 });
        Geometry line = ShapeGeometry.toJts(polyline);
        assertInstanceOf(LineString.class, line);
        assertEquals(11, line.getLength(), 1e-12);
        assertEquals(0, ShapeGeometry.area(polyline));
        KeypointsShape keypoints = F.createKeypointsShape();
        keypoints.setPoints(new double[] { 1, 1, 50, 50, 3, 4 });
        keypoints.setVisibility(new int[] { 2, 0, 1 });
        Geometry points = ShapeGeometry.toJts(keypoints);
        assertInstanceOf(MultiPoint.class, points);
        assertEquals(2, points.getNumGeometries(), "only labelled keypoints");
        assertArrayEquals(new double[] { 1, 1, 2, 3 }, ShapeGeometry.bounds(keypoints));
        assertThrows(IllegalArgumentException.class, () -> ShapeGeometry.rasterize(polyline, 10, 10));
    }

    @Test
    void boxRasterisesLikePycocotoolsFrBbox() {
        assertArrayEquals(new int[] { 0, 2, 2, 2, 10 }, ShapeGeometry.rasterize(box(0, 0, 2, 2), 4, 4).counts());
    }
}
