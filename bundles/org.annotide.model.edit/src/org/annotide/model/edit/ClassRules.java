package org.annotide.model.edit;

import java.util.Locale;
import java.util.stream.Collectors;

import org.annotide.model.Annotation;
import org.annotide.model.LabelClass;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;

/**
 * The ontology's rule that a label class may restrict which shape kinds carry it: the one check that every way
 * of giving an annotation a class asks (the class key, Properties, paste, import, and the item provider's set
 * command, which any future API reaches through the editing domain). Free of UI, so the server asks it too.
 */
public final class ClassRules {

    private ClassRules() {
    }

    /** True when the class allows the kind: no class, or no restriction, or the kind listed. */
    public static boolean allows(LabelClass labelClass, ShapeKind kind) {
        return labelClass == null || kind == null || labelClass.getAllowedShapes().isEmpty()
                || labelClass.getAllowedShapes().contains(kind);
    }

    /** True when the annotation's shape may carry the class (an annotation without a shape may carry any). */
    public static boolean allows(LabelClass labelClass, Annotation annotation) {
        return annotation.getShape() == null || allows(labelClass, annotation.getShape().getKind());
    }

    /**
     * Why the annotation cannot get the class, e.g. "\"nucleus\" is for ellipse only, not polygon"; null when
     * it can.
     */
    public static String refusal(Annotation annotation, LabelClass labelClass) {
        return refusal(annotation.getShape(), labelClass);
    }

    /**
     * Why the shape cannot carry the class, in the same words; null when it can (or there is no shape). For a
     * class and shape judged together before either is set, as the server judges a create or replace.
     */
    public static String refusal(Shape shape, LabelClass labelClass) {
        return shape == null || allows(labelClass, shape.getKind()) ? null
                : onlyFor(labelClass) + ", not " + name(shape.getKind());
    }

    /** Why a shape of this kind cannot get the class, for the status line. */
    public static String refusal(LabelClass labelClass, ShapeKind kind) {
        return onlyFor(labelClass) + ", not " + name(kind) + ": choose another class or tool";
    }

    /** What the class is restricted to: "\"cell\" is for polygon only". */
    public static String onlyFor(LabelClass labelClass) {
        String allowed = labelClass.getAllowedShapes().stream().map(ClassRules::name)
                .collect(Collectors.joining(", "));
        return "\"" + labelClass.getName() + "\" is for " + allowed + " only";
    }

    /** The kind as people say it: "rotated box", "image class". */
    public static String name(ShapeKind kind) {
        return kind.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The kind counted: "1 box", "2 boxes", "3 keypoints", "2 image classes". */
    public static String count(long count, ShapeKind kind) {
        String name = name(kind);
        if (count == 1) {
            return "1 " + name;
        }
        String plural = name.endsWith("x") || name.endsWith("ss") ? name + "es"
                : name.endsWith("s") ? name : name + "s";
        return count + " " + plural;
    }
}
