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
     * A field of a JSON body: name, whether required, what it is, and its {@link Schema} (for an object, the fields it
     * takes; for an array, its items).
     */
    record Field(String name, boolean required, String description, Schema schema) {

        static Field optional(String name, String type, String description) {
            return new Field(name, false, description, Schema.of(type));
        }

        static Field required(String name, String type, String description) {
            return new Field(name, true, description, Schema.of(type));
        }

        /** An array whose items are of {@code items} (a JSON-schema type). */
        static Field array(String name, boolean required, String items, String description) {
            return new Field(name, required, description, Schema.array(Schema.of(items)));
        }

        /** An object that takes exactly {@code fields}. */
        static Field object(String name, boolean required, String description, Field... fields) {
            return new Field(name, required, description, Schema.object(properties(List.of(fields))));
        }

        /** A field whose value is of {@code schema} (a shape, a scoring function, a list of tiles). */
        static Field of(String name, boolean required, String description, Schema schema) {
            return new Field(name, required, description, schema);
        }

        Schema.Property property() {
            return new Schema.Property(name, required, description, schema);
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
            return Schema.object(properties(fields)).json();
        }
    }

    private static List<Schema.Property> properties(List<Field> fields) {
        return fields.stream().map(Field::property).toList();
    }
}
