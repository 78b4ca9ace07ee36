package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.outline.AnnotationOutlinePage;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §3: the Outline's toolbar Filter menu (and its filter field) lists only the annotations of a class,
 * shape kind, provenance, attribute value or review state, and says how many it hides.
 */
class OutlineFilterTest extends EditorUiTest {

    @Test
    void theOutlineFiltersByClassKindProvenanceAttributeAndReview() throws Exception {
        LabelClass cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        LabelClass nucleus = TestProjects.addClass(store, "nucleus", "#3cb44b", "2");
        AttributeDefinition stage = AnnotideFactory.eINSTANCE.createAttributeDefinition();
        stage.setName("stage");
        stage.setType(AttributeType.RADIO);
        stage.getValues().addAll(List.of("G1", "S", "M"));
        stage.setDefaultValue("G1");
        TestProjects.execute(store, AddCommand.create(store.editingDomain(), cell,
                AnnotidePackage.Literals.LABEL_CLASS__ATTRIBUTES, stage));
        ImageAsset image = TestProjects.addImage(store, "cells", 600, 400);

        Annotation box = AnnotationCommands.newAnnotation(box(20, 20), cell);
        box.getAttributes().put("stage", "M");
        Annotation otherBox = AnnotationCommands.newAnnotation(box(120, 20), cell);
        PolygonShape triangle = AnnotideFactory.eINSTANCE.createPolygonShape();
        triangle.setPoints(new double[] {200, 200, 260, 200, 230, 250});
        Annotation polygon = AnnotationCommands.newAnnotation(triangle, nucleus);
        polygon.setProvenance(Provenance.PREDICTED);
        polygon.setScore(0.8);
        EllipseShape round = AnnotideFactory.eINSTANCE.createEllipseShape();
        round.setCx(400);
        round.setCy(300);
        round.setRx(30);
        round.setRy(20);
        Annotation ellipse = AnnotationCommands.newAnnotation(round, nucleus);
        ellipse.setProvenance(Provenance.PREDICTED);
        ellipse.setReview(ReviewState.ACCEPTED);
        TestProjects.execute(store, new AnnotationCommands(store.editingDomain(), image)
                .add(List.of(box, otherBox, polygon, ellipse), "Add"));
        open(image);

        IViewPart view = page.showView(IPageLayout.ID_OUTLINE);
        Spin.until("the editor's outline page",
                () -> ((ContentOutline) view).getCurrentPage() instanceof AnnotationOutlinePage);
        AnnotationOutlinePage outline = (AnnotationOutlinePage) ((ContentOutline) view).getCurrentPage();
        Table table = Widgets.byRole(outline.getControl(), Table.class, "outline");
        
        Text field = Widgets.byRole(outline.getControl(), Text.class, "outline-filter");
        Spin.until("a row per annotation", () -> table.getItemCount() == 4);
        assertNotNull(view.getViewSite().getActionBars().getToolBarManager().find("org.annotide.ui.filterMenu"),
                "the Filter drop-down is in the Outline's toolbar");

        choose(outline, "Class", "nucleus");
        assertEquals("class:nucleus", field.getText());
        Label hidden = Widgets.byRole(outline.getControl(), Label.class, "outline-hidden");
        Spin.until("the nuclei", () -> rows(table).equals(ids(polygon, ellipse)));
        assertEquals("Filter hides 2 of 4 annotations", hidden.getText());
        choose(outline, "Shape Kind", "ellipse");
        Spin.until("the nucleus that is an ellipse", () -> rows(table).equals(ids(ellipse)));
        screenshot("outline-filter");
        choose(outline, "Class", "nucleus");
        choose(outline, "Shape Kind", "ellipse");
        Spin.until("all again", () -> table.getItemCount() == 4 && hidden.getText().isEmpty());

        choose(outline, "Shape Kind", "box");
        Spin.until("the boxes", () -> rows(table).equals(ids(box, otherBox)));
        choose(outline, "Shape Kind", "box");
        choose(outline, "Provenance", "predicted");
        Spin.until("the predictions", () -> rows(table).equals(ids(polygon, ellipse)));
        choose(outline, "Review", "accepted");
        Spin.until("the accepted prediction", () -> rows(table).equals(ids(ellipse)));
        choose(outline, "Provenance", "predicted");
        choose(outline, "Review", "accepted");
        choose(outline, "Attribute", "stage", "= M");
        Spin.until("the cell in stage M", () -> rows(table).equals(ids(box)));
        choose(outline, "Attribute", "stage", "= G1");
        Spin.until("stage M or G1 (the default)", () -> rows(table).equals(ids(box, otherBox)));

        // typed in the field with the keyboard, as the menu writes it
        page.activate(view);
        Input.focus(field);
        field.selectAll();
        Input.type("by=manual attr=stage=g1");
        Spin.until("the manual cell in the default stage", () -> rows(table).equals(ids(otherBox)));
        assertEquals("Filter hides 3 of 4 annotations", hidden.getText());

        // the filter follows the model: a new annotation that fits shows up, the count follows
        Annotation added = AnnotationCommands.newAnnotation(box(300, 20), cell);
        TestProjects.execute(store, new AnnotationCommands(store.editingDomain(), image).add(List.of(added), "Add"));
        Spin.until("the new box listed", () -> rows(table).equals(ids(otherBox, added)));
        Spin.until("the count follows", () -> "Filter hides 3 of 5 annotations".equals(hidden.getText()));

        item(outline.filterMenu().getMenu(table), "Clear Filter").notifyListeners(SWT.Selection, new Event());
        Spin.until("everything again", () -> table.getItemCount() == 5 && hidden.getText().isEmpty());
    }

    private static BoxShape box(double x, double y) {
        BoxShape shape = AnnotideFactory.eINSTANCE.createBoxShape();
        shape.setX(x);
        shape.setY(y);
        shape.setWidth(40);
        shape.setHeight(30);
        return shape;
    }

    private static List<String> ids(Annotation... annotations) {
        List<String> ids = new ArrayList<>();
        for (Annotation annotation : annotations) {
            ids.add(Long.toString(annotation.getId()));
        }
        return ids;
    }

    /** The ids the table shows, as its rows read. */
    private static List<String> rows(Table table) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            ids.add(table.getItem(i).getText(0));
        }
        return ids;
    }

    private static void choose(AnnotationOutlinePage outline, String... path) {
        Menu menu = outline.filterMenu().getMenu(outline.getControl());
        MenuItem item = null;
        for (String label : path) {
            item = item(menu, label);
            menu = item.getMenu();
        }
        item.setSelection(!item.getSelection());
        item.notifyListeners(SWT.Selection, new Event());
        Spin.idle(50);
    }

    private static MenuItem item(Menu menu, String label) {
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (label.equals(item.getText())) {
                return item;
            }
            labels.add(item.getText());
        }
        throw new AssertionError("no menu item " + label + " in " + labels);
    }
}
