package org.annotide.ui.editor.tests.edit;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.LabelClass;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.ui.editor.internal.edit.RingEditRules;
import org.annotide.ui.editor.internal.geometry.RingEdit;
import org.junit.jupiter.api.Test;

class RingEditRulesTest {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;

    private static Annotation annotation(Shape shape) {
        Annotation annotation = FACTORY.createAnnotation();
        annotation.setShape(shape);
        return annotation;
    }

    private static void assertRefused(List<Annotation> selection, String expected) {
        String refusal = RingEditRules.refusal(selection, RingEdit.CUT_HOLE);
        assertTrue(refusal != null && refusal.contains(expected), refusal);
    }

    @Test
    void oneUnlockedAreaShapeIsWhatItTakes() {
        assertNull(RingEditRules.refusal(List.of(annotation(FACTORY.createBoxShape())), RingEdit.CUT_HOLE));
        assertNull(RingEditRules.refusal(List.of(annotation(FACTORY.createEllipseShape())), RingEdit.ADD_PART));
        assertNull(RingEditRules.refusal(List.of(annotation(FACTORY.createPolygonShape())), RingEdit.ADD_PART));
        assertRefused(List.of(), "Select one");
        assertRefused(List.of(annotation(FACTORY.createBoxShape()), annotation(FACTORY.createBoxShape())),
                "Select one");
    }

    @Test
    void masksLinesKeypointsAndImageClassesAreRefusedByName() {
        assertRefused(List.of(annotation(FACTORY.createMaskShape())), "not for mask annotations");
        assertRefused(List.of(annotation(FACTORY.createPolylineShape())), "not for polyline annotations");
        assertRefused(List.of(annotation(FACTORY.createKeypointsShape())), "not for keypoints annotations");
        assertRefused(List.of(annotation(FACTORY.createImageClassShape())), "not for image class annotations");
    }

    @Test
    void lockedAnnotationsAndClassesWithoutPolygonsAreRefused() {
        Annotation locked = annotation(FACTORY.createBoxShape());
        locked.setLocked(true);
        assertRefused(List.of(locked), "locked");
        LabelClass boxesOnly = FACTORY.createLabelClass();
        boxesOnly.setName("vehicle");
        boxesOnly.getAllowedShapes().add(ShapeKind.BOX);
        Annotation vehicle = annotation(FACTORY.createBoxShape());
        vehicle.setLabelClass(boxesOnly);
        assertRefused(List.of(vehicle),
                "Cannot cut a hole into this box: it would become a polygon, and \"vehicle\" is for box only");
    }
}
