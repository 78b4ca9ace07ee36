package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code serve --db --workers N}: the server's own workers take jobs from the database queue as remote workers do
 * (claim with SKIP LOCKED, lease, epochs, model upload), so one command trains on one machine.
 */
class InProcessWorkersTest extends DatabaseServerTest {

    private JsonNode waitForEnd(String token, String jobId) throws Exception {
        JsonNode job = null;
        for (int i = 0; i < 300; i++) {
            job = f.call("GET", "/api/v1/training/jobs/" + jobId, token, null).json();
            String status = job.get("status").asText();
            if (status.equals("completed") || status.equals("failed") || status.equals("cancelled")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not end within 30 s: " + job);
    }

    @Test
    void theServersOwnWorkersTrainQueuedJobsEachOnce() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 50, 1 << 20, pg.db, Duration.ofSeconds(10));
        f.dbWorkers = 2;
        f.restartServer();
        String admin = f.login("admin");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Fixture.Answer created = f.call("POST", "/api/v1/training/jobs", admin,
                    "{\"name\":\"local" + i + "\",\"task_type\":\"classify\",\"config\":{\"epochs\":3,\"image_size\":8}}");
            assertEquals(201, created.status(), created.toString());
            ids.add(created.json().get("id").asText());
        }
        for (String id : ids) {
            JsonNode job = waitForEnd(admin, id);
            assertEquals("completed", job.get("status").asText(), job.toString());
            assertEquals(3, job.get("epochs").size(), job.toString());
            String model = job.get("model_id").asText();
            assertEquals(200, f.call("GET", "/api/v1/training/models?project=" + f.projectId, admin, null).status());
            assertTrue(f.call("GET", "/api/v1/training/models", admin, null).text().contains(model), model);
        }
        List<List<String>> done = rows("SELECT status, attempts, worker LIKE 'in-process-_ ((server)@127.0.0.1)' "
                + "FROM training_jobs ORDER BY name");
        assertEquals(List.of(List.of("completed", "1", "t"), List.of("completed", "1", "t"), List.of("completed", "1", "t")),
                done, "each job taken once, by an in-process worker");
        assertEquals(List.of(List.of("3")), rows("SELECT count(DISTINCT job_id) FROM training_job_epochs"));
        assertEquals(List.of(), rows("SELECT path FROM audit_log WHERE path LIKE '%/workers/claim' AND status = 204"),
                "idle claims are not audited");
        assertEquals(List.of(List.of("0")), rows("SELECT count(*) FROM sessions WHERE username NOT IN "
                + "(SELECT username FROM users)"), "the workers' token never reaches the database");
    }
}
