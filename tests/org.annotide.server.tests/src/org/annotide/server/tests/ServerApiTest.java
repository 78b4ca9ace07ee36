package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The REST API over real HTTP on loopback: authentication, the role matrix, the ground-truth door, versions, errors. */
class ServerApiTest {

    @TempDir
    static Path temp;

    static Fixture f;
    static Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture(temp, 0, 4096);
        for (String user : List.of("admin", "manager", "ann")) {
            tokens.put(user, f.login(user));
        }
    }

    @AfterAll
    static void stop() {
        if (f != null) {
            f.close();
        }
    }

    static String box(String classId, double x) {
        return "{\"label_class\":\"" + classId + "\",\"shape\":{\"kind\":\"box\",\"x\":" + x
                + ",\"y\":2,\"width\":5,\"height\":6}}";
    }

    String classId() throws Exception {
        return f.call("GET", "/api/v1/projects/" + f.projectId + "/label-classes", tokens.get("admin"), null).json()
                .get("items").get(0).get("id").asText();
    }

    static void assertProblem(Fixture.Answer answer, int status, String detailPart) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.toString());
        assertEquals(status, answer.json().get("status").asInt());
        String detail = answer.json().get("detail").asText();
        assertTrue(detail.contains(detailPart), detail);
        assertFalse(answer.text().contains("\tat ") || answer.text().contains("Exception:"), answer.text());
    }

    @Test
    void loginGivesATokenThatRefreshReplacesAndLogoutRevokes() throws Exception {
        Fixture.Answer login = f.call("POST", "/api/v1/auth/login", null,
                "{\"username\":\"manager\",\"password\":\"" + Fixture.PASSWORD + "\"}");
        assertEquals(200, login.status(), login.toString());
        String token = login.json().get("token").asText();
        assertTrue(token.length() >= 40, token);
        assertTrue(java.time.Instant.parse(login.json().get("expires_at").asText()).isAfter(java.time.Instant.now()));
        assertEquals(200, f.call("GET", "/api/v1/projects", token, null).status());
        Fixture.Answer refreshed = f.call("POST", "/api/v1/auth/refresh", token, null);
        assertEquals(200, refreshed.status(), refreshed.toString());
        String second = refreshed.json().get("token").asText();
        assertNotEquals(token, second);
        assertProblem(f.call("GET", "/api/v1/projects", token, null), 401, "unknown, expired or revoked");
        assertEquals(204, f.call("POST", "/api/v1/auth/logout", second, null).status());
        assertProblem(f.call("GET", "/api/v1/projects", second, null), 401, "revoked");
        assertProblem(f.call("GET", "/api/v1/projects", null, null), 401, "log in first");
        assertProblem(f.call("GET", "/api/v1/projects", "forged-token", null), 401, "log in again");
    }

    @Test
    void aRememberedLoginOutlivesTheServerIsKeptHashedAndItsLogoutRevokesIt() throws Exception {
        assertProblem(f.call("POST", "/api/v1/auth/login", null, "{\"username\":\"manager\",\"password\":\""
                + Fixture.PASSWORD + "\",\"remember\":\"yes\"}"), 400, "'remember' must be true or false");
        Fixture.Answer login = f.call("POST", "/api/v1/auth/login", null,
                "{\"username\":\"manager\",\"password\":\"" + Fixture.PASSWORD + "\",\"remember\":true}");
        assertEquals(200, login.status(), login.toString());
        String remembered = login.json().get("remember_token").asText();
        java.time.Instant until = java.time.Instant.parse(login.json().get("remember_expires_at").asText());
        assertTrue(until.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(29))), until.toString());
        assertFalse(f.call("POST", "/api/v1/auth/login", null, "{\"username\":\"manager\",\"password\":\""
                + Fixture.PASSWORD + "\"}").json().has("remember_token"), "only when asked for");
        String users = java.nio.file.Files.readString(f.store.folder().getParent().resolve("annotide-users.json"));
        assertFalse(users.contains(remembered), "the users file keeps the hash, never the token");
        assertTrue(users.contains("\"remembered\""), users);

        f.restartServer(); // every session is forgotten (no database); the remembered login is not
        for (String user : List.copyOf(tokens.keySet())) { // the other tests' sessions too
            tokens.put(user, f.login(user));
        }
        String resume = "{\"username\":\"manager\",\"remember_token\":\"" + remembered + "\"}";
        Fixture.Answer resumed = f.call("POST", "/api/v1/auth/resume", null, resume);
        assertEquals(200, resumed.status(), resumed.toString());
        assertEquals("manager", resumed.json().get("username").asText());
        String token = resumed.json().get("token").asText();
        assertEquals(200, f.call("GET", "/api/v1/projects", token, null).status());
        assertProblem(f.call("POST", "/api/v1/auth/resume", null, "{\"username\":\"ann\",\"remember_token\":\""
                + remembered + "\"}"), 401, "unknown, expired or revoked");
        assertProblem(f.call("POST", "/api/v1/auth/resume", null,
                "{\"username\":\"manager\",\"remember_token\":\"forged\"}"), 401, "log in again with the password");
        assertProblem(f.call("POST", "/api/v1/auth/resume", null, "{\"username\":\"manager\"}"), 400, "remember_token");

        String refreshed = f.call("POST", "/api/v1/auth/refresh", token, null).json().get("token").asText();
        assertEquals(204, f.call("POST", "/api/v1/auth/logout", refreshed, null).status(),
                "the log-out of a refreshed session still knows its remembered login");
        assertProblem(f.call("POST", "/api/v1/auth/resume", null, resume), 401, "revoked");
        assertFalse(java.nio.file.Files.readString(f.store.folder().getParent().resolve("annotide-users.json"))
                .contains("\"remembered\""), "gone from the users file");
    }

    @Test
    void failedLoginsAreSlowedDownPerUserAndAddress() throws Exception {
        String wrong = "{\"username\":\"ann\",\"password\":\"wrong password\"}";
        assertProblem(f.call("POST", "/api/v1/auth/login", null, wrong), 401, "wrong login or password");
        assertProblem(f.call("POST", "/api/v1/auth/login", null, wrong), 401, "wrong login or password");
        // the second failure costs a wait: even the right password is refused until it has passed
        assertProblem(f.call("POST", "/api/v1/auth/login", null,
                "{\"username\":\"ann\",\"password\":\"" + Fixture.PASSWORD + "\"}"), 429, "try again in");
        // another user from the same address is not slowed down
        assertEquals(200, f.call("POST", "/api/v1/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + Fixture.PASSWORD + "\"}").status());
        Thread.sleep(1100);
        assertEquals(200, f.call("POST", "/api/v1/auth/login", null,
                "{\"username\":\"ann\",\"password\":\"" + Fixture.PASSWORD + "\"}").status());
        assertProblem(f.call("POST", "/api/v1/auth/login", null, "{\"username\":\"nobody\",\"password\":\"x\"}"), 401,
                "wrong login or password");
    }

    /**
     * Once a user has failed from an address, guesses sent in parallel are tried one at a time: before, each passed the
     * wait check before any had failed, so a burst of guesses (as many as the server has threads) was tried after every
     * wait instead of one. (Parallel logins of a pair that never failed all go through: DatabaseOutageTest's load.)
     */
    @Test
    void parallelGuessesAreTriedOneAtATime() throws Exception {
        String wrong = "{\"username\":\"manager\",\"password\":\"wrong password\"}";
        assertProblem(f.call("POST", "/api/v1/auth/login", null, wrong), 401, "wrong login or password");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> f.call("POST", "/api/v1/auth/login", null, wrong).status()));
            }
            int tried = 0;
            int held = 0;
            for (java.util.concurrent.Future<Integer> answer : answers) {
                int status = answer.get();
                tried += status == 401 ? 1 : 0;
                held += status == 429 ? 1 : 0;
            }
            assertEquals(8, tried + held, "401 or 429 each");
            assertEquals(1, tried, tried + " of 8 parallel guesses were tried: the one in flight holds the others, "
                    + "and its failure (the second) a second more");
        } finally {
            pool.shutdownNow();
        }
        Thread.sleep(1100); // the wait of two failures is 1 s
        assertEquals(200, f.call("POST", "/api/v1/auth/login", null,
                "{\"username\":\"manager\",\"password\":\"" + Fixture.PASSWORD + "\"}").status());
    }

    /** Every route, every role: 200/201/204 where the permission table allows, 403 where not, 404 for unknown ids. */
    @Test
    void theRoleMatrixHoldsEndpointByEndpoint() throws Exception {
        String p = "/api/v1/projects/" + f.projectId;
        String img = p + "/images/" + f.image;
        String c = classId();
        record Row(String method, String path, String body, int admin, int manager, int ann) {
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET", "/api/v1/projects", null, 200, 200, 200));
        rows.add(new Row("GET", p, null, 200, 200, 200));
        rows.add(new Row("GET", "/api/v1/projects/nope", null, 404, 404, 404));
        rows.add(new Row("GET", p + "/label-classes", null, 200, 200, 200));
        rows.add(new Row("GET", p + "/images", null, 200, 200, 200));
        rows.add(new Row("GET", img, null, 200, 200, 200));
        rows.add(new Row("GET", p + "/images/nope", null, 404, 404, 404));
        rows.add(new Row("GET", img + "/file", null, 200, 200, 200));
        rows.add(new Row("GET", img + "/annotations", null, 200, 200, 200));
        rows.add(new Row("POST", img + "/annotations", box(c, 1), 201, 201, 201));
        rows.add(new Row("GET", img + "/annotations/999999", null, 404, 404, 404));
        rows.add(new Row("PUT", img + "/annotations/999999", box(c, 1), 404, 404, 404));
        rows.add(new Row("DELETE", img + "/annotations/999999", null, 404, 404, 404));
        // the ground-truth door: a benchmark image's annotations are for those who may view the benchmark source
        String gt = p + "/images/" + f.gtImage;
        rows.add(new Row("GET", gt, null, 200, 200, 200));
        rows.add(new Row("GET", gt + "/annotations", null, 200, 403, 403));
        rows.add(new Row("POST", gt + "/annotations", box(c, 1), 201, 403, 403));
        rows.add(new Row("GET", "/api/v1/training/jobs", null, 200, 200, 403));
        rows.add(new Row("GET", "/api/v1/training/jobs?status=completed&task_type=classify", null, 200, 200, 403));
        rows.add(new Row("GET", "/api/v1/training/jobs/nope", null, 404, 404, 403));
        rows.add(new Row("DELETE", "/api/v1/training/jobs/nope", null, 404, 404, 403));
        rows.add(new Row("POST", "/api/v1/training/jobs", "{\"name\":\"m\",\"task_type\":\"classify\",\"config\":{\"epochs\":1,\"image_size\":8}}", 201, 201, 403));
        rows.add(new Row("GET", "/api/v1/training/models?task_type=classify&is_active=true", null, 200, 200, 403));
        rows.add(new Row("PATCH", "/api/v1/training/models/nope/activate", null, 404, 404, 403));
        rows.add(new Row("DELETE", "/api/v1/training/models/nope", null, 404, 404, 403));
        // the project's setup: everyone reads it, annotators do not change it (EDIT_PROJECT_SETUP)
        rows.add(new Row("POST", p + "/label-classes", "{\"name\":\"dark\"}", 409, 409, 403));
        rows.add(new Row("PUT", p + "/label-classes/nope", "{\"name\":\"z\"}", 404, 404, 403));
        rows.add(new Row("DELETE", p + "/label-classes/nope", null, 404, 404, 403));
        // adding an image is a change of the setup too (a taken name answers 409 before a byte is read)
        rows.add(new Row("POST", p + "/images?name=img1.png", "{}", 409, 409, 403));
        // and so is changing or removing one: a taken name answers 409, an image with annotations goes only when forced
        rows.add(new Row("PUT", img, "{\"description\":\"one of the light ones\"}", 200, 200, 403));
        rows.add(new Row("PUT", img, "{\"name\":\"img0.png\"}", 409, 409, 403));
        rows.add(new Row("PUT", p + "/images/nope", "{\"name\":\"x.png\"}", 404, 404, 403));
        rows.add(new Row("DELETE", img, null, 409, 409, 403));
        rows.add(new Row("DELETE", p + "/images/nope?force=true", null, 404, 404, 403));
        rows.add(new Row("GET", p + "/training-sets", null, 200, 200, 200));
        rows.add(new Row("GET", p + "/training-sets/nope", null, 404, 404, 404));
        rows.add(new Row("POST", p + "/training-sets", "{\"name\":\"s\",\"tiles\":[\"nope\"]}", 400, 400, 403));
        rows.add(new Row("PUT", p + "/training-sets/nope", "{\"tiles\":[]}", 404, 404, 403));
        rows.add(new Row("DELETE", p + "/training-sets/nope", null, 404, 404, 403));
        // pixels are no ground truth: the pyramid and tiles of every image for everyone who sees the project
        rows.add(new Row("GET", img + "/pyramid", null, 200, 200, 200));
        rows.add(new Row("GET", gt + "/tiles/0/0/0", null, 200, 200, 200));
        rows.add(new Row("GET", img + "/tiles/0/1/0", null, 404, 404, 404));
        rows.add(new Row("GET", "/api/v1/training/models/nope/file", null, 404, 404, 403));
        rows.add(new Row("POST", "/api/v1/training/models/import", "{}", 400, 400, 403));
        // annotators may ask a model for predictions, except on ground truth they may not see
        rows.add(new Row("POST", img + "/predictions", "{\"model_id\":\"nope\"}", 404, 404, 404));
        rows.add(new Row("POST", gt + "/predictions", "{\"model_id\":\"nope\"}", 404, 403, 403));
        // task status, training projects and scores (the fixture's project holds no training project), AL queues
        rows.add(new Row("GET", img + "/status", null, 200, 200, 200));
        rows.add(new Row("PUT", img + "/status", "{\"status\":\"in-progress\"}", 200, 200, 403));
        rows.add(new Row("PUT", p + "/images/nope/status", "{\"status\":\"new\"}", 404, 404, 403));
        rows.add(new Row("GET", p + "/training-projects", null, 200, 200, 200));
        String tp = p + "/training-projects/nope";
        for (String sub : List.of("", "/tasks", "/scores", "/scores.csv", "/settings")) {
            rows.add(new Row("GET", tp + sub, null, 404, 404, 404));
        }
        rows.add(new Row("POST", tp + "/submission", null, 404, 404, 404));
        rows.add(new Row("POST", tp + "/rescore", null, 404, 404, 404));
        rows.add(new Row("PUT", tp + "/settings", "{\"instructions\":\"x\"}", 404, 404, 404));
        rows.add(new Row("GET", p + "/al/queue", null, 200, 200, 200));
        rows.add(new Row("POST", p + "/al/selections", "{\"strategy\":\"nope\",\"batch\":1}", 400, 400, 403));
        rows.add(new Row("GET", p + "/al/selections/nope", null, 404, 404, 403));
        rows.add(new Row("GET", "/api/v1/openapi.json", null, 200, 200, 200));
        int cells = 0;
        JsonNode document = f.call("GET", "/api/v1/openapi.json", null, null).json();
        for (Row row : rows) {
            int[] expected = {row.admin(), row.manager(), row.ann()};
            int column = 0;
            for (Map.Entry<String, String> user : tokens.entrySet()) {
                Fixture.Answer answer = f.call(row.method(), row.path(), user.getValue(), row.body());
                assertEquals(expected[column], answer.status(),
                        row.method() + " " + row.path() + " as " + user.getKey() + ": " + answer);
                if (answer.status() / 100 == 2) { // the document says what a success answers
                    JsonNode responses = documented(document, row.method(), row.path()).get("responses");
                    assertTrue(responses.has(Integer.toString(answer.status())), row.method() + " " + row.path()
                            + " answered " + answer.status() + " but the OpenAPI document says " + responses);
                }
                if (answer.status() == 403) {
                    assertTrue(answer.json().get("detail").asText().contains(user.getKey()), answer.toString());
                }
                column++;
                cells++;
            }
        }
        assertEquals(rows.size() * 3, cells);
        // the jobs queued by the matrix finish before the server closes
        waitForJobs();
    }

    /** The OpenAPI operation whose path template fits a concrete path (the one with most literal segments). */
    static JsonNode documented(JsonNode document, String method, String path) {
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        JsonNode best = null;
        long bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> entry = paths.next();
            JsonNode operation = entry.getValue().get(method.toLowerCase(java.util.Locale.ROOT));
            long literals = entry.getKey().chars().filter(ch -> ch == '/').count()
                    - entry.getKey().split("\\{", -1).length + 1;
            if (operation != null && plain.matches(entry.getKey().replaceAll("\\{[a-z_]+\\}", "[^/]+"))
                    && literals > bestLiterals) {
                best = operation;
                bestLiterals = literals;
            }
        }
        assertNotNull(best, method + " " + path + " is not in the OpenAPI document");
        return best;
    }

    static void waitForJobs() throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            JsonNode jobs = f.call("GET", "/api/v1/training/jobs", tokens.get("admin"), null).json().get("items");
            boolean busy = false;
            for (JsonNode job : jobs) {
                busy |= Set.of("pending", "preparing", "training").contains(job.get("status").asText());
            }
            if (!busy) {
                return;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void anAnnotatorNeverReceivesGroundTruthNotEvenInListsOrPages() throws Exception {
        String gt = "/api/v1/projects/" + f.projectId + "/images/" + f.gtImage + "/annotations";
        Fixture.Answer created = f.call("POST", gt, tokens.get("admin"), box(classId(), 3));
        assertEquals(201, created.status(), created.toString());
        String one = gt + "/" + created.json().get("id").asLong();
        assertEquals(200, f.call("GET", one, tokens.get("admin"), null).status());
        for (String path : List.of(gt, gt + "?limit=1", gt + "?cursor=0", one)) {
            Fixture.Answer answer = f.call("GET", path, tokens.get("ann"), null);
            assertProblem(answer, 403, "ground truth");
            assertFalse(answer.text().contains("\"shape\""), answer.text());
        }
        assertProblem(f.call("PUT", one, tokens.get("ann"), box(classId(), 4)), 403, "ground truth");
        assertProblem(f.call("DELETE", one, tokens.get("ann"), null), 403, "ground truth");
        // image metadata says it is ground truth, without the annotations
        Fixture.Answer meta = f.call("GET", "/api/v1/projects/" + f.projectId + "/images/" + f.gtImage, tokens.get("ann"), null);
        assertTrue(meta.json().get("ground_truth").asBoolean());
        assertFalse(meta.text().contains("annotations"), meta.text());
    }

    @Test
    void aStaleVersionGets409WithTheCurrentOneAndNothingIsLost() throws Exception {
        String base = "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations";
        String c = classId();
        Fixture.Answer created = f.call("POST", base, tokens.get("ann"), box(c, 10));
        assertEquals(201, created.status(), created.toString());
        String path = base + "/" + created.json().get("id").asLong();
        String v1 = created.header("ETag");
        assertNotNull(v1);
        assertEquals(path, created.header("Location"));
        Fixture.Answer got = f.call("GET", path, tokens.get("manager"), null);
        assertEquals(v1, got.header("ETag"));
        assertEquals("ann", got.json().get("author").asText());
        // the manager changes it with the version read
        Fixture.Answer changed = f.call("PUT", path, tokens.get("manager"), box(c, 20), "If-Match", v1);
        assertEquals(200, changed.status(), changed.toString());
        String v2 = changed.header("ETag");
        assertNotEquals(v1, v2);
        assertEquals(20.0, changed.json().get("shape").get("x").asDouble());
        // the annotator still holds v1: conflict, with the current version and content
        Fixture.Answer stale = f.call("PUT", path, tokens.get("ann"), box(c, 30), "If-Match", v1);
        assertProblem(stale, 409, "was changed");
        assertEquals(v2, "\"" + stale.json().get("current_version").asText() + "\"");
        assertEquals(20.0, stale.json().get("current").get("shape").get("x").asDouble());
        assertProblem(f.call("DELETE", path, tokens.get("ann"), null, "If-Match", v1), 409, "was changed");
        // the change is in the model, and the model changed only through the journaled command stack
        synchronized (f.store) {
            ImageAsset image = f.store.project().getImages().stream().filter(i -> i.getId().equals(f.image)).findFirst().orElseThrow();
            Annotation a = image.getAnnotations().stream().filter(x -> x.getId() == created.json().get("id").asLong()).findFirst().orElseThrow();
            assertEquals(20.0, ((org.annotide.model.BoxShape) a.getShape()).getX());
            assertTrue(f.store.commandStack().canUndo());
        }
        assertEquals(204, f.call("DELETE", path, tokens.get("ann"), null, "If-Match", v2).status());
        assertEquals(404, f.call("GET", path, tokens.get("ann"), null).status());
    }

    @Test
    void annotationsComeInPagesWithACursor() throws Exception {
        String base = "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations";
        String c = classId();
        for (int i = 0; i < 5; i++) {
            assertEquals(201, f.call("POST", base, tokens.get("admin"), box(c, 100 + i)).status());
        }
        Set<Long> seen = new TreeSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Fixture.Answer page = f.call("GET", base + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), tokens.get("ann"), null);
            assertEquals(200, page.status(), page.toString());
            assertTrue(page.json().get("items").size() <= 2);
            for (JsonNode a : page.json().get("items")) {
                assertTrue(seen.add(a.get("id").asLong()), "twice: " + a);
            }
            cursor = page.json().get("next_cursor").isNull() ? null : page.json().get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 100);
        int total;
        synchronized (f.store) {
            total = f.store.project().getImages().stream().filter(i -> i.getId().equals(f.image)).findFirst().orElseThrow()
                    .getAnnotations().size();
        }
        assertEquals(total, seen.size());
        assertTrue(pages >= 3, "pages " + pages);
        assertProblem(f.call("GET", base + "?limit=0", tokens.get("ann"), null), 400, "limit");
        assertProblem(f.call("GET", base + "?cursor=abc", tokens.get("ann"), null), 400, "cursor");
    }

    @Test
    void malformedInputGetsAClearJsonErrorAndChangesNothing() throws Exception {
        String base = "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations";
        String c = classId();
        String t = tokens.get("admin");
        int before = count();
        assertProblem(f.call("POST", base, t, "{\"label_class\": "), 400, "malformed JSON at line 1");
        assertProblem(f.call("POST", base, t, "[1,2]"), 400, "must be a JSON object");
        assertProblem(f.call("POST", base, t, box(c, 1).replace("}}", "},\"colour\":1}")), 400, "unknown field 'colour'");
        assertProblem(f.call("POST", base, t, box(c, 1).replace("\"y\":2", "\"y\":2,\"z\":1")), 400, "unknown field 'shape.z'");
        assertProblem(f.call("POST", base, t, box(c, 1).replace("\"y\":2", "\"y\":\"two\"")), 400, "'shape.y' must be a number");
        assertProblem(f.call("POST", base, t, box(c, 1).replace("box", "blob")), 400, "unknown shape kind 'blob'");
        assertProblem(f.call("POST", base, t, box("no-such-class", 1)), 400, "no label class 'no-such-class'");
        assertProblem(f.call("POST", base, t, "{\"shape\":{\"kind\":\"box\"}}"), 400, "'label_class' is required");
        assertProblem(f.call("POST", base, t, "{\"label_class\":5}"), 400, "must be a string");
        assertProblem(f.call("POST", base, t, box(c, 1).replace("}}", ",\"pad\":\"" + "x".repeat(5000) + "\"}}")), 413, "4096");
        assertProblem(f.call("POST", "/api/v1/auth/login", null, "{\"username\":\"admin\",\"password\":\"x\",\"role\":\"admin\"}"), 400, "unknown field 'role'");
        Fixture.Answer notAllowed = f.call("PUT", "/api/v1/projects", t, "{}");
        assertProblem(notAllowed, 405, "not allowed");
        assertEquals("GET, HEAD", notAllowed.header("Allow"), "a 405 says what is allowed (RFC 9110)");
        // a parser limit (nesting over 1,000 deep) is the client's error too, not the server's
        assertProblem(f.call("POST", base, t, "[".repeat(1001)), 400, "the JSON body is refused");
        assertProblem(f.call("POST", "/api/v1/auth/login", null, "{\"username\":" + "[".repeat(1001)), 400,
                "the JSON body is refused");
        assertProblem(f.call("GET", "/api/v1/nothing/here", t, null), 404, "no such resource");
        assertProblem(f.call("POST", "/api/v1/training/jobs", t, "{\"name\":\"x\",\"task_type\":\"dance\"}"), 400, "task_type");
        assertProblem(f.call("POST", "/api/v1/training/jobs", t, "{\"name\":\"x\",\"task_type\":\"classify\",\"config\":{\"epochs\":0}}"), 400, "epochs");
        assertProblem(f.call("POST", "/api/v1/training/jobs", t, "{\"name\":\"x\",\"task_type\":\"classify\",\"config\":{\"optimizer\":\"sgd\"}}"), 400, "unknown field 'config.optimizer'");
        assertEquals(before, count());
    }

    static int count() {
        synchronized (f.store) {
            return f.store.project().getImages().stream().mapToInt(i -> i.getAnnotations().size()).sum();
        }
    }

    @Test
    void imageBytesAnswerRangeRequests() throws Exception {
        String path = "/api/v1/projects/" + f.projectId + "/images/" + f.gtImage + "/file";
        byte[] file = Files.readAllBytes(f.firstFile);
        Fixture.Answer whole = f.call("GET", path, tokens.get("ann"), null);
        assertEquals(200, whole.status());
        assertEquals("image/png", whole.header("Content-Type"));
        assertArrayEquals(file, whole.raw().body());
        // HEAD: the GET's head without its body, as a download tool asks for the size before its ranges
        java.net.http.HttpResponse<byte[]> head = f.http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(f.url(path))).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + tokens.get("ann")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(file.length), head.headers().firstValue("Content-Length").orElse(null));
        assertEquals(0, head.body().length);
        Fixture.Answer part = f.call("GET", path, tokens.get("ann"), null, "Range", "bytes=8-23");
        assertEquals(206, part.status());
        assertEquals("bytes 8-23/" + file.length, part.header("Content-Range"));
        assertArrayEquals(java.util.Arrays.copyOfRange(file, 8, 24), part.raw().body());
        Fixture.Answer tail = f.call("GET", path, tokens.get("ann"), null, "Range", "bytes=-10");
        assertArrayEquals(java.util.Arrays.copyOfRange(file, file.length - 10, file.length), tail.raw().body());
        assertProblem(f.call("GET", path, tokens.get("ann"), null, "Range", "bytes=" + file.length + "-"), 416, "does not lie");

        // an image whose location is no file on the server (a URL): 404 with why, as its tiles, not a server error
        ImageAsset image;
        String location;
        synchronized (f.store) {
            image = f.store.project().getImages().stream().filter(i -> i.getId().equals(f.gtImage)).findFirst()
                    .orElseThrow();
            location = image.getLocation();
            f.store.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(f.store.editingDomain(), image,
                    org.annotide.model.AnnotidePackage.Literals.IMAGE_ASSET__LOCATION, "https://example.org/img0.png"));
        }
        try {
            assertProblem(f.call("GET", path, tokens.get("ann"), null), 404, "which is not a file");
        } finally {
            synchronized (f.store) {
                f.store.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(f.store.editingDomain(),
                        image, org.annotide.model.AnnotidePackage.Literals.IMAGE_ASSET__LOCATION, location));
            }
        }
    }

    /**
     * The document's security says which operations need a token, as the server does: without one, those answer 401
     * and the ways in (log in, resume a remembered login, this document) do not.
     */
    @Test
    void theOpenApiDocumentSaysWhichOperationsNeedAToken() throws Exception {
        JsonNode paths = f.call("GET", "/api/v1/openapi.json", null, null).json().get("paths");
        Set<String> open = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = paths.fields(); entries.hasNext();) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getKey().contains("/ws")) {
                continue; // a WebSocket takes its token as ?token=, checked by the training and project-event tests
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = entry.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                String operation = method + " " + entry.getKey();
                Fixture.Answer answer = f.call(method, entry.getKey().replaceAll("\\{[a-z_]+\\}", "x"), null,
                        "POST".equals(method) || "PUT".equals(method) ? "{}" : null);
                if (op.getValue().has("security")) {
                    assertProblem(answer, 401, "log in first");
                } else {
                    open.add(operation);
                    assertNotEquals(401, answer.status(), operation + ": " + answer);
                }
            }
        }
        assertEquals(Set.of("POST /api/v1/auth/login", "POST /api/v1/auth/resume", "GET /api/v1/openapi.json"), open);
    }

    /** The OpenAPI document lists exactly the implemented routes, and each of them is served. */
    @Test
    void theOpenApiDocumentListsExactlyWhatIsServed() throws Exception {
        Fixture.Answer doc = f.call("GET", "/api/v1/openapi.json", null, null);
        assertEquals(200, doc.status());
        assertEquals("3.1.0", doc.json().get("openapi").asText());
        Set<String> listed = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.json().get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> listed.add(m.toUpperCase() + " " + path.getKey()));
        }
        Set<String> expected = new TreeSet<>(List.of(
                "POST /api/v1/auth/login", "POST /api/v1/auth/resume", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout",
                "GET /api/v1/openapi.json", "GET /api/v1/projects", "GET /api/v1/projects/{project}",
                "GET /api/v1/projects/{project}/label-classes", "GET /api/v1/projects/{project}/images",
                "POST /api/v1/projects/{project}/images",
                "GET /api/v1/projects/{project}/images/{image}", "GET /api/v1/projects/{project}/images/{image}/file",
                "PUT /api/v1/projects/{project}/images/{image}", "DELETE /api/v1/projects/{project}/images/{image}",
                "GET /api/v1/projects/{project}/images/{image}/annotations",
                "POST /api/v1/projects/{project}/images/{image}/annotations",
                "GET /api/v1/projects/{project}/images/{image}/annotations/{annotation}",
                "PUT /api/v1/projects/{project}/images/{image}/annotations/{annotation}",
                "DELETE /api/v1/projects/{project}/images/{image}/annotations/{annotation}",
                "POST /api/v1/training/jobs", "GET /api/v1/training/jobs", "GET /api/v1/training/jobs/{job_id}",
                "DELETE /api/v1/training/jobs/{job_id}", "GET /api/v1/training/models",
                "PATCH /api/v1/training/models/{model_id}/activate", "DELETE /api/v1/training/models/{model_id}",
                "GET /api/v1/training/ws/{job_id}",
                "GET /api/v1/projects/{project}/ws",
                "POST /api/v1/projects/{project}/label-classes",
                "PUT /api/v1/projects/{project}/label-classes/{class}",
                "DELETE /api/v1/projects/{project}/label-classes/{class}",
                "GET /api/v1/projects/{project}/training-sets", "POST /api/v1/projects/{project}/training-sets",
                "GET /api/v1/projects/{project}/training-sets/{set}", "PUT /api/v1/projects/{project}/training-sets/{set}",
                "DELETE /api/v1/projects/{project}/training-sets/{set}",
                "GET /api/v1/projects/{project}/images/{image}/pyramid",
                "GET /api/v1/projects/{project}/images/{image}/tiles/{level}/{x}/{y}",
                "GET /api/v1/training/models/{model_id}/file", "POST /api/v1/training/models/import",
                "POST /api/v1/projects/{project}/images/{image}/predictions",
                "GET /api/v1/projects/{project}/images/{image}/status",
                "PUT /api/v1/projects/{project}/images/{image}/status",
                "GET /api/v1/projects/{project}/training-projects",
                "GET /api/v1/projects/{project}/training-projects/{training}",
                "GET /api/v1/projects/{project}/training-projects/{training}/tasks",
                "POST /api/v1/projects/{project}/training-projects/{training}/submission",
                "GET /api/v1/projects/{project}/training-projects/{training}/scores",
                "POST /api/v1/projects/{project}/training-projects/{training}/rescore",
                "GET /api/v1/projects/{project}/training-projects/{training}/scores.csv",
                "GET /api/v1/projects/{project}/training-projects/{training}/settings",
                "PUT /api/v1/projects/{project}/training-projects/{training}/settings",
                "GET /api/v1/projects/{project}/al/queue", "POST /api/v1/projects/{project}/al/selections",
                "GET /api/v1/projects/{project}/al/selections/{selection}"));
        assertEquals(expected, listed);
        // each listed operation is served: its answer is never "no such resource" nor "method not allowed"
        for (String operation : listed) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[a-z_]+\\}", "x");
            if (path.contains("/ws") || path.contains("/auth/")) {
                continue; // the WebSockets are checked by the training and project-event tests, the token routes by the login test
            }
            Fixture.Answer answer = f.call(method, path, tokens.get("admin"), "POST".equals(method) || "PUT".equals(method) ? "{}" : null);
            assertNotEquals(405, answer.status(), operation + ": " + answer);
            if (answer.status() == 404) {
                assertFalse(answer.json().get("detail").asText().startsWith("no such resource"), operation + ": " + answer);
            }
        }
    }

    /**
     * What the document says an operation takes is what it takes: each operation's documented query parameters and
     * JSON body fields (nested ones too, as a job's config) get no "unknown" 400, from dispatch or from the handler;
     * an undocumented query parameter or body field is refused with 400 naming it. Path parameters are placeholders
     * (but the project), and every string is empty, so no operation changes the fixture.
     */
    @Test
    void theOpenApiDocumentListsTheQueryParametersAndBodyFieldsEachOperationTakes() throws Exception {
        JsonNode paths = f.call("GET", "/api/v1/openapi.json", null, null).json().get("paths");
        String token = f.login("admin");
        int bodies = 0;
        int params = 0;
        for (Iterator<Map.Entry<String, JsonNode>> entries = paths.fields(); entries.hasNext();) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getKey().endsWith("/ws") || entry.getKey().contains("/ws/")) {
                continue; // the WebSockets' ?token= and ?client= are the project-event and training tests'
            }
            String path = entry.getKey().replace("{project}", f.projectId).replaceAll("\\{[a-z_]+\\}", "x");
            for (Iterator<Map.Entry<String, JsonNode>> ops = entry.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                String operation = method + " " + entry.getKey();
                StringBuilder query = new StringBuilder();
                for (JsonNode p : op.getValue().path("parameters")) {
                    if (p.get("in").asText().equals("query")) {
                        query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText()).append('=')
                                .append(sample(p.get("schema")).asText());
                        params++;
                    }
                }
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                ObjectNode body = schema.isMissingNode() ? null : (ObjectNode) sample(schema);
                String documented = body == null ? (method.equals("POST") || method.equals("PUT") ? "{}" : null)
                        : body.toString();

                Fixture.Answer undocumented = f.call(method, path + query + (query.length() == 0 ? "?" : "&")
                        + "undocumented_param=1", token, documented);
                assertProblem(undocumented, 400, "unknown query parameter 'undocumented_param'");
                if (body != null) {
                    bodies++;
                    ObjectNode more = body.deepCopy().put("undocumented_field", 1);
                    assertProblem(f.call(method, path + query, token, more.toString()), 400,
                            "unknown field 'undocumented_field'");
                }
                Fixture.Answer answer = f.call(method, path + query, token, documented);
                if (answer.status() == 400) {
                    String detail = answer.json().path("detail").asText();
                    assertFalse(detail.contains("unknown field") || detail.contains("unknown query parameter"), operation + " refused what the document lists: " + answer);
                }
                if (path.endsWith("/auth/refresh") || path.endsWith("/auth/logout")) {
                    token = f.login("admin"); // those revoke the token they were called with
                }
            }
        }
        assertTrue(bodies >= 15, "operations with a JSON body: " + bodies);
        assertTrue(params >= 12, "query parameters: " + params);
        JsonNode job = paths.get("/api/v1/training/jobs").get("post").get("requestBody").get("content")
                .get("application/json").get("schema");
        assertEquals(List.of("name", "task_type"), List.of(job.get("required").get(0).asText(),
                job.get("required").get(1).asText()));
        assertTrue(job.get("properties").get("config").get("properties").has("learning_rate"), job.toString());
    }

    /**
     * A refused request whose body arrives after its headers (as an HTTP client may send them) leaves the connection
     * open for the next request: the server reads the body before it judges the query, so Jetty never has to close
     * a connection with unread content that the client is about to reuse.
     */
    @Test
    void aRefusalKeepsTheConnectionForTheNextRequest() throws Exception {
        String token = f.login("admin");
        String path = "/api/v1/projects/" + f.projectId + "/label-classes";
        String bearer = "Authorization: Bearer " + token + "\r\n";
        // judged after the body was read (an undeclared query parameter), and before it (no token, no such resource,
        // a method the path does not take): the body arrives after the answer could have gone
        refuseThenServe(path, "POST " + path + "?undocumented_param=1", bearer, 400);
        refuseThenServe(path, "POST " + path, "", 401);
        refuseThenServe(path, "POST /api/v1/no-such-resource", bearer, 404);
        refuseThenServe(path, "PATCH " + path, bearer, 405);
    }

    /**
     * Sends the request line with a body that comes 300 ms after its head, expects the refusal, then a GET of the path
     * on the same connection, which must be answered: a refusal that left the body unread made Jetty close the
     * connection after its answer (without saying so), and a client reusing it got no answer.
     */
    private void refuseThenServe(String path, String requestLine, String authorization, int refusal) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", f.server.port())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            var in = new java.io.BufferedInputStream(socket.getInputStream());
            out.write((requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write("{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            String first = response(in);
            assertTrue(first.startsWith("HTTP/1.1 " + refusal), requestLine + ": " + first);
            assertFalse(first.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), first);
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + f.login("admin")
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            String second = response(in);
            assertTrue(second.startsWith("HTTP/1.1 200"), requestLine + ", then GET: " + second);
        }
    }

    /** One HTTP/1.1 response with a Content-Length, read from the connection: its head and body as text. */
    private static String response(java.io.BufferedInputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                return head.append("<connection closed>").toString();
            }
            head.append((char) c);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        int bytes = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(bytes), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A value of a JSON schema: every property of an object, empty strings and arrays, 1, true. */
    private static JsonNode sample(JsonNode schema) {
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        return switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = json.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue())));
                yield object;
            }
            case "array" -> json.arrayNode();
            case "integer", "number" -> json.numberNode(1);
            case "boolean" -> json.booleanNode(true);
            default -> json.textNode("");
        };
    }
}
