package org.annotide.server.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.access.Action;
import org.annotide.core.store.StoreChange;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingException;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.JobStatus;
import org.annotide.model.TrainedModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * With a database: the routes of the workers that train its queued jobs (in this process or on other machines, all
 * over HTTP): a worker claims the oldest job (a lease it must renew), reports that it trains, its epochs or its
 * failure, and uploads the model file, which completes the job; a job whose lease runs out goes back to the queue
 * ({@link #reapLeases}) or fails.
 */
final class WorkerRoutes {

    /** What a claim answers: the job a worker took, its lease and how it trains. */
    private static final Schema CLAIM = Schema.object(Schema.field("job_id", Schema.string()),
            Schema.field("project", Schema.string()), Schema.field("name", Schema.string().orNull()),
            Schema.field("task_type", Schema.string().orNull()),
            Schema.field("lease", Schema.string(), "to send with every report on the job"),
            Schema.field("lease_seconds", Schema.number(), "how long the lease lasts unless renewed"),
            Schema.field("attempt", Schema.integer(), "1 the first time the job is claimed"),
            Schema.field("config", Schema.map(Schema.string()), "how to train"));
    private static final Input.Field LEASE = Input.Field.required("lease", "string", "the lease the claim gave");

    private final ServerCore core;
    private final TrainingRoutes training;
    private final JobQueue queue;

    WorkerRoutes(ServerCore core, TrainingRoutes training, JobQueue queue) {
        this.core = core;
        this.training = training;
        this.queue = queue;
    }

    void register() {
        core.route("POST", "/workers/claim", "A worker takes the oldest queued training job (a lease it must renew); "
                + "204 when none waits", 200, this::claimJob).body(Input.Body.of(
                        Input.Field.required("worker", "string", "the worker's name"),
                        Input.Field.array("projects", false, "string", "only jobs of these projects")))
                .answers(CLAIM).alsoAnswering(204, "no job waits");
        core.route("POST", "/workers/jobs/{job_id}/heartbeat", "A worker renews its lease on a job", 200, this::heartbeat)
                .body(Input.Body.of(LEASE)).answers(Schema.object(Schema.field("lease_seconds",
                        Schema.number(), "how long the renewed lease lasts")));
        core.route("POST", "/workers/jobs/{job_id}/status", "A worker reports that a job it holds is training", 204, this::workerStatus)
                .body(Input.Body.of(LEASE, Input.Field.required("status", "string", "training")));
        core.route("POST", "/workers/jobs/{job_id}/epochs", "A worker reports a finished epoch", 204, this::workerEpoch)
                .body(Input.Body.of(LEASE, Input.Field.required("epoch", "integer", "the epoch, from 1"),
                        Input.Field.required("epochs", "integer", "how many the job trains"),
                        Input.Field.optional("train_loss", "number", "the training loss"),
                        Input.Field.optional("val_loss", "number", "the validation loss"),
                        Input.Field.optional("millis", "integer", "how long the epoch took"),
                        Input.Field.optional("metrics", "object", "further metrics by name (numbers)")));
        core.route("POST", "/workers/jobs/{job_id}/fail", "A worker reports that a job failed, with the reason", 204, this::workerFail)
                .body(Input.Body.of(LEASE, Input.Field.required("message", "string", "why it failed")));
        core.streamingRoute("PUT", "/workers/jobs/{job_id}/model",
                "A worker uploads the trained model file (?lease=...); the job completes", this::workerModel)
                .query(Input.Param.required("lease", "string", "the lease the claim gave")).answers(Json.MODEL);
    }

    private Reply claimJob(Call call) {
        core.checkTrainsSomewhere(call);
        ObjectNode body = Json.parse(call.body(), Set.of("worker", "projects"));
        String worker = Json.text(body, "worker", true);
        List<String> wanted = null;
        if (body.has("projects") && !body.get("projects").isNull()) {
            wanted = new ArrayList<>();
            if (!body.get("projects").isArray()) {
                throw new ApiException(400, "the field 'projects' must be an array of project ids");
            }
            for (JsonNode item : body.get("projects")) {
                wanted.add(item.asText());
            }
        }
        List<String> served = new ArrayList<>(core.projects().keySet());
        served.removeIf(id -> !core.permissions().may(call.user(), Action.RUN_TRAINING, core.in(id, null)));
        if (wanted != null) {
            served.retainAll(wanted);
        }
        JobQueue.Claim claim = queue.claim(worker + " (" + call.user().login() + "@" + call.address() + ")", served);
        if (claim == null) {
            return Reply.noContent();
        }
        TrainingRoutes.JobRef ref = training.findJob(claim.id());
        if (ref != null) {
            ServerCore.ACCESS.run(ref.store(), () -> {
                StoreChange edits = new StoreChange(ref.store(), "Training job " + ref.job().getName() + " claimed");
                if (!ref.job().getEpochs().isEmpty()) { // an earlier attempt's epochs: this one starts again
                    edits.remove(ref.job(), Literals.TRAINING_JOB__EPOCHS, new ArrayList<>(ref.job().getEpochs()));
                }
                edits.set(ref.job(), Literals.TRAINING_JOB__STATUS, JobStatus.PREPARING)
                        .set(ref.job(), Literals.TRAINING_JOB__STARTED_AT, new java.util.Date())
                        .set(ref.job(), Literals.TRAINING_JOB__PROGRESS, 0.0).execute();
            });
            training.broadcast(claim.id(), TrainingRoutes.STATUS_CHANGE.create().put("status", "preparing")
                    .put("message", "taken by " + worker));
        }
        ObjectNode json = Json.object().put("job_id", claim.id()).put("project", claim.projectId())
                .put("name", claim.name()).put("task_type", claim.taskType()).put("lease", claim.lease())
                .put("lease_seconds", queue.lease().toMillis() / 1000.0).put("attempt", claim.attempt());
        ObjectNode config = json.putObject("config");
        claim.config().forEach(config::put);
        return Reply.ok(json);
    }

    /** The job a worker names, when its lease still holds (renewed); else 409: stop working on it. */
    private TrainingRoutes.JobRef leased(Call call, String lease) {
        TrainingRoutes.JobRef ref = training.job(call);
        if (lease == null || !queue.renew(ref.job().getId(), lease)) {
            throw lost(ref.job().getId());
        }
        return ref;
    }

    private ApiException lost(String jobId) {
        return new ApiException(409, "the lease on job " + jobId + " is not held: it ran out (the job went back to "
                + "the queue) or the job was cancelled; stop working on it");
    }

    private Reply heartbeat(Call call) {
        ObjectNode body = Json.parse(call.body(), Set.of("lease"));
        leased(call, Json.text(body, "lease", true));
        return Reply.ok(Json.object().put("lease_seconds", queue.lease().toMillis() / 1000.0));
    }

    private Reply workerStatus(Call call) {
        ObjectNode body = Json.parse(call.body(), Set.of("lease", "status"));
        TrainingRoutes.JobRef ref = leased(call, Json.text(body, "lease", true));
        String status = Json.text(body, "status", true);
        if (!status.equals("training")) {
            throw new ApiException(400, "a worker reports status 'training' here (epochs, fail and model end a job), not '"
                    + status + "'");
        }
        ServerCore.ACCESS.run(ref.store(), () -> new StoreChange(ref.store(), "Training job " + ref.job().getName() + " training")
                .set(ref.job(), Literals.TRAINING_JOB__STATUS, JobStatus.TRAINING).execute());
        training.broadcast(ref.job().getId(), TrainingRoutes.STATUS_CHANGE.create().put("status", "training"));
        return Reply.noContent();
    }

    private Reply workerEpoch(Call call) {
        ObjectNode body = Json.parse(call.body(), Set.of("lease", "epoch", "epochs", "train_loss", "val_loss", "millis", "metrics"));
        String lease = Json.text(body, "lease", true);
        int epoch = (int) field(body, "epoch", true);
        int epochs = (int) field(body, "epochs", true);
        double trainLoss = field(body, "train_loss", false);
        double validationLoss = field(body, "val_loss", false);
        long millis = body.has("millis") ? (long) field(body, "millis", true) : 0;
        Map<String, Double> metrics = new LinkedHashMap<>();
        JsonNode m = body.get("metrics");
        if (m != null && !m.isNull()) {
            if (!m.isObject()) {
                throw new ApiException(400, "the field 'metrics' must be an object of numbers");
            }
            for (Map.Entry<String, JsonNode> e : m.properties()) {
                if (!e.getValue().isNumber()) {
                    throw new ApiException(400, "the field 'metrics." + e.getKey() + "' must be a number");
                }
                metrics.put(e.getKey(), e.getValue().asDouble());
            }
        }
        TrainingRoutes.JobRef ref = training.job(call);
        if (!queue.epoch(ref.job().getId(), lease, epoch, trainLoss, validationLoss, millis, metrics)) {
            throw lost(ref.job().getId());
        }
        ServerCore.ACCESS.run(ref.store(), () -> {
            org.annotide.model.EpochMetrics row = AnnotideFactory.eINSTANCE.createEpochMetrics();
            row.setEpoch(epoch);
            row.setTrainLoss(trainLoss);
            row.setValidationLoss(validationLoss);
            row.setDurationMillis(millis);
            row.getMetrics().putAll(metrics);
            new StoreChange(ref.store(), "Epoch " + epoch + " of " + ref.job().getName())
                    .add(ref.job(), Literals.TRAINING_JOB__EPOCHS, row)
                    .set(ref.job(), Literals.TRAINING_JOB__PROGRESS, epochs <= 0 ? 0.0 : Math.min(1.0, (double) epoch / epochs))
                    .execute();
        });
        ObjectNode message = TrainingRoutes.EPOCH_COMPLETE.create();
        message.setAll(Json.epoch(epoch, trainLoss, validationLoss, metrics));
        message.put("epochs", epochs);
        training.broadcast(ref.job().getId(), message);
        return Reply.noContent();
    }

    private Reply workerFail(Call call) {
        ObjectNode body = Json.parse(call.body(), Set.of("lease", "message"));
        String lease = Json.text(body, "lease", true);
        String message = Json.text(body, "message", true);
        TrainingRoutes.JobRef ref = training.job(call);
        if (!queue.finish(ref.job().getId(), lease, "failed", message, null)) {
            throw lost(ref.job().getId());
        }
        training.endJob(ref, JobStatus.FAILED, message);
        return Reply.noContent();
    }

    private static double field(ObjectNode body, String name, boolean whole) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            throw new ApiException(400, "the field '" + name + "' is missing");
        }
        if (whole ? !v.isIntegralNumber() || !v.canConvertToLong() : !v.isNumber()) {
            throw new ApiException(400, "the field '" + name + "' must be " + (whole ? "a whole number" : "a number"));
        }
        return v.asDouble();
    }

    private Reply workerModel(Call call) throws Exception {
        TrainingRoutes.JobRef ref = training.job(call);
        String lease = call.query("lease");
        if (lease == null || !queue.renew(ref.job().getId(), lease)) {
            throw lost(ref.job().getId());
        }
        ModelRegistry registry = new ModelRegistry(ref.store(), ServerCore.ACCESS, core.trainers());
        Path upload = registry.newModelPath("upload-" + java.util.UUID.randomUUID());
        try {
            ServerCore.receiveModelFile(call, upload);
            org.annotide.ml.ModelFile file;
            try {
                file = org.annotide.ml.ModelFile.read(upload);
            } catch (TrainingException e) {
                throw new ApiException(400, "the upload is not an Annotide model file: " + e.getMessage());
            }
            String modelId = file.descriptor().id();
            synchronized (ref.store()) {
                if (ref.store().project().getModels().stream().anyMatch(mo -> modelId.equals(mo.getId()))) {
                    throw new ApiException(409, "a model with the id " + modelId + " exists already");
                }
            }
            // the project first, the queue's row last: a project that refuses the model (a full disk: 503) leaves the
            // lease held, so the worker's next try or the reaper settles the job; the row completed first left a job
            // that no worker would finish, and the project's job training for ever
            Path target = registry.newModelPath(modelId);
            Files.move(upload, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            TrainedModel model;
            try {
                model = registry.register(org.annotide.ml.ModelFile.read(target), ref.job());
            } catch (RuntimeException | TrainingException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            if (!queue.finish(ref.job().getId(), lease, "completed", null, modelId)) {
                // the lease ran out while the model was stored (the job is another worker's now): not this one's result
                registry.delete(model);
                throw lost(ref.job().getId());
            }
            String id = ServerCore.ACCESS.call(ref.store(), model::getId);
            training.broadcast(ref.job().getId(), TrainingRoutes.STATUS_CHANGE.create().put("status", "completed"));
            training.broadcast(ref.job().getId(), TrainingRoutes.TRAINING_COMPLETE.create().put("model_id", id));
            synchronized (ref.store()) {
                return Reply.ok(Json.model(model, ref.projectId()));
            }
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** Jobs whose worker stopped renewing its lease: pending again (their epochs start over) or failed. */
    void reapLeases() {
        try {
            for (JobQueue.Expired expired : queue.reap()) {
                TrainingRoutes.JobRef ref = training.findJob(expired.id());
                if (ref == null) {
                    continue;
                }
                if (expired.requeued()) {
                    ServerCore.ACCESS.run(ref.store(), () -> new StoreChange(ref.store(), "Training job " + ref.job().getName()
                            + " back in the queue").set(ref.job(), Literals.TRAINING_JOB__STATUS, JobStatus.PENDING)
                            .set(ref.job(), Literals.TRAINING_JOB__ERROR_MESSAGE, expired.error()).execute());
                    training.broadcast(expired.id(), TrainingRoutes.STATUS_CHANGE.create().put("status", "pending")
                            .put("message", expired.error()));
                } else {
                    training.endJob(ref, JobStatus.FAILED, expired.error());
                }
            }
        } catch (RuntimeException e) {
            System.err.println("annotide server: leases could not be checked: " + e.getMessage());
        }
    }
}
