package org.annotide.server.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.annotide.server.db.ServerDatabase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The training queue in PostgreSQL (table {@code training_jobs}): queued jobs are claimed by workers with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, so two workers never get the same job; a claim is a lease (a random
 * token and an expiry) that the worker renews; every write from a worker names its lease and is refused once the
 * lease is gone. {@link #reap()} puts jobs whose lease ran out back into the queue, or fails them after
 * {@code max_attempts} claims.
 */
final class JobQueue {

    /** A job a worker now holds. */
    record Claim(String id, String projectId, String name, String taskType, Map<String, String> config, String lease,
            int attempt) {
    }

    /** A job whose lease ran out: back in the queue, or failed for good. */
    record Expired(String id, boolean requeued, String error) {
    }

    private final ServerDatabase db;
    private final Duration lease;

    JobQueue(ServerDatabase db, Duration lease) {
        this.db = db;
        this.lease = lease;
    }

    Duration lease() {
        return lease;
    }

    void enqueue(String id, String projectId, String name, String taskType, Map<String, String> config, String createdBy) {
        String json = json(config);
        db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO training_jobs (id, project_id, name, task_type, "
                    + "config, status, created_by) VALUES (?, ?, ?, ?, ?::jsonb, 'queued', ?)")) {
                p.setString(1, id);
                p.setString(2, projectId);
                p.setString(3, name);
                p.setString(4, taskType);
                p.setString(5, json);
                p.setString(6, createdBy);
                return p.executeUpdate();
            }
        });
    }

    /** Takes the oldest queued job of the given projects (all when null) for a worker, or null when none waits. */
    Claim claim(String worker, Collection<String> projects) {
        String token = UUID.randomUUID().toString();
        return db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE training_jobs SET status = 'running', worker = ?, "
                    + "lease_token = ?, lease_expires_at = clock_timestamp() + make_interval(secs => ?), "
                    + "attempts = attempts + 1, started_at = coalesce(started_at, now()), error = NULL "
                    + "WHERE id = (SELECT id FROM training_jobs WHERE status = 'queued' "
                    + "AND (?::text[] IS NULL OR project_id = ANY (?::text[])) "
                    + "ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
                    + "RETURNING id, project_id, name, task_type, config::text, attempts")) {
                p.setString(1, worker);
                p.setString(2, token);
                p.setDouble(3, lease.toMillis() / 1000.0);
                if (projects == null) {
                    p.setNull(4, Types.ARRAY);
                    p.setNull(5, Types.ARRAY);
                } else {
                    Array array = c.createArrayOf("text", projects.toArray());
                    p.setArray(4, array);
                    p.setArray(5, array);
                }
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    return new Claim(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            map(r.getString(5)), token, r.getInt(6));
                }
            }
        });
    }

    /** The job's state in the queue (queued, running, completed, failed, cancelled), or null when it has no row. */
    String status(String id) {
        return db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT status FROM training_jobs WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    /** Extends a lease; false when the worker no longer holds it (expired and re-queued, or cancelled). */
    boolean renew(String id, String token) {
        return db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE training_jobs SET lease_expires_at = clock_timestamp() "
                    + "+ make_interval(secs => ?) WHERE id = ? AND lease_token = ? AND status = 'running'")) {
                p.setDouble(1, lease.toMillis() / 1000.0);
                p.setString(2, id);
                p.setString(3, token);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Records an epoch of the lease's attempt (and renews the lease); false when the lease is gone. */
    boolean epoch(String id, String token, int epoch, double trainLoss, double validationLoss, long millis,
            Map<String, Double> metrics) {
        String json = json(metrics);
        return db.transaction(c -> {
            int attempt;
            try (PreparedStatement p = c.prepareStatement("UPDATE training_jobs SET lease_expires_at = clock_timestamp() "
                    + "+ make_interval(secs => ?) WHERE id = ? AND lease_token = ? AND status = 'running' RETURNING attempts")) {
                p.setDouble(1, lease.toMillis() / 1000.0);
                p.setString(2, id);
                p.setString(3, token);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return false;
                    }
                    attempt = r.getInt(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO training_job_epochs (job_id, attempt, epoch, "
                    + "train_loss, validation_loss, millis, metrics) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb) "
                    + "ON CONFLICT (job_id, attempt, epoch) DO UPDATE SET train_loss = excluded.train_loss, "
                    + "validation_loss = excluded.validation_loss, millis = excluded.millis, metrics = excluded.metrics")) {
                p.setString(1, id);
                p.setInt(2, attempt);
                p.setInt(3, epoch);
                p.setDouble(4, trainLoss);
                p.setDouble(5, validationLoss);
                p.setLong(6, millis);
                p.setString(7, json);
                p.executeUpdate();
            }
            return true;
        });
    }

    /** Ends the lease's job as completed or failed; false when the lease is gone (nothing changed). */
    boolean finish(String id, String token, String status, String error, String modelId) {
        return db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE training_jobs SET status = ?, error = ?, model_id = ?, "
                    + "finished_at = now(), lease_token = NULL, lease_expires_at = NULL "
                    + "WHERE id = ? AND lease_token = ? AND status = 'running'")) {
                p.setString(1, status);
                p.setString(2, error);
                p.setString(3, modelId);
                p.setString(4, id);
                p.setString(5, token);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Cancels a queued or running job (its worker's lease ends); false when it had already ended. */
    boolean cancel(String id) {
        return db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE training_jobs SET status = 'cancelled', "
                    + "finished_at = now(), lease_token = NULL, lease_expires_at = NULL "
                    + "WHERE id = ? AND status IN ('queued', 'running')")) {
                p.setString(1, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    void delete(String id) {
        db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM training_jobs WHERE id = ?")) {
                p.setString(1, id);
                return p.executeUpdate();
            }
        });
    }

    /** Re-queues (or, after max_attempts claims, fails) every running job whose lease ran out. */
    List<Expired> reap() {
        return db.call(c -> {
            List<Expired> expired = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("UPDATE training_jobs SET "
                    + "status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END, "
                    + "error = 'the worker ' || coalesce(worker, '?') || ' stopped renewing its lease (attempt ' "
                    + "|| attempts || ' of ' || max_attempts || ')' "
                    + "|| CASE WHEN attempts >= max_attempts THEN '; given up' ELSE '; back in the queue' END, "
                    + "finished_at = CASE WHEN attempts >= max_attempts THEN now() END, "
                    + "worker = NULL, lease_token = NULL, lease_expires_at = NULL "
                    + "WHERE status = 'running' AND lease_expires_at < clock_timestamp() RETURNING id, status, error")) {
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        expired.add(new Expired(r.getString(1), r.getString(2).equals("queued"), r.getString(3)));
                    }
                }
            }
            return expired;
        });
    }

    private static String json(Map<String, ?> map) {
        ObjectNode node = Json.object();
        map.forEach((k, v) -> node.set(k, Json.MAPPER.valueToTree(v)));
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> map(String json) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        try {
            Json.MAPPER.readTree(json).properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's configuration in the database is not JSON: " + e.getMessage(), e);
        }
        return map;
    }
}
