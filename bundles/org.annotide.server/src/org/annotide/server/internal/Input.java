package org.annotide.server.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an operation takes besides its path, declared once with its route: its query parameters and the fields of its
 * JSON body. Dispatch refuses (400) a query parameter or a body field the declaration does not name, the handler reads
 * only what it declares ({@link Call#query}, {@link Call#json}), and the OpenAPI document lists the same
 * declarations: what the document says an operation takes is what it takes.
 */
final class Input {

    private Input() {
    }

    /** A query parameter: name, JSON-schema type (string, integer, number, boolean), whether required, what it is. */
    record Param(String name, String type, boolean required, String description) {

        static Param optional(String name, String type, String description) {
            return new Param(name, type, false, description);
        }

        static Param required(String name, String type, String description) {
            return new Param(name, type, true, description);
        }

        ObjectNode openApi() {
            ObjectNode node = Json.object().put("name", name).put("in", "query").put("required", required)
                    .put("description", description);
            node.putObject("schema").put("type", type);
            return node;
        }
    }

    /**
     * A field of a JSON object: name, JSON-schema type, whether required, what it is; for an object the fields it takes
     * (none: any, as {@code metrics}), for an array the type of its items.
     */
    record Field(String name, String type, boolean required, String description, String items, List<Field> fields) {

        static Field optional(String name, String type, String description) {
            return new Field(name, type, false, description, null, List.of());
        }

        static Field required(String name, String type, String description) {
            return new Field(name, type, true, description, null, List.of());
        }

        /** An array whose items are of {@code items} (a JSON-schema type). */
        static Field array(String name, boolean required, String items, String description) {
            return new Field(name, "array", required, description, items, List.of());
        }

        /** An object that takes exactly {@code fields}. */
        static Field object(String name, boolean required, String description, Field... fields) {
            return new Field(name, "object", required, description, null, List.of(fields));
        }

        ObjectNode schema() {
            ObjectNode node = Json.object().put("type", type).put("description", description);
            if (items != null) {
                node.putObject("items").put("type", items);
            }
            if (!fields.isEmpty()) {
                properties(node, fields);
            }
            return node;
        }
    }

    /**
     * A JSON body: the fields it takes. {@code mayBeEmpty}: an empty body counts as {@code {}} (every field optional,
     * as a submission of all one's open tasks).
     */
    record Body(List<Field> fields, boolean mayBeEmpty) {

        static Body of(Field... fields) {
            return new Body(List.of(fields), false);
        }

        static Body orEmpty(Field... fields) {
            return new Body(List.of(fields), true);
        }

        Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            fields.forEach(f -> names.add(f.name()));
            return names;
        }

        /** The body parsed; a field it does not declare is 400 (see {@link Json#parse}). */
        ObjectNode parse(byte[] body) {
            return mayBeEmpty && body.length == 0 ? Json.object() : Json.parse(body, names());
        }

        ObjectNode schema() {
            return properties(Json.object().put("type", "object"), fields);
        }
    }

    private static ObjectNode properties(ObjectNode node, List<Field> fields) {
        ObjectNode properties = node.putObject("properties");
        var required = Json.MAPPER.createArrayNode();
        for (Field f : fields) {
            properties.set(f.name(), f.schema());
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        return node;
    }
}
