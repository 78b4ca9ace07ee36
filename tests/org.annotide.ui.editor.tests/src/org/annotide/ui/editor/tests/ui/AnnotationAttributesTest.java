package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §2: an annotation's attributes (as its class defines them, with their defaults) are edited in the
 * Properties view, each edit one undoable command and a value that does not fit refused; position, size and
 * area are shown.
 */
class AnnotationAttributesTest extends EditorUiTest {

    @Test
    void attributesAreEditedAndGeometryShownInProperties() throws Exception {
        LabelClass cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        TestProjects.execute(store, AddCommand.create(store.editingDomain(), cell,
                AnnotidePackage.Literals.LABEL_CLASS__ATTRIBUTES, List.of(
                        attribute("dividing", AttributeType.CHECKBOX, "false"),
                        attribute("stage", AttributeType.RADIO, "G1", "G1", "S", "M"),
                        attribute("diameter", AttributeType.NUMBER, null))));
        ImageAsset image = TestProjects.addImage(store, "cells", 600, 400);
        BoxShape shape = AnnotideFactory.eINSTANCE.createBoxShape();
        shape.setX(100);
        shape.setY(50);
        shape.setWidth(40);
        shape.setHeight(60);
        Annotation box = AnnotationCommands.newAnnotation(shape, cell);
        TestProjects.execute(store, new AnnotationCommands(store.editingDomain(), image).add(List.of(box), "Add"));
        open(image);
        editor.selectAnnotations(List.of(box));

        IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET);
        page.setPartState(page.getReference(properties), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Spin.until("the attributes with their defaults and the geometry", () -> rows(properties).containsAll(List.of(
                "Attribute dividing=false", "Attribute stage=G1", "Attribute diameter=",
                "Position (x, y)=100, 50", "Size (w \u00d7 h)=40 \u00d7 60", "Area (px\u00b2)=2400")));

        // a radio attribute: its choices in a drop-down; the next one taken with the keyboard
        edit(properties, "Attribute stage", () -> {
            Input.keyCode(SWT.ARROW_DOWN);
            Input.keyCode(SWT.CR);
        });
        Spin.until("the stage set", () -> "S".equals(box.getAttributes().get("stage")));
        Spin.until("the row follows", () -> rows(properties).contains("Attribute stage=S"));

        // a number: text that is no number is refused, a number is taken
        edit(properties, "Attribute diameter", () -> {
            Input.type("abc");
            Input.keyCode(SWT.CR);
        });
        Spin.idle(200);
        assertNull(box.getAttributes().get("diameter"), "no number, no value");
        edit(properties, "Attribute diameter", () -> {
            Input.type("12.5");
            Input.keyCode(SWT.CR);
        });
        Spin.until("the diameter set", () -> "12.5".equals(box.getAttributes().get("diameter")));

        // each edit is one command: undo takes the diameter back, then the stage
        store.commandStack().undo();
        Spin.until("the diameter undone", () -> !box.getAttributes().containsKey("diameter"));
        store.commandStack().undo();
        assertEquals(null, box.getAttributes().get("stage"));
        Spin.until("the row shows the default again", () -> rows(properties).contains("Attribute stage=G1"));

        // geometry follows an edit of the shape
        TestProjects.execute(store, org.eclipse.emf.edit.command.SetCommand.create(store.editingDomain(), shape,
                AnnotidePackage.Literals.BOX_SHAPE__WIDTH, 50.0));
        Spin.until("the size and area follow", () -> rows(properties).containsAll(List.of(
                "Size (w \u00d7 h)=50 \u00d7 60", "Area (px\u00b2)=3000")));
        screenshot("annotation-attributes-properties");
        page.setPartState(page.getReference(properties), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
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

    /** Clicks the row's value cell, which opens its editor, and lets the keys do the rest. */
    private static void edit(IViewPart properties, String name, Runnable keys) {
        Tree tree = tree(properties);
        TreeItem item = null;
        for (TreeItem candidate : tree.getItems()) {
            if (candidate.getText(0).equals(name)) {
                item = candidate;
            }
        }
        assertTrue(item != null, "a row " + name);
        tree.showItem(item);
        Spin.idle(100);
        Rectangle bounds = item.getBounds(1);
        Input.click(tree, bounds.x + 10, bounds.y + bounds.height / 2);
        Spin.idle(200);
        keys.run();
        Spin.idle(100);
    }

    private static Tree tree(IViewPart properties) {
        return Widgets.all(((PageBookView) properties).getCurrentPage().getControl(), Tree.class, t -> true).get(0);
    }

    private static List<String> rows(IViewPart properties) {
        List<String> rows = new ArrayList<>();
        for (TreeItem item : tree(properties).getItems()) {
            rows.add(item.getText(0) + "=" + item.getText(1));
        }
        return rows;
    }
}
