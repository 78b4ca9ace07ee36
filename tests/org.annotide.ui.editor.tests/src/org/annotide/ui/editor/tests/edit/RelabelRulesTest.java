package org.annotide.ui.editor.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.LabelClass;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.ui.editor.internal.edit.RelabelRules;
import org.junit.jupiter.api.Test;

/** What the status line says when a class key leaves some of the selection as it was. */
class RelabelRulesTest {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;

    private static Annotation annotation(Shape shape, boolean locked) {
        Annotation annotation = FACTORY.createAnnotation();
        annotation.setShape(shape);
        annotation.setLocked(locked);
        return annotation;
    }

    private static LabelClass labelClass(String name, ShapeKind... allowed) {
        LabelClass labelClass = FACTORY.createLabelClass();
        labelClass.setName(name);
        labelClass.getAllowedShapes().addAll(List.of(allowed));
        return labelClass;
    }

    @Test
    void nothingIsSaidWhenEveryAnnotationTakesTheClass() {
        List<Annotation> selection = List.of(annotation(FACTORY.createBoxShape(), false),
                annotation(FACTORY.createEllipseShape(), false));
        assertNull(RelabelRules.skipped(selection, labelClass("any")));
        assertNull(RelabelRules.skipped(selection, labelClass("areas", ShapeKind.BOX, ShapeKind.ELLIPSE)));
    }

    @Test
    void shapesTheClassDoesNotAllowAreCountedByKind() {
        LabelClass nucleus = labelClass("nucleus", ShapeKind.ELLIPSE);
        assertEquals("\"nucleus\" is for ellipse only: 1 polygon kept its class",
                RelabelRules.skipped(List.of(annotation(FACTORY.createPolygonShape(), false),
                        annotation(FACTORY.createEllipseShape(), false)), nucleus));
        assertEquals("\"nucleus\" is for ellipse only: 2 boxes and 1 keypoints kept their class",
                RelabelRules.skipped(List.of(annotation(FACTORY.createBoxShape(), false),
                        annotation(FACTORY.createBoxShape(), false), annotation(FACTORY.createKeypointsShape(), false)),
                        nucleus));
    }

    @Test
    void lockedAnnotationsAreNamedToo() {
        LabelClass cell = labelClass("cell", ShapeKind.POLYGON);
        assertEquals("\"cell\" is for polygon only: 1 mask kept its class; 2 locked annotations kept their class"
                + " (Toggle Lock unlocks)",
                RelabelRules.skipped(List.of(annotation(FACTORY.createMaskShape(), false),
                        annotation(FACTORY.createPolygonShape(), true), annotation(FACTORY.createPolygonShape(), true)),
                        cell));
    }
}
