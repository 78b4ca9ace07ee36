package org.annotide.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The features of one model object as the JSON of its {@code content_objects} row: every set, changeable, stored
 * feature by its model name, except containments (the children are rows of their own). Values: numbers and booleans
 * as JSON numbers and booleans (a double that is not finite as its text), {@code double[]}/{@code int[]} as arrays of
 * numbers, everything else in EMF's text form of its data type (enums by literal, dates to the millisecond);
 * references as the object ids of their targets. A feature that is not set is absent, so "not set" and "set to the
 * default" stay apart, as the journaled store keeps them.
 */
public final class ObjectFields {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ObjectFields() {
    }

    /** The features an object's row holds (children and container links are rows and columns of their own). */
    public static boolean stored(EStructuralFeature feature) {
        if (feature.isTransient() || feature.isDerived() || feature.isVolatile() || !feature.isChangeable()) {
            return false;
        }
        return !(feature instanceof EReference reference) || !reference.isContainment() && !reference.isContainer();
    }

    /** The JSON of an object's row; ids gives the object id of a reference's target. */
    public static ObjectNode write(EObject object, ToLongFunction<EObject> ids) {
        ObjectNode fields = NODES.objectNode();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!stored(feature) || !object.eIsSet(feature)) {
                continue;
            }
            Object value = object.eGet(feature, false);
            if (feature instanceof EReference) {
                if (feature.isMany()) {
                    ArrayNode targets = fields.putArray(feature.getName());
                    for (Object target : (List<?>) value) {
                        targets.add(ids.applyAsLong((EObject) target));
                    }
                } else if (value == null) {
                    fields.putNull(feature.getName());
                } else {
                    fields.put(feature.getName(), ids.applyAsLong((EObject) value));
                }
            } else if (feature.isMany()) {
                ArrayNode values = fields.putArray(feature.getName());
                for (Object item : (List<?>) value) {
                    values.add(scalar((EAttribute) feature, item));
                }
            } else {
                fields.set(feature.getName(), scalar((EAttribute) feature, value));
            }
        }
        return fields;
    }

    /**
     * Sets an object's attributes from its row; features the model no longer has (or whose value no longer reads) are
     * passed over with a note, as replay of the journal does.
     */
    public static void readAttributes(EObject object, JsonNode fields, List<String> notes) {
        fields.properties().forEach(entry -> {
            if (!(object.eClass().getEStructuralFeature(entry.getKey()) instanceof EAttribute attribute)
                    || !stored(attribute)) {
                if (object.eClass().getEStructuralFeature(entry.getKey()) == null) {
                    notes.add(object.eClass().getName() + "." + entry.getKey() + " is no longer in the model: passed over");
                }
                return;
            }
            try {
                if (attribute.isMany()) {
                    List<Object> values = new ArrayList<>();
                    entry.getValue().forEach(item -> values.add(value(attribute, item)));
                    @SuppressWarnings("unchecked")
                    EList<Object> list = (EList<Object>) object.eGet(attribute);
                    list.addAll(values);
                } else {
                    object.eSet(attribute, value(attribute, entry.getValue()));
                }
            } catch (RuntimeException e) {
                notes.add(object.eClass().getName() + "." + entry.getKey() + " does not read (" + e.getMessage()
                        + "): passed over");
            }
        });
    }

    /** Sets an object's references from its row; objects gives the object of an id (null: not there). */
    public static void readReferences(EObject object, JsonNode fields, LongFunction<EObject> objects, List<String> notes) {
        fields.properties().forEach(entry -> {
            if (!(object.eClass().getEStructuralFeature(entry.getKey()) instanceof EReference reference)
                    || !stored(reference)) {
                return;
            }
            if (reference.isMany()) {
                List<EObject> targets = new ArrayList<>();
                for (JsonNode id : entry.getValue()) {
                    EObject target = objects.apply(id.asLong());
                    if (target == null) {
                        notes.add(object.eClass().getName() + "." + entry.getKey() + " names object " + id.asLong()
                                + ", which is not there: left out");
                    } else {
                        targets.add(target);
                    }
                }
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) object.eGet(reference);
                ECollections.setEList(list, targets); // the order as stored, also where an opposite filled it already
            } else if (entry.getValue().isNull()) {
                object.eSet(reference, null);
            } else {
                EObject target = objects.apply(entry.getValue().asLong());
                if (target == null) {
                    notes.add(object.eClass().getName() + "." + entry.getKey() + " names object " + entry.getValue()
                            + ", which is not there: left out");
                } else if (object.eGet(reference, false) != target) {
                    object.eSet(reference, target);
                }
            }
        });
    }

    private static JsonNode scalar(EAttribute attribute, Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof double[] doubles && allFinite(doubles)) {
            ArrayNode array = NODES.arrayNode(doubles.length);
            for (double d : doubles) {
                array.add(d);
            }
            return array;
        }
        if (value instanceof int[] ints) {
            ArrayNode array = NODES.arrayNode(ints.length);
            for (int i : ints) {
                array.add(i);
            }
            return array;
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return NODES.numberNode(d);
        }
        return NODES.textNode(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
    }

    private static Object value(EAttribute attribute, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        Class<?> instance = type.getInstanceClass();
        if (node.isArray() && instance == double[].class) {
            double[] values = new double[node.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = node.get(i).doubleValue();
            }
            return values;
        }
        if (node.isArray() && instance == int[].class) {
            int[] values = new int[node.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = node.get(i).intValue();
            }
            return values;
        }
        return EcoreUtil.createFromString(type, node.isTextual() ? node.textValue() : node.asText());
    }

    private static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
