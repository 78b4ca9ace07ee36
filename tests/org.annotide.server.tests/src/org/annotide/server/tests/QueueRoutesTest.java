package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.SelectionRound;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Active-learning queues over HTTP: a selection asked for with POST runs in the background ({@code ActiveLearning},
 * with a model trained through the training API by the fixture's test trainer), writes its round into the project,
 * and the queue route then lists that round's images with their scores, best first.
 */
class QueueRoutesTest extends ServedProjectTest {

    static void assertProblem(Fixture.Answer answer, int status, String detailPart) {
        ServerApiTest.assertProblem(answer, status, detailPart);
    }

    /** Takes the labels off the last six images: they are the pool a round picks from. */
    void unlabelHalf() {
        synchronized (f.store) {
            List<ImageAsset> images = f.store.project().getImages();
            for (int i = 6; i < 12; i++) {
                ImageAsset image = images.get(i);
                f.store.commandStack().execute(RemoveCommand.create(f.store.editingDomain(), image,
                        AnnotidePackage.Literals.IMAGE_ASSET__ANNOTATIONS, new ArrayList<>(image.getAnnotations())));
            }
        }
    }

    static JsonNode waitFor(Fixture f, String path, String token, List<String> ends) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        JsonNode state = null;
        while (System.currentTimeMillis() < until) {
            state = f.call("GET", path, token, null).json();
            if (ends.contains(state.get("status").asText())) {
                return state;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("still not done: " + state);
    }

    @Test
    void aSelectionRunsInTheBackgroundAndItsRoundIsTheQueue() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        unlabelHalf();
        String admin = f.login("admin");
        String manager = f.login("manager");
        String ann = f.login("ann");
        String p = "/api/v1/projects/" + f.projectId;

        Fixture.Answer empty = f.call("GET", p + "/al/queue", ann, null);
        assertEquals(200, empty.status(), empty.toString());
        assertTrue(empty.json().get("round").isNull());
        assertEquals(0, empty.json().get("items").size());

        String random = "{\"strategy\":\"random\",\"batch\":3}";
        assertProblem(f.call("POST", p + "/al/selections", ann, random), 403, "ann");
        assertProblem(f.call("POST", p + "/al/selections", manager, "{\"strategy\":\"best\",\"batch\":3}"), 400,
                "least_confidence");
        assertProblem(f.call("POST", p + "/al/selections", manager, "{\"strategy\":\"random\",\"batch\":0}"), 400, "batch");
        assertProblem(f.call("POST", p + "/al/selections", manager, "{\"strategy\":\"random\",\"batch\":\"3\"}"), 400,
                "batch");
        assertProblem(f.call("POST", p + "/al/selections", manager, "{\"strategy\":\"random\",\"batch\":3,\"k\":1}"),
                400, "k");
        assertProblem(f.call("POST", p + "/al/selections", manager,
                "{\"strategy\":\"random\",\"batch\":3,\"model_id\":\"nope\"}"), 404, "nope");
        assertProblem(f.call("POST", p + "/al/selections", manager, random), 409, "no active model");
        assertProblem(f.call("GET", p + "/al/selections/nope", manager, null), 404, "nope");
        assertProblem(f.call("POST", "/api/v1/projects/nope/al/selections", manager, random), 404, "nope");

        String model = trainModel(manager);

        Fixture.Answer accepted = f.call("POST", p + "/al/selections", manager,
                "{\"strategy\":\"random\",\"batch\":3,\"model_id\":\"" + model + "\"}");
        assertEquals(202, accepted.status(), accepted.toString());
        String location = accepted.header("Location");
        assertEquals(p + "/al/selections/" + accepted.json().get("id").asText(), location);
        assertTrue(List.of("pending", "running", "completed").contains(accepted.json().get("status").asText()));
        JsonNode done = waitFor(f, location, admin, List.of("completed", "failed"));
        assertEquals("completed", done.get("status").asText(), done.toString());
        JsonNode batch = done.get("round").get("batch");
        assertEquals(3, batch.size());
        assertEquals(6, done.get("round").get("pool").asInt(), "the six unlabelled images");
        assertProblem(f.call("GET", location, ann, null), 403, "ann");

        Fixture.Answer queue = f.call("GET", p + "/al/queue", ann, null);
        assertEquals(200, queue.status(), queue.toString());
        assertEquals(1, queue.json().get("round").asInt());
        assertEquals("random", queue.json().get("strategy").asText());
        assertEquals(model, queue.json().get("model_id").asText());
        assertEquals(3, queue.json().get("batch_size").asInt());
        JsonNode items = queue.json().get("items");
        assertEquals(6, items.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(batch.get(i).get("image_name").asText(), items.get(i).get("image_name").asText());
            assertEquals(batch.get(i).get("score").asDouble(), items.get(i).get("score").asDouble(), 1e-12);
        }
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).get("score").asDouble() >= items.get(i).get("score").asDouble(),
                    "best first: " + items);
        }
        synchronized (f.store) {
            List<SelectionRound> rounds = f.store.project().getSelectionRounds();
            assertEquals(1, rounds.size(), "the round was written into the project");
            assertEquals(6, rounds.get(0).getEntries().size());
        }
    }

    String trainModel(String token) throws Exception {
        Fixture.Answer job = f.call("POST", "/api/v1/training/jobs", token,
                "{\"name\":\"m\",\"task_type\":\"classify\",\"config\":{\"epochs\":1,\"image_size\":8}}");
        assertEquals(201, job.status(), job.toString());
        JsonNode trained = waitFor(f, "/api/v1/training/jobs/" + job.json().get("id").asText(), token,
                List.of("completed", "failed", "cancelled"));
        assertEquals("completed", trained.get("status").asText(), trained.toString());
        return trained.get("model_id").asText();
    }

    /** A served project whose last six images are unlabelled and which has an active model; the manager's token. */
    String managerWithATrainedModel() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        unlabelHalf();
        String manager = f.login("manager");
        trainModel(manager);
        return manager;
    }

    @Test
    void aSecondSelectionOfAProjectWaitsForTheFirstToFinish() throws Exception {
        String manager = managerWithATrainedModel();
        String p = "/api/v1/projects/" + f.projectId;
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        Fixture.MeanTrainer.predictionGate = gate;
        try {
            Fixture.Answer first = f.call("POST", p + "/al/selections", manager, "{\"strategy\":\"entropy\",\"batch\":2}");
            assertEquals(202, first.status(), first.toString());
            String location = first.header("Location");
            // the first is pending or predicting (held by the gate): a second is refused and told which one runs
            Fixture.Answer second = f.call("POST", p + "/al/selections", manager, "{\"strategy\":\"random\",\"batch\":3}");
            assertProblem(second, 409, "already");
            assertEquals(first.json().get("id").asText(), second.json().get("current").get("id").asText(),
                    "the running one: " + second);
            gate.countDown();
            assertEquals("completed", waitFor(f, location, manager, List.of("completed", "failed")).get("status")
                    .asText());
        } finally {
            gate.countDown();
            Fixture.MeanTrainer.predictionGate = null;
        }
        Fixture.Answer third = f.call("POST", p + "/al/selections", manager, "{\"strategy\":\"random\",\"batch\":3}");
        assertEquals(202, third.status(), "once the first has finished, the next may run: " + third);
        waitFor(f, third.header("Location"), manager, List.of("completed", "failed"));
        synchronized (f.store) {
            assertEquals(2, f.store.project().getSelectionRounds().size(), "the refused one wrote no round");
        }
    }

    @Test
    void theServerForgetsTheOldestFinishedSelections() throws Exception {
        String manager = managerWithATrainedModel();
        String p = "/api/v1/projects/" + f.projectId;
        int kept = 100; // QueueRoutes.FINISHED_KEPT
        List<String> locations = new ArrayList<>();
        for (int i = 0; i <= kept; i++) {
            Fixture.Answer job = f.call("POST", p + "/al/selections", manager, "{\"strategy\":\"random\",\"batch\":1}");
            assertEquals(202, job.status(), job.toString());
            locations.add(job.header("Location"));
            waitFor(f, locations.get(i), manager, List.of("completed", "failed"));
        }
        assertProblem(f.call("GET", locations.get(0), manager, null), 404, "newest 100 finished");
        for (String kept1 : locations.subList(1, locations.size())) {
            assertEquals(200, f.call("GET", kept1, manager, null).status(), kept1);
        }
        Fixture.Answer queue = f.call("GET", p + "/al/queue", manager, null);
        assertEquals(kept + 1, queue.json().get("round").asInt(), "every round stays in the project");
    }
}
