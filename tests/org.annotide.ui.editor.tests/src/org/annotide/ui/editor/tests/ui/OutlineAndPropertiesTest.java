package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.outline.AnnotationOutlinePage;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

/** The Outline lists the annotations in a virtual table and follows the selection both ways. */
class OutlineAndPropertiesTest extends EditorUiTest {

    @Test
    void theOutlineAndTheEditorShareTheSelection() throws Exception {
        LabelClass cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        ImageAsset image = TestProjects.addImage(store, "cells", 1000, 800);
        List<Annotation> boxes = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
            box.setX(10 + (i % 100) * 9);
            box.setY(10 + (i / 100) * 15);
            box.setWidth(6);
            box.setHeight(6);
            boxes.add(AnnotationCommands.newAnnotation(box, cell));
        }
        TestProjects.execute(store, new AnnotationCommands(store.editingDomain(), image).add(boxes, "Add"));
        open(image);

        IViewPart view = showOutline();
        Table table = Widgets.byRole(((ContentOutline) view).getCurrentPage().getControl().getParent(), Table.class,
                "outline");
        Spin.until("a row per annotation", () -> table.getItemCount() == 5_000);

        // editor to outline
        focusCanvas();
        editor.selectAnnotations(List.of(boxes.get(1234)));
        Spin.until("the row selected", () -> table.getSelectionIndex() == 1234);

        // outline to editor, by a click on a row
        page.activate(view);
        table.setTopIndex(10);
        Spin.idle(50);
        TableItem row = table.getItem(12);
        Rectangle bounds = row.getBounds(0);
        Input.click(table, bounds.x + 5, bounds.y + bounds.height / 2);
        Spin.until("the annotation selected in the editor", () -> canvas().selection().single() == boxes.get(12));
        assertEquals(String.valueOf(boxes.get(12).getId()), row.getText(0));
        assertEquals("cell", row.getText(1));

        // the Properties view shows what the Outline selected
        IStructuredSelection selection = (IStructuredSelection) page.getSelection();
        assertSame(boxes.get(12), selection.getFirstElement());
        IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET);
        String id = String.valueOf(boxes.get(12).getId());
        Spin.until("the Properties view shows the annotation's id", () -> propertyRows(properties).contains("Id=" + id));
        assertTrue(propertyRows(properties).contains("Hidden=false"), propertyRows(properties).toString());
    }

    /** QA: after Page Down the Outline still highlighted a row while nothing was selected. */
    @Test
    void switchingImagesLeavesNoRowSelected() throws Exception {
        LabelClass cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        ImageAsset first = TestProjects.addImage(store, "first", 600, 400);
        ImageAsset second = TestProjects.addImage(store, "second", 600, 400);
        List<Annotation> boxes = addBoxes(first, cell, 4);
        addBoxes(second, cell, 2);
        open(first);
        IViewPart view = showOutline();
        Table table = Widgets.byRole(((ContentOutline) view).getCurrentPage().getControl().getParent(), Table.class,
                "outline");
        Spin.until("a row per annotation", () -> table.getItemCount() == 4);

        page.activate(view);
        Rectangle last = table.getItem(3).getBounds(0);
        Input.click(table, last.x + 5, last.y + last.height / 2);
        Spin.until("the last annotation selected", () -> canvas().selection().single() == boxes.get(3));

        focusCanvas();
        Input.keyCode(SWT.PAGE_DOWN);
        Spin.until("the second image's rows", () -> editor.getEditorInput().image() == second
                && table.getItemCount() == 2);
        Spin.idle(100);
        assertTrue(canvas().selection().isEmpty(), "nothing selected on the canvas");
        assertEquals(0, table.getSelectionCount(), "so no row is selected either");
        AnnotationOutlinePage outline = (AnnotationOutlinePage) ((ContentOutline) view).getCurrentPage();
        assertTrue(outline.getSelection().isEmpty(), "the Outline tells the workbench nothing is selected");
    }

    private List<Annotation> addBoxes(ImageAsset image, LabelClass labelClass, int count) {
        List<Annotation> boxes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
            box.setX(20 + i * 100);
            box.setY(50);
            box.setWidth(60);
            box.setHeight(40);
            boxes.add(AnnotationCommands.newAnnotation(box, labelClass));
        }
        TestProjects.execute(store, new AnnotationCommands(store.editingDomain(), image).add(boxes, "Add"));
        return boxes;
    }

    /** The top-level rows of the Properties view as "Name=value". */
    private static List<String> propertyRows(IViewPart properties) {
        List<String> rows = new ArrayList<>();
        for (Tree tree : Widgets.all(((PageBookView) properties).getCurrentPage().getControl(), Tree.class, t -> true)) {
            for (TreeItem item : tree.getItems()) {
                rows.add(item.getText(0) + "=" + item.getText(1));
            }
        }
        return rows;
    }

    private IViewPart showOutline() throws PartInitException {
        IViewPart view = page.showView(IPageLayout.ID_OUTLINE);
        Spin.until("the editor's outline page", () -> ((ContentOutline) view).getCurrentPage() != null
                && ((ContentOutline) view).getCurrentPage() instanceof AnnotationOutlinePage);
        return view;
    }
}
