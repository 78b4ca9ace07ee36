package org.annotide.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.DatasetBuilder;
import org.annotide.ml.EpochResult;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A worker that trains for a team server with a database: it claims the oldest queued job of the projects it has
 * ({@code POST /api/v1/workers/claim}), renews its lease while it works, prepares the dataset from its own copy of
 * the project (a folder on shared storage or a synchronised copy, opened read-only in spirit: the worker changes
 * nothing in it), trains with an installed {@link Trainer}, reports every epoch, and uploads the model file, which
 * completes the job on the server. When the server says the lease is gone (it ran out, or the job was cancelled),
 * the worker stops that job at its next check. A job that fine-tunes starts from its model's file, downloaded from
 * the server ({@code GET /api/v1/training/models/{id}/file}).
 */
public final class TrainingWorker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final String token;
    private final String name;
    private final Projects projects;
    private final TrainerRegistry trainers;
    private final ModelAccess access;
    private final PrintStream log;
    private final HttpClient http;

    /**
     * @param server   the server's base address, e.g. {@code http://host:8080}
     * @param token    a bearer token of a user who may run training (Admin or Team Manager)
     * @param name     this worker's name in the job records
     * @param projects the projects this worker can train on, by the id the server gives them
     * @param log      where progress lines go (null: nowhere)
     */
    public TrainingWorker(URI server, String token, String name, Map<String, ProjectStore> projects,
            TrainerRegistry trainers, PrintStream log) {
        this(server, token, name, projects, trainers, log, null);
    }

    /**
     * @param tls for an {@code https} server: the context whose trust managers decide whether to trust its
     *            certificate (see {@link Tls#clientContext}); null: the JDK's default trust
     */
    public TrainingWorker(URI server, String token, String name, Map<String, ProjectStore> projects,
            TrainerRegistry trainers, PrintStream log, javax.net.ssl.SSLContext tls) {
        this(server, token, name, projects, trainers, ModelAccess.synchronizedOnStore(), log, tls);
    }

    /**
     * @param access how to read the projects' models: a project another thread changes (a client's mirror, which
     *               follows the server on its owner thread) is read on that thread
     */
    public TrainingWorker(URI server, String token, String name, Map<String, ProjectStore> projects,
            TrainerRegistry trainers, ModelAccess access, PrintStream log, javax.net.ssl.SSLContext tls) {
        this(server, token, name, Projects.of(projects), trainers, access, log, tls);
    }

    /** @param projects the projects this worker can train on, each made ready when a job of it is claimed */
    public TrainingWorker(URI server, String token, String name, Projects projects, TrainerRegistry trainers,
            ModelAccess access, PrintStream log, javax.net.ssl.SSLContext tls) {
        this(apiOf(server), token, name, projects, trainers, access, log, client(tls));
    }

    private TrainingWorker(URI api, String token, String name, Projects projects, TrainerRegistry trainers,
            ModelAccess access, PrintStream log, HttpClient http) {
        this.api = api;
        this.token = token;
        this.name = name;
        this.projects = projects;
        this.trainers = trainers;
        this.access = access;
        this.log = log;
        this.http = http;
    }

    /**
     * The same worker, talking to the server through {@code client} (which must trust an {@code https} server's
     * certificate itself): e.g. a client that watches every answer, as the server tests hold each to the OpenAPI
     * document.
     */
    public TrainingWorker through(HttpClient client) {
        return new TrainingWorker(api, token, name, projects, trainers, access, log, client);
    }

    private static URI apiOf(URI server) {
        String base = server.toString().replaceAll("/+$", "");
        return URI.create(base.endsWith("/api/v1") ? base : base + "/api/v1");
    }

    private static HttpClient client(javax.net.ssl.SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    /** The projects a worker trains on: the ids it claims jobs of, and the store of one when it claims a job of it. */
    public interface Projects {

        /** The ids, as the server gives them, of the projects whose jobs the worker claims. */
        Set<String> ids();

        /**
         * The store to train a claimed job of the project on (null: the worker has no copy of it); called at each claim,
         * so a store may be opened or mirrored on the first.
         */
        ProjectStore store(String id) throws IOException;

        /** Projects open already, by id. */
        static Projects of(Map<String, ProjectStore> stores) {
            Map<String, ProjectStore> copy = Map.copyOf(stores);
            return new Projects() {
                @Override
                public Set<String> ids() {
                    return copy.keySet();
                }

                @Override
                public ProjectStore store(String id) {
                    return copy.get(id);
                }
            };
        }
    }

    /** Logs in and returns a bearer token. */
    public static String login(URI server, String user, char[] password) throws IOException, InterruptedException {
        return login(server, user, password, null);
    }

    /** Logs in and returns a bearer token; {@code tls} as for the constructor. */
    public static String login(URI server, String user, char[] password, javax.net.ssl.SSLContext tls)
            throws IOException, InterruptedException {
        String base = server.toString().replaceAll("/+$", "");
        ObjectNode body = JSON.createObjectNode().put("username", user).put("password", new String(password));
        HttpResponse<String> response = client(tls).send(HttpRequest.newBuilder(
                URI.create((base.endsWith("/api/v1") ? base : base + "/api/v1") + "/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("login as " + user + " failed (" + response.statusCode() + "): " + detail(response.body()));
        }
        return JSON.readTree(response.body()).get("token").asText();
    }

    /** What happened to one claimed job. */
    public enum Outcome { NONE_QUEUED, COMPLETED, FAILED, LOST }

    /** Claims one job and works it to its end; {@link Outcome#NONE_QUEUED} when no job of these projects waits. */
    public Outcome runOne() throws IOException, InterruptedException {
        ObjectNode claimBody = JSON.createObjectNode().put("worker", name);
        projects.ids().forEach(claimBody.putArray("projects")::add);
        HttpResponse<String> claimed = send("POST", "/workers/claim", claimBody);
        if (claimed.statusCode() == 204) {
            return Outcome.NONE_QUEUED;
        }
        if (claimed.statusCode() != 200) {
            throw new IOException("claiming a job failed (" + claimed.statusCode() + "): " + detail(claimed.body()));
        }
        JsonNode claim = JSON.readTree(claimed.body());
        String jobId = claim.get("job_id").asText();
        String lease = claim.get("lease").asText();
        String jobPath = "/workers/jobs/" + jobId;
        Map<String, String> configMap = new LinkedHashMap<>();
        claim.get("config").properties().forEach(e -> configMap.put(e.getKey(), e.getValue().asText()));
        TrainingConfig config = TrainingConfig.fromMap(claim.get("name").asText(), configMap);
        String projectId = claim.get("project").asText();
        say("claimed job " + jobId + " (" + config.name() + ", attempt " + claim.get("attempt").asInt() + ")");

        AtomicBoolean lost = new AtomicBoolean();
        long renewMillis = Math.max(200, (long) (claim.get("lease_seconds").asDouble() * 1000 / 3));
        ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "Annotide worker heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heart.scheduleWithFixedDelay(() -> {
            try {
                HttpResponse<String> beat = send("POST", jobPath + "/heartbeat", JSON.createObjectNode().put("lease", lease));
                if (beat.statusCode() == 409) {
                    lost.set(true);
                }
            } catch (IOException e) {
                say("heartbeat failed (" + e.getMessage() + "); trying again");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, renewMillis, renewMillis, TimeUnit.MILLISECONDS);
        Path work = Files.createTempDirectory("annotide-worker-");
        try {
            ProjectStore store;
            try {
                store = projects.store(projectId);
            } catch (IOException | RuntimeException e) {
                return fail(jobPath, lease, "the worker " + name + " could not get project " + projectId + ": "
                        + e.getMessage());
            }
            if (store == null) {
                return fail(jobPath, lease, "the worker " + name + " has no copy of project " + projectId);
            }
            Trainer trainer = trainers.forTask(config.task(), config.modelSize()).orElse(null);
            if (trainer == null) {
                return fail(jobPath, lease, "the worker " + name + " has no trainer for "
                        + config.task().getLiteral().toLowerCase() + " with model size '" + config.modelSize() + "'");
            }
            TrainingMonitor monitor = new TrainingMonitor() {
                @Override
                public boolean isCancelled() {
                    return lost.get();
                }

                @Override
                public void epochCompleted(EpochResult epoch) {
                    ObjectNode body = JSON.createObjectNode().put("lease", lease).put("epoch", epoch.epoch())
                            .put("epochs", config.epochs()).put("train_loss", epoch.trainLoss())
                            .put("val_loss", epoch.validationLoss()).put("millis", epoch.millis());
                    ObjectNode metrics = body.putObject("metrics");
                    epoch.metrics().forEach(metrics::put);
                    try {
                        if (send("POST", jobPath + "/epochs", body).statusCode() == 409) {
                            lost.set(true);
                        }
                    } catch (IOException e) {
                        say("epoch " + epoch.epoch() + " could not be reported: " + e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        lost.set(true);
                    }
                }
            };
            PreparedDataset dataset;
            TrainingResult result;
            try {
                dataset = new DatasetBuilder(ImagePixels.installed()).prepare(store, access, config, monitor);
                if (dataset == null || lost.get()) {
                    return lost(jobId);
                }
                ModelFile start = config.fromModelId() == null ? null : baseModel(config.fromModelId(), work);
                if (start != null) {
                    start.checkStartsOn(dataset.classes());
                }
                if (send("POST", jobPath + "/status", JSON.createObjectNode().put("lease", lease)
                        .put("status", "training")).statusCode() == 409) {
                    return lost(jobId);
                }
                result = trainer.train(dataset, config, start, monitor, work);
            } catch (Exception e) {
                return fail(jobPath, lease, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            if (result == null || lost.get()) {
                return lost(jobId);
            }
            String modelId = UUID.randomUUID().toString();
            ModelDescriptor descriptor = new ModelDescriptor(modelId, config.name(), trainer.id(), config.task(),
                    result.architecture(), dataset.classes(), dataset.imageSize(), dataset.channels(), result.mean(),
                    result.std(), config.toMap(), result.metrics(), result.epochs(),
                    new LinkedHashMap<>(dataset.info().toMap()), System.currentTimeMillis());
            Path file = ModelFile.write(work.resolve(modelId + ModelFile.EXTENSION), descriptor, result.payload()).file();
            HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(api + jobPath + "/model?lease="
                    + URLEncoder.encode(lease, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/octet-stream").timeout(Duration.ofMinutes(10))
                    .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            if (uploaded.statusCode() == 409) {
                return lost(jobId);
            }
            if (uploaded.statusCode() != 200) {
                return fail(jobPath, lease, "the model upload was refused (" + uploaded.statusCode() + "): "
                        + detail(uploaded.body()));
            }
            say("job " + jobId + " completed: model " + modelId);
            return Outcome.COMPLETED;
        } finally {
            heart.shutdownNow();
            deleteTree(work);
        }
    }

    /** Claims and runs jobs until {@code stop} is set, waiting {@code poll} when none is queued. */
    public void run(AtomicBoolean stop, Duration poll) throws InterruptedException {
        while (!stop.get()) {
            Outcome outcome;
            try {
                outcome = runOne();
            } catch (IOException e) {
                say("the server could not be reached: " + e.getMessage() + "; trying again");
                outcome = Outcome.NONE_QUEUED;
            }
            if (outcome == Outcome.NONE_QUEUED) {
                long until = System.nanoTime() + poll.toNanos();
                while (!stop.get() && System.nanoTime() < until) {
                    Thread.sleep(50);
                }
            }
        }
    }

    /**
     * The model a fine-tuning job starts from: its file, downloaded from the server into {@code work} (the worker's
     * copy of the project need not have it: the model may be newer than the copy, or made on another machine).
     */
    private ModelFile baseModel(String modelId, Path work) throws IOException, InterruptedException, TrainingException {
        Path file = work.resolve("base-" + UUID.randomUUID() + ModelFile.EXTENSION);
        HttpResponse<Path> got = http.send(HttpRequest.newBuilder(URI.create(api + "/training/models/"
                + URLEncoder.encode(modelId, StandardCharsets.UTF_8) + "/file")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
        if (got.statusCode() != 200) {
            String body = Files.readString(file);
            throw new IOException("the model to start from, " + modelId + ", could not be downloaded ("
                    + got.statusCode() + "): " + detail(body));
        }
        say("downloaded the model to start from, " + modelId);
        return ModelFile.read(file);
    }

    private Outcome fail(String jobPath, String lease, String message) throws IOException, InterruptedException {
        say("job failed: " + message);
        HttpResponse<String> r = send("POST", jobPath + "/fail", JSON.createObjectNode().put("lease", lease)
                .put("message", message));
        return r.statusCode() == 409 ? Outcome.LOST : Outcome.FAILED;
    }

    private Outcome lost(String jobId) {
        say("job " + jobId + ": the lease is gone (timed out or cancelled); stopped");
        return Outcome.LOST;
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void say(String line) {
        if (log != null) {
            log.println("worker " + name + ": " + line);
            log.flush();
        }
    }

    private static String detail(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.has("detail") ? node.get("detail").asText() : body;
        } catch (IOException e) {
            return body;
        }
    }

    private static void deleteTree(Path folder) {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder: left for the system to clean
        }
    }
}
