package org.annotide.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;
import org.annotide.model.edit.ClassRules;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class rule (a label class may restrict the shape kinds that carry it) is asked by every set that goes
 * through the editing domain, which is what Properties and any later API use: a polygon cannot be given an
 * ellipse-only class there, as the class key already refused.
 */
class ClassRulesTest {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void theRuleInWords() {
        LabelClass nucleus = labelClass("nucleus", ShapeKind.ELLIPSE);
        Annotation polygon = annotation(FACTORY.createPolygonShape(), null);
        assertTrue(ClassRules.allows(null, ShapeKind.POLYGON));
        assertTrue(ClassRules.allows(labelClass("any"), ShapeKind.POLYGON));
        assertFalse(ClassRules.allows(nucleus, polygon));
        assertEquals("\"nucleus\" is for ellipse only, not polygon", ClassRules.refusal(polygon, nucleus));
        assertNull(ClassRules.refusal(annotation(FACTORY.createEllipseShape(), null), nucleus));
        // a shape and class judged together, before either is set (the server's create and replace)
        assertEquals("\"nucleus\" is for ellipse only, not box", ClassRules.refusal(FACTORY.createBoxShape(), nucleus));
        assertNull(ClassRules.refusal(FACTORY.createEllipseShape(), nucleus));
        assertEquals("2 boxes", ClassRules.count(2, ShapeKind.BOX));
    }

    @Test
    void theEditingDomainRefusesAClassThatDoesNotAllowTheShape() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("rules"), "rules")) {
            LabelClass cell = labelClass("cell");
            LabelClass nucleus = labelClass("nucleus", ShapeKind.ELLIPSE);
            Annotation polygon = annotation(FACTORY.createPolygonShape(), cell);
            ImageAsset image = FACTORY.createImageAsset();
            image.setName("cells.png");
            image.getAnnotations().add(polygon);
            store.commandStack().execute(new org.eclipse.emf.common.command.CompoundCommand() {
                {
                    append(org.eclipse.emf.edit.command.AddCommand.create(store.editingDomain(), store.project(),
                            Literals.PROJECT__LABEL_CLASSES, java.util.List.of(cell, nucleus)));
                    append(org.eclipse.emf.edit.command.AddCommand.create(store.editingDomain(), store.project(),
                            Literals.PROJECT__IMAGES, image));
                }
            });

            Command refused = SetCommand.create(store.editingDomain(), polygon, Literals.ANNOTATION__LABEL_CLASS, nucleus);
            assertFalse(refused.canExecute(), "a polygon cannot become an ellipse-only nucleus");
            store.commandStack().execute(refused);
            assertSame(cell, polygon.getLabelClass());

            IItemPropertySource source = (IItemPropertySource) store.adapterFactory().adapt(polygon,
                    IItemPropertySource.class);
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(polygon, Literals.ANNOTATION__LABEL_CLASS);
            Collection<?> choices = descriptor.getChoiceOfValues(polygon);
            assertTrue(choices.contains(cell), choices.toString());
            assertFalse(choices.contains(nucleus), "Properties does not offer a class the shape cannot carry");
            descriptor.setPropertyValue(polygon, nucleus);
            assertSame(cell, polygon.getLabelClass());

            Command allowed = SetCommand.create(store.editingDomain(), polygon, Literals.ANNOTATION__LABEL_CLASS, null);
            assertTrue(allowed.canExecute(), "taking the class away is always allowed");

            Annotation ellipse = annotation(FACTORY.createEllipseShape(), nucleus);
            assertFalse(SetCommand.create(store.editingDomain(), ellipse, Literals.ANNOTATION__SHAPE,
                    FACTORY.createBoxShape()).canExecute(), "a nucleus cannot turn into a box either");
        }
    }

    private static LabelClass labelClass(String name, ShapeKind... allowed) {
        LabelClass labelClass = FACTORY.createLabelClass();
        labelClass.setName(name);
        labelClass.getAllowedShapes().addAll(java.util.List.of(allowed));
        return labelClass;
    }

    private static Annotation annotation(org.annotide.model.Shape shape, LabelClass labelClass) {
        Annotation annotation = FACTORY.createAnnotation();
        annotation.setShape(shape);
        annotation.setLabelClass(labelClass);
        return annotation;
    }
}
