package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.server.TrainingWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A real server on PostgreSQL and workers over HTTP: a worker takes a queued job, trains it on its own copy of the
 * project, streams its epochs and uploads the model; concurrent claims never share a job (SKIP LOCKED); a job
 * whose worker stops renewing its lease goes back to the queue, and after its last attempt fails with the reason.
 */
class WorkerTest extends DatabaseServerTest {

    ProjectStore copy;

    @AfterEach
    void closeCopy() { // before the server and the database (DatabaseServerTest)
        if (copy != null) {
            copy.close();
        }
    }

    private void start(Duration lease) throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 20, 1 << 20, pg.db, lease);
    }

    /** The worker's own copy of the project folder (as on another machine with the same image paths). */
    private TrainingWorker worker(String token, String name) throws Exception {
        if (copy == null) {
            Path target = temp.resolve("worker-copy").resolve("shapes");
            try (Stream<Path> files = Files.walk(f.store.folder())) {
                for (Path source : files.toList()) {
                    Path to = target.resolve(f.store.folder().relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(to);
                    } else if (!source.getFileName().toString().equals(".lock")) {
                        Files.copy(source, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            copy = ProjectStore.open(target);
        }
        return new TrainingWorker(URI.create(f.server.baseUrl()), token, name, Map.of(f.projectId, copy), f.trainers(),
                System.out).through(f.checkedHttp()); // every answer it gets held to the OpenAPI document
    }

    private String queueJob(String token, String name, int epochs) throws Exception {
        Fixture.Answer created = f.call("POST", "/api/v1/training/jobs", token, "{\"name\":\"" + name
                + "\",\"task_type\":\"classify\",\"config\":{\"epochs\":" + epochs + ",\"image_size\":8}}");
        assertEquals(201, created.status(), created.toString());
        assertEquals("pending", created.json().get("status").asText());
        return created.json().get("id").asText();
    }

    private List<String> row(String sql, String id) {
        return pg.db.call(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    List<String> row = new ArrayList<>();
                    if (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            row.add(r.getString(i));
                        }
                    }
                    return row;
                }
            }
        });
    }

    private Fixture.Answer claim(String token, String worker) throws Exception {
        return f.call("POST", "/api/v1/workers/claim", token, "{\"worker\":\"" + worker + "\"}");
    }

    @Test
    void aWorkerTakesAQueuedJobStreamsItsEpochsAndUploadsTheModel() throws Exception {
        start(Duration.ofSeconds(30));
        String admin = f.login("admin");
        String jobId = queueJob(admin, "remote", 3);
        assertEquals(List.of("queued", "0"), row("SELECT status, attempts FROM training_jobs WHERE id = ?", jobId));
        TrainingApiTest.Collector socket = new TrainingApiTest.Collector();
        f.socket("/api/v1/training/ws/" + jobId + "?token=" + admin, socket).join();

        assertEquals(TrainingWorker.Outcome.COMPLETED, worker(f.login("manager"), "w1").runOne());
        assertTrue(socket.complete.await(10, TimeUnit.SECONDS), "training_complete over the WebSocket: " + socket.messages);

        JsonNode job = f.call("GET", "/api/v1/training/jobs/" + jobId, admin, null).json();
        assertEquals("completed", job.get("status").asText(), job.toString());
        assertEquals(3, job.get("epochs").size());
        assertEquals(1.0 / 3, job.get("epochs").get(2).get("metrics").get("train_loss").asDouble(), 1e-9);
        String modelId = job.get("model_id").asText();
        JsonNode models = f.call("GET", "/api/v1/training/models?task_type=classify", admin, null).json().get("items");
        assertEquals(modelId, models.get(0).get("id").asText());
        assertTrue(Files.isRegularFile(f.store.folder().resolve(f.store.project().getModels().get(0).getWeightsLocation())),
                "the uploaded model file lies in the server's project");
        List<String> record = row("SELECT status, attempts, model_id, worker FROM training_jobs WHERE id = ?", jobId);
        assertEquals(List.of("completed", "1", modelId), record.subList(0, 3));
        assertTrue(record.get(3).startsWith("w1 (manager@127.0.0.1)"), record.toString());
        assertEquals(List.of("3"), row("SELECT count(*) FROM training_job_epochs WHERE job_id = ?", jobId));

        List<String> types = socket.messages.stream().map(m -> m.get("type").asText()
                + (m.has("status") ? ":" + m.get("status").asText() : "")).toList();
        assertTrue(types.containsAll(List.of("status_change:preparing", "status_change:training", "epoch_complete",
                "training_complete")), types.toString());
        assertEquals(3, types.stream().filter("epoch_complete"::equals).count(), types.toString());
        assertEquals(TrainingWorker.Outcome.NONE_QUEUED, worker(admin, "w1").runOne(), "the queue is empty now");
        assertEquals(403, claim(f.login("ann"), "sneaky").status(), "annotators do not train");
    }

    @Test
    void concurrentClaimsNeverShareAJob() throws Exception {
        start(Duration.ofSeconds(60));
        String admin = f.login("admin");
        Set<String> queued = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            queued.add(queueJob(admin, "job" + i, 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Fixture.Answer>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "w" + i;
                claims.add(() -> claim(admin, name));
            }
            Set<String> taken = new HashSet<>();
            int none = 0;
            for (Future<Fixture.Answer> answer : pool.invokeAll(claims)) {
                Fixture.Answer a = answer.get();
                if (a.status() == 204) {
                    none++;
                } else {
                    assertEquals(200, a.status(), a.toString());
                    assertTrue(taken.add(a.json().get("job_id").asText()), "a job was handed out twice: " + a);
                }
            }
            assertEquals(queued, taken, "every job to exactly one worker");
            assertEquals(2, none);
        } finally {
            pool.shutdownNow();
        }
        JsonNode jobs = f.call("GET", "/api/v1/training/jobs?status=preparing", admin, null).json().get("items");
        assertEquals(6, jobs.size());

        // Another claimer's transaction holds the oldest queued job: a claim skips it at once, never waits or shares.
        String first = queueJob(admin, "held", 1);
        String second = queueJob(admin, "next", 1);
        try (java.sql.Connection other = pg.db.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement p = other.prepareStatement("SELECT id FROM training_jobs WHERE id = ? FOR UPDATE")) {
                p.setString(1, first);
                p.executeQuery().close();
            }
            ExecutorService one = Executors.newSingleThreadExecutor();
            try {
                Future<Fixture.Answer> claimed = one.submit(() -> claim(admin, "skipper"));
                assertEquals(second, claimed.get(5, TimeUnit.SECONDS).json().get("job_id").asText(),
                        "the locked job is skipped, the next one taken");
            } finally {
                other.rollback();
                one.shutdownNow();
            }
        }
        assertEquals(first, claim(admin, "after").json().get("job_id").asText(), "once free, the held job is taken");
    }

    @Test
    void aJobWhoseWorkerDiesGoesBackToTheQueueAndIsThenTrainedOnce() throws Exception {
        start(Duration.ofSeconds(2));
        String admin = f.login("admin");
        String jobId = queueJob(admin, "orphan", 2);
        Fixture.Answer dead = claim(admin, "dies"); // claims, then never renews its lease: a killed worker
        assertEquals(jobId, dead.json().get("job_id").asText());
        String deadLease = dead.json().get("lease").asText();
        String status = null;
        for (int i = 0; i < 100 && !"pending".equals(status); i++) {
            Thread.sleep(100);
            status = f.call("GET", "/api/v1/training/jobs/" + jobId, admin, null).json().get("status").asText();
        }
        assertEquals("pending", status, "back in the queue after the lease ran out");
        assertEquals(List.of("queued", "1"), row("SELECT status, attempts FROM training_jobs WHERE id = ?", jobId));
        assertTrue(row("SELECT error FROM training_jobs WHERE id = ?", jobId).get(0).contains("stopped renewing its lease"));
        Fixture.Answer late = f.call("POST", "/api/v1/workers/jobs/" + jobId + "/heartbeat", admin,
                "{\"lease\":\"" + deadLease + "\"}");
        assertEquals(409, late.status(), "the dead worker's lease is not honoured any more: " + late);
        Fixture.Answer lateEpoch = f.call("POST", "/api/v1/workers/jobs/" + jobId + "/epochs", admin, "{\"lease\":\""
                + deadLease + "\",\"epoch\":1,\"epochs\":2,\"train_loss\":1,\"val_loss\":1}");
        assertEquals(409, lateEpoch.status(), lateEpoch.toString());

        assertEquals(TrainingWorker.Outcome.COMPLETED, worker(admin, "healthy").runOne());
        JsonNode job = f.call("GET", "/api/v1/training/jobs/" + jobId, admin, null).json();
        assertEquals("completed", job.get("status").asText(), job.toString());
        assertEquals(2, job.get("epochs").size(), "only the second attempt's epochs");
        assertEquals(List.of("completed", "2"), row("SELECT status, attempts FROM training_jobs WHERE id = ?", jobId));

        String doomed = queueJob(admin, "doomed", 1);
        pg.sql("UPDATE training_jobs SET max_attempts = 1 WHERE id = '" + doomed + "'");
        assertEquals(doomed, claim(admin, "dies-too").json().get("job_id").asText());
        for (int i = 0; i < 100 && !"failed".equals(status); i++) {
            Thread.sleep(100);
            status = f.call("GET", "/api/v1/training/jobs/" + doomed, admin, null).json().get("status").asText();
        }
        JsonNode failed = f.call("GET", "/api/v1/training/jobs/" + doomed, admin, null).json();
        assertEquals("failed", failed.get("status").asText(), failed.toString());
        assertTrue(failed.get("error").asText().contains("given up"), failed.toString());
        assertEquals(204, claim(admin, "late").status(), "a failed job is not handed out again");
    }

    @Test
    void aCancelledJobIsNotHandedOutAndItsWorkerStops() throws Exception {
        start(Duration.ofSeconds(30));
        String admin = f.login("admin");
        String queued = queueJob(admin, "never", 1);
        Fixture.Answer cancelled = f.call("DELETE", "/api/v1/training/jobs/" + queued, admin, null);
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("cancelled", cancelled.json().get("status").asText());
        assertEquals(204, claim(admin, "w").status());

        String running = queueJob(admin, "stopped", 1);
        Fixture.Answer held = claim(admin, "w");
        assertEquals(running, held.json().get("job_id").asText());
        assertEquals(200, f.call("DELETE", "/api/v1/training/jobs/" + running, admin, null).status());
        Fixture.Answer beat = f.call("POST", "/api/v1/workers/jobs/" + running + "/heartbeat", admin,
                "{\"lease\":\"" + held.json().get("lease").asText() + "\"}");
        assertEquals(409, beat.status(), "the worker learns at its next heartbeat: " + beat);
        assertEquals(List.of("cancelled"), row("SELECT status FROM training_jobs WHERE id = ?", running));
        assertEquals(204, f.call("DELETE", "/api/v1/training/jobs/" + running, admin, null).status(), "then deleted");
        assertEquals(List.of(), row("SELECT status FROM training_jobs WHERE id = ?", running));
        assertNotNull(f.server);
    }
}
