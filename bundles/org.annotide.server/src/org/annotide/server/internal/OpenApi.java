package org.annotide.server.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document, built from the route table that dispatches requests, so it lists exactly what is
 * served, with the query parameters and JSON bodies the routes declare ({@link Input}: what dispatch lets through);
 * the WebSockets are listed as the GETs that upgrade, with the schemas of the messages they send. Each operation's answers are described as the route declares
 * them ({@link Route.Answer}: the JSON schema of its success, or the media type of its bytes), and its refusals as
 * problem JSON ({@link #PROBLEM}).
 */
final class OpenApi {

    private OpenApi() {
    }

    static ObjectNode document(List<Route> routes) {
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Annotide server API").put("version", "1");
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        components.putObject("schemas").set("Problem", PROBLEM.json());
        ObjectNode paths = doc.putObject("paths");
        for (Route route : routes) {
            ObjectNode operation = paths.has(route.template()) ? (ObjectNode) paths.get(route.template())
                    : paths.putObject(route.template());
            ObjectNode op = operation.putObject(route.method().toLowerCase(Locale.ROOT));
            op.put("summary", route.summary());
            op.put("operationId", route.method().toLowerCase(Locale.ROOT) + route.template()
                    .replaceAll("[^A-Za-z0-9]+", "_"));
            parameters(op, route.template());
            route.query().forEach(p -> ((ArrayNode) op.get("parameters")).add(p.openApi()));
            if (route.body() != null) {
                ObjectNode body = op.putObject("requestBody").put("required", !route.body().mayBeEmpty());
                body.putObject("content").putObject("application/json").set("schema", route.body().schema());
            } else if (route.streamsBody()) {
                op.putObject("requestBody").put("required", true).putObject("content")
                        .putObject("application/octet-stream").putObject("schema").put("type", "string")
                        .put("format", "binary");
            }
            if (route.needsToken()) {
                op.putArray("security").addObject().putArray("bearer");
            }
            responses(op.putObject("responses"), route);
        }
        ObjectNode schemas = (ObjectNode) components.get("schemas");
        socket(paths, schemas, ServerCore.WS_PREFIX + "{job_id}", "ws_training_job", "WebSocket of a job's events: "
                + "status_change, epoch_complete, training_complete; on connect what the job holds so far (its status, "
                + "the epochs of its current attempt, its completion), then each change", TrainingRoutes.JOB_MESSAGES);
        ObjectNode projectWs = socket(paths, schemas, ServerCore.PROJECT_WS, "ws_project", "WebSocket of a project's "
                + "events: annotation_, image_, label_class_ and training_set_ created, updated and deleted, "
                + "image_status_updated, training_project_updated; an annotation's only to those who may read it; "
                + "training_job_updated and training_model_updated only to those who may see the project's training; "
                + "role_changed, membership_ended and session_revoked to the user concerned alone",
                ProjectEvents.messages());
        ((ArrayNode) projectWs.get("parameters")).addObject().put("name", "client").put("in", "query")
                .put("required", false).put("description", "the client's id, as its writes send it in the header "
                        + ProjectEvents.CLIENT_HEADER + ": it is not told its own changes")
                .putObject("schema").put("type", "string");
        return doc;
    }

    /** Where the document lists the messages of a socket's GET: their types, each to its schema's {@code $ref}. */
    static final String MESSAGES = "x-websocket-messages";

    /**
     * A WebSocket, listed as the GET that upgrades (101) with its {@code token} parameter; the messages it sends are
     * listed under {@value #MESSAGES} (an OpenAPI extension: the specification has no words for a socket's messages)
     * as their types, each naming its schema in {@code components/schemas} ({@code <operationId>.<type>}), the
     * declaration of its sender ({@link SocketMessage}). OpenAPI tools that do not know the extension still see a
     * documented GET and the schemas.
     */
    private static ObjectNode socket(ObjectNode paths, ObjectNode schemas, String template, String operationId,
            String summary, List<SocketMessage> messages) {
        ObjectNode op = paths.putObject(template).putObject("get");
        op.put("summary", summary);
        op.put("description", "A WebSocket: this GET upgrades (101). The server sends JSON text messages, each an "
                + "object whose \"type\" is one of " + MESSAGES + ", with the fields of that type's schema; it reads "
                + "nothing from the client. Refused before the upgrade: 401 without a live token, 403 where the user "
                + "may not (a job's: RUN_TRAINING), 404 for what they may not see.");
        op.put("operationId", operationId);
        parameters(op, template);
        ((ArrayNode) op.get("parameters")).addObject().put("name", "token").put("in", "query").put("required", true)
                .put("description", "a bearer token, as from POST /auth/login").putObject("schema")
                .put("type", "string");
        op.putObject("responses").putObject("101").put("description", "switching to the WebSocket protocol");
        ObjectNode listed = op.putObject(MESSAGES);
        for (SocketMessage message : messages) {
            if (listed.has(message.type())) {
                throw new IllegalStateException("the message type " + message.type() + " is declared twice on "
                        + template);
            }
            String name = operationId + "." + message.type();
            schemas.set(name, message.schema().json());
            listed.putObject(message.type()).put("$ref", "#/components/schemas/" + name);
        }
        return op;
    }

    /**
     * The refusal every operation may answer (dispatch's and Jetty's: {@link ServerCore#problem}), RFC 9457 problem
     * JSON; a few refusals add what the caller needs to go on.
     */
    static final Schema PROBLEM = Schema.object(
            Schema.field("type", Schema.string(), "always about:blank"),
            Schema.field("title", Schema.string(), "the status's title"),
            Schema.field("status", Schema.integer(), "the HTTP status"),
            Schema.field("detail", Schema.string(), "what went wrong, for a person"),
            Schema.optional("current", Schema.of("object"), "409: the object as it is now (the annotation changed "
                    + "since the If-Match version, the one whose name or id is taken, or the active-learning selection "
                    + "of the project still running)"),
            Schema.optional("current_version", Schema.string(), "409: the annotation's version now"),
            Schema.optional("annotations", Schema.integer(), "409: how many annotations a delete without "
                    + "?force=true would take along"),
            Schema.optional("size", Schema.integer(), "416: the file's size in bytes"));

    private static final Map<Integer, String> REFUSALS = Map.of(
            400, "the request is malformed: an unknown or bad query parameter or body field",
            401, "no token, or one unknown, expired or revoked",
            403, "the caller may not do this",
            404, "no such object",
            409, "a conflict: a changed version, a name or id taken, objects that would go along",
            413, "the body is larger than the server accepts",
            503, "the database is unreachable, or the request could not be read to its end (the server stopping); "
                    + "nothing was changed: try again");

    private static void responses(ObjectNode responses, Route route) {
        Route.Answer answer = route.answer();
        content(responses.putObject(Integer.toString(route.success())).put("description", "success"), answer);
        new java.util.TreeMap<>(answer.others()).forEach((status, meaning) -> {
            ObjectNode other = responses.putObject(Integer.toString(status)).put("description", meaning);
            if (status == 206) { // part of the bytes a 200 answers; a 204 or 304 has no body
                content(other, answer);
            }
        });
        for (Map.Entry<Integer, String> refusal : new java.util.TreeMap<>(REFUSALS).entrySet()) {
            int status = refusal.getKey();
            boolean applies = switch (status) {
                case 401, 403 -> route.needsToken();
                case 409 -> !route.method().equals("GET");
                case 413 -> route.body() != null || route.streamsBody();
                default -> true;
            };
            if (applies) {
                problem(responses.putObject(Integer.toString(status)), refusal.getValue());
            }
        }
        problem(responses.putObject("default"), "another refusal (405, 415, 416, 429, 500), also as problem JSON");
    }

    private static void content(ObjectNode response, Route.Answer answer) {
        if (answer.json() != null) {
            response.putObject("content").putObject("application/json").set("schema", answer.json().json());
        } else if (answer.media() != null) {
            response.putObject("content").putObject(answer.media()).putObject("schema").put("type", "string")
                    .put("format", "binary");
        }
    }

    private static void problem(ObjectNode response, String description) {
        response.put("description", description).putObject("content").putObject("application/problem+json")
                .putObject("schema").put("$ref", "#/components/schemas/Problem");
    }

    private static void parameters(ObjectNode op, String template) {
        ArrayNode parameters = op.putArray("parameters");
        Matcher m = Pattern.compile("\\{([a-z_]+)\\}").matcher(template);
        while (m.find()) {
            parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
        }
    }
}
