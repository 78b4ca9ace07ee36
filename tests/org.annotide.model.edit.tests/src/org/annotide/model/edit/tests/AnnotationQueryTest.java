package org.annotide.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.edit.AnnotationQuery;
import org.junit.jupiter.api.Test;

/** Issue 13 §3: the filter terms of the Explorer and the Outline, judged on annotations. */
class AnnotationQueryTest {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;

    @Test
    void termsOfOneKeyAreAlternativesAndKeysMustAllHold() {
        LabelClass cell = labelClass("red cell");
        LabelClass nucleus = labelClass("nucleus");
        Annotation polygon = annotation(cell, FACTORY.createPolygonShape(), Provenance.MANUAL);
        Annotation box = annotation(nucleus, FACTORY.createBoxShape(), Provenance.PREDICTED);

        assertTrue(new AnnotationQuery("class:\"Red Cell\"").matches(polygon));
        assertFalse(new AnnotationQuery("class:\"red cell\"").matches(box));
        AnnotationQuery either = new AnnotationQuery("class:\"red cell\" class=nucleus");
        assertTrue(either.matches(polygon) && either.matches(box));
        assertFalse(new AnnotationQuery("class:nucleus kind:polygon").matches(box), "class and kind must both hold");
        assertTrue(new AnnotationQuery("kind:box by:predicted").matches(box));
        assertFalse(new AnnotationQuery("by:predicted").matches(polygon));
        assertTrue(new AnnotationQuery("review:none").matches(box));
        box.setReview(ReviewState.ACCEPTED);
        assertFalse(new AnnotationQuery("review:none").matches(box));
        assertTrue(new AnnotationQuery("review:accepted").matches(box));
        assertTrue(new AnnotationQuery("kind:rotated-box kind:box").matches(box), "- for _ in kinds");
        assertTrue(new AnnotationQuery("").matches(box) && new AnnotationQuery("plain words").matches(box),
                "words are the view's business");
        assertEquals(List.of("plain", "words"), new AnnotationQuery("plain class:x words").words());
    }

    @Test
    void attributeTermsSeeTheValueOrTheClassDefault() {
        LabelClass cell = labelClass("cell");
        AttributeDefinition stage = FACTORY.createAttributeDefinition();
        stage.setName("stage");
        stage.setType(AttributeType.RADIO);
        stage.getValues().addAll(List.of("G1", "S", "M"));
        stage.setDefaultValue("G1");
        cell.getAttributes().add(stage);
        Annotation unset = annotation(cell, FACTORY.createPolygonShape(), Provenance.MANUAL);
        Annotation dividing = annotation(cell, FACTORY.createPolygonShape(), Provenance.MANUAL);
        dividing.getAttributes().put("stage", "M");
        dividing.getAttributes().put("note", "odd shape");

        assertTrue(new AnnotationQuery("attr:stage=g1").matches(unset), "the default counts");
        assertFalse(new AnnotationQuery("attr:stage=G1").matches(dividing));
        assertTrue(new AnnotationQuery("attr:stage=M").matches(dividing));
        assertTrue(new AnnotationQuery("attr:stage=S attr:stage=M").matches(dividing));
        assertTrue(new AnnotationQuery("attr:note").matches(dividing), "any value");
        assertFalse(new AnnotationQuery("attr:note").matches(unset));
        assertTrue(new AnnotationQuery("attr:note=\"odd shape\"").matches(dividing));
    }

    @Test
    void menusToggleTermsInTheText() {
        String text = AnnotationQuery.toggle("name", AnnotationQuery.term("class", "red cell"));
        assertEquals("name class:\"red cell\"", text);
        assertTrue(AnnotationQuery.holds(text, "class:\"Red Cell\""));
        text = AnnotationQuery.toggle(text, AnnotationQuery.term("kind", "rotated_box"));
        assertEquals("name class:\"red cell\" kind:rotated_box", text);
        assertTrue(AnnotationQuery.holds("kind=rotated-box", "kind:rotated_box"));
        assertEquals("name kind:rotated_box", AnnotationQuery.toggle(text, "class:\"red cell\""));
        assertEquals("", AnnotationQuery.toggle("by:manual", "by:manual"));
    }

    private static LabelClass labelClass(String name) {
        LabelClass labelClass = FACTORY.createLabelClass();
        labelClass.setName(name);
        return labelClass;
    }

    private static Annotation annotation(LabelClass labelClass, org.annotide.model.Shape shape, Provenance provenance) {
        Annotation annotation = FACTORY.createAnnotation();
        annotation.setLabelClass(labelClass);
        annotation.setShape(shape);
        annotation.setProvenance(provenance);
        return annotation;
    }
}
