package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Shape;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.SWT;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Selecting, moving, reshaping, deleting, copying, hiding and locking with mouse and keys; undo and redo. */
class EditingTest extends EditorUiTest {

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

    private Annotation add(Shape shape) {
        TestProjects.execute(store, commands.create(shape, cell, "Draw"));
        Spin.idle(30);
        return (Annotation) shape.eContainer();
    }

    private static PolygonShape triangle(double x, double y) {
        PolygonShape polygon = AnnotideFactory.eINSTANCE.createPolygonShape();
        polygon.setPoints(new double[] { x, y, x + 100, y, x + 50, y + 80 });
        return polygon;
    }

    private static BoxShape box(double x, double y) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(40);
        box.setHeight(30);
        return box;
    }

    @Test
    void dragMovesTheSelectionAndUndoRedoComeFromTheKeyboard() {
        Annotation triangle = add(triangle(200, 200));
        click(250, 230);
        Spin.until("the triangle selected", () -> canvas().selection().contains(triangle));
        drag(250, 230, 280, 250);
        double[] moved = ((PolygonShape) triangle.getShape()).getPoints();
        assertArrayEquals(new double[] { 230, 220, 330, 220, 280, 300 }, moved, PIXEL);

        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("undone", () -> ((PolygonShape) triangle.getShape()).getPoints()[0] < 210);
        assertArrayEquals(new double[] { 200, 200, 300, 200, 250, 280 }, ((PolygonShape) triangle.getShape()).getPoints());
        // redo is Ctrl+Shift+Z on GTK (Ctrl+Y elsewhere)
        Input.key(SWT.CTRL | SWT.SHIFT, 'z', 0);
        Spin.until("redone", () -> ((PolygonShape) triangle.getShape()).getPoints()[0] > 220);
    }

    @Test
    void verticesAreDraggedInsertedOnEdgesAndDeleted() {
        Annotation triangle = add(triangle(200, 200));
        click(250, 230);
        Spin.until("the triangle selected", () -> canvas().selection().single() == triangle);
        drag(300, 200, 320, 180);
        PolygonShape shape = (PolygonShape) triangle.getShape();
        assertEquals(320, shape.getPoints()[2], PIXEL);
        assertEquals(180, shape.getPoints()[3], PIXEL);

        // a double-click on the first edge, from (200, 200) to (320, 180), inserts a vertex there
        Point middle = at(260, 190);
        Input.doubleClick(control(), middle.x, middle.y);
        Spin.until("a fourth vertex", () -> ((PolygonShape) triangle.getShape()).getPoints().length == 8);
        assertEquals(260, ((PolygonShape) triangle.getShape()).getPoints()[2], PIXEL);

        // clicking a vertex makes it active; Delete removes it
        click(260, 190);
        Spin.until("the vertex active", () -> canvas().selection().activeVertex() == 1);
        Input.keyCode(SWT.DEL);
        Spin.until("back to three vertices", () -> ((PolygonShape) triangle.getShape()).getPoints().length == 6);
        assertEquals(1, image.getAnnotations().size(), "Delete took the vertex, not the annotation");
    }

    @Test
    void bandSelectionDeleteAndUndo() {
        Annotation a = add(box(100, 100));
        Annotation b = add(box(200, 150));
        Annotation outside = add(box(500, 400));
        drag(80, 80, 260, 200);
        Spin.until("two boxes in the band", () -> canvas().selection().size() == 2);
        assertTrue(canvas().selection().contains(a) && canvas().selection().contains(b));
        click(520, 410, SWT.SHIFT);
        Spin.until("Shift-click adds", () -> canvas().selection().size() == 3);
        click(520, 410, SWT.CTRL);
        Spin.until("Ctrl-click removes", () -> canvas().selection().size() == 2);
        Input.keyCode(SWT.DEL);
        Spin.until("deleted", () -> image.getAnnotations().size() == 1);
        assertEquals(List.of(outside), image.getAnnotations());
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("restored", () -> image.getAnnotations().size() == 3);
        assertEquals(List.of(a, b, outside), image.getAnnotations(), "in their places");
    }

    @Test
    void copyPasteHideShowAndLock() {
        Annotation box = add(box(100, 100));
        click(120, 115);
        Spin.until("selected", () -> canvas().selection().contains(box));
        Input.key(SWT.CTRL, 'c', 0);
        Input.key(SWT.CTRL, 'v', 0);
        Spin.until("a pasted copy", () -> image.getAnnotations().size() == 2);
        Annotation copy = image.getAnnotations().get(1);
        assertEquals(116, ((BoxShape) copy.getShape()).getX(), PIXEL);
        assertTrue(canvas().selection().contains(copy), "the copy is selected");

        Input.key('h');
        Spin.until("hidden", copy::isHidden);
        assertTrue(canvas().selection().isEmpty(), "hidden annotations leave the selection");
        Input.key(SWT.SHIFT, 'h', 0);
        Spin.until("shown again", () -> !copy.isHidden());

        // (105, 105) lies in the original only: the copy starts at (116, 116)
        click(105, 105);
        Spin.until("the original selected", () -> canvas().selection().single() == box);
        Input.key(SWT.SHIFT, 'l', 0);
        Spin.until("locked", box::isLocked);
        drag(105, 105, 165, 150);
        assertEquals(100, ((BoxShape) box.getShape()).getX(), "a locked annotation does not move");
        Input.keyCode(SWT.DEL);
        Spin.idle(50);
        assertTrue(image.getAnnotations().contains(box), "nor is it deleted");
        assertFalse(commands.delete(List.of(box)).canExecute());
    }

    /** Review: every annotation created, undone or redone rebuilt the palette and the filmstrip. */
    @Test
    void annotationEditsLeaveThePaletteAloneAndClassChangesRebuildIt() {
        ToolBar palette = Widgets.byRole(control().getParent(), ToolBar.class, "palette");
        List<ToolItem> before = List.of(palette.getItems());
        add(box(100, 100));
        Spin.idle(50);
        store.commandStack().undo();
        Spin.idle(50);
        store.commandStack().redo();
        Spin.idle(50);
        List<ToolItem> after = List.of(palette.getItems());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), after.get(i), "button " + i + " kept");
        }
        assertFalse(before.stream().anyMatch(ToolItem::isDisposed), "no button disposed");

        TestProjects.execute(store, SetCommand.create(store.editingDomain(), cell, Literals.NAMED__NAME, "nucleus"));
        Spin.until("the renamed class shown", () -> palette.getItemCount() == before.size()
                && palette.getItem(palette.getItemCount() - 1).getText().equals("1 nucleus"));
        assertNotSame(before.get(0), palette.getItem(0), "a class change rebuilds the buttons");
    }
}
