package org.annotide.ui.editor.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.ShapeKind;
import org.annotide.ui.editor.internal.geometry.DrawnEllipse;
import org.annotide.ui.editor.internal.geometry.RingEdit;
import org.junit.jupiter.api.Test;

class RingEditTest {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;

    private static BoxShape box(double x, double y, double w, double h) {
        BoxShape box = FACTORY.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        return box;
    }

    private static double[] square(double x, double y, double size) {
        return new double[] { x, y, x + size, y, x + size, y + size, x, y + size };
    }

    /** Whether the flat points hold the vertex (x, y). */
    private static boolean hasVertex(double[] points, double x, double y) {
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (points[i] == x && points[i + 1] == y) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRingInsideABoxBecomesAHole() {
        RingEdit.Outcome outcome = RingEdit.CUT_HOLE.apply(box(0, 0, 100, 100), square(40, 40, 20));
        assertNull(outcome.refusal());
        PolygonShape cut = outcome.shape();
        assertArrayEquals(new int[] { 4, 8 }, cut.getRingEnds(), "the outer ring and the hole, four vertices each");
        assertNull(cut.getPartEnds(), "one part");
        double[] hole = Arrays.copyOfRange(cut.getPoints(), 8, 16);
        for (int i = 0; i < 8; i += 2) {
            assertTrue(hasVertex(hole, square(40, 40, 20)[i], square(40, 40, 20)[i + 1]));
        }
        assertEquals(100 * 100 - 20 * 20, ShapeGeometry.area(cut), 1e-9);
    }

    @Test
    void aRingAcrossTheEdgeBitesIntoTheOutline() {
        PolygonShape cut = RingEdit.CUT_HOLE.apply(box(0, 0, 100, 100), square(90, 40, 20)).shape();
        assertNull(cut.getRingEnds(), "no hole: the outer ring has a notch");
        assertEquals(100 * 100 - 10 * 20, ShapeGeometry.area(cut), 1e-9);
    }

    @Test
    void aCutThroughTheMiddleLeavesTwoParts() {
        double[] band = { -10, 40, 110, 40, 110, 60, -10, 60 };
        PolygonShape cut = RingEdit.CUT_HOLE.apply(box(0, 0, 100, 100), band).shape();
        assertArrayEquals(new int[] { 1, 2 }, cut.getPartEnds());
    }

    @Test
    void cuttingEverythingOrNothingIsRefused() {
        RingEdit.Outcome everything = RingEdit.CUT_HOLE.apply(box(10, 10, 20, 20), square(0, 0, 100));
        assertNull(everything.shape());
        assertTrue(everything.refusal().contains("whole annotation"), everything.refusal());
        RingEdit.Outcome nothing = RingEdit.CUT_HOLE.apply(box(10, 10, 20, 20), square(50, 50, 10));
        assertNull(nothing.shape());
        assertNotNull(nothing.refusal());
    }

    @Test
    void aDisjointRingBecomesASecondPartAndAnOverlappingOneGrowsTheFirst() {
        PolygonShape two = RingEdit.ADD_PART.apply(box(0, 0, 10, 10), square(20, 0, 10)).shape();
        assertArrayEquals(new int[] { 4, 8 }, two.getRingEnds());
        assertArrayEquals(new int[] { 1, 2 }, two.getPartEnds(), "two parts without holes");
        PolygonShape grown = RingEdit.ADD_PART.apply(box(0, 0, 10, 10), square(5, 5, 10)).shape();
        assertNull(grown.getRingEnds(), "one ring");
        assertEquals(175, ShapeGeometry.area(grown), 1e-9);
        assertNotNull(RingEdit.ADD_PART.apply(box(0, 0, 10, 10), square(2, 2, 3)).refusal(), "nothing to add");
    }

    @Test
    void aSelfIntersectingRingIsRepairedNotRefused() {
        double[] bowtie = { 20, 20, 60, 60, 60, 20, 20, 60 };
        RingEdit.Outcome outcome = RingEdit.CUT_HOLE.apply(box(0, 0, 100, 100), bowtie);
        assertNotNull(outcome.shape());
        assertEquals(100 * 100 - 800, ShapeGeometry.area(outcome.shape()), 1e-6, "both triangles of the bow tie cut");
    }

    @Test
    void ellipsesAndPolygonsTakeTheEditMasksAndLinesDoNot() {
        EllipseShape ellipse = FACTORY.createEllipseShape();
        ellipse.setCx(50);
        ellipse.setCy(50);
        ellipse.setRx(40);
        ellipse.setRy(30);
        PolygonShape cut = RingEdit.CUT_HOLE.apply(ellipse, square(45, 45, 10)).shape();
        assertEquals(2, cut.getRingEnds().length);
        assertEquals(DrawnEllipse.SEGMENTS, cut.getRingEnds()[0], "the outer ring is the outline the editor draws");
        assertEquals(Math.PI * 40 * 30 - 100, ShapeGeometry.area(cut), 0.01 * Math.PI * 40 * 30, "within 1% of the ellipse");
        assertTrue(RingEdit.accepts(ShapeKind.POLYGON) && RingEdit.accepts(ShapeKind.ROTATED_BOX));
        assertFalse(RingEdit.accepts(ShapeKind.MASK) || RingEdit.accepts(ShapeKind.POLYLINE)
                || RingEdit.accepts(ShapeKind.KEYPOINTS) || RingEdit.accepts(ShapeKind.IMAGE_CLASS));
    }
}
