package org.annotide.server.tests;

import static org.annotide.server.tests.ServerApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.WebSocket;
import java.nio.file.Path;

import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Label classes over HTTP: create, rename, recolour, delete (refused while used, unless forced), and who may. */
class LabelClassRoutesTest {

    @TempDir
    Path temp;

    Fixture f;
    String admin;
    String manager;
    String ann;
    String classes;

    @BeforeEach
    void start() throws Exception {
        f = new Fixture(temp, 0, 4096);
        admin = f.login("admin");
        manager = f.login("manager");
        ann = f.login("ann");
        classes = "/api/v1/projects/" + f.projectId + "/label-classes";
    }

    @AfterEach
    void stop() {
        f.close();
    }

    LabelClass inStore(String id) {
        synchronized (f.store) {
            return f.store.project().getLabelClasses().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
        }
    }

    @Test
    void aClassIsCreatedRenamedAndRecolouredAsCommandsOnTheStore() throws Exception {
        Fixture.Answer created = f.call("POST", classes, admin, "{\"name\":\"round\",\"color\":\"#00ff00\"}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        assertEquals(classes + "/" + id, created.header("Location"));
        assertEquals("#00ff00", inStore(id).getColor());
        assertEquals("Add label class 'round'", f.store.commandStack().getUndoCommand().getLabel());
        JsonNode listed = f.call("GET", classes, ann, null).json().get("items");
        assertTrue(listed.toString().contains("\"round\""), listed.toString());

        Fixture.Answer renamed = f.call("PUT", classes + "/" + id, manager, "{\"name\":\"circle\",\"color\":\"#0000ff\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("circle", renamed.json().get("name").asText());
        assertEquals("circle", inStore(id).getName());
        assertEquals("#0000ff", inStore(id).getColor());
        // undo brings back both the name and the colour: one command
        synchronized (f.store) {
            f.store.commandStack().undo();
        }
        assertEquals("round", inStore(id).getName());
        assertEquals("#00ff00", inStore(id).getColor());

        // a class without a colour gets one
        Fixture.Answer plain = f.call("POST", classes, manager, "{\"name\":\"square\"}");
        assertEquals(201, plain.status(), plain.toString());
        assertTrue(plain.json().get("color").asText().matches("#[0-9a-f]{6}"), plain.toString());
    }

    @Test
    void badInputIsA400AndADuplicateNameA409() throws Exception {
        assertProblem(f.call("POST", classes, admin, "{\"name\":\"x\",\"color\":\"green\"}"), 400, "#rrggbb");
        assertProblem(f.call("POST", classes, admin, "{\"name\":\"  \"}"), 400, "blank");
        assertProblem(f.call("POST", classes, admin, "{\"color\":\"#000000\"}"), 400, "'name' is required");
        assertProblem(f.call("POST", classes, admin, "{\"name\":\"x\",\"shape\":1}"), 400, "unknown field 'shape'");
        assertProblem(f.call("POST", classes, admin, "{\"name\":7}"), 400, "must be a string");
        assertProblem(f.call("POST", classes, admin, "{\"name\":"), 400, "malformed JSON");
        Fixture.Answer duplicate = f.call("POST", classes, admin, "{\"name\":\"dark\"}");
        assertProblem(duplicate, 409, "named 'dark' already");
        assertEquals("dark", duplicate.json().get("current").get("name").asText());
        String light = f.store.project().getLabelClasses().stream().filter(c -> c.getName().equals("light"))
                .findFirst().orElseThrow().getId();
        assertProblem(f.call("PUT", classes + "/" + light, admin, "{\"name\":\"dark\"}"), 409, "already");
        assertProblem(f.call("PUT", classes + "/" + light, admin, "{}"), 400, "nothing to change");
        assertProblem(f.call("PUT", classes + "/nope", admin, "{\"name\":\"y\"}"), 404, "no label class 'nope'");
        assertProblem(f.call("DELETE", classes + "/nope", admin, null), 404, "no label class 'nope'");
        assertProblem(f.call("DELETE", classes + "/" + light + "?force=maybe", admin, null), 400, "force must be");
        assertProblem(f.call("POST", classes, admin, "{\"name\":\"" + "n".repeat(5000) + "\"}"), 413, "at most");
        // a client's mirror names the id of a class it created offline
        assertProblem(f.call("POST", classes, admin, "{\"name\":\"x\",\"id\":\"a b\"}"), 400, "'id' must be");
        assertProblem(f.call("POST", classes, admin, "{\"name\":\"x\",\"id\":\"" + light + "\"}"), 409,
                "id '" + light + "' already");
        Fixture.Answer named = f.call("POST", classes, admin, "{\"name\":\"x\",\"id\":\"local-7\"}");
        assertEquals(201, named.status(), named.toString());
        assertEquals("local-7", named.json().get("id").asText());
    }

    @Test
    void anAnnotatorMayReadButNotChangeClasses() throws Exception {
        String dark = f.store.project().getLabelClasses().get(0).getId();
        assertProblem(f.call("POST", classes, ann, "{\"name\":\"mine\"}"), 403, "ann");
        assertProblem(f.call("PUT", classes + "/" + dark, ann, "{\"name\":\"mine\"}"), 403, "ann");
        assertProblem(f.call("DELETE", classes + "/" + dark + "?force=true", ann, null), 403, "ann");
        assertEquals(200, f.call("GET", classes, ann, null).status());
        assertEquals(2, f.store.project().getLabelClasses().size());
    }

    @Test
    void deletingAUsedClassIsRefusedUnlessForcedWhichDeletesItsAnnotations() throws Exception {
        String id = f.call("POST", classes, admin, "{\"name\":\"spot\"}").json().get("id").asText();
        String annotations = "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations";
        Fixture.Answer made = f.call("POST", annotations, ann, ServerApiTest.box(id, 1));
        assertEquals(201, made.status(), made.toString());
        assertEquals(201, f.call("POST", annotations, ann, ServerApiTest.box(id, 2)).status());

        Fixture.Answer refused = f.call("DELETE", classes + "/" + id, admin, null);
        assertProblem(refused, 409, "2 annotation(s) use the label class 'spot'");
        assertEquals(2, refused.json().get("annotations").asInt());
        assertTrue(inStore(id) != null);

        // another client hears of the deletion on the project's socket; the writing client does not
        ProjectEventsTest.Heard other = new ProjectEventsTest.Heard();
        ProjectEventsTest.Heard writer = new ProjectEventsTest.Heard();
        WebSocket a = socket(ann, "other", other);
        WebSocket b = socket(admin, "writer", writer);
        try {
            Fixture.Answer forced = f.call("DELETE", classes + "/" + id + "?force=true", admin, null,
                    "Annotide-Client", "writer");
            assertEquals(204, forced.status(), forced.toString());
            assertEquals(null, inStore(id));
            ImageAsset image = f.store.project().getImages().stream().filter(i -> i.getId().equals(f.image)).findFirst().orElseThrow();
            assertFalse(image.getAnnotations().stream().anyMatch(x -> x.getLabelClass() == null
                    || x.getLabelClass().getName().equals("spot")));
            assertProblem(f.call("GET", annotations + "/" + made.json().get("id").asLong(), admin, null), 404, "no annotation");
            long until = System.nanoTime() + 5_000_000_000L;
            while (other.messages.size() < 2 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            JsonNode told = other.messages.get(1);
            assertEquals("label_class_deleted", told.get("type").asText());
            assertEquals(id, told.get("label_class").get("id").asText());
            assertEquals(2, told.get("label_class").get("annotations_deleted").asInt());
            Thread.sleep(200);
            assertEquals(1, writer.messages.size(), writer.messages.toString()); // only "connected"
        } finally {
            a.abort();
            b.abort();
        }

        // undo brings back the class and its annotations, each with its class again: one command
        synchronized (f.store) {
            f.store.commandStack().undo();
        }
        assertEquals("spot", inStore(id).getName());
        assertEquals(200, f.call("GET", annotations + "/" + made.json().get("id").asLong(), admin, null).status());
        synchronized (f.store) {
            assertEquals(inStore(id), f.store.project().getImages().stream().filter(i -> i.getId().equals(f.image))
                    .findFirst().orElseThrow().getAnnotations().stream().filter(x -> x.getId() == made.json().get("id").asLong())
                    .findFirst().orElseThrow().getLabelClass());
        }

        // an unused class goes at once
        String unused = f.call("POST", classes, admin, "{\"name\":\"unused\"}").json().get("id").asText();
        assertEquals(204, f.call("DELETE", classes + "/" + unused, manager, null).status());
        assertEquals(null, inStore(unused));
    }

    @Test
    void forcingTheDeletionOfGroundTruthNeedsTheBenchmarkSource() throws Exception {
        String id = f.call("POST", classes, admin, "{\"name\":\"truth\"}").json().get("id").asText();
        String gt = "/api/v1/projects/" + f.projectId + "/images/" + f.gtImage + "/annotations";
        assertEquals(201, f.call("POST", gt, admin, ServerApiTest.box(id, 1)).status());
        assertProblem(f.call("DELETE", classes + "/" + id, manager, null), 409, "1 annotation(s)");
        assertProblem(f.call("DELETE", classes + "/" + id + "?force=true", manager, null), 403, "ground truth");
        assertTrue(inStore(id) != null);
        assertEquals(204, f.call("DELETE", classes + "/" + id + "?force=true", admin, null).status());
        assertEquals(null, inStore(id));
    }

    WebSocket socket(String token, String client, ProjectEventsTest.Heard heard) throws Exception {
        WebSocket socket = f.socket("/api/v1/projects/" + f.projectId + "/ws?token=" + token + "&client=" + client,
                heard).join();
        long until = System.nanoTime() + 5_000_000_000L;
        while (heard.messages.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals("connected", heard.messages.get(0).get("type").asText());
        return socket;
    }
}
