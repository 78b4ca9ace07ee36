package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.EpisodeRound;
import org.annotide.al.EpisodeSettings;
import org.annotide.al.StrategyRegistry;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.client.ServerRunner;
import org.annotide.client.ServerTraining;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.model.JobStatus;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An active-learning round in a mirror of a server project trains on the server ({@link ServerRunner}, what the
 * workbench's training site gives a round of a mirror): the round's job is queued there and its in-process worker
 * trains it, the round waits for it in the mirror, downloads the server's model once and scores the mirror's pool
 * with it here, and records the round as a local round does. The mirror trains nothing.
 */
class ServerRoundTest extends ServerAndMirrors {

    private static final int IMAGES = 9; // img1..img6 are labelled; img0 (the benchmark's), img7 and img8 are the pool

    private Client manager;
    private ServerTraining training;
    private ModelAccess access;

    @BeforeEach
    void serve() throws Exception {
        server = new TeamServer(temp, IMAGES, null); // no database: the server's in-process worker trains
        manager = client("manager");
        for (int i = 1; i <= 6; i++) {
            manager.label("img" + i, i % 2 == 1 ? TeamServer.CLASS_ID : TeamServer.EMPTY_CLASS_ID);
        }
        manager.awaitSent();
        training = manager.remote.serverTraining();
        access = ModelAccess.onOwner(manager.owner);
    }

    /** The episode's first model, trained on the server and followed into the mirror. */
    private TrainedModel firstModel() throws Exception {
        TrainingJob job = training.submit(TrainingConfig.builder("cells", TaskType.CLASSIFY).modelSize("linear")
                .epochs(2).imageSize(16).batchSize(4).seed(1).device("cpu").build());
        manager.await(120_000, "the first model in the mirror", () -> job.getStatus() == JobStatus.COMPLETED
                && job.getResultModel() != null);
        return manager.onOwner(job::getResultModel);
    }

    private EpisodeRound round() {
        ModelRegistry registry = new ModelRegistry(manager.store(), access, TrainerRegistry.installed(),
                training.remoteFiles());
        return new EpisodeRound(new ServerRunner(training, access), registry, access, ImagePixels.installed(),
                StrategyRegistry.installed());
    }

    private static ActiveLearning.Request request() {
        return new ActiveLearning.Request("least_confidence", 1, null, null, null, 7, "cpu", null);
    }

    private JsonNode serverJobs() throws ServerException {
        return manager.connection.request("GET", "/api/v1/training/jobs?project=" + server.projectId, null).json()
                .path("items");
    }

    @Test
    void aRoundInAMirrorTrainsOnTheServerAndScoresThePoolHere() throws Exception {
        TrainedModel first = firstModel();
        EpisodeSettings settings = new EpisodeSettings(EpisodeSettings.Mode.FROM_SCRATCH, 3, 16, 0.01, 2);

        EpisodeRound.Outcome outcome = round().run(first, request(), settings, new NullProgressMonitor(), step -> {
        });

        TrainedModel retrained = outcome.model();
        assertNotEquals(first.getId(), retrained.getId(), outcome.message());
        assertTrue(ServerTraining.isServerModel(retrained), "the round's model is the server's");
        JsonNode jobs = serverJobs();
        assertEquals(2, jobs.size(), jobs.toString());
        JsonNode roundJob = jobs.get(0).get("model_id") != null
                && retrained.getId().equals(jobs.get(0).path("model_id").asText()) ? jobs.get(0) : jobs.get(1);
        assertEquals(retrained.getId(), roundJob.path("model_id").asText(), "the server trained the round's model");
        assertEquals(3, roundJob.path("config").path("epochs").asInt(), "with the episode's settings: " + roundJob);
        assertEquals(16, roundJob.path("config").path("imageSize").asInt(), roundJob.toString());
        assertEquals(3, (int) manager.onOwner(() -> manager.store().project().getTrainingJobs().stream()
                .filter(j -> retrained.equals(j.getResultModel())).findFirst().orElseThrow().getEpochs().size()),
                "the round followed the server's epochs in the mirror");

        ActiveLearning.Round round = outcome.round();
        assertEquals(1, round.number());
        assertEquals(retrained.getId(), round.modelId());
        assertEquals(3, round.poolSize(), "img0, img7 and img8, read from the mirror");
        assertEquals(List.of(), round.skipped(), "every pool image was read");
        assertEquals(1, round.batch().size());
        SelectionRound recorded = manager.onOwner(() -> manager.store().project().getSelectionRounds().get(0));
        assertEquals(retrained, manager.onOwner(recorded::getModel));
        assertEquals(3, (int) manager.onOwner(() -> recorded.getEntries().size()));
        assertTrue(Files.isRegularFile(training.modelFile(retrained.getId())), "downloaded into the mirror");
    }

    /**
     * A fine-tuning round trains on the server too, from the previous round's model (the server's, by its id): it
     * trains at a learning rate too small to learn anything in its epochs, so its model must predict what the first
     * predicts, to the fourth decimal, on every image the server lets the manager ask about: only weights that started
     * as the first model's do (a model from scratch is a random guess, often confidently right on these images, so
     * comparing losses with a round from scratch was luck).
     */
    @Test
    void aFineTuningRoundStartsOnTheServerFromThePreviousRoundsModel() throws Exception {
        TrainingJob firstJob = training.submit(TrainingConfig.builder("cells", TaskType.CLASSIFY).modelSize("linear")
                .epochs(12).imageSize(16).batchSize(4).learningRate(0.5).seed(1).device("cpu").build());
        manager.await(120_000, "the first model in the mirror", () -> firstJob.getStatus() == JobStatus.COMPLETED
                && firstJob.getResultModel() != null);
        TrainedModel first = manager.onOwner(firstJob::getResultModel);

        EpisodeRound.Outcome tuned = round().run(first, request(),
                new EpisodeSettings(EpisodeSettings.Mode.FINE_TUNE, 2, 16, 1e-6, 2), new NullProgressMonitor(), step -> {
                });

        assertNotEquals(first.getId(), tuned.model().getId(), tuned.message());
        assertTrue(ServerTraining.isServerModel(tuned.model()), "trained on the server");
        JsonNode tunedJob = serverJob(tuned.model().getId());
        assertEquals(first.getId(), tunedJob.path("from_model").asText(), "it started from the first model: " + tunedJob);
        List<String> images = manager.onOwner(() -> manager.store().project().getImages().stream()
                .map(i -> i.getId()).toList());
        int compared = 0;
        for (String image : images) {
            Map<String, Double> before = scores(image, first.getId());
            if (before == null) {
                continue; // ground truth, which the server predicts on for no manager
            }
            Map<String, Double> after = scores(image, tuned.model().getId());
            assertEquals(before.keySet(), after.keySet());
            before.forEach((labelClass, score) -> assertEquals(score, after.get(labelClass), 1e-4,
                    "the fine-tuned model predicts what the first predicts on " + image + ": " + before + " / " + after));
            compared++;
        }
        assertTrue(compared >= 4, "compared on " + compared + " of " + images);
        assertEquals(1, (int) manager.onOwner(() -> manager.store().project().getSelectionRounds().size()),
                "the round recorded");
    }

    /** A model's score for each class on an image, through the server's predictions route; null where refused. */
    private Map<String, Double> scores(String image, String modelId) throws ServerException {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("model_id", modelId);
        ServerConnection.Answer answer;
        try {
            answer = manager.connection.request("POST", "/api/v1/projects/" + server.projectId + "/images/" + image
                    + "/predictions", body);
        } catch (ServerException e) {
            if (e.status() == 403) {
                return null;
            }
            throw e;
        }
        Map<String, Double> scores = new TreeMap<>();
        answer.json().get("predictions").forEach(p -> scores.put(p.get("label_class").asText(), p.get("score").asDouble()));
        return scores;
    }

    /** The server's job that trained this model. */
    private JsonNode serverJob(String modelId) throws ServerException {
        for (JsonNode job : serverJobs()) {
            if (modelId.equals(job.path("model_id").asText())) {
                return job;
            }
        }
        throw new AssertionError("no server job trained " + modelId + ": " + serverJobs());
    }

    @Test
    void offlineTheRoundSaysWhyAndRecordsNothing() throws Exception {
        TrainedModel first = firstModel();
        training.modelFile(first.getId()); // the round reads the first model's configuration
        serverAway(manager);

        ActiveLearningException refused = assertThrows(ActiveLearningException.class, () -> round().run(first,
                request(), new EpisodeSettings(EpisodeSettings.Mode.FROM_SCRATCH, 3, 16, 0.01, 2),
                new NullProgressMonitor(), step -> {
                }));

        assertTrue(refused.getMessage().contains("unreachable"), refused.getMessage());
        assertEquals(0, (int) manager.onOwner(() -> manager.store().project().getSelectionRounds().size()));
        assertEquals(1, (int) manager.onOwner(() -> manager.store().project().getTrainingJobs().size()));
    }

    @Test
    void cancellingTheRoundCancelsTheServersJobAndRecordsNothing() throws Exception {
        TrainedModel first = firstModel();
        NullProgressMonitor monitor = new NullProgressMonitor();
        Thread canceller = new Thread(() -> {
            try {
                manager.await(120_000, "the round's job training in the mirror", () -> manager.store().project()
                        .getTrainingJobs().stream().anyMatch(j -> j.getResultModel() == null && !j.getEpochs().isEmpty()));
                monitor.setCanceled(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        canceller.start();

        OperationCanceledException cancelled = assertThrows(OperationCanceledException.class, () -> round().run(first,
                request(), new EpisodeSettings(EpisodeSettings.Mode.FROM_SCRATCH, 10_000, 16, 0.01, 2), monitor,
                step -> {
                }));
        canceller.join();

        assertTrue(cancelled.getMessage().startsWith("Round cancelled; nothing was recorded"), cancelled.getMessage());
        JsonNode jobs = serverJobs();
        assertEquals(1, jobs.size(), "the round's job cancelled on the server and removed from its list: " + jobs);
        assertEquals(0, (int) manager.onOwner(() -> manager.store().project().getSelectionRounds().size()));
    }

    /** A round that ends without using the model the server made for it (it failed after) deletes that model there. */
    @Test
    void aDiscardedRoundsModelIsDeletedOnTheServer() throws Exception {
        TrainedModel first = firstModel();
        ServerRunner runner = new ServerRunner(training, access);
        TrainingJob job = runner.submit(manager.store(), TrainingConfig.builder("round", TaskType.CLASSIFY)
                .modelSize("linear").epochs(1).imageSize(16).batchSize(4).seed(2).device("cpu").build());
        assertEquals(JobStatus.COMPLETED, runner.await(manager.store(), job, 120, java.util.concurrent.TimeUnit.SECONDS)
                .status());
        String made = manager.onOwner(() -> job.getResultModel().getId());

        runner.discard(manager.store(), job, null);

        JsonNode models = manager.connection.request("GET", "/api/v1/training/models?project=" + server.projectId,
                null).json().path("items");
        assertEquals(1, models.size(), "only the first model is left on the server: " + models);
        assertEquals(first.getId(), models.get(0).path("id").asText(), models.toString());
        assertEquals(1, serverJobs().size(), "the round's job removed from the server's list");
        assertTrue(manager.onOwner(() -> manager.store().project().getModels().stream()
                .noneMatch(m -> m.getId().equals(made))), "and from the mirror");
    }
}
