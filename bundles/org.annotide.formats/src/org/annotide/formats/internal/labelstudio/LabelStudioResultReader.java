package org.annotide.formats.internal.labelstudio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.formats.Dataset;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.Shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the results of one Label Studio annotation (or prediction) into model annotations. Each region result
 * becomes one annotation of the class named by its first label (more labels are kept in {@code ls:labels}); a
 * choices result becomes one image-level annotation per choice. Kept as attributes: the control names
 * ({@code ls:from_name}, {@code ls:to_name} when not "image"), the result id when something refers to it
 * ({@code ls:id}), the parent ({@code ls:parent}, and parent and child share a group), relations from the region
 * ({@code ls:relations}, a JSON list of to_id, direction and labels), a keypoint's drawn size ({@code ls:width})
 * and a non-zero {@code image_rotation}.
 */
final class LabelStudioResultReader {

    static final String FROM_NAME = "ls:from_name";
    static final String TO_NAME = "ls:to_name";
    static final String ID = "ls:id";
    static final String PARENT = "ls:parent";
    static final String RELATIONS = "ls:relations";
    static final String LABELS = "ls:labels";
    static final String SESSION = "ls:annotation";

    private final Dataset dataset;
    private final ValidationReport report;
    private final String file;

    LabelStudioResultReader(Dataset dataset, ValidationReport report, String file) {
        this.dataset = dataset;
        this.report = report;
        this.file = file;
    }

    /** How the annotations of one result list are marked. */
    record Origin(Provenance provenance, double score, String modelVersion, String author, int session) {
    }

    void read(JsonNode results, ImageAsset image, String path, Origin origin) {
        if (results == null || !results.isArray()) {
            report.reject(file, path, "result must be a list");
            return;
        }
        Set<String> referenced = new HashSet<>();
        for (JsonNode result : results) {
            if (result.hasNonNull("parentID")) {
                referenced.add(result.get("parentID").asText());
            }
            if ("relation".equals(result.path("type").asText())) {
                referenced.add(result.path("from_id").asText());
                referenced.add(result.path("to_id").asText());
            }
        }
        Map<String, Annotation> byId = new HashMap<>();
        List<Annotation> children = new ArrayList<>();
        List<JsonNode> relations = new ArrayList<>();
        List<String> relationPaths = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            String where = path + "[" + i + "]";
            String type = result.path("type").asText(null);
            if ("relation".equals(type)) {
                relations.add(result);
                relationPaths.add(where);
                continue;
            }
            List<Annotation> added = readResult(result, image, where, origin);
            String id = result.path("id").asText(null);
            for (Annotation annotation : added) {
                if (id != null && referenced.contains(id)) {
                    annotation.getAttributes().put(ID, id);
                    byId.putIfAbsent(id, annotation);
                }
                if (result.hasNonNull("parentID")) {
                    annotation.getAttributes().put(PARENT, result.get("parentID").asText());
                    children.add(annotation);
                }
            }
        }
        for (Annotation child : children) {
            Annotation parent = byId.get(child.getAttributes().get(PARENT));
            if (parent == null) {
                report.warn(file, path, "parentID " + child.getAttributes().get(PARENT) + " names no region of this"
                        + " annotation; the link is kept as an attribute only");
                continue;
            }
            if (parent.getGroup() == 0) {
                parent.setGroup(Dataset.nextGroup(image));
            }
            child.setGroup(parent.getGroup());
        }
        for (int i = 0; i < relations.size(); i++) {
            JsonNode relation = relations.get(i);
            Annotation from = byId.get(relation.path("from_id").asText());
            if (from == null || !byId.containsKey(relation.path("to_id").asText())) {
                report.reject(file, relationPaths.get(i), "the relation joins regions that are not in this annotation");
                continue;
            }
            ArrayNode list = from.getAttributes().containsKey(RELATIONS) ? parseArray(from.getAttributes().get(RELATIONS))
                    : JsonSupport.NODES.arrayNode();
            ObjectNode entry = list.addObject();
            entry.put("to_id", relation.path("to_id").asText());
            entry.put("direction", relation.path("direction").asText("right"));
            if (relation.has("labels")) {
                entry.set("labels", relation.get("labels"));
            }
            from.getAttributes().put(RELATIONS, list.toString());
            report.accepted(1);
        }
    }

    private static ArrayNode parseArray(String text) {
        try {
            JsonNode node = JsonSupport.MAPPER.readTree(text);
            return node instanceof ArrayNode array ? array : JsonSupport.NODES.arrayNode();
        } catch (Exception e) {
            return JsonSupport.NODES.arrayNode();
        }
    }

    /** One result: its annotations (several for choices), or none when rejected. */
    List<Annotation> readResult(JsonNode result, ImageAsset image, String where, Origin origin) {
        JsonNode value = result.get("value");
        String type = result.path("type").asText(null);
        if (value == null || !value.isObject()) {
            report.reject(file, where + ".value", "the result has no value");
            return List.of();
        }
        LabelStudioResults.Kind kind = type == null ? LabelStudioResults.Kind.ofValue(value)
                : LabelStudioResults.Kind.of(type, value);
        if (kind == null) {
            report.reject(file, where + ".type", "Annotide has no place for \"" + type + "\" results");
            return List.of();
        }
        int width = result.path("original_width").asInt(value.path("original_width").asInt(image.getWidth()));
        int height = result.path("original_height").asInt(value.path("original_height").asInt(image.getHeight()));
        String conflict = dataset.claimSize(image, width, height, file);
        if (conflict != null) {
            report.reject(file, where, conflict);
            return List.of();
        }
        List<String> labels = LabelStudioResults.labels(kind, value);
        Shape shape;
        try {
            shape = LabelStudioResults.shape(kind, value, width, height);
        } catch (IllegalArgumentException e) {
            report.reject(file, where + ".value", e.getMessage());
            return List.of();
        }
        List<Annotation> added = new ArrayList<>();
        if (kind == LabelStudioResults.Kind.CHOICES) {
            for (String choice : labels) {
                added.add(annotate(image, dataset.labelClass(choice), LabelStudioResults.shape(kind, value, 0, 0),
                        result, origin));
            }
            if (labels.isEmpty()) {
                report.reject(file, where + ".value.choices", "a choices result without choices");
            }
        } else {
            LabelClass labelClass = labels.isEmpty() ? null : dataset.labelClass(labels.get(0));
            Annotation annotation = annotate(image, labelClass, shape, result, origin);
            if (labels.size() > 1) {
                ArrayNode all = JsonSupport.NODES.arrayNode();
                labels.forEach(all::add);
                annotation.getAttributes().put(LABELS, all.toString());
            }
            if (kind == LabelStudioResults.Kind.KEYPOINT && value.has("width")) {
                annotation.getAttributes().put("ls:width", JsonSupport.text(value.get("width")));
            }
            if (kind == LabelStudioResults.Kind.POLYGON && value.has("closed") && !value.get("closed").asBoolean(true)) {
                annotation.getAttributes().put("ls:closed", "false");
            }
            added.add(annotation);
        }
        return added;
    }

    private Annotation annotate(ImageAsset image, LabelClass labelClass, Shape shape, JsonNode result, Origin origin) {
        Annotation annotation = dataset.annotate(image, labelClass, shape);
        annotation.setProvenance(origin.provenance());
        if (result.has("score") && result.get("score").isNumber()) {
            annotation.setScore(result.get("score").asDouble());
        } else if (!Double.isNaN(origin.score())) {
            annotation.setScore(origin.score());
        }
        if (origin.modelVersion() != null) {
            annotation.setModelVersion(origin.modelVersion());
        }
        if (origin.author() != null) {
            annotation.setAuthor(origin.author());
        }
        if (origin.session() > 0) {
            annotation.getAttributes().put(SESSION, Integer.toString(origin.session()));
        }
        String fromName = result.path("from_name").asText(null);
        if (fromName != null) {
            annotation.getAttributes().put(FROM_NAME, fromName);
        }
        String toName = result.path("to_name").asText(null);
        if (toName != null && !toName.equals("image")) {
            annotation.getAttributes().put(TO_NAME, toName);
        }
        if (result.path("image_rotation").asDouble(0) != 0) {
            annotation.getAttributes().put("ls:image_rotation", result.get("image_rotation").asText());
        }
        report.accepted(1);
        return annotation;
    }
}
