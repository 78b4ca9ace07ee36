package org.annotide.server;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.Shape;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shapes as the API writes and reads them ({@code {"kind": "box", "x", "y", "width", "height"}}: the kind, then the
 * model's numeric fields of that kind), for the server and for the clients that talk to it.
 */
public final class ShapeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ShapeJson() {
    }

    /** {@code BoxShape} → {@code box}, {@code RotatedBoxShape} → {@code rotated_box}. */
    public static String kind(EClass eClass) {
        String name = eClass.getName().substring(0, eClass.getName().length() - "Shape".length());
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    public static ObjectNode write(Shape shape) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", kind(shape.eClass()));
        for (EAttribute attribute : shape.eClass().getEAllAttributes()) {
            Object value = shape.eGet(attribute);
            if (value instanceof double[] values) {
                ArrayNode array = node.putArray(attribute.getName());
                for (double v : values) {
                    array.add(v);
                }
            } else if (value instanceof int[] values) {
                ArrayNode array = node.putArray(attribute.getName());
                for (int v : values) {
                    array.add(v);
                }
            } else if (value instanceof Double d) {
                node.put(attribute.getName(), d);
            } else if (value instanceof Integer i) {
                node.put(attribute.getName(), i);
            }
        }
        return node;
    }

    /** Reads a shape object: {@code kind} and the numeric fields of that kind; anything else is refused. */
    public static Shape read(JsonNode value) {
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("the field 'shape' must be an object with a 'kind'");
        }
        ObjectNode node = (ObjectNode) value;
        JsonNode kindNode = node.get("kind");
        if (kindNode == null || !kindNode.isTextual()) {
            throw new IllegalArgumentException("the shape needs a 'kind' (box, rotated_box, polygon, polyline, keypoints, mask, "
                    + "ellipse, image_class)");
        }
        EClass eClass = null;
        for (EClassifier classifier : AnnotidePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && AnnotidePackage.Literals.SHAPE.isSuperTypeOf(c)
                    && kind(c).equals(kindNode.asText())) {
                eClass = c;
            }
        }
        if (eClass == null) {
            throw new IllegalArgumentException("unknown shape kind '" + kindNode.asText() + "'");
        }
        Shape shape = (Shape) EcoreUtil.create(eClass);
        Map<String, EAttribute> attributes = new java.util.TreeMap<>();
        eClass.getEAllAttributes().forEach(a -> attributes.put(a.getName(), a));
        Set<String> allowed = new java.util.TreeSet<>(attributes.keySet());
        allowed.add("kind");
        for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown field 'shape." + name + "'; known fields: "
                        + String.join(", ", allowed));
            }
        }
        for (EAttribute attribute : attributes.values()) {
            JsonNode field = node.get(attribute.getName());
            if (field == null || field.isNull()) {
                continue;
            }
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            String where = "shape." + attribute.getName();
            if (type == double[].class || type == int[].class) {
                if (!field.isArray()) {
                    throw new IllegalArgumentException("the field '" + where + "' must be an array of numbers");
                }
                double[] values = new double[field.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = number(field.get(i), where + "[" + i + "]");
                }
                if (type == int[].class) {
                    int[] ints = new int[values.length];
                    for (int i = 0; i < ints.length; i++) {
                        ints[i] = integer(values[i], where + "[" + i + "]");
                    }
                    shape.eSet(attribute, ints);
                } else {
                    shape.eSet(attribute, values);
                }
            } else if (type == double.class || type == Double.class) {
                shape.eSet(attribute, number(field, where));
            } else if (type == int.class || type == Integer.class) {
                shape.eSet(attribute, integer(number(field, where), where));
            }
        }
        return shape;
    }

    private static double number(JsonNode node, String where) {
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("the field '" + where + "' must be a number, not "
                    + (node == null ? "missing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        double value = node.asDouble();
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the field '" + where + "' must be a finite number");
        }
        return value;
    }

    private static int integer(double value, String where) {
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the field '" + where + "' must be a whole number");
        }
        return (int) value;
    }
}
