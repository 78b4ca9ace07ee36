package org.annotide.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.model.edit.LabelClasses;
import org.junit.jupiter.api.Test;

/** Issue 13 §2: the rules the Label Classes view and import share. */
class LabelClassesTest {

    private static final AnnotideFactory F = AnnotideFactory.eINSTANCE;

    private static LabelClass labelClass(String name, String color, String hotkey) {
        LabelClass labelClass = F.createLabelClass();
        labelClass.setName(name);
        labelClass.setColor(color);
        labelClass.setHotkey(hotkey);
        return labelClass;
    }

    @Test
    void arrivingClassesGetColoursAndHotkeysNoClassHas() {
        List<LabelClass> existing = List.of(labelClass("cell", "#e6194b", "1"), labelClass("nucleus", "#3cb44b", "2"));
        // an import's own palette starts over at the first colour: it would clash with "cell"
        LabelClass car = labelClass("car", "#E6194B", null);
        LabelClass bus = labelClass("bus", "#0c81b5", "2");
        LabelClasses.assignDistinct(existing, List.of(car, bus));
        assertEquals("#4363d8", car.getColor(), "the first palette colour nobody has");
        assertEquals("3", car.getHotkey());
        assertEquals("#0c81b5", bus.getColor(), "a free colour from the file is kept");
        assertEquals("4", bus.getHotkey(), "a taken hotkey is replaced");
    }

    @Test
    void deletingAndNarrowingSayWhatCarriesTheClass() {
        Project project = F.createProject();
        LabelClass cell = labelClass("cell", "#e6194b", "1");
        project.getLabelClasses().add(cell);
        ImageAsset image = F.createImageAsset();
        project.getImages().add(image);
        for (int i = 0; i < 3; i++) {
            Annotation annotation = F.createAnnotation();
            annotation.setLabelClass(cell);
            annotation.setShape(i < 2 ? F.createBoxShape() : F.createPolygonShape());
            image.getAnnotations().add(annotation);
        }
        assertEquals("3 annotation(s) carry \"cell\" (2 boxes, 1 polygon): they stay, without a class.",
                LabelClasses.deletionEffect(cell));
        assertEquals("2 boxes carry \"cell\": give them another class first, or allow box",
                LabelClasses.allowedShapesRefusal(cell, List.of(ShapeKind.POLYGON)));
        assertNull(LabelClasses.allowedShapesRefusal(cell, List.of(ShapeKind.POLYGON, ShapeKind.BOX)));
        assertEquals("4", LabelClasses.freeHotkey(List.of(cell, labelClass("a", null, "2"), labelClass("b", null, "3"))));
        project.getLabelClasses().add(labelClass("nucleus", "#000000", "2"));
        assertTrue(LabelClasses.hotkeyRefusal(cell, "2").contains("\"nucleus\" has the hotkey 2"));
        assertTrue(LabelClasses.hotkeyRefusal(cell, "x").contains("1 to 9"));
        // 0 is the editor's Actual Size: a class given it could never be chosen with its key
        assertTrue(LabelClasses.hotkeyRefusal(cell, "0").contains("1 to 9"));
        List<LabelClass> nine = new ArrayList<>();
        for (int key = 1; key <= 9; key++) {
            nine.add(labelClass("c" + key, null, Integer.toString(key)));
        }
        assertNull(LabelClasses.freeHotkey(nine), "a tenth class gets no hotkey rather than the editor's 0");
        assertTrue(LabelClasses.nameRefusal(cell, "nucleus").contains("another class"));
    }

    @Test
    void skeletonsAndAttributeValues() {
        List<String> names = List.of("head", "neck", "tail");
        assertArrayEquals(new int[] {0, 1, 1, 2}, LabelClasses.parseSkeleton("1-2, neck-tail", names));
        assertEquals("1-2, 2-3", LabelClasses.formatSkeleton(new int[] {0, 1, 1, 2}));
        assertThrows(IllegalArgumentException.class, () -> LabelClasses.parseSkeleton("1-4", names));
        assertThrows(IllegalArgumentException.class, () -> LabelClasses.parseSkeleton("12", names));

        AttributeDefinition number = F.createAttributeDefinition();
        number.setName("size");
        number.setType(AttributeType.NUMBER);
        assertNull(LabelClasses.attributeValueRefusal(number, "12.5"));
        assertTrue(LabelClasses.attributeValueRefusal(number, "big").contains("is a number"));
        AttributeDefinition radio = F.createAttributeDefinition();
        radio.setName("stage");
        radio.setType(AttributeType.RADIO);
        radio.getValues().addAll(List.of("G1", "S"));
        assertNull(LabelClasses.attributeValueRefusal(radio, "S"));
        assertTrue(LabelClasses.attributeValueRefusal(radio, "M").contains("one of G1, S"));
    }
}
