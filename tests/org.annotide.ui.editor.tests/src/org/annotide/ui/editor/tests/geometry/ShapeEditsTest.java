package org.annotide.ui.editor.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertNull(ShapeEdits.deleteVertex(polygon, 5), "a triangle hole cannot lose a vertex");
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
