package org.annotide.server.internal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shape of a JSON value, declared once beside the code that reads or writes it (a request body's nested fields,
 * an operation's answer); the OpenAPI document shows it as JSON Schema 2020-12. An object's fields are all it has
 * ({@code additionalProperties: false}): a handler that writes a field its declaration lacks, or leaves out one it
 * declares required, no longer answers what the document says (the server tests check every answer against it).
 */
final class Schema {

    /** A field of an object: whether it is always there (it may still be null where its schema allows null). */
    record Property(String name, boolean required, String description, Schema schema) {
    }

    private final ObjectNode node;

    private Schema(ObjectNode node) {
        this.node = node;
    }

    /** A value of a JSON-schema type: string, integer, number, boolean, object (any fields), array (any items). */
    static Schema of(String type) {
        return new Schema(Json.object().put("type", type));
    }

    static Schema string() {
        return of("string");
    }

    static Schema integer() {
        return of("integer");
    }

    static Schema number() {
        return of("number");
    }

    static Schema bool() {
        return of("boolean");
    }

    /** An array of {@code items}. */
    static Schema array(Schema items) {
        ObjectNode node = Json.object().put("type", "array");
        node.set("items", items.json());
        return new Schema(node);
    }

    /** An object whose fields are names chosen by its owner (metadata, metrics), each value of {@code values}. */
    static Schema map(Schema values) {
        ObjectNode node = Json.object().put("type", "object");
        node.set("additionalProperties", values.json());
        return new Schema(node);
    }

    /** An object of exactly these fields. */
    static Schema object(Property... properties) {
        return object(List.of(properties));
    }

    static Schema object(List<Property> properties) {
        ObjectNode node = Json.object().put("type", "object");
        ObjectNode props = node.putObject("properties");
        ArrayNode required = node.putArray("required");
        for (Property p : properties) {
            ObjectNode schema = p.schema().json();
            if (p.description() != null) {
                schema.put("description", p.description());
            }
            props.set(p.name(), schema);
            if (p.required()) {
                required.add(p.name());
            }
        }
        if (required.isEmpty()) {
            node.remove("required");
        }
        node.put("additionalProperties", false);
        return new Schema(node);
    }

    /** Exactly one of these (as the kinds of a shape). */
    static Schema oneOf(List<Schema> choices) {
        ObjectNode node = Json.object();
        ArrayNode array = node.putArray("oneOf");
        choices.forEach(c -> array.add(c.json()));
        return new Schema(node);
    }

    /** A string that is exactly {@code value} (a shape's kind). */
    static Schema constant(String value) {
        return new Schema(Json.object().put("type", "string").put("const", value));
    }

    /** A field that is always there. */
    static Property field(String name, Schema schema) {
        return new Property(name, true, null, schema);
    }

    /** A field that is always there, described. */
    static Property field(String name, Schema schema, String description) {
        return new Property(name, true, description, schema);
    }

    /** A field that is there only sometimes (as a remembered login only when asked for). */
    static Property optional(String name, Schema schema, String description) {
        return new Property(name, false, description, schema);
    }

    /** The same, or null (a field the handler writes as null when its object lacks it). */
    Schema orNull() {
        ObjectNode copy = json();
        if (copy.has("type")) {
            ArrayNode types = Json.MAPPER.createArrayNode().add(copy.get("type").asText()).add("null");
            copy.set("type", types);
            return new Schema(copy);
        }
        ObjectNode either = Json.object();
        either.putArray("anyOf").add(copy).addObject().put("type", "null");
        return new Schema(either);
    }

    /** The same, with a description. */
    Schema described(String description) {
        return new Schema(json().put("description", description));
    }

    /** The JSON Schema, a copy the caller may change. */
    ObjectNode json() {
        return node.deepCopy();
    }
}
