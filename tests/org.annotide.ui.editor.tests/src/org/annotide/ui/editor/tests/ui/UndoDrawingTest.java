package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.MaskShape;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.internal.geometry.MaskWindow;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 point 8: what was just drawn is taken back through the workbench's Undo, as a user does it: Edit >
 * Undo from the menu bar and Ctrl+Z. A freshly drawn box goes away (and comes back with redo); a brush stroke
 * merged into a mask is taken back to the mask before it, and the first stroke's mask goes away.
 */
class UndoDrawingTest extends EditorUiTest {

    private ImageAsset image;

    @BeforeEach
    void createProject() throws Exception {
        TestProjects.addClass(store, "cell", "#e6194b", "1");
        image = TestProjects.addImage(store, "cells", 800, 600);
        open(image);
        actualSizeAt(400, 300);
    }

    private void tool(char key, ToolKind expected) {
        Input.key(key);
        Spin.until("the " + expected + " tool", () -> canvas().toolKind() == expected);
    }

    @Test
    void aFreshlyDrawnBoxIsUndoneFromTheEditMenuAndRedoneWithTheKeyboard() {
        tool('b', ToolKind.BOX);
        drag(100, 100, 200, 180);
        Spin.until("the box drawn", () -> image.getAnnotations().size() == 1);
        Annotation drawn = image.getAnnotations().get(0);
        BoxShape box = assertInstanceOf(BoxShape.class, drawn.getShape());

        MenuItem undo = editMenuItem("Undo");
        assertTrue(undo.isEnabled(), "Edit > Undo is enabled after drawing");
        assertEquals("Undo Draw Box", label(undo), "Edit > Undo names what it undoes");
        undo.notifyListeners(SWT.Selection, new Event());
        Spin.until("the drawn box undone", () -> image.getAnnotations().isEmpty());
        Spin.until("the canvas no longer selects it", () -> !canvas().selection().contains(drawn));

        focusCanvas();
        // redo is Ctrl+Shift+Z on GTK; the same box comes back, unchanged
        Input.key(SWT.CTRL | SWT.SHIFT, 'z', 0);
        Spin.until("the box redone", () -> image.getAnnotations().size() == 1);
        assertSame(drawn, image.getAnnotations().get(0));
        assertEquals(List.of(100.0, 100.0, 100.0, 80.0), List.of(box.getX(), box.getY(), box.getWidth(), box.getHeight()),
                "the redone box is where it was drawn");

        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("undone again with Ctrl+Z", () -> image.getAnnotations().isEmpty());
        assertEquals("Redo Draw Box", label(editMenuItem("Redo")), "Edit > Redo offers the box again");
    }

    @Test
    void aBrushStrokeIsUndoneWithCtrlZStrokeByStroke() {
        tool('m', ToolKind.BRUSH);
        drag(400, 480, 500, 480);
        Spin.until("the first stroke painted", () -> image.getAnnotations().size() == 1);
        Annotation painted = image.getAnnotations().get(0);
        MaskShape first = assertInstanceOf(MaskShape.class, painted.getShape());
        long firstArea = window(first).area();
        assertTrue(window(first).contains(450, 480) && !window(first).contains(450, 540), "the first stroke's pixels");

        drag(450, 520, 450, 560);
        Spin.until("the second stroke merged", () -> window((MaskShape) painted.getShape()).contains(450, 540));
        assertEquals(1, image.getAnnotations().size(), "the second stroke went into the selected mask");
        long bothArea = window((MaskShape) painted.getShape()).area();
        assertTrue(bothArea > firstArea, bothArea + " > " + firstArea);

        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("the second stroke undone", () -> !window((MaskShape) painted.getShape()).contains(450, 540));
        MaskWindow afterUndo = window((MaskShape) painted.getShape());
        assertEquals(firstArea, afterUndo.area(), "exactly the first stroke's pixels are left");
        assertTrue(afterUndo.contains(450, 480), "the first stroke stays");
        assertEquals(List.of(painted), image.getAnnotations());
        assertEquals("Undo Paint Mask", label(editMenuItem("Undo")), "what is left to undo is the first stroke");

        focusCanvas();
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("the first stroke undone", () -> image.getAnnotations().isEmpty());

        Input.key(SWT.CTRL | SWT.SHIFT, 'z', 0);
        Input.key(SWT.CTRL | SWT.SHIFT, 'z', 0);
        Spin.until("both strokes redone", () -> image.getAnnotations().size() == 1
                && image.getAnnotations().get(0).getShape() instanceof MaskShape mask
                && window(mask).area() == bothArea);
    }

    /** The item of the workbench's Edit menu whose label starts with the prefix, filled as when the menu opens. */
    private MenuItem editMenuItem(String prefix) {
        Menu bar = page.getWorkbenchWindow().getShell().getMenuBar();
        MenuItem edit = List.of(bar.getItems()).stream().filter(i -> i.getText().replace("&", "").equals("Edit"))
                .findFirst().orElseThrow(() -> new AssertionError("an Edit menu"));
        Menu menu = edit.getMenu();
        // a menu fills and updates its items when it is shown
        menu.notifyListeners(SWT.Show, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        return List.of(menu.getItems()).stream().filter(i -> label(i).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("Edit > " + prefix + " among "
                        + List.of(menu.getItems()).stream().map(UndoDrawingTest::label).toList()));
    }

    /** A menu item's label without mnemonic and accelerator. */
    private static String label(MenuItem item) {
        String text = item.getText().replace("&", "");
        int tab = text.indexOf('\t');
        return tab < 0 ? text : text.substring(0, tab);
    }

    private static MaskWindow window(MaskShape mask) {
        return new MaskWindow(mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight(), mask.getCounts());
    }
}
