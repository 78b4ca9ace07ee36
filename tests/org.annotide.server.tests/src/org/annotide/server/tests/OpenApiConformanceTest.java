package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.annotide.tests.support.openapi.OpenApiCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The server answers what its OpenAPI document says: every operation is called until it succeeds, and each answer
 * (successes and refusals alike) is checked against the document's schema for its status by {@link Fixture#call}
 * ({@link OpenApiCheck}). The check itself is shown to catch a field added or dropped, at the top and nested.
 */
class OpenApiConformanceTest {

    /**
     * Operations this walk leaves to the tests that build what they need, where the same check holds their answers:
     * a training project with trainees and ground truth (ScoringRoutesTest).
     */
    private static final Set<String> ELSEWHERE = Set.of(
            "GET /api/v1/projects/{project}/training-projects/{training}",
            "GET /api/v1/projects/{project}/training-projects/{training}/tasks",
            "POST /api/v1/projects/{project}/training-projects/{training}/submission",
            "GET /api/v1/projects/{project}/training-projects/{training}/scores",
            "POST /api/v1/projects/{project}/training-projects/{training}/rescore",
            "GET /api/v1/projects/{project}/training-projects/{training}/scores.csv",
            "GET /api/v1/projects/{project}/training-projects/{training}/settings",
            "PUT /api/v1/projects/{project}/training-projects/{training}/settings");

    /**
     * Socket messages the walk does not make, and the tests whose sockets hear them (where the same check holds each):
     * a training project's (ScoringRoutesTest), a user's role changed, membership ended or user removed
     * (LiveRoleChangesTest).
     */
    private static final Set<String> MESSAGES_ELSEWHERE = Set.of(
            "GET /api/v1/projects/{project}/ws training_project_updated",
            "GET /api/v1/projects/{project}/ws role_changed",
            "GET /api/v1/projects/{project}/ws membership_ended",
            "GET /api/v1/projects/{project}/ws session_revoked");

    @TempDir
    static Path temp;

    static Fixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
    }

    @AfterAll
    static void stop() {
        if (f != null) {
            f.close();
        }
    }

    private static Fixture.Answer ok(Fixture.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.toString());
        return answer;
    }

    @Test
    void everyOperationAnswersWhatTheDocumentSays() throws Exception {
        String admin = f.login("admin");
        // a socket that follows the project while the walk changes it: each message checked against its declaration
        java.net.http.WebSocket following = f.socket("/api/v1/projects/" + f.projectId + "/ws?token=" + admin,
                new java.net.http.WebSocket.Listener() {
                }).join();
        // the ways in
        String login = "{\"username\":\"manager\",\"password\":\"" + Fixture.PASSWORD + "\",\"remember\":true}";
        JsonNode remembered = ok(f.call("POST", "/api/v1/auth/login", null, login), 200).json();
        String resumed = ok(f.call("POST", "/api/v1/auth/resume", null, "{\"username\":\"manager\",\"remember_token\":\""
                + remembered.get("remember_token").asText() + "\"}"), 200).json().get("token").asText();
        String refreshed = ok(f.call("POST", "/api/v1/auth/refresh", resumed, null), 200).json().get("token").asText();
        ok(f.call("POST", "/api/v1/auth/logout", refreshed, null), 204);
        ok(f.call("GET", "/api/v1/openapi.json", null, null), 200);

        String p = "/api/v1/projects/" + f.projectId;
        ok(f.call("GET", "/api/v1/projects", admin, null), 200);
        ok(f.call("GET", p, admin, null), 200);
        ok(f.call("GET", p + "/label-classes", admin, null), 200);
        String classId = ok(f.call("POST", p + "/label-classes", admin, "{\"name\":\"conformance\"}"), 201).json()
                .get("id").asText();
        ok(f.call("PUT", p + "/label-classes/" + classId, admin, "{\"color\":\"#112233\"}"), 200);

        // images: pages, metadata, bytes (whole and a range), an upload and its change, pyramid, tiles, status
        ok(f.call("GET", p + "/images?limit=2", admin, null), 200);
        ok(f.call("GET", p + "/images/" + f.image, admin, null), 200);
        ok(f.call("GET", p + "/images/" + f.image + "/file", admin, null), 200);
        ok(f.call("GET", p + "/images/" + f.image + "/file", admin, null, "Range", "bytes=0-9"), 206);
        String image = ok(f.upload(p + "/images?name=conformance.png", admin,
                BodyPublishers.ofByteArray(Files.readAllBytes(f.firstFile)), "image/png"), 201).json().get("id").asText();
        String img = p + "/images/" + image;
        ok(f.call("PUT", img, admin, "{\"description\":\"checked\",\"metadata\":{\"site\":\"north\"}}"), 200);
        ok(f.call("GET", img + "/pyramid", admin, null), 200);
        String etag = ok(f.call("GET", img + "/tiles/0/0/0", admin, null), 200).header("ETag");
        ok(f.call("GET", img + "/tiles/0/0/0", admin, null, "If-None-Match", etag), 304);
        ok(f.call("GET", img + "/status", admin, null), 200);
        ok(f.call("PUT", img + "/status", admin, "{\"status\":\"in-progress\"}"), 200);

        // annotations: a box created, listed, read, replaced and deleted by its versions
        String box = "{\"label_class\":\"" + classId + "\",\"shape\":{\"kind\":\"box\",\"x\":1,\"y\":2,\"width\":5,"
                + "\"height\":6},\"score\":0.5}";
        JsonNode annotation = ok(f.call("POST", img + "/annotations", admin, box), 201).json();
        String one = img + "/annotations/" + annotation.get("id").asText();
        ok(f.call("GET", img + "/annotations?limit=10", admin, null), 200);
        String version = ok(f.call("GET", one, admin, null), 200).header("ETag");
        version = ok(f.call("PUT", one, admin, box.replace("\"x\":1", "\"x\":2"), "If-Match", version), 200)
                .header("ETag");

        // a training set with a tile the server cuts
        String set = ok(f.call("POST", p + "/training-sets", admin, "{\"name\":\"conformance\",\"tiles\":[{\"id\":"
                + "\"conformance-tile\",\"image\":\"" + image + "\",\"x\":0,\"y\":0,\"width\":8,\"height\":8}]}"), 201)
                .json().get("id").asText();
        ok(f.call("GET", p + "/training-sets", admin, null), 200);
        ok(f.call("GET", p + "/training-sets/" + set, admin, null), 200);
        ok(f.call("PUT", p + "/training-sets/" + set, admin, "{\"description\":\"checked\"}"), 200);

        // training in process: a job, its model, the model's file, an import of it, predictions
        String job = ok(f.call("POST", "/api/v1/training/jobs", admin, "{\"name\":\"conformance\",\"task_type\":"
                + "\"classify\",\"config\":{\"epochs\":1,\"image_size\":8}}"), 201).json().get("id").asText();
        java.net.http.WebSocket jobSocket = f.socket("/api/v1/training/ws/" + job + "?token=" + admin,
                new java.net.http.WebSocket.Listener() {
                }).join();
        JsonNode trained = waitFor("/api/v1/training/jobs/" + job, admin, "completed", "failed", "cancelled");
        assertEquals("completed", trained.get("status").asText(), trained.toString());
        ok(f.call("GET", "/api/v1/training/jobs?status=completed", admin, null), 200);
        ok(f.call("GET", "/api/v1/training/models?task_type=classify", admin, null), 200);
        String model = trained.get("model_id").asText();
        ok(f.call("PATCH", "/api/v1/training/models/" + model + "/activate", admin, null), 200);
        byte[] file = ok(f.call("GET", "/api/v1/training/models/" + model + "/file", admin, null), 200).raw().body();
        String imported = ok(f.upload("/api/v1/training/models/import", admin, BodyPublishers.ofByteArray(file),
                "application/octet-stream"), 201).json().get("id").asText();
        ok(f.call("POST", p + "/images/" + f.image + "/predictions", admin, "{\"model_id\":\"" + model + "\"}"), 200);
        ok(f.call("DELETE", "/api/v1/training/models/" + imported, admin, null), 204);

        // the class goes with its annotation (a selection needs a model of the project's classes)
        ok(f.call("DELETE", one, admin, null, "If-Match", version), 204);
        ok(f.call("DELETE", p + "/label-classes/" + classId + "?force=true", admin, null), 204);

        // the project's training projects (none here), active learning: the queue and a selection round
        ok(f.call("GET", p + "/training-projects", admin, null), 200);
        ok(f.call("GET", p + "/al/queue", admin, null), 200);
        String selection = ok(f.call("POST", p + "/al/selections", admin, "{\"strategy\":\"random\",\"batch\":2}"),
                202).json().get("id").asText();
        waitFor(p + "/al/selections/" + selection, admin, "completed", "failed");
        ok(f.call("GET", p + "/al/queue", admin, null), 200);

        // and everything else made goes again
        ok(f.call("DELETE", p + "/training-sets/" + set, admin, null), 204);
        ok(f.call("DELETE", "/api/v1/training/jobs/" + job, admin, null), 204);
        ok(f.call("DELETE", img + "?force=true", admin, null), 204);

        Set<String> missed = new TreeSet<>(operations());
        missed.removeAll(f.openApi().succeeded);
        missed.removeAll(ELSEWHERE);
        assertEquals(Set.of(), missed, "operations this walk did not see succeed (call them, or say which test does)");

        // every message type the sockets declare was heard, as declared (the deletions' last messages may lag)
        Set<String> unheard = new TreeSet<>(f.openApi().declaredMessages());
        unheard.removeAll(MESSAGES_ELSEWHERE);
        for (long until = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < until; Thread.sleep(20)) {
            unheard.removeAll(f.openApi().heard);
            if (unheard.isEmpty()) {
                break;
            }
        }
        following.abort();
        jobSocket.abort();
        assertEquals(Set.of(), unheard, "socket messages the walk did not hear (make them, or say which test does)");
        assertEquals(List.of(), f.documentProblems, "messages that differ from their declarations");
    }

    /** A socket's message is held to its type's declaration: an undeclared type, a field more or fewer, another type. */
    @Test
    void theCheckCatchesASocketMessageOfAnUndeclaredTypeOrShape() throws Exception {
        OpenApiCheck check = f.openApi();
        String job = "/api/v1/training/ws/some-job?token=t";
        String project = "/api/v1/projects/" + f.projectId + "/ws?token=t&client=c";
        ObjectNode status = (ObjectNode) Fixture.JSON.readTree("{\"type\":\"status_change\",\"status\":\"training\"}");
        assertEquals(List.of(), check.messageProblems(job, status));
        assertEquals(List.of(), check.messageProblems(job, status.deepCopy().put("message", "taken by w1")));
        assertSocketProblem(check, job, Fixture.JSON.readTree("{\"type\":\"epoch_started\",\"epoch\":1}"),
                "the type 'epoch_started' is not one the document declares");
        assertSocketProblem(check, project, status, "the type 'status_change' is not one the document declares");
        assertSocketProblem(check, job, status.deepCopy().put("progress", 0.5), "/progress: a field the schema does "
                + "not declare");
        assertSocketProblem(check, job, Fixture.JSON.readTree("{\"type\":\"status_change\"}"), "/status: missing");
        assertSocketProblem(check, job, Fixture.JSON.readTree("{\"type\":\"epoch_complete\",\"epoch\":\"1\","
                + "\"epochs\":3,\"metrics\":{}}"), "/epoch: string");
        assertSocketProblem(check, job, Fixture.JSON.readTree("{\"status\":\"training\"}"), "not an object with a");
        assertSocketProblem(check, "/api/v1/training/nows/x", status, "a socket the document does not list");
        // nested: an annotation event carries the annotation as GET answers it
        ObjectNode created = (ObjectNode) Fixture.JSON.readTree("{\"type\":\"annotation_created\",\"project\":\"p\","
                + "\"image\":\"i\",\"annotation\":{\"id\":1},\"version\":\"v\"}");
        assertSocketProblem(check, project, created, "/annotation/image: missing");
    }

    private static void assertSocketProblem(OpenApiCheck check, String path, JsonNode message, String expected) {
        List<String> problems = check.messageProblems(path, message);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), expected + " in " + problems);
    }

    /** Polls until the object's status is one of {@code ends}; each answer checked as any other. */
    private static JsonNode waitFor(String path, String token, String... ends) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode json = ok(f.call("GET", path, token, null), 200).json();
            if (List.of(ends).contains(json.get("status").asText()) || System.currentTimeMillis() > until) {
                return json;
            }
            Thread.sleep(50);
        }
    }

    /** Every operation the document lists but the WebSockets (their messages are the event tests'). */
    private static Set<String> operations() throws Exception {
        JsonNode paths = f.call("GET", "/api/v1/openapi.json", null, null).json().get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = paths.fields(); entries.hasNext();) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getKey().endsWith("/ws") && !entry.getKey().contains("/ws/")) {
                entry.getValue().fieldNames().forEachRemaining(m -> operations.add(m.toUpperCase(java.util.Locale.ROOT)
                        + " " + entry.getKey()));
            }
        }
        return operations;
    }

    /** The check holds a handler to its declaration: a field more, a field fewer, a field of another type. */
    @Test
    void theCheckCatchesAFieldAddedDroppedOrRetyped() throws Exception {
        String admin = f.login("admin");
        String path = "/api/v1/projects/" + f.projectId;
        ObjectNode project = (ObjectNode) ok(f.call("GET", path, admin, null), 200).json();
        OpenApiCheck check = f.openApi();
        assertEquals(List.of(), problems(check, path, project));
        assertProblem(check, path, project.deepCopy().put("owner", "admin"), "/owner: a field the schema does not declare");
        ObjectNode dropped = project.deepCopy();
        dropped.remove("label_classes");
        assertProblem(check, path, dropped, "/label_classes: missing");
        assertProblem(check, path, project.deepCopy().put("images", "12"), "/images: string");

        // nested: an annotation's shape, which is one of the model's kinds with exactly that kind's fields
        String img = path + "/images/" + f.image;
        String classId = ok(f.call("GET", path + "/label-classes", admin, null), 200).json().get("items").get(0)
                .get("id").asText();
        ObjectNode annotation = (ObjectNode) ok(f.call("POST", img + "/annotations", admin, "{\"label_class\":\""
                + classId + "\",\"shape\":{\"kind\":\"box\",\"x\":1,\"y\":2,\"width\":5,\"height\":6}}"), 201).json();
        String one = img + "/annotations/" + annotation.get("id").asText();
        assertEquals(List.of(), problems(check, one, annotation));
        ObjectNode wider = annotation.deepCopy();
        ((ObjectNode) wider.get("shape")).put("angle", 30);
        assertProblem(check, one, wider, "/shape");
        ObjectNode attributes = annotation.deepCopy();
        ((ObjectNode) attributes.get("attributes")).put("count", 1);
        assertProblem(check, one, attributes, "/attributes/count: number");
        ok(f.call("DELETE", one, admin, null, "If-Match", "\"" + annotation.get("version").asText() + "\""), 204);

        // a refusal is problem JSON: the same holds for it
        ObjectNode refusal = (ObjectNode) f.call("GET", path + "/images/none", admin, null).json();
        assertEquals(List.of(), check.problems("GET", path + "/images/none", 404, "application/problem+json", refusal,
                1));
        assertFalse(check.problems("GET", path + "/images/none", 404, "application/problem+json",
                refusal.deepCopy().put("trace", "at ..."), 1).isEmpty());
        assertTrue(check.problems("GET", path, 200, "application/json", null, 0).toString().contains("no JSON body"));
    }

    private static List<String> problems(OpenApiCheck check, String path, JsonNode body) {
        return check.problems("GET", path, 200, "application/json", body, body.toString().length());
    }

    private static void assertProblem(OpenApiCheck check, String path, JsonNode body, String expected) {
        List<String> problems = new ArrayList<>(problems(check, path, body));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), expected + " in " + problems);
    }
}
