package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.ScoreTotals;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.SkillBands;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.benchmark.TrainingSession;
import org.annotide.benchmark.TrainingSettings;
import org.annotide.core.store.ProjectStore;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Task status, training projects, submissions, scores and the scoring CSV over HTTP, on a real training project made
 * by {@link TrainingProjects#create} from the fixture's project after its images were completed through the status
 * route; the answers are compared with what {@link TrainingSession} (the workbench's and command line's code) says.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringRoutesTest {

    @TempDir
    static Path temp;
    static Fixture f;
    static ProjectStore training;
    static String tp;
    /** The served training project: /api/v1/projects/ID. */
    static String served;
    static final Map<String, String> tokens = new LinkedHashMap<>();
    /** The images completed in the source project: the benchmark tasks (img2..img5: dark, light, dark, light). */
    static final List<String> completed = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        UserDirectory.open(temp.resolve("workspace")).add(new Account("bob", Role.ANNOTATOR),
                Fixture.PASSWORD.toCharArray());
        String manager = f.login("manager");
        String source = "/api/v1/projects/" + f.projectId + "/images/";
        for (int i = 2; i < 6; i++) {
            String id;
            synchronized (f.store) {
                id = f.store.project().getImages().get(i).getId();
            }
            Fixture.Answer set = f.call("PUT", source + id + "/status", manager, "{\"status\":\"completed\"}");
            assertEquals(200, set.status(), set.toString());
            assertEquals("completed", set.json().get("status").asText());
            completed.add(id);
        }
        Path folder = temp.resolve("workspace").resolve("training");
        TrainingProjects.create(folder, "training", "shades", List.of(f.store.folder()),
                ScoringFunctionSpec.parse("{\"mode\":\"classification\"}"),
                List.of(new Account("ann", Role.ANNOTATOR), new Account("bob", Role.ANNOTATOR)),
                new Account("admin", Role.ADMIN), new RolePermissions());
        training = ProjectStore.open(folder);
        f.more.add(training);
        f.restartServer(); // serves the training project beside the fixture's, and knows bob
        for (String user : List.of("admin", "manager", "ann", "bob")) {
            tokens.put(user, f.login(user));
        }
        String trainingId;
        synchronized (training) {
            trainingId = training.project().getTrainingProjects().get(0).getId();
            served = "/api/v1/projects/" + org.annotide.server.internal.ServerCore.projectId(training);
        }
        tp = served + "/training-projects/" + trainingId;
    }

    @AfterAll
    static void stop() {
        try {
            if (f != null) {
                f.close(); // fails the class with what differed from the OpenAPI document
            }
        } finally {
            if (training != null) {
                training.close();
            }
        }
    }

    static Fixture.Answer call(String method, String path, String user, String body) throws Exception {
        return f.call(method, path, tokens.get(user), body);
    }

    static void assertProblem(Fixture.Answer answer, int status, String detailPart) {
        ServerApiTest.assertProblem(answer, status, detailPart);
    }

    /** What the workbench's code says, over the served store. */
    static <T> T session(java.util.function.Function<TrainingSession, T> question) {
        synchronized (training) {
            try (TrainingSession session = TrainingSession.over(training.folder(), training, new RolePermissions(),
                    SimilarityRegistry.fromExtensions())) {
                return question.apply(session);
            }
        }
    }

    @Test
    @Order(1)
    void taskStatusIsReadByEveryoneAndSetByThoseWhoControlIt() throws Exception {
        String image = "/api/v1/projects/" + f.projectId + "/images/" + completed.get(0) + "/status";
        Fixture.Answer read = call("GET", image, "ann", null);
        assertEquals(200, read.status(), read.toString());
        assertEquals("completed", read.json().get("status").asText());
        assertEquals("Completed", read.json().get("label").asText());
        assertProblem(call("PUT", image, "ann", "{\"status\":\"new\"}"), 403, "ann");
        assertProblem(call("PUT", image, "manager", "{\"status\":\"finished\"}"), 400, "unknown status 'finished'");
        assertProblem(call("PUT", image, "manager", "{\"status\":\"new\",\"when\":1}"), 400, "when");
        assertProblem(call("PUT", image, "manager", "{\"status\":3}"), 400, "status");
        assertProblem(call("PUT", "/api/v1/projects/" + f.projectId + "/images/nope/status", "manager",
                "{\"status\":\"new\"}"), 404, "nope");
        Fixture.Answer review = call("PUT", image, "admin", "{\"status\":\"in review\"}");
        assertEquals("in-review", review.json().get("status").asText(), review.toString());
        synchronized (f.store) {
            ImageAsset stored = f.store.project().getImages().stream().filter(i -> i.getId().equals(completed.get(0)))
                    .findFirst().orElseThrow();
            assertEquals(ImageStatus.DONE, stored.getStatus(), "In review is stored as DONE");
        }
        assertEquals(200, call("PUT", image, "manager", "{\"status\":\"completed\"}").status());
    }

    @Test
    @Order(2)
    void trainingProjectsAreListedWithTheFunctionTextOnlyForThoseWhoMayEditIt() throws Exception {
        assertEquals(0, call("GET", "/api/v1/projects/" + f.projectId + "/training-projects", "admin", null).json()
                .get("items").size(), "a project that is not a training project has none");
        Fixture.Answer all = call("GET", served + "/training-projects", "manager", null);
        assertEquals(200, all.status(), all.toString());
        assertEquals(1, all.json().get("items").size());
        assertEquals(List.of("ann", "bob"), texts(all.json().get("items").get(0).get("trainees")));
        assertEquals(4, all.json().get("items").get(0).get("benchmark_tasks").asInt());
        Fixture.Answer own = call("GET", served + "/training-projects", "ann", null);
        assertEquals(List.of("ann"), texts(own.json().get("items").get(0).get("trainees")), "a trainee sees herself");

        Fixture.Answer admin = call("GET", tp, "admin", null);
        assertEquals(200, admin.status(), admin.toString());
        assertEquals("classification", admin.json().get("scoring_function").get("text").get("mode").asText());
        assertEquals(4, admin.json().get("benchmark").get("images").size());
        for (String user : List.of("manager", "ann", "bob")) {
            Fixture.Answer answer = call("GET", tp, user, null);
            assertEquals(200, answer.status(), answer.toString());
            assertFalse(answer.json().get("scoring_function").has("text"), user + ": " + answer);
            assertNotNull(answer.json().get("scoring_function").get("name"));
        }
        assertProblem(call("GET", served + "/training-projects/nope", "admin", null), 404, "nope");
    }

    @Test
    @Order(3)
    void aTraineeSubmitsIsScoredAndSeesOnlyHerOwnNeverTheGroundTruth() throws Exception {
        assertEquals(8, call("GET", tp + "/tasks", "manager", null).json().get("items").size());
        JsonNode annTasks = call("GET", tp + "/tasks", "ann", null).json().get("items");
        assertEquals(4, annTasks.size());
        for (JsonNode task : annTasks) {
            assertEquals("ann", task.get("annotator").asText());
            assertEquals("assigned", task.get("status").asText());
            assertTrue(task.get("score").isNull());
        }
        // ann calls every image "dark": right on two of the four (img2 and img4 are dark, img3 and img5 light)
        String dark = null;
        for (JsonNode c : call("GET", served + "/label-classes", "ann", null).json().get("items")) {
            if (c.get("name").asText().equals("dark")) {
                dark = c.get("id").asText();
            }
        }
        ProjectEventsTest.Heard following = new ProjectEventsTest.Heard(); // a Team Manager's client follows the drafts
        java.net.http.WebSocket socket = f.socket(served + "/ws?token=" + tokens.get("manager"), following).join();
        for (JsonNode task : annTasks) {
            Fixture.Answer draft = call("POST", served + "/images/" + task.get("image").asText()
                    + "/annotations", "ann", "{\"label_class\":\"" + dark + "\",\"shape\":{\"kind\":\"image_class\"}}");
            assertEquals(201, draft.status(), "a trainee draws on a benchmark image of her training project: " + draft);
        }
        assertProblem(call("POST", tp + "/submission", "manager", null), 403, "manager");
        assertProblem(call("POST", tp + "/submission", "admin", null), 403, "admin");
        assertProblem(call("POST", tp + "/submission", "bob", "{\"images\":[\"nope\"]}"), 404, "nope");
        assertProblem(call("POST", tp + "/submission", "bob", "{\"images\":\"all\"}"), 400, "images");
        Fixture.Answer submitted = call("POST", tp + "/submission", "ann", null);
        assertEquals(201, submitted.status(), submitted.toString());
        assertEquals(4, submitted.json().get("items").size());
        for (JsonNode task : submitted.json().get("items")) {
            assertEquals("submitted", task.get("status").asText());
            assertTrue(task.get("score").isNumber(), task.toString());
        }
        assertProblem(call("POST", tp + "/submission", "ann", null), 409, "final");
        long until = System.nanoTime() + 5_000_000_000L;
        while (following.events().stream().filter(e -> e.startsWith("annotation_deleted")).count() < 4
                && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        socket.abort();
        assertEquals(4, following.events().stream().filter(e -> e.startsWith("annotation_deleted")).count(),
                "the submitted drafts left their images, and followers were told: " + following.events());

        Account admin = new Account("admin", Role.ADMIN);
        double expected = session(s -> s.scores(admin, null).stream().filter(t -> t.annotator().equals("ann"))
                .findFirst().orElseThrow().score());
        assertEquals(50.0, expected, 1e-9, "two of four right");
        JsonNode annScores = call("GET", tp + "/scores", "ann", null).json();
        assertEquals(1, annScores.get("trainees").size(), "an annotator sees only her own score");
        assertEquals("ann", annScores.get("trainees").get(0).get("annotator").asText());
        assertEquals(expected, annScores.get("trainees").get(0).get("score").asDouble(), 1e-9);
        assertEquals(4, annScores.get("tasks").size());
        JsonNode bobScores = call("GET", tp + "/scores", "bob", null).json();
        assertEquals(1, bobScores.get("trainees").size());
        assertTrue(bobScores.get("trainees").get(0).get("score").isNull(), "bob has submitted nothing");
        assertEquals(0, bobScores.get("tasks").size(), "bob never sees ann's tasks");
        JsonNode managerScores = call("GET", tp + "/scores", "manager", null).json();
        assertEquals(2, managerScores.get("trainees").size());

        // the CSV: the workbench's own, streamed; not for annotators (it names the ground truth's objects)
        assertProblem(call("GET", tp + "/scores.csv", "ann", null), 403, "ann");
        Fixture.Answer csv = call("GET", tp + "/scores.csv", "manager", null);
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertEquals(null, csv.header("Content-Length"), "streamed in chunks, not sized before");
        String written = session(s -> {
            StringWriter out = new StringWriter();
            try {
                s.writeCsv(admin, out, null, null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toString();
        });
        assertEquals(written, csv.text());
        assertTrue(csv.text().startsWith(String.join(",", TrainingSession.CSV_COLUMNS) + "\n"), csv.text());
        assertEquals(5, csv.text().split("\n").length, "a header and one label per submitted task");

        // nothing an annotator receives holds a ground-truth object
        for (String path : List.of(tp, tp + "/tasks", tp + "/scores", served + "/training-projects",
                served + "/al/queue")) {
            for (String user : List.of("ann", "bob")) {
                Fixture.Answer answer = call("GET", path, user, null);
                assertEquals(200, answer.status(), path + " " + answer);
                assertFalse(answer.text().contains("ground_truth") || answer.text().contains("\"shape\"")
                        || answer.text().contains("\"text\""), path + " as " + user + ": " + answer);
            }
        }
        for (JsonNode task : annTasks) {
            Fixture.Answer page = call("GET", served + "/images/" + task.get("image").asText()
                    + "/annotations", "ann", null);
            assertEquals(0, page.json().get("items").size(), "the image holds no ground truth and no more drafts: "
                    + page);
        }
    }

    @Test
    @Order(4)
    void rescoringWithAnEditedFunctionIsTheAdminsAndChangesTheScores() throws Exception {
        String edited = "{\"function\":{\"mode\":\"dynamic\",\"classes\":{\"dark\":{\"iou\":0,\"category\":100}}}}";
        assertProblem(call("POST", tp + "/rescore", "manager", edited), 403, "manager");
        assertProblem(call("POST", tp + "/rescore", "ann", edited), 403, "ann");
        assertProblem(call("POST", tp + "/rescore", "admin", "{\"function\":{\"mode\":\"weird\"}}"), 400, "weird");
        assertProblem(call("POST", tp + "/rescore", "admin", "{\"function\":3}"), 400, "function");
        assertProblem(call("POST", tp + "/rescore", "admin", "{\"fn\":{}}"), 400, "fn");
        assertProblem(call("POST", tp + "/rescore", "admin", edited.replace("dark", "no-such-class")), 400,
                "no-such-class");
        double before = call("GET", tp + "/scores", "admin", null).json().get("trainees").get(0).get("score").asDouble();
        Fixture.Answer rescored = call("POST", tp + "/rescore", "admin", edited);
        assertEquals(201, rescored.status(), rescored.toString());
        JsonNode ann = rescored.json().get("items").get(0);
        assertEquals("ann", ann.get("annotator").asText());
        assertEquals(before, ann.get("before").asDouble(), 1e-9);
        Account admin = new Account("admin", Role.ADMIN);
        List<ScoreTotals> now = session(s -> s.scores(admin, null));
        assertEquals(now.get(0).score(), ann.get("after").asDouble(), 1e-9, "the new function is the project's");
        assertEquals(now.get(0).score(), call("GET", tp + "/scores", "admin", null).json().get("trainees").get(0)
                .get("score").asDouble(), 1e-9);
        assertEquals("dynamic", call("GET", tp, "admin", null).json().get("scoring_function").get("text").get("mode")
                .asText());
        assertTrue(rescored.json().get("items").get(1).get("after").isNull(), "bob has no score to change");
    }

    /**
     * The training settings (skill bands, instructions, the pending function) as the workbench's Training Settings
     * keep them: read by everyone (the pending function only by who may edit the scoring function), changed with the
     * permission the workbench asks for each, all or none, validated, one command, and heard by followers.
     */
    @Test
    @Order(5)
    void trainingSettingsAreChangedAsTheWorkbenchAllowsAndFollowersHearIt() throws Exception {
        String settings = tp + "/settings";
        JsonNode defaults = call("GET", settings, "admin", null).json();
        assertEquals(50, defaults.get("skill_bands").get("lower").asDouble());
        assertEquals(80, defaults.get("skill_bands").get("upper").asDouble());
        assertEquals("", defaults.get("instructions").asText());
        assertTrue(defaults.get("pending_function").isNull(), defaults.toString());
        for (String user : List.of("manager", "ann", "bob")) {
            Fixture.Answer answer = call("GET", settings, user, null);
            assertEquals(200, answer.status(), answer.toString());
            assertFalse(answer.json().has("pending_function"), user + " never sees the pending function: " + answer);
        }

        ProjectEventsTest.Heard following = new ProjectEventsTest.Heard();
        java.net.http.WebSocket socket = f.http.newWebSocketBuilder().buildAsync(java.net.URI.create(
                f.url(served + "/ws?token=" + tokens.get("ann")).replace("http:", "ws:")), following).join();
        Map<String, String> before = metadata();
        String bands = "{\"skill_bands\":{\"lower\":40,\"upper\":60}}";
        String pending = "{\"pending_function\":{\"mode\":\"dynamic\",\"classes\":{\"dark\":{\"iou\":50,"
                + "\"category\":150}}}}";
        String instructions = "{\"instructions\":\"Box every cell.\"}";
        // Admins only, as the workbench's Training Settings: edit scoring function, add annotation instructions
        for (String user : List.of("manager", "ann")) {
            for (String body : List.of(bands, pending, instructions)) {
                assertProblem(call("PUT", settings, user, body), 403, user);
            }
        }
        // wrong input: 400 naming the field, the scoring function's parser saying where
        assertProblem(call("PUT", settings, "admin", "{}"), 400, "nothing to change");
        assertProblem(call("PUT", settings, "admin", "{\"bands\":1}"), 400, "unknown field 'bands'");
        assertProblem(call("PUT", settings, "admin", "{\"skill_bands\":\"40;60\"}"), 400, "'skill_bands' must be an object");
        assertProblem(call("PUT", settings, "admin", "{\"skill_bands\":{\"lower\":\"40\",\"upper\":60}}"), 400,
                "'skill_bands.lower' must be a number, not string");
        assertProblem(call("PUT", settings, "admin", "{\"skill_bands\":{\"lower\":40}}"), 400,
                "'skill_bands.upper' is required");
        assertProblem(call("PUT", settings, "admin", "{\"skill_bands\":{\"lower\":40,\"upper\":60,\"top\":1}}"), 400,
                "unknown field 'skill_bands.top'");
        assertProblem(call("PUT", settings, "admin", "{\"skill_bands\":{\"lower\":70,\"upper\":60}}"), 400,
                "0 <= lower <= upper <= 100");
        assertProblem(call("PUT", settings, "admin", "{\"instructions\":3}"), 400, "'instructions' must be a string");
        assertProblem(call("PUT", settings, "admin", "{\"pending_function\":\"dynamic\"}"), 400,
                "'pending_function' must be a scoring function object or null, not string");
        assertProblem(call("PUT", settings, "admin", "{\"pending_function\":{\"mode\":\"weird\"}}"), 400,
                "'pending_function': \"mode\" must be \"dynamic\" or \"classification\", not \"weird\"");
        assertProblem(call("PUT", settings, "admin", "{\"pending_function\":{\"classes\":{\"dark\":{\"iou\":\"x\"}}}}"),
                400, "'pending_function': class \"dark\": \"iou\" must be a number");
        assertProblem(call("PUT", settings, "admin", "{\"pending_function\":{\"classes\":{\"nope\":{\"iou\":1}}}}"),
                400, "class \"nope\", which the ontology does not have");
        assertProblem(call("PUT", settings, "admin", "{\"skill_bands\":{\"lower\":40,\"upper\":60},\"instructions\":5}"),
                400, "instructions");
        assertEquals(before, metadata(), "no refusal changed anything, not even the valid half of a request");

        // the Admin changes all three in one request: one command, the workbench's own keys
        Fixture.Answer changed = call("PUT", settings, "admin", "{\"skill_bands\":{\"lower\":40,\"upper\":60},"
                + "\"instructions\":\"Box every cell.\",\"pending_function\":{\"mode\":\"dynamic\",\"classes\":"
                + "{\"dark\":{\"iou\":50,\"category\":150}}}}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(60, changed.json().get("skill_bands").get("upper").asDouble());
        assertEquals(150, changed.json().get("pending_function").get("classes").get("dark").get("category").asDouble());
        synchronized (training) {
            assertEquals("Change the training settings", training.commandStack().getUndoCommand().getLabel());
            org.annotide.model.Project project = training.project();
            assertEquals(new SkillBands(40, 60), SkillBands.of(project));
            assertEquals("Box every cell.", TrainingSettings.instructions(project));
            assertEquals(ScoringFunctionSpec.parse(pending.substring(pending.indexOf(':') + 1, pending.length() - 1)),
                    TrainingSettings.pendingFunction(project));
        }
        long until = System.nanoTime() + 5_000_000_000L;
        while (heard(following) == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(1, heard(following), "an annotator following the project hears that it changed");
        synchronized (following.messages) {
            JsonNode told = following.messages.stream().filter(m -> m.get("type").asText()
                    .equals("training_project_updated")).findFirst().orElseThrow();
            assertEquals(training.project().getTrainingProjects().get(0).getId(), told.get("training_project")
                    .get("id").asText());
            assertEquals(1, told.get("training_project").size(), "the id only: " + told);
        }
        JsonNode ann = call("GET", settings, "ann", null).json();
        assertEquals("Box every cell.", ann.get("instructions").asText());
        assertEquals(40, ann.get("skill_bands").get("lower").asDouble());
        assertFalse(ann.has("pending_function"), ann.toString());

        // the same again changes nothing and tells nobody; null clears the pending function
        assertEquals(200, call("PUT", settings, "admin", instructions).status());
        Thread.sleep(200);
        assertEquals(1, heard(following), "no change, no event");
        Fixture.Answer cleared = call("PUT", settings, "admin", "{\"pending_function\":null}");
        assertTrue(cleared.json().get("pending_function").isNull(), cleared.toString());
        synchronized (training) {
            assertEquals(null, TrainingSettings.pendingFunction(training.project()));
            assertEquals("40;60", training.project().getMetadata().get(TrainingSettings.SKILL_BANDS_KEY));
        }
        socket.abort();
    }

    private static long heard(ProjectEventsTest.Heard heard) {
        synchronized (heard.messages) {
            return heard.messages.stream().filter(m -> m.get("type").asText().equals("training_project_updated")).count();
        }
    }

    private static Map<String, String> metadata() {
        synchronized (training) {
            return new java.util.TreeMap<>(training.project().getMetadata().map());
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
