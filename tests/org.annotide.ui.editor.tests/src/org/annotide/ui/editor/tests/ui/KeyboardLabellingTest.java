package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.Test;

/** Labelling without the mouse: class keys, the image-class key, Page Down, and the review keys. */
class KeyboardLabellingTest extends EditorUiTest {

    @Test
    void aSequenceOfImagesIsLabelledByKeyboardAlone() throws Exception {
        LabelClass healthy = TestProjects.addClass(store, "healthy", "#bfef45", "1", ShapeKind.IMAGE_CLASS);
        LabelClass infected = TestProjects.addClass(store, "infected", "#800000", "2", ShapeKind.IMAGE_CLASS);
        List<ImageAsset> images = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            images.add(TestProjects.addImage(store, "image-" + i, 320, 240));
        }
        String keys = "12211";
        open(images.get(0));
        for (int i = 0; i < images.size(); i++) {
            ImageAsset shown = images.get(i);
            Spin.until("image " + i + " shown", () -> editor.getEditorInput().image() == shown);
            Input.key(keys.charAt(i));
            Input.key('i');
            Spin.until("image " + i + " labelled", () -> !shown.getAnnotations().isEmpty());
            Input.keyCode(SWT.PAGE_DOWN);
        }
        for (int i = 0; i < images.size(); i++) {
            Annotation label = images.get(i).getAnnotations().get(0);
            assertEquals(1, images.get(i).getAnnotations().size());
            assertInstanceOf(ImageClassShape.class, label.getShape());
            assertSame(keys.charAt(i) == '1' ? healthy : infected, label.getLabelClass(), "image " + i);
        }
        assertSame(images.get(4), editor.getEditorInput().image(), "Page Down stops at the last image");
        Input.keyCode(SWT.PAGE_UP);
        Spin.until("back one image", () -> editor.getEditorInput().image() == images.get(3));
        assertEquals(1, page.getEditorReferences().length, "one editor was reused throughout");
    }

    /** QA: a class key on shapes the class does not allow did nothing and said nothing. */
    @Test
    void aClassKeyRelabelsWhatItCanAndSaysWhatItSkipped() throws Exception {
        LabelClass cell = TestProjects.addClass(store, "cell", "#e6194b", "1", ShapeKind.BOX);
        LabelClass nucleus = TestProjects.addClass(store, "nucleus", "#4363d8", "2");
        ImageAsset image = TestProjects.addImage(store, "mixed", 600, 400);
        AnnotationCommands commands = new AnnotationCommands(store.editingDomain(), image);
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(50);
        box.setY(50);
        box.setWidth(100);
        box.setHeight(80);
        EllipseShape ellipse = AnnotideFactory.eINSTANCE.createEllipseShape();
        ellipse.setCx(400);
        ellipse.setCy(200);
        ellipse.setRx(60);
        ellipse.setRy(40);
        Annotation boxed = AnnotationCommands.newAnnotation(box, nucleus);
        Annotation round = AnnotationCommands.newAnnotation(ellipse, nucleus);
        TestProjects.execute(store, commands.add(List.of(boxed, round), "Add"));
        open(image);

        Input.key(SWT.CTRL, 'a', 0);
        Spin.until("both selected", () -> canvas().selection().size() == 2);
        Input.key('1');
        Spin.until("the box relabelled", () -> boxed.getLabelClass() == cell);
        Spin.until("why the ellipse was skipped",
                () -> statusMessage().contains("\"cell\" is for box only: 1 ellipse kept its class"));
        assertSame(nucleus, round.getLabelClass(), "the ellipse keeps its class");
        Input.key('=');
        Spin.until("the note cleared by the next action", () -> !statusMessage().contains("kept its class"));
    }

    /** QA: with nine classes the bar showed 1 to 7 only, and with 8 current nothing in it was pressed. */
    @Test
    void theCurrentClassIsNamedEvenWhenItsButtonIsCutOff() throws Exception {
        String[] names = { "cell", "nucleus", "debris", "fiber", "mitosis", "vacuole", "crystal", "healthy",
                "infected" };
        for (int i = 0; i < names.length; i++) {
            TestProjects.addClass(store, names[i], String.format("#%02x80c0", 20 * i), String.valueOf(i + 1));
        }
        open(TestProjects.addImage(store, "nine classes", 400, 300));
        ToolBar palette = Widgets.byRole(control().getParent(), ToolBar.class, "palette");

        Input.key('8');
        Spin.until("the eighth class current", () -> editor.currentClass().getName().equals("healthy"));
        ToolItem current = palette.getItem(0);
        Spin.until("named by the first button", () -> current.getText().equals("8 healthy"));
        Rectangle bounds = current.getBounds();
        assertTrue(bounds.x + bounds.width <= palette.getClientArea().width, "in sight: " + bounds);
        Input.key('9');
        Spin.until("and it follows the class", () -> current.getText().equals("9 infected"));
    }

    @Test
    void predictionsAreReviewedWithOneKeyEach() throws Exception {
        LabelClass cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        ImageAsset image = TestProjects.addImage(store, "predicted", 600, 400);
        AnnotationCommands commands = new AnnotationCommands(store.editingDomain(), image);
        List<Annotation> predictions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
            box.setX(50 + i * 150);
            box.setY(100);
            box.setWidth(80);
            box.setHeight(60);
            Annotation prediction = AnnotationCommands.newAnnotation(box, cell);
            prediction.setProvenance(Provenance.PREDICTED);
            prediction.setScore(0.5 + i * 0.1);
            predictions.add(prediction);
        }
        TestProjects.execute(store, commands.add(predictions, "Predict"));
        open(image);

        Input.key('y');
        Spin.until("the first prediction waiting for review is selected",
                () -> canvas().selection().single() == predictions.get(0));
        assertEquals(ReviewState.NONE, predictions.get(0).getReview(), "the first key only selects");
        Input.key('y');
        Spin.until("accepted", () -> predictions.get(0).getReview() == ReviewState.ACCEPTED);
        Spin.until("on to the next", () -> canvas().selection().single() == predictions.get(1));
        Input.key('n');
        Spin.until("rejected", () -> predictions.get(1).getReview() == ReviewState.REJECTED);
        assertTrue(predictions.get(1).isHidden());
        assertEquals(Provenance.PREDICTED, predictions.get(0).getProvenance(), "an accepted prediction stays one");
        Spin.until("on to the last", () -> canvas().selection().single() == predictions.get(2));
        Input.key('y');
        Spin.until("accepted", () -> predictions.get(2).getReview() == ReviewState.ACCEPTED);
    }
}
