package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ModelFile;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Role;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.server.TrainingWorker;
import org.annotide.server.db.ServerProjects;
import org.annotide.server.internal.ServerCore;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code config.from_model}: a job of the training API that fine-tunes a registered model. The server's own worker
 * (over HTTP, as a remote one) downloads the model's file and starts from its weights, as a local job does; a
 * from_model that names no model the user may train with, another project's or another task's is refused.
 */
class FineTuningTest extends DatabaseServerTest {

    private ProjectStore other;

    @AfterEach
    void closeOther() { // before the server and the database (DatabaseServerTest)
        if (other != null) {
            other.close();
        }
    }

    private static final String LINEAR = "\"model\":\"linear\",\"image_size\":16,\"batch_size\":4,\"device\":\"cpu\","
            + "\"seed\":1,\"learning_rate\":0.05";
    /** LINEAR at a learning rate too small to move the weights in an epoch. */
    private static final String STILL = LINEAR.replace("\"learning_rate\":0.05", "\"learning_rate\":0.000001");

    private JsonNode waitForEnd(String token, String jobId) throws Exception {
        JsonNode job = null;
        for (int i = 0; i < 1200; i++) {
            job = f.call("GET", "/api/v1/training/jobs/" + jobId, token, null).json();
            String status = job.get("status").asText();
            if (status.equals("completed") || status.equals("failed") || status.equals("cancelled")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not end within 120 s: " + job);
    }

    private JsonNode train(String token, String name, String config) throws Exception {
        Fixture.Answer created = f.call("POST", "/api/v1/training/jobs", token,
                "{\"name\":\"" + name + "\",\"task_type\":\"classify\",\"config\":{" + config + "}}");
        assertEquals(201, created.status(), created.toString());
        JsonNode job = waitForEnd(token, created.json().get("id").asText());
        assertEquals("completed", job.get("status").asText(), job.toString());
        return job;
    }

    /** A model's score for each class on an image, through the predictions route. */
    private Map<String, Double> scores(String token, String image, String modelId) throws Exception {
        Fixture.Answer answer = f.call("POST", "/api/v1/projects/" + f.projectId + "/images/" + image + "/predictions",
                token, "{\"model_id\":\"" + modelId + "\"}");
        assertEquals(200, answer.status(), answer.toString());
        Map<String, Double> scores = new java.util.TreeMap<>();
        answer.json().get("predictions").forEach(p -> scores.put(p.get("label_class").asText(), p.get("score").asDouble()));
        return scores;
    }

    @Test
    void aJobStartsFromTheModelItNamesOnTheServersWorker() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        f.trainerRegistry = TrainerRegistry.installed(); // the DJL trainers: the "linear" classifier
        f.dbWorkers = 1;
        f.restartServer();
        String manager = f.login("manager");
        JsonNode base = train(manager, "base", "\"epochs\":6," + LINEAR);
        String baseModel = base.get("model_id").asText();

        // the fine-tuned job learns next to nothing in its epoch (STILL), so its model must predict what the base
        // predicts, to the fourth decimal, on every image: only weights that started as the base's do (a model from
        // scratch is a random guess, and on these two classes of grey images a guess is often confidently right, so
        // comparing losses with one from scratch was luck)
        Fixture.Answer queued = f.call("POST", "/api/v1/training/jobs", manager, "{\"name\":\"tuned\","
                + "\"task_type\":\"classify\",\"config\":{\"epochs\":1," + STILL + ",\"from_model\":\"" + baseModel + "\"}}");
        assertEquals(201, queued.status(), queued.toString());
        assertEquals(baseModel, queued.json().get("from_model").asText(), "recorded on the job: " + queued);
        JsonNode tuned = waitForEnd(manager, queued.json().get("id").asText());
        assertEquals("completed", tuned.get("status").asText(), tuned.toString());

        String tunedModel = tuned.get("model_id").asText();
        assertNotEquals(baseModel, tunedModel, "a new model");
        assertEquals(baseModel, f.call("GET", "/api/v1/training/jobs/" + tuned.get("id").asText(), manager, null).json()
                .get("from_model").asText());
        java.util.List<String> images;
        synchronized (f.store) {
            images = f.store.project().getImages().stream().map(i -> i.getId()).filter(id -> !id.equals(f.gtImage))
                    .toList();
        }
        for (String image : images) {
            Map<String, Double> before = scores(manager, image, baseModel);
            Map<String, Double> after = scores(manager, image, tunedModel);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((labelClass, score) -> assertEquals(score, after.get(labelClass), 1e-4,
                    "the fine-tuned model predicts what its base predicts on " + image + ": " + before + " / " + after));
        }
        Fixture.Answer file = f.call("GET", "/api/v1/training/models/" + tunedModel + "/file", manager, null);
        assertEquals(200, file.status());
        Path saved = Files.write(temp.resolve("tuned" + ModelFile.EXTENSION), file.raw().body());
        assertEquals(baseModel, ModelFile.read(saved).descriptor().configuration().get(TrainingConfig.FROM_MODEL),
                "the model says what it was fine-tuned from");
        assertEquals(java.util.List.of(java.util.List.of("completed", "1")),
                rows("SELECT status, attempts FROM training_jobs WHERE name = 'tuned'"));
    }

    @Test
    void aFromModelThatTheUserMayNotTrainWithOrThatDoesNotFitIsRefused() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        other = ProjectStore.create(temp.resolve("workspace").resolve("other"), "other");
        model(other, "theirs", TaskType.CLASSIFY);
        model(f.store, "detector", TaskType.DETECT);
        f.more.add(other);
        f.restartServer();
        String manager = f.login("manager");
        String admin = f.login("admin");

        Fixture.Answer unknown = job(manager, "nothing-such");
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.text().contains("nothing-such"), unknown.toString());
        Fixture.Answer detector = job(manager, "detector");
        assertEquals(400, detector.status(), detector.toString());
        assertTrue(detector.text().contains("detect"), detector.toString());
        Fixture.Answer notMember = job(manager, "theirs");
        assertEquals(404, notMember.status(), "the manager is no member of the other project: " + notMember);
        Fixture.Answer otherProject = job(admin, "theirs");
        assertEquals(400, otherProject.status(), otherProject.toString());
        assertTrue(otherProject.text().contains("'" + ServerCore.projectId(other) + "'"), otherProject.toString());
        new ServerProjects(pg.db).setMember(ServerCore.projectId(other), "manager", Role.ANNOTATOR, "admin");
        Fixture.Answer annotatorThere = null;
        for (int i = 0; i < 40 && (annotatorThere == null || annotatorThere.status() == 404); i++) {
            Thread.sleep(100); // the server's membership cache holds for a second
            annotatorThere = job(manager, "theirs");
        }
        assertEquals(403, annotatorThere.status(), "an annotator there may not train with its models: " + annotatorThere);
        Fixture.Answer notText = f.call("POST", "/api/v1/training/jobs", manager,
                "{\"name\":\"n\",\"task_type\":\"classify\",\"config\":{\"from_model\":7}}");
        assertEquals(400, notText.status(), notText.toString());
        assertEquals(java.util.List.of(java.util.List.of("0")), rows("SELECT count(*) FROM training_jobs"),
                "nothing was queued");
    }

    /** A model deleted after the job that fine-tunes it was queued: the worker cannot download it, and says so. */
    @Test
    void aJobWhoseModelIsDeletedBeforeItsWorkerStartsFailsWithTheReason() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30)); // no in-process workers: this one only
        String manager = f.login("manager");
        TrainingWorker worker = new TrainingWorker(URI.create(f.server.baseUrl()), manager, "w", Map.of(f.projectId,
                f.store), f.trainers(), System.out).through(f.checkedHttp()); // its answers held to the document
        Fixture.Answer base = f.call("POST", "/api/v1/training/jobs", manager,
                "{\"name\":\"base\",\"task_type\":\"classify\",\"config\":{\"epochs\":1,\"image_size\":8}}");
        assertEquals(TrainingWorker.Outcome.COMPLETED, worker.runOne());
        String baseModel = f.call("GET", "/api/v1/training/jobs/" + base.json().get("id").asText(), manager, null).json()
                .get("model_id").asText();
        Fixture.Answer tuned = job(manager, baseModel);
        assertEquals(201, tuned.status(), tuned.toString());
        assertEquals(204, f.call("DELETE", "/api/v1/training/models/" + baseModel, manager, null).status());

        assertEquals(TrainingWorker.Outcome.FAILED, worker.runOne());

        JsonNode failed = f.call("GET", "/api/v1/training/jobs/" + tuned.json().get("id").asText(), manager, null).json();
        assertEquals("failed", failed.get("status").asText(), failed.toString());
        assertTrue(failed.get("error").asText().contains("the model to start from, " + baseModel
                + ", could not be downloaded (404)"), failed.toString());
    }

    private Fixture.Answer job(String token, String fromModel) throws Exception {
        return f.call("POST", "/api/v1/training/jobs", token, "{\"name\":\"tuned\",\"task_type\":\"classify\","
                + "\"project\":\"" + f.projectId + "\",\"config\":{\"epochs\":1,\"from_model\":\"" + fromModel + "\"}}");
    }

    /** A model registered in the project (its file is not needed: these jobs are refused before anything trains). */
    private static void model(ProjectStore store, String id, TaskType type) {
        TrainedModel model = AnnotideFactory.eINSTANCE.createTrainedModel();
        model.setId(id);
        model.setName(id);
        model.setType(type);
        synchronized (store) {
            store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.PROJECT__MODELS, model));
        }
    }
}
