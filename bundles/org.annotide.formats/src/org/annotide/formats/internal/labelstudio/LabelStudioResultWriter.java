package org.annotide.formats.internal.labelstudio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.PolygonRings;
import org.annotide.core.geometry.ShapeBounds;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Provenance;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes annotations as Label Studio results: what {@link LabelStudioResultReader} keeps in attributes goes back
 * where it came from (control names, result ids, parents, relations). What Label Studio cannot hold the same
 * way is converted and reported: a polygon with holes becomes a brush, a polygon of several parts one polygon
 * per part, keypoints with several points one keypoint result per labelled point (named after the point, linked
 * to the group's region as parent); polylines are reported as left out. Image-level classes of one control
 * become one choices result.
 */
final class LabelStudioResultWriter {

    private final ValidationReport report;
    /** Control names used, with their kind and labels, for label_config.xml. */
    final Map<String, LabelStudioResults.Kind> controls = new LinkedHashMap<>();
    /** Per control name: label name to colour. */
    final Map<String, Map<String, String>> controlLabels = new LinkedHashMap<>();

    LabelStudioResultWriter(ValidationReport report) {
        this.report = report;
    }

    ArrayNode results(List<Annotation> annotations, ImageAsset image) {
        ArrayNode results = JsonSupport.NODES.arrayNode();
        Map<Annotation, String> ids = new HashMap<>();
        for (Annotation annotation : annotations) {
            String id = annotation.getAttributes().get(LabelStudioResultReader.ID);
            ids.put(annotation, id != null ? id : "a" + annotation.getId());
        }
        Map<String, ObjectNode> choiceResults = new LinkedHashMap<>();
        int width = image.getWidth();
        int height = image.getHeight();
        for (Annotation annotation : annotations) {
            String where = image.getName() + " annotation " + annotation.getId();
            Shape shape = annotation.getShape();
            LabelStudioResults.Kind kind = LabelStudioResults.kindOf(shape);
            if (kind == null) {
                report.reject("tasks", where, "Label Studio has no " + shape.getKind().getLiteral() + " results for images");
                continue;
            }
            if (kind != LabelStudioResults.Kind.CHOICES && (width <= 0 || height <= 0)) {
                report.reject("tasks", where, "the image size is unknown, so percent coordinates cannot be written");
                continue;
            }
            if (annotation.getLabelClass() == null && kind == LabelStudioResults.Kind.CHOICES) {
                report.reject("tasks", where, "an image-level annotation without a class");
                continue;
            }
            String fromName = controlName(annotation, kind);
            if (kind == LabelStudioResults.Kind.CHOICES) {
                ObjectNode result = choiceResults.get(fromName);
                if (result == null) {
                    result = result(annotation, ids.get(annotation), kind, fromName, width, height);
                    result.putObject("value").putArray("choices");
                    results.add(result);
                    choiceResults.put(fromName, result);
                }
                ((ArrayNode) result.get("value").get("choices")).add(annotation.getLabelClass().getName());
                register(fromName, kind, annotation.getLabelClass().getName(), annotation.getLabelClass().getColor());
                report.accepted(1);
                continue;
            }
            if (shape instanceof PolygonShape polygon && PolygonRings.of(polygon).hasHoles()) {
                report.warn("tasks", where, "Label Studio polygons have no holes: written as a brush");
                shape = ShapeGeometry.fromCocoRle(ShapeGeometry.rasterize(polygon, height, width));
                kind = LabelStudioResults.Kind.BRUSH;
                fromName = controlName(annotation, kind);
            }
            List<Shape> pieces = pieces(shape, annotation, where);
            for (int i = 0; i < pieces.size(); i++) {
                ObjectNode result = result(annotation, ids.get(annotation) + (i == 0 ? "" : "_" + i), kind, fromName,
                        width, height);
                ObjectNode value = result.putObject("value");
                LabelStudioResults.write(pieces.get(i), value, width, height);
                String label = label(annotation, shape, i);
                if (label != null) {
                    value.putArray(kind.labelsKey).add(label);
                    extraLabels(annotation, value, kind);
                }
                if (kind == LabelStudioResults.Kind.KEYPOINT && annotation.getAttributes().containsKey("ls:width")) {
                    value.put("width", Double.parseDouble(annotation.getAttributes().get("ls:width")));
                }
                if ("false".equals(annotation.getAttributes().get("ls:closed"))) {
                    value.put("closed", false);
                }
                String parent = parent(annotation, annotations, ids, shape);
                if (parent != null) {
                    result.put("parentID", parent);
                }
                results.add(result);
                register(fromName, kind, label, annotation.getLabelClass() == null ? null
                        : annotation.getLabelClass().getColor());
            }
            report.accepted(1);
        }
        for (Annotation annotation : annotations) {
            String relations = annotation.getAttributes().get(LabelStudioResultReader.RELATIONS);
            if (relations != null) {
                writeRelations(results, ids.get(annotation), relations, image.getName() + " annotation "
                        + annotation.getId());
            }
        }
        return results;
    }

    /** The results one shape becomes: polygon parts, labelled keypoints, else the shape itself. */
    private List<Shape> pieces(Shape shape, Annotation annotation, String where) {
        if (shape instanceof PolygonShape polygon && PolygonRings.of(polygon).parts().size() > 1) {
            report.warn("tasks", where, "Label Studio polygons have one part: written as one polygon per part");
            List<Shape> parts = new ArrayList<>();
            for (List<double[]> part : PolygonRings.of(polygon).parts()) {
                parts.add(Shapes.polygon(part.get(0)));
            }
            return parts;
        }
        if (shape instanceof KeypointsShape keypoints && keypoints.getPoints().length > 2) {
            report.warn("tasks", where, "Label Studio keypoints are single points: written as one result per"
                    + " labelled point, named after the point");
            List<Shape> points = new ArrayList<>();
            int[] visibility = keypoints.getVisibility();
            for (int i = 0; i < keypoints.getPoints().length / 2; i++) {
                if (ShapeBounds.isLabelled(visibility, i)) {
                    points.add(Shapes.keypoints(new double[] {keypoints.getPoints()[2 * i],
                            keypoints.getPoints()[2 * i + 1]}, new int[] {2}));
                } else {
                    points.add(null);
                }
            }
            return points.stream().filter(p -> p != null).toList();
        }
        return List.of(shape);
    }

    /** The label of a result: the class, or for a point of several, the point's name. */
    private static String label(Annotation annotation, Shape shape, int piece) {
        LabelClass labelClass = annotation.getLabelClass();
        if (labelClass == null) {
            return null;
        }
        if (shape instanceof KeypointsShape keypoints && keypoints.getPoints().length > 2) {
            int[] visibility = keypoints.getVisibility();
            int seen = -1;
            for (int i = 0; i < keypoints.getPoints().length / 2; i++) {
                if (ShapeBounds.isLabelled(visibility, i)) {
                    seen++;
                    if (seen == piece) {
                        return i < labelClass.getKeypointNames().size() ? labelClass.getKeypointNames().get(i)
                                : labelClass.getName() + " " + (i + 1);
                    }
                }
            }
        }
        return labelClass.getName();
    }

    private static void extraLabels(Annotation annotation, ObjectNode value, LabelStudioResults.Kind kind) {
        String all = annotation.getAttributes().get(LabelStudioResultReader.LABELS);
        if (all == null) {
            return;
        }
        try {
            JsonNode labels = JsonSupport.MAPPER.readTree(all);
            if (labels.isArray()) {
                value.set(kind.labelsKey, labels);
            }
        } catch (Exception e) {
            // the class alone is written
        }
    }

    /** The parent's result id: as imported, else the group's region for keypoints. */
    private static String parent(Annotation annotation, List<Annotation> annotations, Map<Annotation, String> ids,
            Shape shape) {
        String parent = annotation.getAttributes().get(LabelStudioResultReader.PARENT);
        if (parent != null) {
            return parent;
        }
        if (annotation.getGroup() == 0 || !(shape instanceof KeypointsShape)) {
            return null;
        }
        for (Annotation other : annotations) {
            if (other != annotation && other.getGroup() == annotation.getGroup()
                    && other.getShape().getKind() != ShapeKind.KEYPOINTS) {
                return ids.get(other);
            }
        }
        return null;
    }

    private static ObjectNode result(Annotation annotation, String id, LabelStudioResults.Kind kind, String fromName,
            int width, int height) {
        ObjectNode result = JsonSupport.NODES.objectNode();
        result.put("id", id);
        result.put("type", kind.labelsKey);
        result.put("from_name", fromName);
        result.put("to_name", annotation.getAttributes().map().getOrDefault(LabelStudioResultReader.TO_NAME, "image"));
        result.put("origin", annotation.getProvenance() == Provenance.PREDICTED ? "prediction" : "manual");
        String rotation = annotation.getAttributes().get("ls:image_rotation");
        result.put("image_rotation", rotation == null ? 0 : Double.parseDouble(rotation));
        if (width > 0 && height > 0) {
            result.put("original_width", width);
            result.put("original_height", height);
        }
        if (annotation.getProvenance() == Provenance.PREDICTED || annotation.getScore() != 1.0) {
            result.put("score", annotation.getScore());
        }
        return result;
    }

    /**
     * Lists the classes no result used under the first region control (a rectangle control when there is none),
     * so that the configuration names every project class.
     */
    void listUnused(List<LabelClass> classes) {
        java.util.Set<String> used = new java.util.HashSet<>();
        controlLabels.values().forEach(labels -> used.addAll(labels.keySet()));
        String target = null;
        for (Map.Entry<String, LabelStudioResults.Kind> control : controls.entrySet()) {
            if (control.getValue() != LabelStudioResults.Kind.CHOICES) {
                target = control.getKey();
                break;
            }
        }
        for (LabelClass labelClass : classes) {
            if (!used.contains(labelClass.getName())) {
                if (target == null) {
                    target = LabelStudioResults.Kind.RECTANGLE.control;
                    controls.put(target, LabelStudioResults.Kind.RECTANGLE);
                }
                register(target, controls.get(target), labelClass.getName(), labelClass.getColor());
            }
        }
    }

    /**
     * The control the result names: the one it was imported from, else the kind's default. One name can be
     * only one kind of control in a configuration, so when tasks imported from differently configured
     * projects used one name for two kinds (a rectangle "label" and a polygon "label"), the later kind gets a
     * name of its own ("label_polygon"), the same in the results and in label_config.xml.
     */
    private String controlName(Annotation annotation, LabelStudioResults.Kind kind) {
        String wanted = annotation.getAttributes().map().getOrDefault(LabelStudioResultReader.FROM_NAME, kind.control);
        String name = wanted;
        for (int n = 2; controls.containsKey(name) && controls.get(name) != kind; n++) {
            name = wanted + "_" + kind.control + (n == 2 ? "" : "_" + n);
        }
        controls.putIfAbsent(name, kind);
        return name;
    }

    private void register(String fromName, LabelStudioResults.Kind kind, String label, String color) {
        controls.putIfAbsent(fromName, kind);
        Map<String, String> labels = controlLabels.computeIfAbsent(fromName, key -> new LinkedHashMap<>());
        if (label != null) {
            labels.putIfAbsent(label, color);
        }
    }

    private void writeRelations(ArrayNode results, String fromId, String relations, String where) {
        try {
            JsonNode list = JsonSupport.MAPPER.readTree(relations);
            for (JsonNode entry : list) {
                ObjectNode relation = results.addObject();
                relation.put("from_id", fromId);
                relation.put("to_id", entry.path("to_id").asText());
                relation.put("type", "relation");
                relation.put("direction", entry.path("direction").asText("right"));
                if (entry.has("labels")) {
                    relation.set("labels", entry.get("labels"));
                }
            }
        } catch (Exception e) {
            report.warn("tasks", where, "the ls:relations attribute is not JSON; the relations were left out");
        }
    }
}
