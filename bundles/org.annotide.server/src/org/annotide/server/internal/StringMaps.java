package org.annotide.server.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.model.AnnotidePackage.Literals;
import org.eclipse.emf.common.util.BasicEMap;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Strings by key as the API takes them (an image's metadata, an annotation's attributes: a JSON object of strings) and
 * as the model holds them (a map of {@code StringToStringMapEntry}s, which a {@code SetCommand} replaces whole).
 */
final class StringMaps {

    private StringMaps() {
    }

    /** The body's {@code field}: an object of strings, or null when the body does not name it (or names it null). */
    static Map<String, String> read(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ApiException(400, "the field '" + field + "' must be an object of strings, not " + Json.kind(node));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (!entry.getValue().isTextual()) {
                throw new ApiException(400, "the field '" + field + "." + entry.getKey() + "' must be a string, not "
                        + Json.kind(entry.getValue()));
            }
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    /** The model's entries for {@code values}, in their order: the value of a {@code SetCommand} of a map feature. */
    static List<Object> entries(Map<String, String> values) {
        List<Object> entries = new ArrayList<>();
        values.forEach((key, value) -> {
            @SuppressWarnings("unchecked")
            BasicEMap.Entry<String, String> entry = (BasicEMap.Entry<String, String>) EcoreUtil
                    .create(Literals.STRING_TO_STRING_MAP_ENTRY);
            entry.setKey(key);
            entry.setValue(value);
            entries.add(entry);
        });
        return entries;
    }
}
