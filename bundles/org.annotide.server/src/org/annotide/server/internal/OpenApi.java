package org.annotide.server.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document, built from the route table that dispatches requests, so it lists exactly what is
 * served, with the query parameters and JSON bodies the routes declare ({@link Input}: what dispatch lets through);
 * the WebSockets are listed as the GETs that upgrade. Responses are described by status only, without schemas.
 */
final class OpenApi {

    private OpenApi() {
    }

    static ObjectNode document(List<Route> routes) {
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Annotide server API").put("version", "1");
        ObjectNode schemes = doc.putObject("components").putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
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
            ObjectNode responses = op.putObject("responses");
            responses.putObject(Integer.toString(route.success())).put("description", "success");
            responses.putObject("default").put("description", "an error as application/problem+json");
        }
        ObjectNode ws = paths.putObject(ServerCore.WS_PREFIX + "{job_id}").putObject("get");
        ws.put("summary", "WebSocket of a job's events: status_change, epoch_complete, training_complete");
        ws.put("operationId", "ws_training_job");
        parameters(ws, ServerCore.WS_PREFIX + "{job_id}");
        ((ArrayNode) ws.get("parameters")).addObject().put("name", "token").put("in", "query").put("required", true)
                .putObject("schema").put("type", "string");
        ws.putObject("responses").putObject("101").put("description", "switching to the WebSocket protocol");
        ObjectNode projectWs = paths.putObject(ServerCore.PROJECT_WS).putObject("get");
        projectWs.put("summary", "WebSocket of a project's events: annotation_, image_, label_class_ and training_set_ "
                + "created, updated and deleted, image_status_updated, training_project_updated; an annotation's only "
                + "to those who may read it; training_job_updated and training_model_updated (change: created, "
                + "status, completed, activated, deleted) only to those who may see the project's training");
        projectWs.put("operationId", "ws_project");
        parameters(projectWs, ServerCore.PROJECT_WS);
        ((ArrayNode) projectWs.get("parameters")).addObject().put("name", "token").put("in", "query")
                .put("required", true).putObject("schema").put("type", "string");
        ((ArrayNode) projectWs.get("parameters")).addObject().put("name", "client").put("in", "query")
                .put("required", false).putObject("schema").put("type", "string");
        projectWs.putObject("responses").putObject("101").put("description", "switching to the WebSocket protocol");
        return doc;
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
