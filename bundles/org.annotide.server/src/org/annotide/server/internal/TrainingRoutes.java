package org.annotide.server.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.annotide.access.Action;
import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.JobStatus;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Training jobs and trained models: queueing a job (trained by the server's in-memory queues without a database, by
 * workers that claim it from the database's queue with one, see {@link WorkerRoutes}), listing, cancelling and
 * deleting jobs, listing, activating and deleting models, and telling every change: on a job's own socket
 * ({@link JobSocket}: status and live epochs) and on its project's socket (the job or model as GET answers it).
 */
final class TrainingRoutes implements AutoCloseable {

    /** A training job's {@code config}, for the document (the job route checks it with {@link #CONFIG_FIELDS}). */
    private static final List<Input.Field> JOB_CONFIG = List.of(
            Input.Field.optional("epochs", "integer", "how many epochs"),
            Input.Field.optional("batch_size", "integer", "images per batch"),
            Input.Field.optional("image_size", "integer", "the side images are scaled to"),
            Input.Field.optional("learning_rate", "number", "the learning rate"),
            Input.Field.optional("train_ratio", "number", "the share of images trained on (the rest validates)"),
            Input.Field.optional("seed", "integer", "the random seed"),
            Input.Field.optional("model", "string", "the architecture"),
            Input.Field.array("classes", false, "string", "the label classes (default: all)"),
            Input.Field.array("training_sets", false, "string", "the training sets to train on"),
            Input.Field.array("kinds", false, "string", "the annotation kinds a detector or segmenter learns from "
                    + "(box, rotated_box, ellipse, polygon, mask, ...)"),
            Input.Field.optional("device", "string", "cpu or gpu"),
            Input.Field.optional("description", "string", "a description of the job"),
            Input.Field.optional("from_model", "string", "fine-tuning: the id of a trained model of the same project "
                    + "and task type whose weights the job starts from (its worker downloads the model's file)"));

    private static final Set<String> CONFIG_FIELDS = Input.Body.of(JOB_CONFIG.toArray(Input.Field[]::new)).names();

    /** What a job's socket tells ({@link #broadcast}, and the replay of {@link JobSocket} on connect). */
    static final SocketMessage STATUS_CHANGE = SocketMessage.of("status_change", "the job's status: on connect, "
            + "then at each change", Schema.field("status", Schema.string(), "pending, preparing, training, completed, "
                    + "failed or cancelled"), Schema.optional("message", Schema.string(), "why: the worker that took "
                    + "it, the error it failed with, why it is back in the queue"));
    static final SocketMessage EPOCH_COMPLETE = SocketMessage.of("epoch_complete", "an epoch trained: on connect the "
            + "epochs of the job so far, then each as it ends", Schema.field("epoch", Schema.integer(), "its number, "
                    + "from 1"), Schema.field("epochs", Schema.integer(), "how many the job trains"),
            Schema.field("metrics", Schema.map(Schema.number()), "train_loss, val_loss and further metrics by name"));
    static final SocketMessage TRAINING_COMPLETE = SocketMessage.of("training_complete", "the job trained its model "
            + "(also on connect to a job that did)", Schema.field("model_id", Schema.string()));
    static final List<SocketMessage> JOB_MESSAGES = List.of(STATUS_CHANGE, EPOCH_COMPLETE, TRAINING_COMPLETE);

    /** What the project socket tells of training, to those who may see the project's training ({@link #jobChanged}). */
    static final SocketMessage TRAINING_JOB_UPDATED = SocketMessage.of("training_job_updated", "a training job was "
            + "created, changed status, completed or was deleted", Schema.field("project", Schema.string()),
            Schema.field("change", Schema.string(), "created, status, completed or deleted"),
            Schema.field("training_job", Schema.oneOf(List.of(Json.JOB, Schema.object(Schema.field("id",
                    Schema.string())))), "as GET answers it; only its id when deleted"));
    static final SocketMessage TRAINING_MODEL_UPDATED = SocketMessage.of("training_model_updated", "a model was "
            + "trained or imported, activated (the others of its task type are then inactive) or deleted",
            Schema.field("project", Schema.string()), Schema.field("change", Schema.string(), "created, activated or "
                    + "deleted"), Schema.field("training_model", Schema.oneOf(List.of(Json.MODEL, Schema.object(
                            Schema.field("id", Schema.string())))), "as GET answers it; only its id when deleted"));
    static final List<SocketMessage> PROJECT_MESSAGES = List.of(TRAINING_JOB_UPDATED, TRAINING_MODEL_UPDATED);

    private final ServerCore core;
    /** With a database: its job queue, which workers claim from; else null. */
    private final JobQueue queue;
    /** Without a database: the server's own queues, which train in this process. */
    private final List<TrainingQueue> queues = new ArrayList<>();
    private final Map<String, TrainingQueue> jobQueues = new ConcurrentHashMap<>();
    /** The sockets following each job; each set is also the lock that keeps one job's messages in order. */
    private final Map<String, Set<JobSocket>> listeners = new ConcurrentHashMap<>();

    /**
     * @param queue          the database's job queue, or null
     * @param inMemoryQueues without a database: how many jobs train at once in this process
     */
    TrainingRoutes(ServerCore core, JobQueue queue, TrainerRegistry trainers, int inMemoryQueues) {
        this.core = core;
        this.queue = queue;
        for (int i = 0; i < inMemoryQueues; i++) {
            TrainingQueue local = new TrainingQueue(trainers, ServerCore.ACCESS);
            local.addStatusListener((job, status, message) -> {
                ObjectNode m = STATUS_CHANGE.create().put("status", status.getLiteral().toLowerCase(Locale.ROOT));
                if (message != null) {
                    m.put("message", message);
                }
                broadcast(job.getId(), m);
            });
            local.addEpochListener((job, epoch, total) -> {
                ObjectNode m = Json.epoch(epoch.epoch(), epoch.trainLoss(), epoch.validationLoss(), epoch.metrics());
                m.put("epochs", total);
                ObjectNode message = EPOCH_COMPLETE.create();
                message.setAll(m);
                broadcast(job.getId(), message);
            });
            local.addCompletionListener((job, modelId) -> broadcast(job.getId(),
                    TRAINING_COMPLETE.create().put("model_id", modelId)));
            queues.add(local);
        }
    }

    void register() {
        core.route("POST", "/training/jobs", "Queue a training job", this::createJob).body(Input.Body.of(
                Input.Field.required("name", "string", "the job's name"),
                Input.Field.required("task_type", "string", "classify, detect or segment"),
                Input.Field.object("config", false, "how to train", JOB_CONFIG.toArray(Input.Field[]::new)),
                Input.Field.optional("project", "string", "the project's id (may be left out when one is served)")))
                .answers(Json.JOB);
        core.route("GET", "/training/jobs", "Training jobs (status, task_type, project filters)", this::listJobs).query(
                Input.Param.optional("status", "string", "only jobs of this status (pending, running, completed, "
                        + "failed, cancelled)"),
                Input.Param.optional("task_type", "string", "only jobs of this task type"),
                Input.Param.optional("project", "string", "only jobs of this project")).answers(Json.items(Json.JOB));
        core.route("GET", "/training/jobs/{job_id}", "One training job with its epochs", this::getJob)
                .answers(Json.JOB);
        core.route("DELETE", "/training/jobs/{job_id}", "Cancel a pending or running job (200 with the job), or delete a "
                + "finished one (204)", 200, this::deleteJob).answers(Json.JOB).alsoAnswering(204, "a finished job deleted");
        core.route("GET", "/training/models", "Trained models (task_type, is_active, project filters)", this::listModels)
                .query(Input.Param.optional("task_type", "string", "only models of this task type"),
                        Input.Param.optional("is_active", "boolean", "only the active (true) or the other (false) models"),
                        Input.Param.optional("project", "string", "only models of this project"))
                .answers(Json.items(Json.MODEL));
        core.route("PATCH", "/training/models/{model_id}/activate", "Make a model the active one of its task type", this::activateModel)
                .answers(Json.MODEL);
        core.route("DELETE", "/training/models/{model_id}", "Delete a model and its file (the job that trained it stays)",
                this::deleteModel);
    }

    /** Stops the in-memory queues (their running jobs are cancelled). */
    @Override
    public void close() {
        for (TrainingQueue queue : queues) {
            queue.close();
        }
    }

    record JobRef(ProjectStore store, String projectId, TrainingJob job) {
    }

    JobRef findJob(String id) {
        for (Map.Entry<String, ProjectStore> e : core.projects().entrySet()) {
            ProjectStore store = e.getValue();
            synchronized (store) {
                for (TrainingJob job : store.project().getTrainingJobs()) {
                    if (id.equals(job.getId())) {
                        return new JobRef(store, e.getKey(), job);
                    }
                }
            }
        }
        return null;
    }

    private Reply createJob(Call call) {
        core.checkTrainsSomewhere(call);
        ObjectNode body = Json.parse(call.body(), Set.of("name", "task_type", "config", "project"));
        String name = Json.text(body, "name", true);
        String taskText = Json.text(body, "task_type", true);
        TaskType task = switch (taskText) {
            case "classify" -> TaskType.CLASSIFY;
            case "detect" -> TaskType.DETECT;
            case "segment" -> TaskType.SEGMENT;
            default -> throw new ApiException(400, "task_type must be classify, detect or segment, not '" + taskText + "'");
        };
        String projectId = Json.text(body, "project", false);
        if (projectId == null) {
            if (core.projects().size() != 1) {
                throw new ApiException(400, "this server serves " + core.projects().size() + " projects: name one with 'project'");
            }
            projectId = core.projects().keySet().iterator().next();
        }
        core.checkIn(call, projectId, Action.RUN_TRAINING, null);
        ProjectStore store = core.projects().get(projectId);
        TrainingConfig.Builder builder = TrainingConfig.builder(name, task);
        JsonNode configNode = body.get("config");
        if (configNode != null && !configNode.isNull()) {
            if (!configNode.isObject()) {
                throw new ApiException(400, "the field 'config' must be an object");
            }
            ObjectNode config = (ObjectNode) configNode;
            Json.checkFields(config, CONFIG_FIELDS, "config.");
            if (config.has("epochs")) builder.epochs(whole(config, "epochs"));
            if (config.has("batch_size")) builder.batchSize(whole(config, "batch_size"));
            if (config.has("image_size")) builder.imageSize(whole(config, "image_size"));
            if (config.has("seed")) builder.seed(whole(config, "seed"));
            if (config.has("learning_rate")) builder.learningRate(real(config, "learning_rate"));
            if (config.has("train_ratio")) builder.trainRatio(real(config, "train_ratio"));
            if (config.has("model")) builder.modelSize(Json.text(config, "model", true));
            if (config.has("device")) builder.device(Json.text(config, "device", true));
            if (config.has("description")) builder.description(Json.text(config, "description", true));
            if (config.has("classes")) builder.classes(strings(config, "classes"));
            if (config.has("training_sets")) builder.trainingSets(strings(config, "training_sets"));
            if (config.has("kinds")) builder.kinds(kinds(config));
            if (config.has("from_model")) builder.fromModelId(baseModel(call, Json.text(config, "from_model", true),
                    projectId, task));
        }
        TrainingConfig config;
        try {
            config = builder.build();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        if (queue != null) {
            return queueJob(call, store, projectId, config);
        }
        TrainingQueue queue = queues.stream()
                .min(Comparator.comparingLong(q -> jobQueues.entrySet().stream()
                        .filter(e -> e.getValue() == q && q.isActive(e.getKey())).count()))
                .orElseThrow();
        TrainingJob job;
        try {
            job = queue.submit(store, config);
        } catch (TrainingException e) {
            throw new ApiException(400, e.getMessage());
        }
        jobQueues.put(job.getId(), queue);
        jobChanged(job.getId(), "created");
        synchronized (store) {
            return new Reply(201, Json.job(job, projectId)).header("Location", ServerCore.API + "/training/jobs/" + job.getId());
        }
    }

    /**
     * The model a job fine-tunes: one the user may train with (404 as an unknown one when they may not see its project,
     * 403 when their role there may not train), of the job's project and task type (400 otherwise: the weights of
     * another project's or task's model do not fit this job's classes and head).
     */
    private String baseModel(Call call, String id, String projectId, TaskType task) {
        ModelRef base;
        try {
            base = model(call, id);
        } catch (ApiException e) {
            throw e.status != 404 ? e : new ApiException(404, "the field 'config.from_model' names no model '" + id
                    + "' (it must be a trained model of project '" + projectId + "')");
        }
        if (!base.projectId().equals(projectId)) {
            throw new ApiException(400, "the field 'config.from_model' names model '" + id + "' of project '"
                    + base.projectId() + "': a job of project '" + projectId + "' starts from a model of its own project");
        }
        TaskType type;
        synchronized (base.store()) {
            type = base.model().getType();
        }
        if (type != task) {
            throw new ApiException(400, "the field 'config.from_model' names model '" + id + "', which "
                    + (type == null ? "has no task type" : "was trained to " + type.getLiteral().toLowerCase(Locale.ROOT))
                    + ": a " + task.getLiteral().toLowerCase(Locale.ROOT) + " job cannot start from it");
        }
        return id;
    }

    private static int whole(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ApiException(400, "the field 'config." + field + "' must be a whole number");
        }
        return v.asInt();
    }

    private static double real(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (!v.isNumber()) {
            throw new ApiException(400, "the field 'config." + field + "' must be a number");
        }
        return v.asDouble();
    }

    /** {@code config.kinds}: the annotation kinds a detector or segmenter learns from (box, polygon, ...). */
    private static Set<ShapeKind> kinds(ObjectNode config) {
        Set<ShapeKind> kinds = java.util.EnumSet.noneOf(ShapeKind.class);
        for (String name : strings(config, "kinds")) {
            ShapeKind kind = ShapeKind.get(name.toUpperCase(Locale.ROOT));
            if (kind == null) {
                throw new ApiException(400, "the field 'config.kinds' names an unknown annotation kind '" + name
                        + "' (box, rotated_box, ellipse, polygon, mask, ...)");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static List<String> strings(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        List<String> list = new ArrayList<>();
        if (!v.isArray()) {
            throw new ApiException(400, "the field 'config." + field + "' must be an array of strings");
        }
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new ApiException(400, "the field 'config." + field + "' must be an array of strings");
            }
            list.add(item.asText());
        }
        return list;
    }

    private Reply listJobs(Call call) {
        core.checkTrainsSomewhere(call);
        String status = call.query("status");
        String task = call.query("task_type");
        String project = call.query("project");
        if (status != null && JobStatus.get(status.toUpperCase(Locale.ROOT)) == null) {
            throw new ApiException(400, "unknown status '" + status + "'");
        }
        return Reply.ok(Json.object().set("items", listed(call, project, p -> p.getTrainingJobs(), Json::job,
                json -> (status == null || status.equalsIgnoreCase(json.get("status").asText()))
                        && (task == null || task.equals(json.get("task_type").asText())))));
    }

    /**
     * The JSON of some objects of every served project (or of the one named), those {@code keep} accepts, each
     * project read under its lock.
     */
    private <T> ArrayNode listed(Call call, String project, Function<Project, List<T>> objects,
            BiFunction<T, String, ObjectNode> toJson, Predicate<ObjectNode> keep) {
        ArrayNode items = Json.MAPPER.createArrayNode();
        core.projects().forEach((id, store) -> {
            if (project != null && !project.equals(id)
                    || !core.permissions().may(call.user(), Action.RUN_TRAINING, core.in(id, null))) {
                return;
            }
            synchronized (store) {
                for (T object : objects.apply(store.project())) {
                    ObjectNode json = toJson.apply(object, id);
                    if (keep.test(json)) {
                        items.add(json);
                    }
                }
            }
        });
        return items;
    }

    /** The job named in the path, when the user may train in its project (404 when they may not see it). */
    JobRef job(Call call) {
        core.checkTrainsSomewhere(call);
        JobRef ref = findJob(call.param("job_id"));
        if (ref == null || !core.visible(call.user(), ref.projectId())) {
            throw new ApiException(404, "no training job '" + call.param("job_id") + "'");
        }
        core.check(call, Action.RUN_TRAINING, core.in(ref.projectId(), null));
        return ref;
    }

    private Reply getJob(Call call) {
        JobRef ref = job(call);
        synchronized (ref.store()) {
            return Reply.ok(Json.job(ref.job(), ref.projectId()));
        }
    }

    private Reply deleteJob(Call call) throws InterruptedException {
        JobRef ref = job(call);
        if (this.queue != null && this.queue.cancel(ref.job().getId())) {
            endJob(ref, JobStatus.CANCELLED, null);
            synchronized (ref.store()) {
                return Reply.ok(Json.job(ref.job(), ref.projectId()));
            }
        }
        TrainingQueue queue = jobQueues.get(ref.job().getId());
        if (queue != null && queue.isActive(ref.job().getId())) {
            queue.cancel(ref.job().getId());
            queue.await(ref.job().getId(), 10, java.util.concurrent.TimeUnit.SECONDS);
            synchronized (ref.store()) {
                return Reply.ok(Json.job(ref.job(), ref.projectId()));
            }
        }
        synchronized (ref.store()) {
            JobStatus status = ref.job().getStatus();
            if (status == JobStatus.PENDING || status == JobStatus.PREPARING || status == JobStatus.TRAINING) {
                throw new ApiException(409, "the job is " + status.getLiteral().toLowerCase(Locale.ROOT)
                        + " in another process; it cannot be deleted here");
            }
            ServerCore.execute(ref.store(), DeleteCommand.create(ref.store().editingDomain(), ref.job()));
        }
        if (this.queue != null) {
            this.queue.delete(ref.job().getId());
        }
        core.events().toTrainers(TRAINING_JOB_UPDATED, "deleted", ref.projectId(), "training_job",
                Json.object().put("id", ref.job().getId()));
        return Reply.noContent();
    }

    private Reply listModels(Call call) {
        core.checkTrainsSomewhere(call);
        String task = call.query("task_type");
        Boolean active = call.flag("is_active");
        String project = call.query("project");
        return Reply.ok(Json.object().set("items", listed(call, project, p -> p.getModels(), Json::model,
                json -> (task == null || task.equals(json.get("task_type").asText()))
                        && (active == null || active == json.get("is_active").asBoolean()))));
    }

    private Reply activateModel(Call call) {
        ModelRef ref = model(call);
        new ModelRegistry(ref.store(), ServerCore.ACCESS, core.trainers()).activate(ref.model());
        // the others of its task type are no longer active: a mirror that hears "activated" does the same
        modelChanged(ref.store(), ref.projectId(), ref.model(), "activated");
        synchronized (ref.store()) {
            return Reply.ok(Json.model(ref.model(), ref.projectId()));
        }
    }

    /**
     * Deletes a model as the workbench's registry does: its file too, an active one included (predictions then find
     * no active model of its task), and the job that trained it stays, without its result.
     */
    private Reply deleteModel(Call call) {
        ModelRef ref = model(call);
        try {
            new ModelRegistry(ref.store(), ServerCore.ACCESS, core.trainers()).delete(ref.model());
        } catch (java.io.IOException e) {
            throw new ApiException(500, "the model was removed from the project, but its file could not be deleted: "
                    + e.getMessage());
        }
        core.events().toTrainers(TRAINING_MODEL_UPDATED, "deleted", ref.projectId(), "training_model",
                Json.object().put("id", ref.model().getId()));
        return Reply.noContent();
    }

    private record ModelRef(ProjectStore store, String projectId, TrainedModel model) {
    }

    /** The model named in the path, when the user may train in its project (404 when they may not see it). */
    private ModelRef model(Call call) {
        core.checkTrainsSomewhere(call);
        return model(call, call.param("model_id"));
    }

    /** A model of any served project, when the user may train in its project (404 when they may not see it). */
    private ModelRef model(Call call, String id) {
        for (Map.Entry<String, ProjectStore> e : core.projects().entrySet()) {
            ProjectStore store = e.getValue();
            TrainedModel found;
            synchronized (store) {
                found = store.project().getModels().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
            }
            if (found != null && core.visible(call.user(), e.getKey())) {
                core.check(call, Action.RUN_TRAINING, core.in(e.getKey(), null));
                return new ModelRef(store, e.getKey(), found);
            }
        }
        throw new ApiException(404, "no model '" + id + "'");
    }

    /**
     * Tells the project's socket of a job's change: the job as GET answers it now. Read and sent (queued, not waited
     * for) under the project's lock, so that two threads' news of one job go out in the order of the job's states.
     */
    void jobChanged(String jobId, String change) {
        JobRef ref = findJob(jobId);
        if (ref == null) {
            return; // deleted meanwhile: its deletion told
        }
        synchronized (ref.store()) {
            core.events().toTrainers(TRAINING_JOB_UPDATED, change, ref.projectId(), "training_job",
                    Json.job(ref.job(), ref.projectId()));
        }
    }

    /** Tells the project's socket of a model's change: the model as GET answers it now (as {@link #jobChanged}). */
    void modelChanged(ProjectStore store, String projectId, TrainedModel model, String change) {
        synchronized (store) {
            core.events().toTrainers(TRAINING_MODEL_UPDATED, change, projectId, "training_model",
                    Json.model(model, projectId));
        }
    }

    /** The model a job just trained, told as created before the job's completion (which names it) is told again. */
    private void modelTrained(String jobId, String modelId) {
        JobRef job = findJob(jobId);
        if (job == null || modelId == null) {
            return;
        }
        TrainedModel model;
        synchronized (job.store()) {
            model = job.store().project().getModels().stream().filter(m -> modelId.equals(m.getId())).findFirst()
                    .orElse(null);
        }
        if (model != null) {
            modelChanged(job.store(), job.projectId(), model, "created");
        }
    }

    /** With a database: the job is added to the project (pending) and queued in the database for a worker. */
    private Reply queueJob(Call call, ProjectStore store, String projectId, TrainingConfig config) {
        String id = java.util.UUID.randomUUID().toString();
        TrainingJob job = AnnotideFactory.eINSTANCE.createTrainingJob();
        job.setId(id);
        job.setName(config.name());
        job.setDescription(config.description());
        job.setType(config.task());
        job.setStatus(JobStatus.PENDING);
        job.setCreatedAt(new java.util.Date());
        job.setCreatedBy(call.user().login());
        job.getConfiguration().putAll(config.toMap());
        ServerCore.ACCESS.run(store, () -> new StoreChange(store, "Add training job " + config.name())
                .add(store.project(), Literals.PROJECT__TRAINING_JOBS, job).execute());
        try {
            queue.enqueue(id, projectId, config.name(), config.task().getLiteral().toLowerCase(Locale.ROOT),
                    config.toMap(), call.user().login());
        } catch (RuntimeException e) {
            ServerCore.ACCESS.run(store, () -> new StoreChange(store, "Remove unqueued job " + config.name())
                    .remove(store.project(), Literals.PROJECT__TRAINING_JOBS, List.of(job)).execute());
            throw e;
        }
        jobChanged(id, "created");
        synchronized (store) {
            return new Reply(201, Json.job(job, projectId)).header("Location", ServerCore.API + "/training/jobs/" + id);
        }
    }

    /** Ends a job of the project (cancelled or failed) and tells its listeners. */
    void endJob(JobRef ref, JobStatus status, String error) {
        ServerCore.ACCESS.run(ref.store(), () -> {
            StoreChange edits = new StoreChange(ref.store(), "Training job " + ref.job().getName() + " "
                    + status.getLiteral().toLowerCase(Locale.ROOT));
            edits.set(ref.job(), Literals.TRAINING_JOB__STATUS, status)
                    .set(ref.job(), Literals.TRAINING_JOB__FINISHED_AT, new java.util.Date());
            if (error != null) {
                edits.set(ref.job(), Literals.TRAINING_JOB__ERROR_MESSAGE, error);
            }
            edits.execute();
        });
        ObjectNode m = STATUS_CHANGE.create().put("status", status.getLiteral().toLowerCase(Locale.ROOT));
        if (error != null) {
            m.put("message", error);
        }
        broadcast(ref.job().getId(), m);
    }


    /**
     * Tells the job's socket of a change; a change of status or the job's end is told on its project's socket too (as
     * the whole job, to everyone who may see the project's training), epochs on the job's socket alone. Call after the
     * change is in the project (a socket opening meanwhile replays it from there, and is then not told it twice).
     */
    void broadcast(String jobId, ObjectNode message) {
        Set<JobSocket> set = listeners.get(jobId);
        if (set != null) {
            synchronized (set) {
                set.forEach(socket -> socket.tell(message));
            }
        }
        String type = message.path("type").asText();
        if (type.equals(STATUS_CHANGE.type())) {
            jobChanged(jobId, "status");
        } else if (type.equals(TRAINING_COMPLETE.type())) {
            modelTrained(jobId, message.path("model_id").asText(null));
            jobChanged(jobId, "completed");
        } // epochs: live on the job's socket only
    }

    /**
     * One client following one job. On connect it is told what the job holds so far, as {@link #broadcast} told it:
     * its status (with its error, if it failed), the epochs of its current attempt, and {@code training_complete}
     * when it trained a model; then every change. A client that connects late (the job started before its socket
     * opened, or it reconnects) so misses no epoch. The replay and the registration happen under the job's lock, so a
     * change is either in the replay or told afterwards; a change in the project before the replay but broadcast after
     * it would be told twice, so each socket remembers what it was told (the status, the last epoch of this attempt,
     * the completion) and is not told it again. Public: Jetty reaches the listener's methods through a public
     * method-handle lookup.
     */
    public final class JobSocket implements Session.Listener.AutoDemanding {
        private final String jobId;
        private Session session;
        /** What this socket was told last (guarded by the job's set): the status, the epoch, whether it completed. */
        private String status;
        private int epochsTold;
        private boolean completionTold;

        JobSocket(String jobId) {
            this.jobId = jobId;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            this.session = opened;
            Set<JobSocket> set = listeners.computeIfAbsent(jobId, k -> new CopyOnWriteArraySet<>());
            JobRef ref = findJob(jobId);
            if (ref == null) {
                return; // deleted meanwhile
            }
            // the project's lock, then the job's: broadcasts take only the job's, and hold no other while sending
            synchronized (ref.store()) {
                synchronized (set) {
                    replay(ref.job());
                    set.add(this);
                }
            }
        }

        /** What the job holds now, as its messages. Call holding the project's lock and the job's. */
        private void replay(TrainingJob job) {
            ObjectNode now = STATUS_CHANGE.create().put("status", job.getStatus().getLiteral().toLowerCase(Locale.ROOT));
            if (job.getErrorMessage() != null && job.getStatus() != JobStatus.COMPLETED) {
                now.put("message", job.getErrorMessage());
            }
            tell(now);
            int epochs = TrainingConfig.fromMap(job.getName(), job.getConfiguration().map()).epochs();
            for (org.annotide.model.EpochMetrics e : job.getEpochs()) {
                ObjectNode epoch = EPOCH_COMPLETE.create();
                epoch.setAll(Json.epoch(e.getEpoch(), e.getTrainLoss(), e.getValidationLoss(), e.getMetrics().map()));
                tell(epoch.put("epochs", epochs));
            }
            if (job.getResultModel() != null) {
                tell(TRAINING_COMPLETE.create().put("model_id", job.getResultModel().getId()));
            }
        }

        /** Sends a message unless this socket was told it already. Call holding the job's lock. */
        void tell(ObjectNode message) {
            String type = message.path("type").asText();
            if (type.equals(STATUS_CHANGE.type())) {
                String now = message.path("status").asText();
                if (now.equals("pending") || now.equals("preparing")) {
                    epochsTold = 0; // another attempt: its epochs start again from 1
                }
                if (now.equals(status)) {
                    return;
                }
                status = now;
            } else if (type.equals(EPOCH_COMPLETE.type())) {
                int epoch = message.path("epoch").asInt();
                if (epoch <= epochsTold) {
                    return;
                }
                epochsTold = epoch;
            } else if (type.equals(TRAINING_COMPLETE.type())) {
                if (completionTold) {
                    return;
                }
                completionTold = true;
            }
            if (session.isOpen()) {
                session.sendText(message.toString(), org.eclipse.jetty.websocket.api.Callback.NOOP);
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            Set<JobSocket> set = listeners.get(jobId);
            if (set != null) {
                set.remove(this);
            }
        }

        /**
         * An error ends the listening; a client gone mid-send (an IOException) is no fault of the server's and is
         * not logged (Jetty's default warned once per socket at the end of every load test).
         */
        @Override
        public void onWebSocketError(Throwable cause) {
            onWebSocketClose(StatusCode.ABNORMAL, String.valueOf(cause));
            if (!(cause instanceof java.io.IOException)) {
                System.err.println("annotide server: the socket of job " + jobId + " failed: " + cause);
            }
        }
    }
}
