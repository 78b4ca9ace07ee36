package org.annotide.formats.internal.cvat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annotide.formats.Dataset;
import org.annotide.formats.LabelColors;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.XmlElement;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;

/**
 * The label specification of a CVAT file ({@code meta/task/labels} or {@code meta/project/labels}): classes
 * with colour, shape type and attribute definitions; skeleton labels with their element labels (the keypoint
 * names, in the order listed) and the edges drawn in the skeleton's SVG.
 */
final class CvatLabels {

    private static final Pattern EDGE = Pattern.compile(
            "data-type=\"edge\"[^>]*?data-node-from=\"(\\d+)\"[^>]*?data-node-to=\"(\\d+)\"|"
                    + "data-node-from=\"(\\d+)\"[^>]*?data-node-to=\"(\\d+)\"");
    private static final Pattern NODE = Pattern.compile("data-node-id=\"(\\d+)\"[^>]*?data-label-name=\"([^\"]*)\"");

    /** CVAT label types and the shape kinds they allow. */
    static final Map<String, Set<ShapeKind>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("rectangle", EnumSet.of(ShapeKind.BOX, ShapeKind.ROTATED_BOX));
        TYPES.put("polygon", EnumSet.of(ShapeKind.POLYGON));
        TYPES.put("polyline", EnumSet.of(ShapeKind.POLYLINE));
        TYPES.put("points", EnumSet.of(ShapeKind.KEYPOINTS));
        TYPES.put("ellipse", EnumSet.of(ShapeKind.ELLIPSE));
        TYPES.put("mask", EnumSet.of(ShapeKind.MASK));
        TYPES.put("tag", EnumSet.of(ShapeKind.IMAGE_CLASS));
    }

    /** Keypoint index of each element label, per skeleton class. */
    private final Map<String, Map<String, Integer>> elements = new HashMap<>();
    /** The names of the labels {@code <meta>} declares (skeleton elements excluded); empty when it declares none. */
    private final Set<String> declared = new HashSet<>();

    void read(XmlElement labels, Dataset dataset, String file, ValidationReport report) {
        Map<String, List<XmlElement>> children = new LinkedHashMap<>();
        for (XmlElement label : labels.children("label")) {
            String parent = label.childText("parent");
            if (parent != null && !parent.isEmpty()) {
                children.computeIfAbsent(parent, key -> new ArrayList<>()).add(label);
            }
        }
        for (XmlElement label : labels.children("label")) {
            String name = label.childText("name");
            String parent = label.childText("parent");
            if (parent != null && !parent.isEmpty()) {
                continue;
            }
            if (name == null || name.isEmpty()) {
                report.reject(file, "line " + label.line(), "a label without a name");
                continue;
            }
            declared.add(name);
            LabelClass labelClass = dataset.labelClass(name);
            String color = label.childText("color");
            if (LabelColors.parse(color) != null) {
                labelClass.setColor(color.toLowerCase(Locale.ROOT));
            }
            String type = label.childText("type");
            if ("skeleton".equals(type)) {
                readSkeleton(labelClass, label, children.getOrDefault(name, List.of()), file, report);
                labelClass.getAllowedShapes().add(ShapeKind.KEYPOINTS);
            } else if (type != null && TYPES.containsKey(type)) {
                labelClass.getAllowedShapes().addAll(TYPES.get(type));
            }
            XmlElement attributes = label.child("attributes");
            if (attributes != null && labelClass.getAttributes().isEmpty()) {
                for (XmlElement attribute : attributes.children("attribute")) {
                    labelClass.getAttributes().add(definition(attribute));
                }
            }
        }
    }

    private void readSkeleton(LabelClass labelClass, XmlElement label, List<XmlElement> parts, String file,
            ValidationReport report) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (XmlElement part : parts) {
            String partName = part.childText("name");
            if (partName != null && !index.containsKey(partName)) {
                index.put(partName, index.size());
            }
        }
        elements.put(labelClass.getName(), index);
        if (labelClass.getKeypointNames().isEmpty()) {
            labelClass.getKeypointNames().addAll(index.keySet());
        }
        String svg = label.childText("svg");
        if (svg == null || svg.isEmpty()) {
            return;
        }
        Map<String, String> nodeNames = new HashMap<>();
        Matcher nodes = NODE.matcher(svg);
        while (nodes.find()) {
            nodeNames.put(nodes.group(1), nodes.group(2));
        }
        List<Integer> edges = new ArrayList<>();
        Matcher matcher = EDGE.matcher(svg);
        while (matcher.find()) {
            String from = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String to = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
            Integer a = index.get(nodeNames.get(from));
            Integer b = index.get(nodeNames.get(to));
            if (a == null || b == null) {
                report.warn(file, "line " + label.line(), "a skeleton edge of " + labelClass.getName()
                        + " joins node " + from + " and " + to + ", which are not both element labels; edge left out");
                continue;
            }
            edges.add(a);
            edges.add(b);
        }
        if (!edges.isEmpty()) {
            labelClass.setSkeletonEdges(edges.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Keypoint index of an element label in a skeleton class, or null. */
    Integer element(String skeleton, String elementLabel) {
        Map<String, Integer> index = elements.get(skeleton);
        return index == null ? null : index.get(elementLabel);
    }

    /**
     * Whether a shape may carry this label: a file whose {@code <meta>} lists labels allows only those (CVAT
     * itself refuses any other); a file without a label list allows any name.
     */
    boolean allows(String name) {
        return declared.isEmpty() || declared.contains(name);
    }

    boolean isSkeleton(String name) {
        return elements.containsKey(name);
    }

    int elementCount(String skeleton) {
        Map<String, Integer> index = elements.get(skeleton);
        return index == null ? 0 : index.size();
    }

    private static AttributeDefinition definition(XmlElement attribute) {
        AttributeDefinition definition = AnnotideFactory.eINSTANCE.createAttributeDefinition();
        definition.setName(attribute.childText("name"));
        String inputType = attribute.childText("input_type");
        definition.setType(switch (inputType == null ? "" : inputType) {
            case "checkbox" -> AttributeType.CHECKBOX;
            case "radio" -> AttributeType.RADIO;
            case "number" -> AttributeType.NUMBER;
            case "select" -> AttributeType.SELECT;
            default -> AttributeType.TEXT;
        });
        definition.setMutable("true".equalsIgnoreCase(attribute.childText("mutable")));
        String defaultValue = attribute.childText("default_value");
        if (defaultValue != null) {
            definition.setDefaultValue(defaultValue);
        }
        XmlElement values = attribute.child("values");
        if (values != null) {
            String raw = values.rawText().strip();
            if (!raw.isEmpty()) {
                // CVAT separates values by line breaks; older writers used spaces
                for (String value : raw.contains("\n") ? raw.split("\\R") : raw.split("\\s+")) {
                    definition.getValues().add(value.strip());
                }
            }
        }
        return definition;
    }
}
