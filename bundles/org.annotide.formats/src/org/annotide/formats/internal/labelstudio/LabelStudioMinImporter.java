package org.annotide.formats.internal.labelstudio;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.annotide.formats.Dataset;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.model.ImageAsset;
import org.annotide.model.Provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Label Studio's JSON-MIN export: one record per annotation with the task data (the image), and under each
 * control name its results' values (a list of value objects, each with its original size), or for choices the
 * choice itself (one) or {@code {"choices": [...]}} (several). The kind of each value is told by its keys.
 */
public final class LabelStudioMinImporter extends LabelStudioImporter {

    /** Record keys that are not results (label-studio-converter's convert_to_json_min writes these). */
    private static final Set<String> META = Set.of("id", "annotator", "annotation_id", "created_at", "updated_at",
            "lead_time", "agreement");

    @Override
    public int detect(Path source) {
        List<Path> files = files(source);
        if (files.isEmpty()) {
            return NO;
        }
        String head = JsonSupport.head(files.get(0), 64 * 1024).stripLeading();
        if (!head.startsWith("[") || head.contains("\"annotations\"") || head.contains("\"predictions\"")) {
            return NO;
        }
        return head.contains("\"original_width\"") || head.contains("\"annotator\"")
                || head.contains("labels\"") ? CERTAIN : NO;
    }

    @Override
    void readRoot(ImportContext context, Dataset dataset, Path file, JsonNode root) {
        String name = context.display(file);
        if (!root.isArray()) {
            context.report().rejectFile(name, "$", "a JSON-MIN export is a list of records");
            return;
        }
        LabelStudioResultReader results = new LabelStudioResultReader(dataset, context.report(), name);
        for (int i = 0; i < root.size(); i++) {
            context.checkCancelled();
            JsonNode record = root.get(i);
            String path = "$[" + i + "]";
            if (!record.isObject()) {
                context.report().reject(name, path, "a record must be an object");
                continue;
            }
            String reference = reference(record);
            if (reference == null) {
                context.report().reject(name, path, "the record names no image");
                continue;
            }
            ImageAsset image = image(context, dataset, file, reference);
            ArrayNode synthetic = JsonSupport.NODES.arrayNode();
            var fields = record.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (META.contains(key) || value.isTextual() && value.asText().equals(reference)) {
                    continue;
                }
                if (value.isTextual()) {
                    synthetic.add(choices(key, JsonSupport.NODES.arrayNode().add(value.asText())));
                } else if (value.isObject() && value.has("choices")) {
                    synthetic.add(choices(key, value.get("choices")));
                } else if (value.isArray()) {
                    for (JsonNode item : value) {
                        if (item.isTextual()) {
                            synthetic.add(choices(key, JsonSupport.NODES.arrayNode().add(item.asText())));
                        } else {
                            ObjectNode result = JsonSupport.NODES.objectNode();
                            result.put("from_name", key);
                            result.set("value", item);
                            synthetic.add(result);
                        }
                    }
                } else if (!value.isNull()) {
                    context.report().reject(name, path + "." + key, "neither a list of results nor a choice");
                }
            }
            JsonNode annotator = record.get("annotator");
            results.read(synthetic, image, path, new LabelStudioResultReader.Origin(Provenance.IMPORTED, Double.NaN,
                    null, annotator == null || annotator.isNull() ? null : annotator.asText(), 0));
        }
    }

    private static ObjectNode choices(String control, JsonNode choices) {
        ObjectNode result = JsonSupport.NODES.objectNode();
        result.put("type", "choices");
        result.put("from_name", control);
        result.putObject("value").set("choices", choices);
        return result;
    }

    private static String reference(JsonNode record) {
        if (record.hasNonNull("image") && record.get("image").isTextual()) {
            return record.get("image").asText();
        }
        var fields = record.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!META.contains(field.getKey()) && field.getValue().isTextual()
                    && field.getValue().asText().matches(".*\\.(?i)(jpe?g|png|bmp|gif|tiff?|webp)(\\?.*)?")) {
                return field.getValue().asText();
            }
        }
        return null;
    }
}
