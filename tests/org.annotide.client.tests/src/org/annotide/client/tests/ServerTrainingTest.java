package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.client.ServerException;
import org.annotide.client.ServerTraining;
import org.annotide.client.SyncListener;
import org.annotide.ml.TrainingConfig;
import org.annotide.model.JobStatus;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server project trains on the server: a job made in a mirror goes to the server's queue, its in-process worker
 * trains it (a real DJL classifier, the {@code linear} architecture on 16-pixel images), and the mirror follows it
 * live over the job socket into its model, where the Training view reads it. The mirror itself never trains.
 */
class ServerTrainingTest extends ServerAndMirrors {

    private static final int IMAGES = 9; // img0 is the benchmark's; img1..img8 are labelled

    @BeforeEach
    void serve() throws Exception {
        server = new TeamServer(temp, IMAGES, null); // no database: the server's in-process worker trains
        Client manager = client("manager");
        for (int i = 1; i < IMAGES; i++) {
            manager.label("img" + i, i % 2 == 1 ? TeamServer.CLASS_ID : TeamServer.EMPTY_CLASS_ID);
        }
        manager.awaitSent();
    }

    private static TrainingConfig tiny(String name, int epochs) {
        return TrainingConfig.builder(name, TaskType.CLASSIFY).modelSize("linear").epochs(epochs).imageSize(16)
                .batchSize(4).seed(1).device("cpu").build();
    }

    /** What a mirror's listener heard of the server's training: "event job" lines. */
    private static List<String> heard(Client client) {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        client.remote.addListener(new SyncListener() {
            @Override
            public void training(String jobId, String event) {
                events.add(event + " " + jobId);
            }
        });
        return events;
    }

    /** The mirror's job of that id (null: none); on the owner thread (where {@link Client#await} checks). */
    private static TrainingJob job(Client client, String id) {
        return client.store().project().getTrainingJobs().stream().filter(j -> j.getId().equals(id)).findFirst()
                .orElse(null);
    }

    private static JsonNode serverJob(Client client, String id) throws ServerException {
        return client.connection.request("GET", "/api/v1/training/jobs/" + id, null).json();
    }

    /** Waits until the server's job has the status, asking from the test's thread. */
    private static void awaitOnServer(Client client, String id, String status, long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        String now;
        while (!(now = serverJob(client, id).get("status").asText()).equals(status)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the server's job " + id + " is " + now + ", not " + status + ", after "
                        + millis + " ms");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aJobMadeInAMirrorTrainsOnTheServerAndIsFollowedLive() throws Exception {
        Client manager = clients.get(0);
        Client other = client("admin"); // another user's mirror sees the job too
        List<String> events = heard(manager);
        ServerTraining training = manager.remote.serverTraining();
        manager.await(10_000, "the server's (empty) job list read", training::isCurrent);

        TrainingJob job = training.submit(tiny("cells on the server", 12));
        String id = job.getId();
        JsonNode listed = manager.connection.request("GET", "/api/v1/training/jobs?project=" + server.projectId, null)
                .json().path("items");
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(id, listed.get(0).get("id").asText(), "the server's queue has the mirror's job");
        assertEquals("linear", listed.get(0).path("config").path("model").asText(), listed.toString());

        manager.await(120_000, "the job completed in the mirror", () -> {
            TrainingJob seen = job(manager, id);
            return seen != null && seen.getStatus() == JobStatus.COMPLETED && seen.getResultModel() != null;
        });
        JsonNode done = serverJob(manager, id);
        assertEquals("completed", done.get("status").asText(), done.toString());
        TrainingJob mirrored = manager.onOwner(() -> job(manager, id));
        assertEquals(12, manager.onOwner(() -> mirrored.getEpochs().size()), "every epoch in the mirror");
        assertEquals(done.get("epochs").get(11).path("metrics").path("train_loss").asDouble(),
                manager.onOwner(() -> mirrored.getEpochs().get(11).getTrainLoss()), 1e-9);
        String modelId = done.get("model_id").asText();
        TrainedModel model = manager.onOwner(mirrored::getResultModel);
        assertEquals(modelId, model.getId(), "the server's model is the mirror's job's result");
        assertTrue(ServerTraining.isServerModel(model));
        assertTrue(manager.onOwner(model::isActive), "the server made its first classifier active");
        // heard live on the job's own socket, which may still be telling its last epochs and its end after the
        // project socket told the mirror of the completion (two sockets: no order between them)
        manager.await(10_000, "status_change, epoch_complete and training_complete heard on the job's socket", () -> {
            synchronized (events) {
                return events.contains("status_change " + id) && events.contains("epoch_complete " + id)
                        && events.contains("training_complete " + id);
            }
        });
        other.await(10_000, "the job and its model in another user's mirror", () -> {
            TrainingJob seen = job(other, id);
            return seen != null && seen.getStatus() == JobStatus.COMPLETED && seen.getResultModel() != null;
        });

        // the mirror never trained: every job and model it holds is the server's, and no model file was written
        manager.onOwner(() -> {
            manager.store().project().getTrainingJobs().forEach(j -> assertTrue(j.getConfiguration()
                    .containsKey("annotide.server"), j.getName() + " is a local job"));
            manager.store().project().getModels().forEach(m -> assertTrue(ServerTraining.isServerModel(m),
                    m.getName() + " is a local model"));
            return null;
        });
        assertEquals(List.of(), modelFiles(manager.store().folder()), "nothing trained or downloaded yet");

        // using the model downloads it once, byte for byte the server's export; later it is read offline
        Path file = training.modelFile(modelId);
        Path exported = temp.resolve("exported.atm");
        manager.connection.download("/api/v1/training/models/" + modelId + "/file", exported);
        assertArrayEquals(Files.readAllBytes(exported), Files.readAllBytes(file));
        assertEquals(List.of(file), modelFiles(manager.store().folder()));
        serverAway(manager);
        assertEquals(file, training.modelFile(modelId), "kept in the mirror");
        assertFalse(training.isCurrent(), "the jobs shown are the last known");
        assertEquals(JobStatus.COMPLETED, manager.onOwner(() -> job(manager, id).getStatus()), "still shown");
    }

    /**
     * A job another user queues through the API (a script, say) reaches the mirror over the project socket, and so do
     * its end, its model, an activation and a deletion: no reading of the lists in between (the mirror's listener hears
     * "jobs_read" at every reading that changes the model, and every event makes the next reading change it). An
     * Annotator's mirror, whose user may not see the project's training, hears none of it.
     */
    @Test
    void anotherUsersJobAndModelsArriveOnTheProjectSocket() throws Exception {
        Client manager = clients.get(0);
        Client admin = client("admin");
        Client annotator = client("ann");
        List<String> events = heard(manager);
        List<String> annotatorHeard = heard(annotator);
        ServerTraining training = manager.remote.serverTraining();
        manager.await(10_000, "the server's (empty) job list read", training::isCurrent);
        annotator.await(10_000, "the annotator's refusal read", () -> annotator.remote.serverTraining().refusal() != null);
        Thread.sleep(200); // the first reading's "jobs_read" is told just after it counts as current
        int readings = Collections.frequency(events, "jobs_read null");

        String first = queueThroughTheApi(admin, "scripted");
        manager.await(1_000, "the other user's job in the mirror within a second", () -> job(manager, first) != null);
        manager.await(120_000, "its end and its model in the mirror", () -> {
            TrainingJob seen = job(manager, first);
            return seen.getStatus() == JobStatus.COMPLETED && seen.getResultModel() != null
                    && seen.getResultModel().isActive();
        });
        String firstModel = serverJob(manager, first).get("model_id").asText();
        assertEquals(firstModel, manager.onOwner(() -> job(manager, first).getResultModel().getId()));
        assertNotNull(manager.onOwner(() -> job(manager, first).getFinishedAt()), "its end as the server has it");

        String second = queueThroughTheApi(admin, "again");
        manager.await(120_000, "the second model in the mirror", () -> job(manager, second) != null
                && job(manager, second).getResultModel() != null);
        String secondModel = serverJob(manager, second).get("model_id").asText();
        assertFalse(manager.onOwner(() -> model(manager, secondModel).isActive()), "the first one stays active");
        admin.connection.request("PATCH", "/api/v1/training/models/" + secondModel + "/activate", null);
        manager.await(1_000, "the activation in the mirror within a second", () -> model(manager, secondModel)
                .isActive() && !model(manager, firstModel).isActive());

        // the mirror's Delete of a server model deletes it on the server; another user's mirror hears of it
        training.delete(firstModel);
        assertEquals(null, manager.onOwner(() -> model(manager, firstModel)), "gone from the mirror at once");
        assertEquals(null, manager.onOwner(() -> job(manager, first).getResultModel()), "its job stays, without it");
        ServerException gone = assertThrows(ServerException.class, () -> manager.connection.request("DELETE",
                "/api/v1/training/models/" + firstModel, null));
        assertEquals(404, gone.status(), gone.getMessage());
        admin.await(1_000, "the deletion in another user's mirror", () -> model(admin, firstModel) == null
                && model(admin, secondModel) != null);

        synchronized (events) {
            assertEquals(readings, Collections.frequency(events, "jobs_read null"), "the lists were read again: "
                    + events);
            assertTrue(events.contains("job_created " + first) && events.contains("job_completed " + first)
                    && events.contains("model_created null") && events.contains("model_activated null"),
                    events.toString());
        }
        synchronized (annotatorHeard) {
            assertTrue(annotatorHeard.stream().noneMatch(e -> e.startsWith("job_") || e.startsWith("model_")
                    || e.startsWith("status_change") || e.startsWith("epoch_")), annotatorHeard.toString());
        }
        assertEquals(0, (int) annotator.onOwner(() -> annotator.store().project().getTrainingJobs().size()
                + annotator.store().project().getModels().size()), "nothing of the training in the annotator's mirror");
    }

    /** Queues a tiny job with the API alone, as a script would (no mirror involved); its id. */
    private String queueThroughTheApi(Client client, String name) throws ServerException {
        com.fasterxml.jackson.databind.node.ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("name", name).put("task_type", "classify").put("project",
                        server.projectId);
        body.putObject("config").put("model", "linear").put("epochs", 2).put("image_size", 16).put("batch_size", 4)
                .put("seed", 1).put("device", "cpu");
        return client.connection.request("POST", "/api/v1/training/jobs", body).json().get("id").asText();
    }

    private static TrainedModel model(Client client, String id) {
        return client.store().project().getModels().stream().filter(m -> m.getId().equals(id)).findFirst()
                .orElse(null);
    }

    @Test
    void cancelFromTheMirrorCancelsOnTheServer() throws Exception {
        Client manager = clients.get(0);
        ServerTraining training = manager.remote.serverTraining();
        TrainingJob job = training.submit(tiny("long", 100_000));
        String id = job.getId();
        manager.await(120_000, "the job training in the mirror", () -> job(manager, id).getStatus() == JobStatus.TRAINING
                && !job(manager, id).getEpochs().isEmpty());
        training.cancel(id);
        awaitOnServer(manager, id, "cancelled", 30_000);
        manager.await(10_000, "cancelled in the mirror", () -> job(manager, id).getStatus() == JobStatus.CANCELLED);
    }

    @Test
    void offlineCreateIsRefusedAndCreatesNothing() throws Exception {
        Client manager = clients.get(0);
        ServerTraining training = manager.remote.serverTraining();
        serverAway(manager);
        ServerException refused = assertThrows(ServerException.class, () -> training.submit(tiny("offline", 2)));
        assertTrue(refused.isUnreachable(), refused.getMessage());
        assertTrue(refused.getMessage().contains("unreachable") && refused.getMessage().contains("not created"),
                refused.getMessage());
        assertEquals(0, (int) manager.onOwner(() -> manager.store().project().getTrainingJobs().size()),
                "no job in the mirror");
        serverBack(manager);
        manager.await(10_000, "the jobs read again", training::isCurrent);
        assertEquals(0, manager.connection.request("GET", "/api/v1/training/jobs", null).json().path("items").size(),
                "none on the server");
        assertEquals(0, (int) manager.onOwner(() -> manager.store().project().getTrainingJobs().size()));
        assertEquals(List.of(), modelFiles(manager.store().folder()), "nothing trained here either");
    }

    @Test
    void anAnnotatorsJobIsRefusedWithTheServersMessage() throws Exception {
        Client annotator = client("ann");
        ServerTraining training = annotator.remote.serverTraining();
        annotator.await(10_000, "the refusal to list jobs read", () -> training.refusal() != null);
        ServerException refused = assertThrows(ServerException.class, () -> training.submit(tiny("mine", 2)));
        assertEquals(403, refused.status(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("The server refused the job: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("ann"), "the server's message: " + refused.getMessage());
        assertEquals(0, (int) annotator.onOwner(() -> annotator.store().project().getTrainingJobs().size()));
        assertEquals(0, clients.get(0).connection.request("GET", "/api/v1/training/jobs", null).json().path("items")
                .size(), "nothing queued on the server");
    }

    /** The model files in a mirror folder (a local training would write one under models/). */
    private static List<Path> modelFiles(Path folder) throws Exception {
        Path models = folder.resolve("models");
        if (!Files.isDirectory(models)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(models)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
