package org.annotide.formats.internal.labelstudio;

import org.annotide.formats.internal.JsonSupport;
import org.annotide.model.ImageAsset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes Label Studio's JSON-MIN: one record per image with {@code image}, {@code id}, and under each control
 * name the values of its results (with original_width and original_height); a control with one choice holds the
 * choice, with several {@code {"choices": [...]}}, as label-studio-converter writes them. Parents, relations,
 * sessions and predictions have no place in JSON-MIN: every annotation is written as one record's results.
 */
public final class LabelStudioMinExporter extends LabelStudioExporter {

    @Override
    ObjectNode record(ImageAsset image, int id, LabelStudioResultWriter writer) {
        ObjectNode record = JsonSupport.NODES.objectNode();
        record.put("image", reference(image));
        record.put("id", id);
        ArrayNode results = writer.results(image.getAnnotations(), image);
        for (JsonNode result : results) {
            if ("relation".equals(result.path("type").asText())) {
                continue;
            }
            String control = result.path("from_name").asText();
            ObjectNode value = ((ObjectNode) result.get("value")).deepCopy();
            if ("choices".equals(result.path("type").asText())) {
                JsonNode choices = value.get("choices");
                record.set(control, choices.size() == 1 ? choices.get(0) : value);
                continue;
            }
            if (result.has("original_width")) {
                value.set("original_width", result.get("original_width"));
                value.set("original_height", result.get("original_height"));
            }
            JsonNode existing = record.get(control);
            ArrayNode list = existing instanceof ArrayNode array ? array : record.putArray(control);
            list.add(value);
        }
        return record;
    }
}
