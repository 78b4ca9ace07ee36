package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.TrainingProject;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The project WebSocket: every committed annotation write is told to the project's other listeners, each hearing only
 * what GET would show them (no ground truth to those who may not view benchmark sources, no other trainee's drafts),
 * and never to the client that made it; a socket needs a live token and a project the user may see.
 */
class ProjectEventsTest extends ServedProjectTest {

    /** The messages of one socket, in order. */
    static final class Heard implements WebSocket.Listener {
        final List<JsonNode> messages = Collections.synchronizedList(new ArrayList<>());
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(Fixture.JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        /** The annotation events heard, as "type image id". */
        List<String> events() {
            synchronized (messages) {
                return messages.stream().filter(m -> m.get("type").asText().startsWith("annotation_"))
                        .map(m -> m.get("type").asText() + " " + m.get("image").asText() + " "
                                + m.get("annotation").get("id").asText())
                        .toList();
            }
        }

        /** The last message heard. */
        JsonNode last() {
            synchronized (messages) {
                return messages.get(messages.size() - 1);
            }
        }
    }

    /**
     * A socket on the project of {@code f} as {@code token}'s user (and as {@code client}, or none), once the server
     * registered it: its first message, "connected", heard. What it hears is held to the OpenAPI document and the
     * fixture aborts it when it closes ({@link Fixture#socket}).
     */
    static Heard listen(Fixture f, String token, String client) throws Exception {
        Heard heard = new Heard();
        f.socket(wsPath(f, token, client), heard).join();
        long until = System.nanoTime() + 5_000_000_000L;
        while (heard.messages.isEmpty() && System.nanoTime() < until) { // "connected": the listener is registered
            Thread.onSpinWait();
        }
        assertEquals("connected", heard.messages.get(0).get("type").asText());
        return heard;
    }

    static String wsPath(Fixture f, String token, String client) {
        return "/api/v1/projects/" + f.projectId + "/ws?token=" + token + (client == null ? "" : "&client=" + client);
    }

    String box(double x) {
        return "{\"label_class\":\"" + f.store.project().getLabelClasses().get(0).getId()
                + "\",\"shape\":{\"kind\":\"box\",\"x\":" + x + ",\"y\":2,\"width\":3,\"height\":4}}";
    }

    String annotations(String image) {
        return "/api/v1/projects/" + f.projectId + "/images/" + image + "/annotations";
    }

    static void waitFor(Heard heard, int count) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (heard.events().size() < count && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    @Test
    void writesAreToldToThoseWhoMayReadThemAndNotToTheWriter() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String admin = f.login("admin");
        String manager = f.login("manager");
        String ann = f.login("ann");
        Heard toAdmin = listen(f, admin, "admin-client");
        Heard toManager = listen(f, manager, null);
        Heard toAnn = listen(f, ann, "ann-client");

        Fixture.Answer created = f.call("POST", annotations(f.image), ann, box(1), "Annotide-Client", "ann-client");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        String version = created.json().get("version").asText();
        Fixture.Answer updated = f.call("PUT", annotations(f.image) + "/" + id, manager, box(7), "If-Match",
                "\"" + version + "\"");
        assertEquals(200, updated.status(), updated.toString());
        Fixture.Answer truth = f.call("POST", annotations(f.gtImage), admin, box(2), "Annotide-Client", "admin-client");
        assertEquals(201, truth.status(), truth.toString());
        String gtId = truth.json().get("id").asText();
        assertEquals(204, f.call("DELETE", annotations(f.image) + "/" + id, admin, null).status());

        waitFor(toAdmin, 3);
        waitFor(toManager, 3);
        waitFor(toAnn, 2);
        String img = f.image;
        assertEquals(List.of("annotation_created " + img + " " + id, "annotation_updated " + img + " " + id,
                "annotation_deleted " + img + " " + id), toAdmin.events(), "the admin's own ground-truth write is not echoed");
        assertEquals(List.of("annotation_created " + img + " " + id, "annotation_updated " + img + " " + id,
                "annotation_deleted " + img + " " + id), toManager.events(), "a Team Manager is never told of ground truth");
        assertEquals(List.of("annotation_updated " + img + " " + id, "annotation_deleted " + img + " " + id),
                toAnn.events(), "an annotator hears others' changes, not their own, and no ground truth");
        JsonNode update = toAnn.messages.stream().filter(m -> m.get("type").asText().equals("annotation_updated"))
                .findFirst().orElseThrow();
        assertEquals(updated.json().get("version").asText(), update.get("version").asText());
        assertEquals(7.0, update.get("annotation").get("shape").get("x").asDouble());
    }

    /** The messages of one type heard so far, waiting up to 5 s for the first. */
    static List<JsonNode> heard(Heard heard, String type) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            synchronized (heard.messages) {
                List<JsonNode> found = heard.messages.stream().filter(m -> m.get("type").asText().equals(type)).toList();
                if (!found.isEmpty()) {
                    return found;
                }
            }
            Thread.sleep(10);
        }
        return List.of();
    }

    @Test
    void statusChangesAndTrainingSetsWithTheirTilesAreToldToEveryoneButTheWriter() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String manager = f.login("manager");
        Heard toAnn = listen(f, f.login("ann"), null);
        Heard toManager = listen(f, manager, "manager-client");

        Fixture.Answer set = f.call("PUT", "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/status", manager,
                "{\"status\":\"in review\"}", "Annotide-Client", "manager-client");
        assertEquals(200, set.status(), set.toString());
        List<JsonNode> status = heard(toAnn, "image_status_updated");
        assertEquals(1, status.size(), toAnn.messages.toString());
        assertEquals(f.image, status.get(0).get("image_status").get("image").asText());
        assertEquals("in-review", status.get(0).get("image_status").get("status").asText());

        String tile = "{\"id\":\"t-1\",\"image\":\"" + f.image + "\",\"x\":2,\"y\":3,\"width\":4,\"height\":5}";
        Fixture.Answer made = f.call("POST", "/api/v1/projects/" + f.projectId + "/training-sets", manager,
                "{\"name\":\"s\",\"tiles\":[" + tile + "]}", "Annotide-Client", "manager-client");
        assertEquals(201, made.status(), made.toString());
        JsonNode told = heard(toAnn, "training_set_created").get(0).get("training_set");
        assertEquals(made.json().get("id").asText(), told.get("id").asText());
        assertEquals("t-1", told.get("tiles").get(0).get("id").asText(), "the set's tiles, to resolve in a mirror");
        assertEquals(f.image, told.get("tiles").get(0).get("image").asText());
        assertEquals(5, told.get("tiles").get(0).get("height").asInt());
        Thread.sleep(200);
        assertEquals(1, toManager.messages.size(), "the writer is told nothing: " + toManager.messages);
    }

    @Test
    void aTraineeIsNotToldOfAnotherTraineesDrafts() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        TrainingProject training = AnnotideFactory.eINSTANCE.createTrainingProject();
        training.setId("tp");
        training.setName("tp");
        synchronized (f.store) {
            f.store.commandStack().execute(AddCommand.create(f.store.editingDomain(), f.store.project(),
                    AnnotidePackage.Literals.PROJECT__TRAINING_PROJECTS, training));
        }
        String ann = f.login("ann");
        String manager = f.login("manager");
        Heard toAnn = listen(f, ann, null);
        Heard toManager = listen(f, manager, null);
        assertEquals(201, f.call("POST", annotations(f.image), manager, box(1)).status());
        Fixture.Answer own = f.call("POST", annotations(f.image), ann, box(3));
        waitFor(toManager, 2);
        waitFor(toAnn, 1);
        assertEquals(List.of("annotation_created " + f.image + " " + own.json().get("id").asText()), toAnn.events(),
                "the manager's draft is not the trainee's to see");
        assertEquals(2, toManager.events().size(), "a writer without a client id hears its own change too: "
                + toManager.events());
    }

    @Test
    void aSocketNeedsALiveTokenAndAVisibleProject() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        CompletionException noToken = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> f.socket(wsPath(f, "forged", null), new Heard()).join());
        assertEquals(401, ((WebSocketHandshakeException) noToken.getCause()).getResponse().statusCode());
        String path = "/api/v1/projects/nope/ws?token=" + f.login("ann");
        CompletionException unknown = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> f.socket(path, new Heard()).join());
        assertTrue(unknown.getCause() instanceof WebSocketHandshakeException, unknown.toString());
        assertEquals(404, ((WebSocketHandshakeException) unknown.getCause()).getResponse().statusCode());
    }
}
