package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §2: the attributes of the one selected annotation are edited in the editor, above the canvas, as its
 * class declares them; each change is one command that Ctrl+Z takes back, and the strip follows the model.
 */
class AttributeStripTest extends EditorUiTest {

    @Test
    void attributesAreEditedInTheEditorWithKeysAndMouse() throws Exception {
        LabelClass cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        TestProjects.execute(store, AddCommand.create(store.editingDomain(), cell,
                AnnotidePackage.Literals.LABEL_CLASS__ATTRIBUTES, List.of(
                        attribute("dividing", AttributeType.CHECKBOX, "false"),
                        attribute("stage", AttributeType.RADIO, "G1", "G1", "S", "M"),
                        attribute("diameter", AttributeType.NUMBER, null),
                        attribute("note", AttributeType.TEXT, null))));
        LabelClass plain = TestProjects.addClass(store, "debris", "#3cb44b", "2");
        ImageAsset image = TestProjects.addImage(store, "cells", 600, 400);
        Annotation box = AnnotationCommands.newAnnotation(box(100, 100), cell);
        Annotation other = AnnotationCommands.newAnnotation(box(400, 100), plain);
        TestProjects.execute(store, new AnnotationCommands(store.editingDomain(), image).add(List.of(box, other), "Add"));
        open(image);
        assertNull(editor.attributesShown(), "nothing selected, no strip");

        // a click on the box shows its attributes with their defaults
        Input.key('v');
        click(120, 115);
        Spin.until("the strip shows the box's attributes", () -> editor.attributesShown() == box);
        Composite strip = Widgets.byRole(editor.getSite().getShell(), Composite.class, "attributes");
        Button dividing = Widgets.byRole(strip, Button.class, "attribute:dividing");
        Button stageS = Widgets.byRole(strip, Button.class, "attribute:stage=S");
        assertFalse(dividing.getSelection(), "the default: false");
        assertTrue(Widgets.byRole(strip, Button.class, "attribute:stage=G1").getSelection(), "the default: G1");

        // the checkbox with the mouse: one command, and Ctrl+Z takes it back
        Input.click(dividing, 6, dividing.getSize().y / 2);
        Spin.until("dividing set", () -> "true".equals(box.getAttributes().get("dividing")));
        Spin.until("the keys back on the canvas", () -> control().isFocusControl());
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("dividing undone", () -> !box.getAttributes().containsKey("dividing"));
        click(120, 115); // undo in the editor clears the selection, as it always does
        Spin.until("shown again, unchecked", () -> editor.attributesShown() == box
                && !Widgets.byRole(strip, Button.class, "attribute:dividing").getSelection());

        // a radio button
        stageS = Widgets.byRole(strip, Button.class, "attribute:stage=S");
        Input.click(stageS, 6, stageS.getSize().y / 2);
        Spin.until("stage S", () -> "S".equals(box.getAttributes().get("stage")));

        // A puts the keyboard into the strip; Space toggles the checkbox there
        focusCanvas();
        Input.key('a');
        Spin.until("the first field focused",
                () -> Widgets.byRole(strip, Button.class, "attribute:dividing").isFocusControl());
        Input.key(' ');
        Spin.until("dividing set by the keyboard", () -> "true".equals(box.getAttributes().get("dividing")));

        // a number: letters typed there stay in the field (no tool key fires), a value that is no number is refused
        Text diameter = Widgets.byRole(strip, Text.class, "attribute:diameter");
        Input.click(diameter, 10, diameter.getSize().y / 2);
        Spin.until("the number field focused", diameter::isFocusControl);
        Input.type("bpe");
        Input.keyCode(SWT.CR);
        Spin.idle(100);
        assertEquals(ToolKind.SELECT, canvas().toolKind(), "B, P and E went into the field, not to the tools");
        assertNull(box.getAttributes().get("diameter"), "no number, no value");
        Label problem = Widgets.byRole(strip, Label.class, "attributeProblem");
        assertTrue(problem.getText().contains("number"), problem.getText());
        diameter.selectAll();
        Input.type("12.5");
        Input.keyCode(SWT.CR);
        Spin.until("the diameter set on Enter", () -> "12.5".equals(box.getAttributes().get("diameter")));
        assertEquals("", problem.getText());

        // a text, with Esc putting the shown value back
        Text note = Widgets.byRole(strip, Text.class, "attribute:note");
        Input.click(note, 10, note.getSize().y / 2);
        Input.type("big cell");
        Input.keyCode(SWT.CR);
        Spin.until("the note set", () -> "big cell".equals(box.getAttributes().get("note")));
        Text noteAgain = Widgets.byRole(strip, Text.class, "attribute:note");
        Input.click(noteAgain, 10, noteAgain.getSize().y / 2);
        Input.type(" x");
        Input.keyCode(SWT.ESC);
        Spin.until("Esc puts it back", () -> "big cell".equals(Widgets.byRole(strip, Text.class, "attribute:note").getText()));
        assertEquals("big cell", box.getAttributes().get("note"));
        screenshot("attribute-strip");

        // Ctrl+Z takes the changes back one by one, and the strip follows
        focusCanvas();
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("the note undone", () -> !box.getAttributes().containsKey("note"));
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("the diameter undone", () -> !box.getAttributes().containsKey("diameter"));
        assertEquals("S", box.getAttributes().get("stage"));
        assertEquals("true", box.getAttributes().get("dividing"));

        // the strip follows changes made elsewhere (an undo from another view, Properties) while it shows
        click(120, 115);
        Spin.until("shown again", () -> editor.attributesShown() == box
                && Widgets.byRole(strip, Text.class, "attribute:diameter").getText().isEmpty()
                && Widgets.byRole(strip, Button.class, "attribute:dividing").getSelection());
        store.commandStack().undo();
        Spin.until("the checkbox follows", () -> !box.getAttributes().containsKey("dividing")
                && !Widgets.byRole(strip, Button.class, "attribute:dividing").getSelection());

        // a change while a field has the focus rebuilds the strip and keeps the focus there; Esc gives the keys back
        store.commandStack().redo();
        Spin.until("redone, shown", () -> Widgets.byRole(strip, Button.class, "attribute:dividing").getSelection());
        Text focusedDiameter = Widgets.byRole(strip, Text.class, "attribute:diameter");
        Input.click(focusedDiameter, 10, focusedDiameter.getSize().y / 2);
        Spin.until("the field focused", focusedDiameter::isFocusControl);
        store.commandStack().undo();
        Spin.until("rebuilt, still focused", () -> Widgets.byRole(strip, Button.class, "attribute:dividing")
                .getSelection() == false && Widgets.byRole(strip, Text.class, "attribute:diameter").isFocusControl());
        Input.key('b');
        assertEquals(ToolKind.SELECT, canvas().toolKind(), "still the field's keys");
        Input.keyCode(SWT.ESC);
        Spin.until("the canvas has the keys", () -> control().isFocusControl());
        Input.key('b');
        Spin.until("B chooses the box tool again", () -> canvas().toolKind() == ToolKind.BOX);
        Input.key('v');

        // another annotation without attributes: no strip; nothing selected: no strip
        click(420, 115);
        Spin.until("no strip for a class without attributes", () -> editor.attributesShown() == null && !strip.isVisible());
        Input.keyCode(SWT.ESC);
        Input.key('a');
        Spin.until("A says why it has nothing to edit", () -> statusMessage().contains("attributes"));
    }

    private static BoxShape box(double x, double y) {
        BoxShape shape = AnnotideFactory.eINSTANCE.createBoxShape();
        shape.setX(x);
        shape.setY(y);
        shape.setWidth(60);
        shape.setHeight(40);
        return shape;
    }

    private static AttributeDefinition attribute(String name, AttributeType type, String defaultValue,
            String... values) {
        AttributeDefinition attribute = AnnotideFactory.eINSTANCE.createAttributeDefinition();
        attribute.setName(name);
        attribute.setType(type);
        attribute.setDefaultValue(defaultValue);
        attribute.getValues().addAll(List.of(values));
        attribute.setMutable(true);
        return attribute;
    }
}
