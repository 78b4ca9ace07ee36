package org.annotide.ui.editor.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.ui.editor.internal.geometry.Handle;
import org.annotide.ui.editor.internal.geometry.ShapeEdits;
import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;

class ShapeEditsTest {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;

    @Test
    void draggingABoxCornerKeepsTheOppositeCorner() {
        BoxShape box = FACTORY.createBoxShape();
        box.setX(10);
        box.setY(20);
        box.setWidth(100);
        box.setHeight(50);
        // handle 0 is the top-left corner; dragging it past the bottom-right corner flips the box
        Map<EAttribute, Object> changes = ShapeEdits.moveHandle(box, 0, 200, 100);
        assertEquals(110.0, changes.get(Literals.BOX_SHAPE__X));
        assertEquals(70.0, changes.get(Literals.BOX_SHAPE__Y));
        assertEquals(90.0, changes.get(Literals.BOX_SHAPE__WIDTH));
        assertEquals(30.0, changes.get(Literals.BOX_SHAPE__HEIGHT));
        // handle 5 is the right edge: only the width changes
        Map<EAttribute, Object> edge = ShapeEdits.moveHandle(box, 5, 300, 999);
        assertEquals(10.0, edge.get(Literals.BOX_SHAPE__X));
        assertEquals(290.0, edge.get(Literals.BOX_SHAPE__WIDTH));
        assertEquals(50.0, edge.get(Literals.BOX_SHAPE__HEIGHT));
    }

    @Test
    void aRotatedBoxCornerMovesInTheBoxFrame() {
        RotatedBoxShape box = FACTORY.createRotatedBoxShape();
        box.setCx(100);
        box.setCy(100);
        box.setWidth(40);
        box.setHeight(20);
        box.setAngle(90);
        List<Handle> handles = ShapeEdits.handles(box, 1);
        // at 90 degrees clockwise the local top-left corner (-20, -10) lies at (110, 80)
        assertEquals(110, handles.get(0).x(), 1e-9);
        assertEquals(80, handles.get(0).y(), 1e-9);
        Map<EAttribute, Object> changes = ShapeEdits.moveHandle(box, 2, 90 - 10, 120 + 10);
        // the opposite corner (110, 80) stays; the new corner is (80, 130): local width 50, height 30
        assertEquals(50, (double) changes.get(Literals.ROTATED_BOX_SHAPE__WIDTH), 1e-9);
        assertEquals(30, (double) changes.get(Literals.ROTATED_BOX_SHAPE__HEIGHT), 1e-9);
        assertEquals(95, (double) changes.get(Literals.ROTATED_BOX_SHAPE__CX), 1e-9);
        assertEquals(105, (double) changes.get(Literals.ROTATED_BOX_SHAPE__CY), 1e-9);
    }

    @Test
    void theRotationKnobSetsTheAngle() {
        EllipseShape ellipse = FACTORY.createEllipseShape();
        ellipse.setCx(0);
        ellipse.setCy(0);
        ellipse.setRx(30);
        ellipse.setRy(10);
        // the knob is straight up at angle 0; dragging it to the right of the centre is a quarter turn clockwise
        Map<EAttribute, Object> changes = ShapeEdits.moveHandle(ellipse, 4, 50, 0);
        assertEquals(90, (double) changes.get(Literals.ELLIPSE_SHAPE__ANGLE), 1e-9);
        Map<EAttribute, Object> axis = ShapeEdits.moveHandle(ellipse, 1, 3, -25);
        assertEquals(25, (double) axis.get(Literals.ELLIPSE_SHAPE__RY), 1e-9);
    }

    @Test
    void insertingAndDeletingVerticesKeepsRingsConsistent() {
        PolygonShape polygon = FACTORY.createPolygonShape();
        // an outer square of 4 vertices and a triangular hole of 3
        polygon.setPoints(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, 2, 2, 4, 2, 3, 4 });
        polygon.setRingEnds(new int[] { 4, 7 });
        assertEquals(1, ShapeEdits.nearestEdge(polygon, 10.4, 5, 1), "the edge from vertex 1 to 2");
        Map<EAttribute, Object> inserted = ShapeEdits.insertVertex(polygon, 1, 10, 5);
        assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 5, 10, 10, 0, 10, 2, 2, 4, 2, 3, 4 },
                (double[]) inserted.get(Literals.POLYGON_SHAPE__POINTS));
        assertArrayEquals(new int[] { 5, 8 }, (int[]) inserted.get(Literals.POLYGON_SHAPE__RING_ENDS));

        Map<EAttribute, Object> deleted = ShapeEdits.deleteVertex(polygon, 0);
        assertArrayEquals(new int[] { 3, 6 }, (int[]) deleted.get(Literals.POLYGON_SHAPE__RING_ENDS));
        Map<EAttribute, Object> holeGone = ShapeEdits.deleteVertex(polygon, 5);
        assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 10, 0, 10 }, (double[]) holeGone.get(Literals.POLYGON_SHAPE__POINTS),
                "a triangle hole losing a vertex goes as a whole");
        assertArrayEquals(new int[0], (int[]) holeGone.get(Literals.POLYGON_SHAPE__RING_ENDS), "one ring left");
    }

    /** Two parts: a square with a square hole, and a triangle. */
    private static PolygonShape squareWithHoleAndTriangle() {
        PolygonShape polygon = FACTORY.createPolygonShape();
        polygon.setPoints(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, // outer ring, vertices 0-3
                2, 2, 4, 2, 4, 4, 2, 4, // hole, vertices 4-7
                20, 0, 30, 0, 25, 8 }); // second part, vertices 8-10
        polygon.setRingEnds(new int[] { 4, 8, 11 });
        polygon.setPartEnds(new int[] { 2, 3 });
        return polygon;
    }

    @Test
    void everyVertexOfEveryRingHasAHandleAndDraggingOneMovesOnlyIt() {
        PolygonShape polygon = squareWithHoleAndTriangle();
        List<Handle> handles = ShapeEdits.handles(polygon, 1);
        assertEquals(11, handles.size());
        assertEquals(4, handles.get(6).x(), "the hole's third vertex");
        Map<EAttribute, Object> changes = ShapeEdits.moveHandle(polygon, 6, 5, 5);
        double[] moved = (double[]) changes.get(Literals.POLYGON_SHAPE__POINTS);
        assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, 2, 2, 4, 2, 5, 5, 2, 4, 20, 0, 30, 0, 25, 8 }, moved);
        assertFalse(changes.containsKey(Literals.POLYGON_SHAPE__RING_ENDS), "the rings stay as they are");
        assertFalse(changes.containsKey(Literals.POLYGON_SHAPE__PART_ENDS));
    }

    @Test
    void aVertexInsertedOnTheClosingEdgeOfAHoleStaysInTheHole() {
        PolygonShape polygon = squareWithHoleAndTriangle();
        // the hole's closing edge runs from (2, 4) back to (2, 2)
        int edge = ShapeEdits.nearestEdge(polygon, 2.2, 3, 0.5);
        assertEquals(7, edge);
        Map<EAttribute, Object> changes = ShapeEdits.insertVertex(polygon, edge, 2, 3);
        double[] points = (double[]) changes.get(Literals.POLYGON_SHAPE__POINTS);
        assertEquals(2, points[16]);
        assertEquals(3, points[17], "the new vertex is the hole's last, between (2, 4) and the first (2, 2)");
        assertArrayEquals(new int[] { 4, 9, 12 }, (int[]) changes.get(Literals.POLYGON_SHAPE__RING_ENDS));
        assertFalse(changes.containsKey(Literals.POLYGON_SHAPE__PART_ENDS), "ring counts per part are unchanged");
        PolygonShape preview = (PolygonShape) ShapeEdits.preview(polygon, changes);
        assertEquals(-1, ShapeEdits.nearestEdge(preview, 3, 3, 0.5), "the hole's inside is no edge");
    }

    @Test
    void deletingRespectsRingBoundaries() {
        PolygonShape polygon = squareWithHoleAndTriangle();
        Map<EAttribute, Object> changes = ShapeEdits.deleteVertex(polygon, 5);
        assertArrayEquals(new int[] { 4, 7, 10 }, (int[]) changes.get(Literals.POLYGON_SHAPE__RING_ENDS));
        assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, 2, 2, 4, 4, 2, 4, 20, 0, 30, 0, 25, 8 },
                (double[]) changes.get(Literals.POLYGON_SHAPE__POINTS));
        PolygonShape triangleHole = (PolygonShape) ShapeEdits.preview(polygon, changes);
        for (int vertex = 4; vertex < 7; vertex++) {
            Map<EAttribute, Object> holeGone = ShapeEdits.deleteVertex(triangleHole, vertex);
            assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, 20, 0, 30, 0, 25, 8 },
                    (double[]) holeGone.get(Literals.POLYGON_SHAPE__POINTS), "vertex " + vertex + " takes its hole along");
            assertArrayEquals(new int[] { 4, 7 }, (int[]) holeGone.get(Literals.POLYGON_SHAPE__RING_ENDS));
            assertArrayEquals(new int[] { 1, 2 }, (int[]) holeGone.get(Literals.POLYGON_SHAPE__PART_ENDS));
        }
        for (int vertex = 7; vertex < 10; vertex++) {
            Map<EAttribute, Object> partGone = ShapeEdits.deleteVertex(triangleHole, vertex);
            assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, 2, 2, 4, 4, 2, 4 },
                    (double[]) partGone.get(Literals.POLYGON_SHAPE__POINTS), "vertex " + vertex + " takes its part along");
            assertArrayEquals(new int[] { 4, 7 }, (int[]) partGone.get(Literals.POLYGON_SHAPE__RING_ENDS));
            assertArrayEquals(new int[0], (int[]) partGone.get(Literals.POLYGON_SHAPE__PART_ENDS), "one part left");
        }
        assertNotNull(ShapeEdits.deleteVertex(triangleHole, 0), "the outer ring has four");
    }

    @Test
    void theOnlyOutlineKeepsThreeVerticesAndAFirstPartGoesWithItsHoles() {
        PolygonShape triangle = FACTORY.createPolygonShape();
        triangle.setPoints(new double[] { 0, 0, 10, 0, 5, 8 });
        assertNull(ShapeEdits.deleteVertex(triangle, 1), "deleting the annotation is another action");

        PolygonShape polygon = FACTORY.createPolygonShape();
        // part 1: a triangle with a triangular hole; part 2: a square
        polygon.setPoints(new double[] { 0, 0, 30, 0, 15, 20, 10, 5, 20, 5, 15, 10, 40, 0, 50, 0, 50, 10, 40, 10 });
        polygon.setRingEnds(new int[] { 3, 6, 10 });
        polygon.setPartEnds(new int[] { 2, 3 });
        Map<EAttribute, Object> changes = ShapeEdits.deleteVertex(polygon, 0);
        assertArrayEquals(new double[] { 40, 0, 50, 0, 50, 10, 40, 10 }, (double[]) changes.get(Literals.POLYGON_SHAPE__POINTS));
        assertArrayEquals(new int[0], (int[]) changes.get(Literals.POLYGON_SHAPE__RING_ENDS));
        assertArrayEquals(new int[0], (int[]) changes.get(Literals.POLYGON_SHAPE__PART_ENDS));
    }

    @Test
    void ringEndsThatDoNotFitThePointsAreOneRing() {
        PolygonShape polygon = FACTORY.createPolygonShape();
        polygon.setPoints(new double[] { 0, 0, 10, 0, 10, 10, 0, 10 });
        polygon.setRingEnds(new int[] { 3, 9 });
        assertEquals(3, ShapeEdits.nearestEdge(polygon, 0.2, 5, 1), "as drawn: one ring of four");
        assertArrayEquals(new int[] { 5 }, (int[]) ShapeEdits.insertVertex(polygon, 3, 0, 5)
                .get(Literals.POLYGON_SHAPE__RING_ENDS));
        assertArrayEquals(new int[] { 3 }, (int[]) ShapeEdits.deleteVertex(polygon, 0)
                .get(Literals.POLYGON_SHAPE__RING_ENDS));
    }

    @Test
    void theClosingEdgeOfARingIsFoundToo() {
        PolygonShape polygon = FACTORY.createPolygonShape();
        polygon.setPoints(new double[] { 0, 0, 10, 0, 10, 10, 0, 10 });
        assertEquals(3, ShapeEdits.nearestEdge(polygon, 0.2, 5, 1), "the edge from the last vertex back to the first");
    }

    @Test
    void polylinesKeepTwoVerticesAndKeypointsBecomeUnlabelled() {
        PolylineShape line = FACTORY.createPolylineShape();
        line.setPoints(new double[] { 0, 0, 5, 5 });
        assertNull(ShapeEdits.deleteVertex(line, 0));
        KeypointsShape keypoints = FACTORY.createKeypointsShape();
        keypoints.setPoints(new double[] { 1, 1, 2, 2, 3, 3 });
        keypoints.setVisibility(new int[] { 2, 1, 2 });
        Map<EAttribute, Object> changes = ShapeEdits.deleteVertex(keypoints, 1);
        assertArrayEquals(new int[] { 2, 0, 2 }, (int[]) changes.get(Literals.KEYPOINTS_SHAPE__VISIBILITY));
        assertEquals(3, ShapeEdits.handles(keypoints, 1).size(), "occluded points keep their handles");
    }

    @Test
    void translationMovesEveryKindAndLeavesTheShapeAlone() {
        PolygonShape polygon = FACTORY.createPolygonShape();
        double[] points = { 0, 0, 10, 0, 10, 10 };
        polygon.setPoints(points);
        Map<EAttribute, Object> changes = ShapeEdits.translate(polygon, 2.5, -1);
        assertArrayEquals(new double[] { 2.5, -1, 12.5, -1, 12.5, 9 }, (double[]) changes.get(Literals.POLYGON_SHAPE__POINTS));
        assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 10 }, polygon.getPoints(), "the model array is untouched");
        PolygonShape preview = (PolygonShape) ShapeEdits.preview(polygon, changes);
        assertEquals(2.5, preview.getPoints()[0]);
    }
}
