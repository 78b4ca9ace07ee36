package org.annotide.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;

import org.annotide.core.geometry.MaskRuns;
import org.annotide.core.geometry.Outlines;
import org.annotide.core.geometry.PolygonRings;
import org.annotide.core.geometry.ShapeBounds;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.RotatedBoxShape;
import org.junit.jupiter.api.Test;

/**
 * One test per geometry rule that core owns for the whole product (see the javadoc of {@link ShapeBounds},
 * {@link PolygonRings}, {@link MaskRuns} and {@link Outlines}). Each pins a rule on which two copies once
 * disagreed.
 */
class GeometryRulesTest {

    private static final AnnotideFactory F = AnnotideFactory.eINSTANCE;

    private static KeypointsShape keypoints(double[] points, int[] visibility) {
        KeypointsShape keypoints = F.createKeypointsShape();
        keypoints.setPoints(points);
        keypoints.setVisibility(visibility);
        return keypoints;
    }

    // ------------------------------------------------------------------ keypoints: which points count

    @Test
    void onlyPositiveVisibilityIsLabelled() {
        assertFalse(ShapeBounds.isLabelled(new int[] { 0 }, 0), "v=0: not labelled (COCO)");
        assertFalse(ShapeBounds.isLabelled(new int[] { -1 }, 0), "a negative value is no COCO value: not labelled");
        assertTrue(ShapeBounds.isLabelled(new int[] { 1 }, 0), "v=1: labelled, not visible");
        assertTrue(ShapeBounds.isLabelled(new int[] { 2 }, 0), "v=2: visible");
        assertTrue(ShapeBounds.isLabelled(null, 3), "no visibility: every point is labelled");
        assertTrue(ShapeBounds.isLabelled(new int[] { 0 }, 1), "a point past the visibility array is labelled");
    }

    @Test
    void keypointBoundsSkipZeroAndNegativeVisibility() {
        // once: tiling skipped only v == 0 (so v = -1 widened its box), the exports skipped v <= 0
        KeypointsShape points = keypoints(new double[] { 10, 10, 20, 30, 500, 500, 0, 0 }, new int[] { 2, 1, -1, 0 });
        assertArrayEquals(new double[] { 10, 10, 10, 20 }, ShapeBounds.of(points));
        assertArrayEquals(new double[] { 10, 10, 10, 20 }, ShapeGeometry.bounds(points));
        assertEquals(2, ShapeGeometry.toJts(points).getNumPoints(), "the geometry keeps the same points");
        points.setVisibility(new int[] { 0, -2, 0, 0 });
        assertNull(ShapeBounds.of(points), "no labelled point: no bounds");
        assertArrayEquals(new double[4], ShapeGeometry.bounds(points));
    }

    @Test
    void keypointsWithAShortVisibilityArrayCountTheRestAsLabelled() {
        // once: the exports dropped points past the end of the visibility array, tiling kept them
        KeypointsShape points = keypoints(new double[] { 10, 10, 40, 50 }, new int[] { 2 });
        assertArrayEquals(new double[] { 10, 10, 30, 40 }, ShapeBounds.of(points));
    }

    // ------------------------------------------------------------------ masks: the box is the foreground's

    @Test
    void aMaskBoxIsItsTightForegroundAsCocoComputesIt() {
        // a 6x5 window at (100, 200) whose only foreground is a 2x2 square at window (3, 1): empty border all round
        BitSet bits = new BitSet();
        bits.set(1 * 6 + 3, 1 * 6 + 5);
        bits.set(2 * 6 + 3, 2 * 6 + 5);
        MaskShape mask = F.createMaskShape();
        mask.setX(100);
        mask.setY(200);
        mask.setWidth(6);
        mask.setHeight(5);
        mask.setCounts(new int[] { 9, 2, 4, 2, 13 });
        assertEquals(bits, MaskRuns.decodeBits(mask));
        double[] coco = ShapeGeometry.toCocoRle(mask, 400, 300).toBbox();
        assertArrayEquals(new double[] { 103, 201, 2, 2 }, coco);
        assertArrayEquals(coco, ShapeBounds.of(mask), "bounds are COCO's bbox, not the 6x5 window");
        assertArrayEquals(coco, ShapeGeometry.bounds(mask));
        mask.setCounts(new int[] { 30 });
        assertNull(ShapeBounds.of(mask), "a mask without foreground has no bounds");
    }

    @Test
    void masksAreWrittenCroppedToTheirForeground() {
        BitSet bits = new BitSet();
        bits.set(1 * 6 + 3, 1 * 6 + 5);
        bits.set(2 * 6 + 3);
        MaskShape cropped = MaskRuns.encodeCropped(bits, 100, 200, 6, 5);
        assertEquals(103, cropped.getX());
        assertEquals(201, cropped.getY());
        assertEquals(2, cropped.getWidth());
        assertEquals(2, cropped.getHeight());
        assertArrayEquals(new int[] { 0, 3, 1 }, cropped.getCounts(), "background first, a leading 0 run");
        assertArrayEquals(ShapeBounds.of(cropped), new double[] { 103, 201, 2, 2 });
        assertEquals(3, MaskRuns.area(cropped));
        BitSet back = MaskRuns.decodeBits(cropped);
        assertTrue(back.get(0) && back.get(1) && back.get(2) && !back.get(3));
        assertNull(MaskRuns.encodeCropped(new BitSet(), 0, 0, 6, 5), "nothing set: no mask");
        BitSet outside = new BitSet();
        outside.set(30);
        assertNull(MaskRuns.encodeCropped(outside, 0, 0, 6, 5), "bits past the raster are not pixels");
    }

    @Test
    void maskRunsThatOverrunTheWindowAreRefused() {
        MaskShape mask = F.createMaskShape();
        mask.setWidth(2);
        mask.setHeight(2);
        mask.setCounts(new int[] { 1, 4 });
        assertThrows(IllegalArgumentException.class, () -> MaskRuns.decodeBits(mask));
        mask.setCounts(new int[] { 1, -1, 4 });
        assertThrows(IllegalArgumentException.class, () -> MaskRuns.decodeBits(mask));
        mask.setCounts(new int[] { 1, 1 });
        assertEquals(1, MaskRuns.decodeBits(mask).cardinality(), "runs that stop short leave background");
    }

    // ------------------------------------------------------------------ polygons: rings and parts

    @Test
    void ringsAndPartsAreReadOneWay() {
        PolygonShape polygon = F.createPolygonShape();
        polygon.setPoints(new double[] { 0, 0, 10, 0, 10, 10, 2, 2, 4, 2, 4, 4, 20, 20, 30, 20, 30, 30 });
        PolygonRings one = PolygonRings.of(polygon);
        assertEquals(1, one.parts().size(), "no ends: one ring, one part");
        assertEquals(18, one.parts().get(0).get(0).length);
        assertFalse(one.hasHoles());

        polygon.setRingEnds(new int[] { 3, 6, 9 });
        polygon.setPartEnds(new int[] { 2, 3 });
        PolygonRings rings = PolygonRings.of(polygon);
        assertEquals(2, rings.parts().size());
        assertEquals(2, rings.parts().get(0).size(), "the first part: outer ring and a hole");
        assertTrue(rings.hasHoles());
        List<double[]> all = rings.rings();
        assertEquals(3, all.size());
        assertArrayEquals(new double[] { 20, 20, 30, 20, 30, 30 }, all.get(2));
        assertArrayEquals(new double[] { 0, 0, 30, 30 }, ShapeBounds.ofRings(all));
        assertNull(PolygonRings.problem(polygon));

        polygon.setRingEnds(new int[] { 3, 2, 9 });
        assertNotNull(PolygonRings.problem(polygon));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> PolygonRings.of(polygon));
        assertTrue(bad.getMessage().contains("[3, 2, 9]"), bad.getMessage());
        polygon.setRingEnds(new int[] { 3, 6, 10 });
        assertThrows(IllegalArgumentException.class, () -> PolygonRings.of(polygon), "past the vertices");
        polygon.setRingEnds(new int[] { 3, 6, 9 });
        polygon.setPartEnds(new int[] { 2, 4 });
        assertThrows(IllegalArgumentException.class, () -> PolygonRings.of(polygon), "past the rings");
    }

    // ------------------------------------------------------------------ outlines

    @Test
    void rotatedBoxCornersRunClockwiseFromTheTopLeft() {
        double[] corners = Outlines.rotatedBox(10, 20, 4, 2, 90);
        // turned a quarter clockwise on screen (y down): the top-left corner (-2, -1) goes to (1, -2)
        assertArrayEquals(new double[] { 11, 18, 11, 22, 9, 22, 9, 18 }, corners, 1e-12);
        RotatedBoxShape box = F.createRotatedBoxShape();
        box.setCx(10);
        box.setCy(20);
        box.setWidth(4);
        box.setHeight(2);
        box.setAngle(90);
        assertArrayEquals(corners, ShapeGeometry.rotatedCorners(box), 1e-12);
        assertArrayEquals(new double[] { 9, 18, 2, 4 }, ShapeBounds.of(box), 1e-12);
    }

    @Test
    void ellipseOutlinesShareOneParametrisation() {
        EllipseShape ellipse = F.createEllipseShape();
        ellipse.setCx(50);
        ellipse.setCy(40);
        ellipse.setRx(30);
        ellipse.setRy(10);
        ellipse.setAngle(30);
        int segments = Outlines.ellipseSegments(30, 10);
        assertArrayEquals(Outlines.ellipse(50, 40, 30, 10, 30, segments), ShapeGeometry.ellipsePolygon(ellipse));
        // every vertex lies on the ellipse, whatever the vertex count
        for (int n : new int[] { 48, segments }) {
            double[] ring = Outlines.ellipse(50, 40, 30, 10, 30, n);
            assertEquals(2 * n, ring.length);
            for (int i = 0; i < n; i++) {
                double[] local = Outlines.rotate(ring[2 * i], ring[2 * i + 1], 50, 40, -30);
                double dx = (local[0] - 50) / 30;
                double dy = (local[1] - 40) / 10;
                assertEquals(1, dx * dx + dy * dy, 1e-9);
            }
            assertArrayEquals(new double[] { 80, 40 }, Outlines.rotate(ring[0], ring[1], 50, 40, -30), 1e-9,
                    "vertex 0 at the end of the rx axis");
        }
        // a chord of the finer outline strays at most the tolerance from the ellipse
        double step = 2 * Math.PI / segments;
        assertTrue(30 * (1 - Math.cos(step / 2)) <= ShapeGeometry.ELLIPSE_TOLERANCE);
        double[] half = Outlines.ellipseHalfExtents(30, 10, 30);
        assertArrayEquals(new double[] { 50 - half[0], 40 - half[1], 2 * half[0], 2 * half[1] },
                ShapeBounds.of(ellipse), 1e-12);
    }
}
