package org.annotide.model.edit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.AttributeDefinition;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The per-annotation attribute values as every editor changes them (the Properties view, the annotation editor's
 * attributes strip): the definitions the annotation's class gives, the value shown (set, else the default), and the
 * one command that sets a value, checked by {@link LabelClasses#attributeValueRefusal}.
 */
public final class AttributeValues {

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    private AttributeValues() {
    }

    /** The attribute definitions of the annotation's class, by name, in the class's order. */
    public static Map<String, AttributeDefinition> definitions(Annotation annotation) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        if (annotation.getLabelClass() != null) {
            for (AttributeDefinition definition : annotation.getLabelClass().getAttributes()) {
                if (definition.getName() != null) {
                    definitions.putIfAbsent(definition.getName(), definition);
                }
            }
        }
        return definitions;
    }

    /** The value shown: the annotation's own, else the definition's default, else "". */
    public static String shown(Annotation annotation, String name, AttributeDefinition definition) {
        String value = annotation.getAttributes().get(name);
        if (value == null) {
            value = definition == null || definition.getDefaultValue() == null ? "" : definition.getDefaultValue();
        }
        return value;
    }

    /** Why the value does not fit the attribute (null when it does, or when the class does not define it). */
    public static String refusal(Annotation annotation, String name, String value) {
        AttributeDefinition definition = definitions(annotation).get(name);
        return definition == null || value == null ? null
                : LabelClasses.attributeValueRefusal(definition, value.trim());
    }

    /**
     * The one command that gives the annotation's attribute the value (an empty value takes it off: the default
     * applies), or null when nothing would change. The caller checks {@link #refusal} first.
     */
    public static Command command(EditingDomain domain, Annotation annotation, String name, String value) {
        String text = value == null ? "" : value.trim();
        int index = annotation.getAttributes().indexOfKey(name);
        if (index >= 0) {
            EObject entry = (EObject) annotation.getAttributes().get(index);
            if (text.isEmpty()) {
                return RemoveCommand.create(domain, annotation, MODEL.getAnnotation_Attributes(), entry);
            }
            if (text.equals(annotation.getAttributes().get(name))) {
                return null;
            }
            return SetCommand.create(domain, entry, MODEL.getStringToStringMapEntry_Value(), text);
        }
        if (text.isEmpty()) {
            return null;
        }
        EObject entry = EcoreUtil.create(MODEL.getStringToStringMapEntry());
        entry.eSet(MODEL.getStringToStringMapEntry_Key(), name);
        entry.eSet(MODEL.getStringToStringMapEntry_Value(), text);
        return AddCommand.create(domain, annotation, MODEL.getAnnotation_Attributes(), entry);
    }
}
