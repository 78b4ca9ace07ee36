package org.annotide.tests.support.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Holds a team server's answers to its own OpenAPI document, in the server's tests and in its clients': finds the
 * operation a request reached, the response the document gives for the status it got, and checks the body against
 * that response's schema. The schemas are the JSON Schema subset the document uses (type, properties, required,
 * additionalProperties, items, oneOf, anyOf, const, local $ref); a keyword outside it is a failure of the check, so
 * the document cannot drift into what is not checked. The messages a WebSocket sends are held to the schemas its GET
 * lists under {@code x-websocket-messages} ({@link #messageProblems}; {@link CheckedSocket} checks each message a
 * socket hears, {@link CheckedHttpClient} each answer and socket message that code under test gets through it).
 * (No JSON Schema validator resolves offline from the build's Maven repository.)
 */
public final class OpenApiCheck {

    private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties",
            "items", "oneOf", "anyOf", "const", "$ref", "description", "format");

    static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    /** The operations ("GET /api/v1/projects/{project}") that answered a success their response schema holds. */
    public final Set<String> succeeded = ConcurrentHashMap.newKeySet();
    /** The socket messages ("GET /api/v1/projects/{project}/ws image_created") heard holding to their schemas. */
    public final Set<String> heard = ConcurrentHashMap.newKeySet();
    /** Where the document lists a socket's messages: type to schema. */
    public static final String MESSAGES = "x-websocket-messages";

    public OpenApiCheck(JsonNode document) {
        this.document = document;
    }

    /** The document a server serves at {@code baseUrl}/api/v1/openapi.json. */
    public static OpenApiCheck of(java.net.http.HttpClient http, String baseUrl) throws java.io.IOException,
            InterruptedException {
        java.net.http.HttpResponse<byte[]> doc = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                baseUrl + "/api/v1/openapi.json")).timeout(java.time.Duration.ofSeconds(30)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (doc.statusCode() != 200) {
            throw new AssertionError("no OpenAPI document at " + baseUrl + ": " + doc.statusCode());
        }
        return new OpenApiCheck(JSON.readTree(doc.body()));
    }

    /**
     * What is wrong with an answer as it came (its body's bytes; parsed here when its content type is JSON), as
     * {@link #problems}.
     */
    public List<String> problems(String method, String path, int status, String contentType, byte[] body) {
        JsonNode json = null;
        if (contentType != null && contentType.contains("json") && body.length > 0) {
            try {
                json = JSON.readTree(body);
            } catch (java.io.IOException e) {
                return List.of(method + " " + path + " " + status + ": a body of " + contentType + " that is no JSON");
            }
        }
        return problems(method, path, status, contentType, json, body.length);
    }

    /** The operation of the document ({@code METHOD template}) that a request reaches, or null. */
    String operation(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String[] segments = bare.substring(1).split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> entry = paths.next();
            if (!entry.getValue().has(method.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] parts = entry.getKey().substring(1).split("/");
            if (parts.length != segments.length) {
                continue;
            }
            int literals = 0;
            boolean fits = true;
            for (int i = 0; i < parts.length && fits; i++) {
                if (parts[i].startsWith("{")) {
                    fits = !segments[i].isEmpty();
                } else {
                    fits = parts[i].equals(segments[i]);
                    literals++;
                }
            }
            if (fits && literals > bestLiterals) {
                best = method.toUpperCase(Locale.ROOT) + " " + entry.getKey();
                bestLiterals = literals;
            }
        }
        return best;
    }

    /**
     * What is wrong with an answer by the document (empty: nothing). {@code body} is the body parsed when its content
     * type is JSON, else null; {@code bytes} its length.
     */
    public List<String> problems(String method, String path, int status, String contentType, JsonNode body, int bytes) {
        List<String> problems = new ArrayList<>();
        String operation = operation(method, path);
        JsonNode response;
        if (operation == null) {
            if (status < 400) {
                return List.of(method + " " + path + " answered " + status + " but the document lists no such operation");
            }
            response = problemResponse();
        } else {
            JsonNode responses = document.get("paths").get(operation.substring(operation.indexOf(' ') + 1))
                    .get(method.toLowerCase(Locale.ROOT)).get("responses");
            response = responses.get(Integer.toString(status));
            if (response == null && status >= 400) {
                response = responses.get("default");
            }
            if (response == null) {
                return List.of(operation + " answered " + status + ", a status its responses do not list");
            }
        }
        String where = (operation == null ? method + " " + path : operation) + " " + status;
        JsonNode content = response.get("content");
        if (content == null) {
            if (bytes > 0) {
                problems.add(where + ": a body of " + bytes + " bytes where the document says none");
            }
        } else {
            String media = content.fieldNames().next();
            String type = contentType == null ? "" : contentType.split(";")[0].trim();
            if (!mediaFits(media, type)) {
                problems.add(where + ": Content-Type " + contentType + " where the document says " + media);
            } else if (media.endsWith("json")) {
                if (body == null) {
                    problems.add(where + ": no JSON body where the document says " + media);
                } else {
                    check(content.get(media).get("schema"), body, "", problems);
                }
            }
        }
        if (problems.isEmpty() && operation != null && status < 400) {
            succeeded.add(operation);
        }
        return problems.stream().map(p -> p.startsWith(where) ? p : where + ": " + p).toList();
    }

    /**
     * What is wrong with a message a WebSocket of the document sent (empty: nothing): the socket ({@code path}, its
     * query ignored) must be one the document lists, the message an object whose {@code type} is one of the socket's
     * {@code x-websocket-messages}, and the message must hold to that type's schema.
     */
    public List<String> messageProblems(String path, JsonNode message) {
        String operation = operation("GET", path);
        JsonNode declared = operation == null ? null : document.get("paths")
                .get(operation.substring(operation.indexOf(' ') + 1)).get("get").get(MESSAGES);
        if (declared == null) {
            return List.of("a message on " + path + ", a socket the document does not list: " + message);
        }
        String where = operation + " message";
        if (!message.isObject() || !message.path("type").isTextual()) {
            return List.of(where + ": not an object with a \"type\": " + message);
        }
        String type = message.get("type").asText();
        JsonNode schema = declared.get(type);
        if (schema == null) {
            return List.of(where + ": the type '" + type + "' is not one the document declares for this socket ("
                    + String.join(", ", (Iterable<String>) declared::fieldNames) + "): " + message);
        }
        List<String> problems = new ArrayList<>();
        check(schema, message, "", problems);
        if (problems.isEmpty()) {
            heard.add(operation + " " + type);
        }
        return problems.stream().map(p -> where + " " + type + ": " + p + " in " + message).toList();
    }

    /** The message types of each socket ({@code GET template type}) that the document declares. */
    public Set<String> declaredMessages() {
        Set<String> all = new java.util.TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> entry = paths.next();
            JsonNode declared = entry.getValue().path("get").get(MESSAGES);
            if (declared != null) {
                declared.fieldNames().forEachRemaining(type -> all.add("GET " + entry.getKey() + " " + type));
            }
        }
        return all;
    }

    private JsonNode problemResponse() {
        return document.get("paths").get("/api/v1/projects").get("get").get("responses").get("default");
    }

    private static boolean mediaFits(String media, String type) {
        return media.endsWith("/*") ? type.startsWith(media.substring(0, media.length() - 1)) : media.equals(type);
    }

    /** Checks {@code value} (at {@code at}, a JSON pointer) against {@code schema}, adding what does not hold. */
    void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (!KEYWORDS.contains(keyword)) {
                problems.add((at.isEmpty() ? "/" : at) + ": the schema uses '" + keyword + "', which this check "
                        + "does not know");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            if (!ref.startsWith("#/") || target.isMissingNode()) {
                problems.add(at + ": an unresolved $ref " + ref);
                return;
            }
            check(target, value, at, problems);
        }
        if (schema.has("type") && !typeFits(schema.get("type"), value)) {
            problems.add((at.isEmpty() ? "/" : at) + ": " + kind(value) + " where the schema says " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(at + ": " + value + " where the schema says exactly " + schema.get("const"));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode choices = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            int fitting = 0;
            for (JsonNode choice : choices) {
                List<String> trial = new ArrayList<>();
                check(choice, value, at, trial);
                fitting += trial.isEmpty() ? 1 : 0;
            }
            if (fitting == 0 || schema.has("oneOf") && fitting > 1) {
                problems.add(at + ": " + value + " fits " + fitting + " of the schema's " + choices.size()
                        + " choices");
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(at + "/" + required.asText() + ": missing, and the schema requires it");
                }
            }
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldAt = at + "/" + field.getKey();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), fieldAt, problems);
                } else if (additional != null && additional.isObject()) {
                    check(additional, field.getValue(), fieldAt, problems);
                } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                    problems.add(fieldAt + ": a field the schema does not declare");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "/" + i, problems);
            }
        }
    }

    private static boolean typeFits(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeFits(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber() || value.isNumber() && value.asDouble() == Math.rint(value.asDouble());
            default -> false;
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
