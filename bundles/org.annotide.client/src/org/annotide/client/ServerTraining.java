package org.annotide.client;

import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.annotide.client.internal.Mirror;
import org.annotide.client.internal.ServerJobs;
import org.annotide.ml.TrainingConfig;
import org.annotide.model.JobStatus;
import org.annotide.model.Project;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a server project trains: on the server. A job made in the workbench goes to the server's queue
 * ({@code POST /training/jobs}) and a server worker trains it; the mirror never trains. The server's jobs and models of
 * the project are kept in the mirror's model ({@code ServerJobs}): read whole at the start and after each
 * reconnection (catching up), and in between changed by the project socket's {@code training_job_updated} and
 * {@code training_model_updated} events (a job created, its status, its end with its model; a model created,
 * activated, deleted), whoever made the change; a running job's epochs arrive live over its own job socket. So the
 * views show them as a local project's; while the server is away they stay as last known ({@link #isCurrent()}).
 * Cancelling, activating and a model's file ({@link #modelFile}, downloaded once into the mirror) go to the server. The
 * server decides who may: a refusal comes back with its message.
 * <p>
 * Network work runs on the caller's thread, which must not be the owner thread (the answer is applied there); the
 * following runs on a thread of its own.
 */
public final class ServerTraining implements AutoCloseable {

    /** The pause before the lists are read again after a reading failed (not an outage: the server erred). */
    private static final long RETRY_MILLIS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Mirror mirror;
    private final Thread follower;
    /** The job sockets open now, by job id. */
    private final Map<String, WebSocket> sockets = new ConcurrentHashMap<>();
    /** The sockets' events, applied in their order. */
    private final ExecutorService inbound;
    private final Object wake = new Object();
    private volatile boolean stale = true;
    private volatile boolean current;
    private volatile String refusal;
    private volatile boolean closed;
    /** The lists as last read and applied (null: not yet), so that an unchanged reading changes nothing. */
    private volatile String lastRead;
    /**
     * The project socket's training events that arrive while the lists are read (null while none are read): applied
     * after the lists, so that an older list never overwrites a newer event. Guarded by itself's owner, {@link #heldLock}.
     */
    private List<JsonNode> held;
    private final Object heldLock = new Object();
    /** Guards {@link #applied}, and is notified with each change applied. */
    private final Object changes = new Object();
    private long applied;

    ServerTraining(Mirror mirror) {
        this.mirror = mirror;
        this.inbound = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "Annotide training events " + mirror.projectId());
            thread.setDaemon(true);
            return thread;
        });
        this.follower = new Thread(this::follow, "Annotide training " + mirror.projectId());
        follower.setDaemon(true);
        mirror.onTrainingEvents(this::heardOnProject);
    }

    void start() {
        follower.start();
    }

    /** The mirror caught up with the server (connected, reconnected): the lists are read again. */
    void caughtUp() {
        stale = true;
        wake();
    }

    /**
     * Whether the jobs in the mirror are the server's as of now: false until they were first read and while the
     * server is away (they are then the last known state).
     */
    public boolean isCurrent() {
        return current && mirror.isOnline();
    }

    /** Why the server showed no jobs at the last reading (the user may not train in the project), or null. */
    public String refusal() {
        return refusal;
    }

    /**
     * Queues a job on the server with the settings the New Training Job wizard builds (training sets and classes by
     * name, as the mirror has them from the server) and returns it as the mirror now holds it. Nothing is created when
     * the server is away or refuses; nothing trains on this computer. A job that fine-tunes ({@code fromModelId}) starts
     * from a server model, which the server's worker downloads; a model only this computer has is refused here.
     *
     * @throws ServerException unreachable (the message says the job was not created) or refused (the server's message)
     */
    public TrainingJob submit(TrainingConfig config) throws ServerException {
        if (config.fromModelId() != null && !onServer(config.fromModelId())) {
            throw new ServerException(400, "The model to start from (" + config.fromModelId() + ") is not the server's:"
                    + " a server project's job fine-tunes a model the server trained or imported.", null, null);
        }
        ObjectNode body = body(config);
        body.put("project", mirror.projectId());
        if (!mirror.isOnline()) {
            throw unreachable("the job was not created", null);
        }
        JsonNode job;
        try {
            job = mirror.connection().request("POST", "/api/v1/training/jobs", body).json();
        } catch (ServerException e) {
            throw e.isUnreachable() ? unreachable("the job was not created", e) : refused("the job", e);
        }
        lastRead = null;
        TrainingJob created = apply(project -> ServerJobs.applyJob(project, server(), job));
        follow(job.get("id").asText());
        return created;
    }

    /**
     * Asks the server to stop a pending or running job, or to delete a finished one; the mirror shows the job as the
     * server answers it (a deleted one gone).
     */
    public void cancel(String jobId) throws ServerException {
        JsonNode job;
        try {
            job = mirror.connection().request("DELETE", "/api/v1/training/jobs/" + jobId, null).json();
        } catch (ServerException e) {
            throw e.isUnreachable() ? unreachable("the job was not cancelled", e) : refused("cancelling the job", e);
        }
        lastRead = null;
        apply(project -> {
            ServerJobs.applyJobEvent(project, server(), job == null ? "deleted" : "status",
                    job == null ? JSON.createObjectNode().put("id", jobId) : job);
            return null;
        });
    }

    /** Makes a server model the active one of its task type there, and in the mirror as the server answers. */
    public void activate(String modelId) throws ServerException {
        JsonNode model;
        try {
            model = mirror.connection().request("PATCH", "/api/v1/training/models/" + modelId + "/activate", null)
                    .json();
        } catch (ServerException e) {
            throw e.isUnreachable() ? unreachable("the model was not activated", e) : refused("activating the model", e);
        }
        lastRead = null;
        apply(project -> {
            ServerJobs.applyModelEvent(project, "activated", model);
            return null;
        });
    }

    /**
     * Deletes a server model there (its file too); the mirror drops it as the server answers, and the file it
     * downloaded of it. The job that trained it stays.
     */
    public void delete(String modelId) throws ServerException {
        try {
            mirror.connection().request("DELETE", "/api/v1/training/models/" + modelId, null);
        } catch (ServerException e) {
            throw e.isUnreachable() ? unreachable("the model was not deleted", e) : refused("deleting the model", e);
        }
        lastRead = null;
        apply(project -> {
            ServerJobs.applyModelEvent(project, "deleted", JSON.createObjectNode().put("id", modelId));
            return null;
        });
        try {
            Files.deleteIfExists(mirror.store().folder().resolve(ServerJobs.modelLocation(modelId)));
        } catch (IOException e) {
            // a leftover download of a deleted model is never read again (the model is gone from the mirror)
        }
    }

    /** Whether a model of the mirror is the server's (its file comes from there). */
    public static boolean isServerModel(TrainedModel model) {
        return ServerJobs.isServerModel(model);
    }

    /**
     * The file of a server model in the mirror folder, downloaded from the server's export route the first time it is
     * asked for (written whole or not at all), later read from the mirror, also offline.
     */
    public Path modelFile(String modelId) throws ServerException {
        Path file = mirror.store().folder().resolve(ServerJobs.modelLocation(modelId));
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            mirror.connection().download("/api/v1/training/models/" + modelId + "/file", file);
        } catch (ServerException e) {
            throw e.isUnreachable() ? unreachable("the model " + modelId + " is not in this mirror yet and was not"
                    + " downloaded", e) : refused("downloading the model " + modelId, e);
        }
        return file;
    }

    /**
     * For a {@link org.annotide.ml.ModelRegistry} of the mirror: a server model's file is downloaded the first time it
     * is used (predictions, active learning); the mirror's own models are in its folder already.
     */
    public org.annotide.ml.ModelRegistry.RemoteFiles remoteFiles() {
        return (model, target) -> {
            if (ServerJobs.isServerModel(model)) {
                try {
                    modelFile(model.getId());
                } catch (ServerException e) {
                    throw new org.annotide.ml.TrainingException(e.getMessage(), e);
                }
            }
        };
    }

    /**
     * Reads the server's jobs and models of the project into the mirror now; the socket's events that arrive
     * meanwhile are applied after them.
     */
    public synchronized void pull() throws ServerException {
        stale = false; // a catching up from now on asks for another reading
        synchronized (heldLock) {
            held = new ArrayList<>();
        }
        boolean read = false;
        try {
            read();
            read = true;
        } finally {
            if (!read) { // the events that waited are applied as they are
                apply(this::drainHeld).forEach(this::told);
            }
        }
    }

    private void read() throws ServerException {
        JsonNode jobs;
        JsonNode models;
        String refused = null;
        String query = "?project=" + java.net.URLEncoder.encode(mirror.projectId(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            jobs = mirror.connection().request("GET", "/api/v1/training/jobs" + query, null).json().path("items");
            models = mirror.connection().request("GET", "/api/v1/training/models" + query, null).json().path("items");
        } catch (ServerException e) {
            if (e.status() != 403) {
                throw e;
            }
            // the user may not train here: the server shows no jobs, and the mirror keeps none of the server's
            refused = e.getMessage();
            jobs = JSON.createArrayNode();
            models = JSON.createArrayNode();
        }
        JsonNode readJobs = jobs;
        JsonNode readModels = models;
        String read = readJobs + "\n" + readModels;
        boolean changed = !read.equals(lastRead);
        List<JsonNode> waited = apply(project -> {
            if (changed) { // unchanged lists write nothing into the mirror's journal
                ServerJobs.applyAll(project, server(), readJobs, readModels);
            }
            return drainHeld(project);
        });
        lastRead = waited.isEmpty() ? read : null;
        waited.forEach(this::told);
        boolean wasCurrent = current;
        refusal = refused;
        current = true;
        for (JsonNode job : readJobs) {
            JobStatus status = JobStatus.get(job.path("status").asText("").toUpperCase(Locale.ROOT));
            if (status == JobStatus.PENDING || status == JobStatus.PREPARING || status == JobStatus.TRAINING) {
                follow(job.get("id").asText());
            }
        }
        if (changed || !wasCurrent) {
            mirror.fireTraining(null, "jobs_read");
        }
    }

    @Override
    public void close() {
        closed = true;
        follower.interrupt();
        sockets.values().forEach(WebSocket::abort);
        sockets.clear();
        inbound.shutdownNow();
        try {
            follower.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ following

    /**
     * Reads the lists when they are stale (at the start, after each catching up) and the mirror is online, else waits:
     * between readings the project socket's events keep the mirror current. A reading that fails is tried again after
     * {@link #RETRY_MILLIS}; an error other than an outage is told once, until a reading succeeds again.
     */
    private void follow() {
        String told = null;
        while (!closed) {
            try {
                synchronized (wake) {
                    while (!closed && !(stale && mirror.isOnline())) {
                        wake.wait();
                    }
                }
                if (closed) {
                    return;
                }
                try {
                    pull();
                    told = null;
                } catch (ServerException e) {
                    current = false;
                    stale = true;
                    if (!e.isUnreachable() && !e.getMessage().equals(told)) {
                        told = e.getMessage();
                        mirror.conflict("The training jobs of " + mirror.projectId() + " could not be read from"
                                + " the server: " + e.getMessage());
                    }
                    Thread.sleep(RETRY_MILLIS); // still stale: read again then, or at the next catching up
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                current = false; // the model could not take the lists (the owner gone): tried again later
                stale = true;
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** A training event of the project socket, on the owner thread: applied now, or after the lists being read. */
    private void heardOnProject(JsonNode event) {
        if (closed) {
            return;
        }
        synchronized (heldLock) {
            if (held != null) {
                held.add(event);
                return;
            }
        }
        apply(project -> {
            applyEvent(project, event);
            return null;
        });
        told(event);
    }

    /** The events that waited while the lists were read, applied (owner thread, in the caller's change). */
    private List<JsonNode> drainHeld(Project project) {
        List<JsonNode> waited;
        synchronized (heldLock) {
            waited = held == null ? List.of() : held;
            held = null;
        }
        waited.forEach(event -> applyEvent(project, event));
        return waited;
    }

    private void applyEvent(Project project, JsonNode event) {
        lastRead = null; // the model now differs from the lists last read: the next reading applies them
        String change = event.path("change").asText();
        if (event.path("type").asText().equals("training_job_updated")) {
            ServerJobs.applyJobEvent(project, server(), change, event.path("training_job"));
        } else {
            ServerJobs.applyModelEvent(project, change, event.path("training_model"));
        }
    }

    /** After an event was applied: a job that runs is followed live, and the listeners are told. */
    private void told(JsonNode event) {
        String change = event.path("change").asText();
        JsonNode job = event.get("training_job");
        if (job == null) {
            mirror.fireTraining(null, "model_" + change);
            return;
        }
        String id = job.path("id").asText();
        JobStatus status = JobStatus.get(job.path("status").asText("").toUpperCase(Locale.ROOT));
        if (status == JobStatus.PENDING || status == JobStatus.PREPARING || status == JobStatus.TRAINING) {
            follow(id);
        }
        mirror.fireTraining(id, "job_" + change);
    }

    private void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Opens the job's socket unless it is open: its status, epochs and completion come into the mirror live. */
    private void follow(String jobId) {
        if (closed || sockets.containsKey(jobId)) {
            return;
        }
        JobListener listener = new JobListener(jobId);
        // not waited for (the owner thread may ask): one that fails to open is followed at the next event or reading
        mirror.connection().openJobSocket(jobId, listener).orTimeout(10, TimeUnit.SECONDS).thenAccept(socket -> {
            if (sockets.putIfAbsent(jobId, socket) != null || closed) {
                socket.abort();
            }
        });
    }

    private final class JobListener implements WebSocket.Listener {
        private final String jobId;
        private final StringBuilder text = new StringBuilder();

        JobListener(String jobId) {
            this.jobId = jobId;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    inbound.execute(() -> heard(jobId, message));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // closing
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            sockets.remove(jobId, socket);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            sockets.remove(jobId, socket);
        }
    }

    /** One event of a job socket, applied to the mirror's job on the owner thread. */
    private void heard(String jobId, String message) {
        if (closed) {
            return;
        }
        JsonNode event;
        try {
            event = JSON.readTree(message);
        } catch (IOException e) {
            return; // not an event of this protocol
        }
        String type = event.path("type").asText();
        lastRead = null; // the model now differs from the lists last read: the next reading applies them
        boolean known = switch (type) {
            case "status_change" -> apply(project -> ServerJobs.applyStatus(project, jobId, event.path("status").asText()));
            case "epoch_complete" -> apply(project -> ServerJobs.applyEpoch(project, jobId, event));
            // the job's end (finish time, error) and its model come as the project socket's events
            case "training_complete" -> true;
            default -> false;
        };
        if (known) {
            mirror.fireTraining(jobId, type);
        }
    }

    // ------------------------------------------------------------------ helpers

    private interface Change<T> {
        T on(Project project);
    }

    /**
     * Applies a change of the server's to the model on the owner thread (here when called there), commits it, and
     * wakes those who {@link #awaitChange wait for one}.
     */
    private <T> T apply(Change<T> change) {
        Supplier<T> work = () -> {
            @SuppressWarnings("unchecked")
            T[] result = (T[]) new Object[1];
            mirror.edits().quiet(() -> result[0] = change.on(mirror.store().project()));
            mirror.commit();
            synchronized (changes) {
                applied++;
                changes.notifyAll();
            }
            return result[0];
        };
        return mirror.isOwnerThread() ? work.get() : mirror.onOwner(work);
    }

    /** Whether the mirror's model of this id is one of the server's (the id it has there too). */
    private boolean onServer(String modelId) {
        Supplier<Boolean> found = () -> mirror.store().project().getModels().stream()
                .anyMatch(m -> modelId.equals(m.getId()) && ServerJobs.isServerModel(m));
        return mirror.isOwnerThread() ? found.get() : mirror.onOwner(found);
    }

    /** How many changes of the server's jobs and models the mirror applied so far (see {@link #awaitChange}). */
    long applied() {
        synchronized (changes) {
            return applied;
        }
    }

    /**
     * Waits until the mirror applied a change of the server's jobs or models after the {@code seen}-th (an event of
     * the project socket or of a job socket, a reading, an answer), or {@code millis} passed: a caller checks the
     * mirror again then, instead of looking at it on a timer.
     */
    void awaitChange(long seen, long millis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (changes) {
            long left;
            while (applied == seen && (left = until - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(changes, left);
            }
        }
    }

    private String server() {
        return mirror.connection().base().toString();
    }

    private ServerException unreachable(String what, ServerException cause) {
        return new ServerException(0, "The server " + mirror.connection().base() + " is unreachable"
                + (cause == null ? "" : " (" + cause.getMessage() + ")") + ": " + what
                + ". A server project trains on the server, never on this computer.", null, cause);
    }

    private ServerException refused(String what, ServerException cause) {
        return new ServerException(cause.status(), "The server refused " + what + ": " + cause.getMessage(),
                cause.problem(), cause);
    }

    /**
     * The training API's body for the wizard's settings. A job that fine-tunes names its model as the server knows it:
     * a server model has the same id in the mirror.
     */
    static ObjectNode body(TrainingConfig config) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", config.name());
        body.put("task_type", config.task().getLiteral().toLowerCase(Locale.ROOT));
        ObjectNode settings = body.putObject("config");
        settings.put("epochs", config.epochs());
        settings.put("batch_size", config.batchSize());
        settings.put("image_size", config.imageSize());
        settings.put("learning_rate", config.learningRate());
        settings.put("train_ratio", config.trainRatio());
        settings.put("seed", config.seed());
        settings.put("model", config.modelSize());
        settings.put("device", config.device());
        if (config.description() != null && !config.description().isEmpty()) {
            settings.put("description", config.description());
        }
        ArrayNode classes = settings.putArray("classes");
        config.classes().forEach(classes::add);
        ArrayNode sets = settings.putArray("training_sets");
        config.trainingSets().forEach(sets::add);
        if (!config.kinds().isEmpty()) {
            ArrayNode kinds = settings.putArray("kinds");
            config.kinds().stream().map(k -> k.getLiteral().toLowerCase(Locale.ROOT)).sorted().forEach(kinds::add);
        }
        if (config.fromModelId() != null) {
            settings.put("from_model", config.fromModelId());
        }
        return body;
    }
}
