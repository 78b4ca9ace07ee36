package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.internal.classes.LabelClassesView;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Label Classes view (issue 13 §2): add with a distinct colour and a free hotkey, rename, hotkey, colour
 * from the picker, allowed shapes, keypoints and skeleton, attributes with defaults, delete saying what
 * happens to the annotations; every change undoable, and what the rules forbid refused with a reason.
 */
class LabelClassesViewTest {

    @TempDir
    Path temp;

    @Test
    void classesAreManagedInTheView() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("classes"), "u21 classes", 2));
        try {
            Workbench.freshExplorer();
            Workbench.click(Workbench.explorerItem("u21 classes"), 0);
            LabelClassesView view = (LabelClassesView) Workbench.page().showView(AnnotideUi.LABEL_CLASSES_VIEW_ID);
            ProjectStore store = TestProjects.service().store(project);
            Spin.until("the view shows the project", () -> view.store() == store);
            Workbench.page().setPartState(Workbench.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
            Spin.idle(300);
            Control root = view.getSite().getShell();
            Table classes = Widgets.byRole(root, Table.class, "classes");
            Spin.until("the class listed", () -> classes.getItemCount() == 1 && "cell".equals(classes.getItem(0).getText(0)));
            assertEquals("2", classes.getItem(0).getText(4), "two boxes carry cell");
            LabelClass cell = store.project().getLabelClasses().get(0);

            // Add: a distinct colour, a free hotkey, the name open for typing
            Workbench.page().activate(view);
            clickTool(view, "Add a label class");
            Workbench.waitFor("a second class (" + view.note() + ")",
                    () -> store.project().getLabelClasses().size() == 2 ? Boolean.TRUE : null);
            LabelClass added = store.project().getLabelClasses().get(1);
            assertNotEquals(cell.getColor(), added.getColor(), "a colour no other class has");
            assertEquals("1", added.getHotkey(), "the first free hotkey");
            Workbench.waitFor("the name open for typing", () -> textEditors(classes).size() == 1 ? Boolean.TRUE : null);
            textEditors(classes).get(0).selectAll();
            Input.type("nucleus");
            Input.keyCode(SWT.CR);
            Spin.until("renamed", () -> "nucleus".equals(added.getName()));
            Spin.until("the row says so", () -> "nucleus".equals(classes.getItem(1).getText(0)));

            // Hotkey: one another class has is refused, with the reason
            select(classes, 0);
            Text hotkey = Widgets.byRole(root, Text.class, "hotkey");
            typeInto(hotkey, "1");
            Spin.until("refused", () -> view.note().contains("\"nucleus\" has the hotkey 1"));
            assertNull(cell.getHotkey());
            typeInto(hotkey, "2");
            Spin.until("the hotkey set", () -> "2".equals(cell.getHotkey()));

            // Colour from the picker, and undo takes it back
            view.setColorPicker(initial -> new RGB(0x12, 0x34, 0x56));
            Button choose = Widgets.byRole(root, Button.class, "chooseColor");
            click(choose);
            Spin.until("the chosen colour", () -> "#123456".equals(cell.getColor()));
            Spin.until("the colour field follows", () -> "#123456".equals(Widgets.byRole(root, Text.class, "color").getText()));
            assertEquals("Colour of cell", store.commandStack().getUndoCommand().getLabel());
            store.commandStack().undo();
            Spin.until("undone", () -> "#00ff00".equals(cell.getColor()));
            Spin.until("the colour field follows the undo", () -> "#00ff00".equals(Widgets.byRole(root, Text.class, "color").getText()));

            // Shapes: narrowing to polygons is refused while boxes carry the class; boxes only is fine
            Button polygon = Widgets.byRole(root, Button.class, "shape:POLYGON");
            click(polygon);
            Spin.until("refused", () -> view.note().contains("2 boxes carry \"cell\""));
            assertTrue(cell.getAllowedShapes().isEmpty(), "nothing changed");
            Spin.until("the check box shows the model again", () -> !polygon.getSelection());
            click(Widgets.byRole(root, Button.class, "shape:BOX"));
            Spin.until("boxes only", () -> cell.getAllowedShapes().equals(List.of(ShapeKind.BOX)));
            Spin.until("the Shapes column says so", () -> "box".equals(classes.getItem(0).getText(3)));

            // Keypoints and skeleton, by number
            select(classes, 1);
            typeInto(Widgets.byRole(root, Text.class, "keypoints"), "head, tail, tip");
            Spin.until("the keypoints", () -> added.getKeypointNames().equals(List.of("head", "tail", "tip")));
            typeInto(Widgets.byRole(root, Text.class, "skeleton"), "1-2, 2-3");
            Spin.until("the skeleton", () -> added.getSkeletonEdges() != null && added.getSkeletonEdges().length == 4);
            assertArrayEquals(new int[] {0, 1, 1, 2}, added.getSkeletonEdges());
            typeInto(Widgets.byRole(root, Text.class, "skeleton"), "1-4");
            Spin.until("a bone to no keypoint refused", () -> view.note().contains("no keypoint \"4\""));
            assertArrayEquals(new int[] {0, 1, 1, 2}, added.getSkeletonEdges());

            // Attributes: a checkbox with its default; a default that does not fit is refused
            click(Widgets.byRole(root, Button.class, "addAttribute"));
            Spin.until("an attribute", () -> added.getAttributes().size() == 1);
            AttributeDefinition attribute = added.getAttributes().get(0);
            Table attributes = Widgets.byRole(root, Table.class, "attributes");
            Spin.until("its name open for typing", () -> textEditors(attributes).size() == 1);
            textEditors(attributes).get(0).selectAll();
            Input.type("dividing");
            Input.keyCode(SWT.CR);
            Spin.until("named", () -> "dividing".equals(attribute.getName()));
            assertEquals(AttributeType.CHECKBOX, attribute.getType());
            assertEquals("false", attribute.getDefaultValue());
            Spin.until("the row", () -> attributes.getItemCount() == 1);
            editCell(attributes, 0, 3, "maybe");
            Spin.until("refused", () -> view.note().contains("\"dividing\" is a checkbox: true or false"));
            assertEquals("false", attribute.getDefaultValue());
            editCell(attributes, 0, 3, "true");
            Spin.until("the default", () -> "true".equals(attribute.getDefaultValue()));

            // Delete says what happens to the annotations carrying the class; undo brings it back to them
            select(classes, 0);
            Annotation box = store.project().getImages().get(0).getAnnotations().get(0);
            Dialogs.Seen confirm = Dialogs.answer("Delete Label Classes");
            clickTool(view, "Delete the selected classes");
            confirm.await();
            assertTrue(confirm.text().contains("2 annotation(s) carry \"cell\" (2 boxes): they stay, without a class"),
                    confirm.text());
            Spin.until("deleted", () -> store.project().getLabelClasses().size() == 1);
            assertNull(box.getLabelClass(), "the box stays, without a class");
            assertEquals(2, store.project().getImages().get(0).getAnnotations().size()
                    + store.project().getImages().get(1).getAnnotations().size());
            store.commandStack().undo();
            Spin.until("the class back", () -> store.project().getLabelClasses().size() == 2);
            assertSame(cell, box.getLabelClass(), "and on its annotations");
            Spin.until("listed again", () -> classes.getItemCount() == 2);
            select(classes, 1);
            Spin.idle(300);
            Workbench.screenshot("label-classes-view");
        } finally {
            TestProjects.remove(project);
        }
    }

    private static void typeInto(Text text, String value) {
        Input.focus(text);
        text.selectAll();
        Input.type(value);
        Input.keyCode(SWT.CR);
    }

    private static void click(Control control) {
        Rectangle bounds = control.getBounds();
        Input.click(control, Math.min(8, bounds.width / 2), bounds.height / 2);
    }

    private static void select(Table table, int row) {
        Rectangle bounds = table.getItem(row).getBounds(1);
        Input.click(table, bounds.x + 5, bounds.y + bounds.height / 2);
        Spin.until("row " + row + " selected", () -> table.getSelectionCount() == 1 && table.getSelectionIndex() == row);
    }

    /** Opens the cell for typing with a click on its selected row, types the value and Enter. */
    private static void editCell(Table table, int row, int column, String value) {
        Rectangle bounds = table.getItem(row).getBounds(column);
        // a click on the row already selected opens the cell, as in a file manager
        for (int attempt = 0; attempt < 3 && textEditors(table).isEmpty(); attempt++) {
            Spin.forMillis(500);
            Input.click(table, bounds.x + 5, bounds.y + bounds.height / 2);
            Spin.forMillis(300);
        }
        Spin.until("the cell open for typing", () -> textEditors(table).size() == 1);
        textEditors(table).get(0).selectAll();
        Input.type(value);
        Input.keyCode(SWT.CR);
    }

    private static List<Text> textEditors(Table table) {
        return java.util.Arrays.stream(table.getChildren()).filter(c -> c instanceof Text && c.isVisible())
                .map(c -> (Text) c).toList();
    }

    private static void clickTool(LabelClassesView view, String tip) {
        ToolBar toolbar = Widgets.find(view.getSite().getShell(), ToolBar.class, bar -> java.util.Arrays
                .stream(bar.getItems()).anyMatch(item -> item.getToolTipText() != null && item.getToolTipText().startsWith(tip)));
        Rectangle bounds = Widgets.toolItem(toolbar, tip).getBounds();
        Input.click(toolbar, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }
}
