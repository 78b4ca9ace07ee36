package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.model.Annotation;
import org.annotide.model.TrainedModel;
import org.annotide.server.TrainingWorker;
import org.annotide.tests.support.db.ScratchDatabase;
import org.annotide.tests.support.db.ScratchDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The "two clients and a worker share a project", end to end on real parts: a team server on PostgreSQL, a
 * manager's and an annotator's client labelling half the images each and seeing each other's labels within a second,
 * and a worker on its own synchronised copy of the project that takes the manager's training job from the database
 * queue, trains a real DJL classifier on both users' labels and uploads the model into the project.
 */
class TeamScenarioTest {

    private static final int IMAGES = 13; // img0 is the benchmark's (ground truth); img1..img12 are labelled

    @TempDir
    Path temp;
    @RegisterExtension
    final ScratchDatabases databases = new ScratchDatabases(); // drops the test's database after stop()
    private org.annotide.server.db.ServerDatabase db;
    private TeamServer server;
    private final List<Client> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(Client::close);
        try {
            if (server != null) {
                server.close(); // fails the test with what the server sent that differs from its OpenAPI document
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private Client client(String user) throws Exception {
        Client c = new Client(server, user, temp.resolve("mirrors-" + user + "-" + clients.size()));
        clients.add(c);
        return c;
    }

    /** Odd images are bright (cell), even ones dark (empty): see {@link TeamServer}. */
    private static String truth(int image) {
        return image % 2 == 1 ? TeamServer.CLASS_ID : TeamServer.EMPTY_CLASS_ID;
    }

    @Test
    void twoClientsAndAWorkerShareAProject() throws Exception {
        ScratchDatabase database = databases.create();
        db = org.annotide.server.db.ServerDatabase.open(database.settings(4));
        server = new TeamServer(temp, IMAGES, db);
        Client manager = client("manager");
        Client annotator = client("ann");

        // each labels half; each sees the other's labels arrive within a second
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i < IMAGES; i++) {
            (i <= 6 ? manager : annotator).label("img" + i, truth(i));
            expected.add("img" + i);
        }
        manager.awaitSent();
        annotator.awaitSent();
        manager.await(1_000, "the annotator's labels", () -> uncheckedLabelled(manager).equals(expected));
        annotator.await(1_000, "the manager's labels", () -> uncheckedLabelled(annotator).equals(expected));
        for (int i = 1; i < IMAGES; i++) {
            List<Annotation> seen = annotator.annotations("img" + i);
            assertEquals(1, seen.size(), "img" + i);
            assertEquals(truth(i), seen.get(0).getLabelClass().getId(), "img" + i);
            assertEquals(i <= 6 ? "manager" : "ann", seen.get(0).getAuthor(), "img" + i + "'s author");
        }

        // the manager queues a job; an annotator may not
        ObjectNode job = JsonNodeFactory.instance.objectNode().put("name", "cells").put("task_type", "classify");
        job.putObject("config").put("epochs", 3).put("image_size", 16).put("seed", 1);
        ServerException refused = assertThrows(ServerException.class,
                () -> annotator.connection.request("POST", "/api/v1/training/jobs", job));
        assertEquals(403, refused.status(), "an annotator does not run training: " + refused.getMessage());
        ServerConnection.Answer queued = manager.connection.request("POST", "/api/v1/training/jobs", job);
        assertEquals(201, queued.status(), queued.toString());
        String jobId = queued.json().get("id").asText();

        // the worker: its own synchronised copy of the project, a token of the manager, the installed trainers
        Client copy = client("manager");
        copy.await(1_000, "every label in the worker's copy", () -> uncheckedLabelled(copy).equals(expected));
        URI url = URI.create(server.url());
        TrainingWorker worker = new TrainingWorker(url, TrainingWorker.login(url, "manager",
                TeamServer.PASSWORD.toCharArray()), "worker-1", Map.of(server.projectId, copy.store()),
                TrainerRegistry.installed(), ModelAccess.onOwner(copy.owner), System.out, null) // the copy changes there
                .through(server.documents.client(server.url())); // its answers held to the OpenAPI document too
        assertEquals(TrainingWorker.Outcome.COMPLETED, worker.runOne());
        assertEquals(TrainingWorker.Outcome.NONE_QUEUED, worker.runOne(), "the queue is empty now");

        JsonNode done = manager.connection.request("GET", "/api/v1/training/jobs/" + jobId, null).json();
        assertEquals("completed", done.get("status").asText(), done.toString());
        assertEquals(3, done.get("epochs").size(), done.toString());
        String modelId = done.get("model_id").asText();
        JsonNode models = manager.connection.request("GET", "/api/v1/training/models?task_type=classify", null).json();
        assertTrue(models.toString().contains(modelId), "the team's model is listed: " + models);

        // the model learnt from both users' labels: six of each class, from all twelve images
        ModelRegistry registry = new ModelRegistry(server.store, ModelAccess.synchronizedOnStore(),
                TrainerRegistry.installed());
        TrainedModel model = registry.find(modelId);
        assertNotNull(model);
        ModelDescriptor descriptor = registry.modelFile(model).descriptor();
        assertEquals(List.of(TeamServer.CLASS_ID, TeamServer.EMPTY_CLASS_ID), descriptor.classes());
        assertEquals("6", descriptor.dataset().get("dataset.class." + TeamServer.CLASS_ID), descriptor.dataset().toString());
        assertEquals("6", descriptor.dataset().get("dataset.class." + TeamServer.EMPTY_CLASS_ID),
                descriptor.dataset().toString());
        int train = Integer.parseInt(descriptor.dataset().get("dataset.train"));
        int validation = Integer.parseInt(descriptor.dataset().get("dataset.validation"));
        assertEquals(12, train + validation, descriptor.dataset().toString());
    }

    private static Set<String> uncheckedLabelled(Client c) {
        Set<String> images = new TreeSet<>();
        c.store().project().getImages().forEach(i -> i.getAnnotations().forEach(a -> images.add(i.getId())));
        return images;
    }
}
