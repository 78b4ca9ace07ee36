package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Provenance;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.geometry.RingEdit;
import org.annotide.ui.editor.internal.tools.PathTool;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cut Hole (Shift+C) and Add Part (Shift+A): a ring drawn after the key changes the selected annotation. */
class HolesAndPartsTest extends EditorUiTest {

    private static final double PIXEL = 1.5;

    private ImageAsset image;
    private LabelClass cell;
    private AnnotationCommands commands;

    @BeforeEach
    void createProject() throws Exception {
        cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        image = TestProjects.addImage(store, "cells", 800, 600);
        commands = new AnnotationCommands(store.editingDomain(), image);
        open(image);
        actualSizeAt(400, 300);
        Input.key('v');
        Spin.until("the select tool", () -> canvas().toolKind() == ToolKind.SELECT);
    }

    private Annotation add(Shape shape, Provenance provenance) {
        Annotation annotation = AnnotationCommands.newAnnotation(shape, cell);
        annotation.setProvenance(provenance);
        annotation.setScore(provenance == Provenance.PREDICTED ? 0.7 : 1.0);
        TestProjects.execute(store, commands.add(List.of(annotation), "Add"));
        Spin.idle(30);
        return annotation;
    }

    private static BoxShape box(double x, double y, double w, double h) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        return box;
    }

    private void select(Annotation annotation, double x, double y) {
        click(x, y);
        Spin.until("selected", () -> canvas().selection().single() == annotation);
    }

    private RingEdit armed() {
        return canvas().tool() instanceof PathTool path ? path.armedEdit() : null;
    }

    /** Whether the flat points hold a vertex within a pixel and a half of (x, y). */
    private static boolean hasVertex(double[] points, int from, int to, double x, double y) {
        for (int i = from; i < to; i++) {
            if (Math.abs(points[2 * i] - x) <= PIXEL && Math.abs(points[2 * i + 1] - y) <= PIXEL) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRingClickedAfterShiftCIsCutOutOfTheSelectedBoxAsOneUndoableEdit() {
        Annotation prediction = add(box(100, 100, 200, 150), Provenance.PREDICTED);
        BoxShape original = (BoxShape) prediction.getShape();
        long id = prediction.getId();
        select(prediction, 120, 120);

        Input.key(SWT.SHIFT, 'c', 0);
        Spin.until("the polygon tool armed to cut", () -> canvas().toolKind() == ToolKind.POLYGON
                && armed() == RingEdit.CUT_HOLE);
        Spin.until("the mode in the status line", () -> statusMessage().contains("Cut Hole mode"));
        double[][] hole = { { 180, 160 }, { 240, 160 }, { 240, 210 }, { 180, 210 } };
        for (double[] vertex : hole) {
            click(vertex[0], vertex[1]);
        }
        Input.keyCode(SWT.CR);
        Spin.until("the box became a polygon", () -> prediction.getShape() instanceof PolygonShape);

        PolygonShape cut = (PolygonShape) prediction.getShape();
        assertArrayEquals(new int[] { 4, 8 }, cut.getRingEnds(), "two rings: the box's outline and the hole");
        for (double[] vertex : hole) {
            assertTrue(hasVertex(cut.getPoints(), 4, 8, vertex[0], vertex[1]), "hole vertex " + vertex[0] + ", " + vertex[1]);
        }
        assertTrue(hasVertex(cut.getPoints(), 0, 4, 300, 250), "the box's corner is the outer ring's");
        assertEquals(List.of(prediction), image.getAnnotations(), "the same annotation, no new one");
        assertEquals(id, prediction.getId());
        assertSame(cell, prediction.getLabelClass());
        assertEquals(Provenance.PREDICTED, prediction.getProvenance(), "as with vertex edits, provenance stays");
        assertEquals(0.7, prediction.getScore());
        assertNull(armed(), "one ring per command");
        assertSame(prediction, canvas().selection().single());

        // the hole is not part of the annotation: clicking there selects nothing, clicking the ring does
        Input.key('v');
        Spin.until("the select tool", () -> canvas().toolKind() == ToolKind.SELECT);
        Input.keyCode(SWT.ESC);
        Spin.until("nothing selected", () -> canvas().selection().isEmpty());
        click(210, 185);
        Spin.idle(50);
        assertTrue(canvas().selection().isEmpty(), "a click in the hole selects nothing");
        select(prediction, 140, 185);

        // a vertex of the hole is dragged like any other
        drag(240, 210, 250, 225);
        Spin.until("the hole's corner moved", () -> prediction.getShape() instanceof PolygonShape polygon
                && hasVertex(polygon.getPoints(), 4, 8, 250, 225));
        assertArrayEquals(new int[] { 4, 8 }, ((PolygonShape) prediction.getShape()).getRingEnds());
        assertTrue(!hasVertex(((PolygonShape) prediction.getShape()).getPoints(), 0, 8, 240, 210));

        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("the drag undone", () -> hasVertex(cut.getPoints(), 4, 8, 240, 210));
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("the cut undone", () -> prediction.getShape() == original);
        assertEquals(100, original.getX());
        assertEquals(200, original.getWidth());
    }

    @Test
    void shiftAAddsAFreehandPartAndEscCancelsTheMode() {
        PolygonShape triangle = AnnotideFactory.eINSTANCE.createPolygonShape();
        triangle.setPoints(new double[] { 100, 100, 200, 100, 150, 180 });
        Annotation annotation = add(triangle, Provenance.MANUAL);
        select(annotation, 150, 120);

        // Esc leaves the mode and draws nothing
        Input.key(SWT.SHIFT, 'c', 0);
        Spin.until("armed to cut", () -> armed() == RingEdit.CUT_HOLE);
        Input.keyCode(SWT.ESC);
        Spin.until("disarmed", () -> armed() == null);
        assertTrue(!statusMessage().contains("Cut Hole mode"), statusMessage());
        assertSame(triangle, annotation.getShape());

        // with the freehand tool current the part is traced freehand
        Input.key(SWT.SHIFT, 'p', 0);
        Spin.until("the freehand tool", () -> canvas().toolKind() == ToolKind.FREEHAND);
        Input.key(SWT.SHIFT, 'a', 0);
        Spin.until("armed to add", () -> armed() == RingEdit.ADD_PART && canvas().toolKind() == ToolKind.FREEHAND);
        trace(new double[][] { { 400, 100 }, { 500, 100 }, { 500, 200 }, { 400, 200 } });
        Spin.until("a second part", () -> annotation.getShape() instanceof PolygonShape polygon
                && polygon.getPartEnds() != null);
        PolygonShape parts = (PolygonShape) annotation.getShape();
        assertArrayEquals(new int[] { 1, 2 }, parts.getPartEnds());
        assertEquals(1, image.getAnnotations().size());
        assertTrue(hasVertex(parts.getPoints(), 0, parts.getRingEnds()[0], 150, 180)
                || hasVertex(parts.getPoints(), parts.getRingEnds()[0], parts.getRingEnds()[1], 150, 180),
                "the triangle is one of the parts");
    }

    @Test
    void linesAndLockedAnnotationsAreRefusedWithAHint() {
        PolylineShape line = AnnotideFactory.eINSTANCE.createPolylineShape();
        line.setPoints(new double[] { 100, 300, 300, 300 });
        Annotation polyline = add(line, Provenance.MANUAL);
        select(polyline, 200, 300);
        Input.key(SWT.SHIFT, 'c', 0);
        Spin.until("the refusal", () -> statusMessage().contains("not for polyline annotations"));
        assertEquals(ToolKind.SELECT, canvas().toolKind(), "the tool stays");

        Annotation box = add(box(400, 100, 100, 100), Provenance.MANUAL);
        select(box, 450, 150);
        Input.key(SWT.SHIFT, 'l', 0);
        Spin.until("locked", box::isLocked);
        Input.key(SWT.SHIFT, 'a', 0);
        Spin.until("the refusal", () -> statusMessage().contains("locked"));
        assertNull(armed());
        assertInstanceOf(BoxShape.class, box.getShape());
    }

    /** QA: the refusal stayed in the status line after Delete and after zooming. */
    @Test
    void aRefusalIsGoneAfterTheNextAction() {
        LabelClass debris = TestProjects.addClass(store, "debris", "#808080", "2", ShapeKind.BOX);
        Annotation kept = add(box(400, 100, 100, 100), Provenance.MANUAL);
        Annotation deleted = add(box(100, 100, 100, 100), Provenance.MANUAL);
        TestProjects.execute(store, commands.relabel(List.of(kept, deleted), debris));
        String refusal = "Cannot cut a hole into this box: it would become a polygon, and \"debris\" is for box only";

        select(kept, 450, 150);
        Input.key(SWT.SHIFT, 'c', 0);
        Spin.until("the refusal", () -> statusMessage().contains(refusal));
        Input.key('=');
        Spin.until("zoomed in", () -> canvas().viewport().scale() > 1.0);
        assertFalse(statusMessage().contains(refusal), "zooming clears it: " + statusMessage());

        Input.key(SWT.CTRL, '0', 0);
        Spin.until("back at 1:1", () -> canvas().viewport().scale() == 1.0);
        select(deleted, 150, 150);
        Input.key(SWT.SHIFT, 'c', 0);
        Spin.until("the refusal", () -> statusMessage().contains(refusal));
        Input.keyCode(SWT.DEL);
        Spin.until("deleted", () -> deleted.eContainer() == null);
        assertFalse(statusMessage().contains(refusal), "Delete clears it: " + statusMessage());
    }

    /** Presses at the first point, moves through the others and back towards the first, releases. */
    private void trace(double[][] corners) {
        Point start = at(corners[0][0], corners[0][1]);
        Input.moveTo(control(), start.x, start.y);
        Input.press(1);
        for (int c = 1; c <= corners.length; c++) {
            Point from = at(corners[c - 1][0], corners[c - 1][1]);
            Point to = at(corners[c % corners.length][0], corners[c % corners.length][1]);
            for (int i = 1; i <= 8; i++) {
                Input.moveTo(control(), from.x + (to.x - from.x) * i / 8, from.y + (to.y - from.y) * i / 8);
            }
        }
        Input.release(1);
    }
}
