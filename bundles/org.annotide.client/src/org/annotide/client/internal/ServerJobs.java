package org.annotide.client.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.EpochMetrics;
import org.annotide.model.JobStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server's training jobs and models as objects of the mirror's model, so that the views that show a local
 * project's training show a server project's the same way. A job that came from the server is marked with
 * {@value #SERVER_KEY} in its configuration, a model by its file's place under {@value #MODELS_FOLDER} (downloaded
 * there the first time it is used); objects without the mark are the mirror's own (trained locally before the server
 * trained a mirror's jobs) and are left alone. On the owner thread, inside {@link LocalEdits#quiet(Runnable)} (the
 * caller commits): the server's state is not the user's to undo.
 */
public final class ServerJobs {

    /** The configuration key that marks a job the mirror follows on the server. */
    public static final String SERVER_KEY = "annotide.server";
    /** Where in the mirror folder the files of the server's models go, each the first time it is used. */
    public static final String MODELS_FOLDER = "models/server";

    private ServerJobs() {
    }

    /** Whether a job of the mirror is one of the server's. */
    public static boolean isServerJob(TrainingJob job) {
        return job.getConfiguration().containsKey(SERVER_KEY);
    }

    /** Whether a model of the mirror is one of the server's. */
    public static boolean isServerModel(TrainedModel model) {
        return model.getWeightsLocation() != null && model.getWeightsLocation().startsWith(MODELS_FOLDER + "/");
    }

    /** The file of a server model in the mirror folder, relative to it. */
    public static String modelLocation(String modelId) {
        return MODELS_FOLDER + "/" + modelId.replaceAll("[^A-Za-z0-9._-]", "_") + ".atm";
    }

    /**
     * Makes the mirror's server jobs and models those the server listed ({@code GET /training/jobs?project=} and
     * {@code /training/models?project=}): new ones added, known ones updated, those the server no longer has removed.
     */
    public static void applyAll(Project project, String server, JsonNode jobs, JsonNode models) {
        Set<String> listedModels = new HashSet<>();
        for (JsonNode json : models) {
            listedModels.add(json.get("id").asText());
            applyModel(project, json);
        }
        project.getModels().stream().filter(m -> isServerModel(m) && !listedModels.contains(m.getId())).toList()
                .forEach(m -> removeModel(project, m));
        Set<String> listedJobs = new HashSet<>();
        for (JsonNode json : jobs) {
            listedJobs.add(json.get("id").asText());
            applyJob(project, server, json);
        }
        project.getTrainingJobs().stream().filter(j -> isServerJob(j) && !listedJobs.contains(j.getId())).toList()
                .forEach(j -> removeJob(project, j));
    }

    /** A job as the server answers it (its epochs included), added to the mirror or updated there. */
    public static TrainingJob applyJob(Project project, String server, JsonNode json) {
        String id = json.get("id").asText();
        TrainingJob known = job(project, id);
        TrainingJob job = known != null ? known : AnnotideFactory.eINSTANCE.createTrainingJob();
        if (known == null) {
            job.setId(id);
            project.getTrainingJobs().add(job);
        }
        job.setName(json.path("name").asText(id));
        job.setType(task(json.path("task_type").asText(null)));
        setStatus(job, json.path("status").asText("pending"));
        job.setProgress(json.path("progress").asDouble(0));
        job.setCreatedBy(text(json, "created_by"));
        job.setCreatedAt(date(json, "created_at"));
        job.setStartedAt(date(json, "started_at"));
        job.setFinishedAt(date(json, "finished_at"));
        job.setErrorMessage(text(json, "error"));
        JsonNode config = json.path("config");
        job.getConfiguration().clear();
        config.fields().forEachRemaining(e -> job.getConfiguration().put(e.getKey(), e.getValue().asText()));
        job.getConfiguration().put(SERVER_KEY, server);
        List<EpochMetrics> epochs = new ArrayList<>();
        for (JsonNode e : json.path("epochs")) {
            epochs.add(epoch(e));
        }
        job.getEpochs().clear();
        job.getEpochs().addAll(epochs);
        String modelId = text(json, "model_id");
        TrainedModel model = modelId == null ? null : model(project, modelId);
        job.setResultModel(model);
        if (model != null) {
            model.setJob(job);
        }
        return job;
    }

    /** A status the job socket told ({@code status_change}); false when the mirror does not have the job. */
    public static boolean applyStatus(Project project, String jobId, String status) {
        TrainingJob job = job(project, jobId);
        if (job == null) {
            return false;
        }
        setStatus(job, status);
        return true;
    }

    /**
     * An epoch the job socket told ({@code epoch_complete}: {@code epoch}, {@code epochs}, {@code metrics} with
     * {@code train_loss} and {@code val_loss}); one the mirror has already is replaced. False when the mirror does not
     * have the job.
     */
    public static boolean applyEpoch(Project project, String jobId, JsonNode event) {
        TrainingJob job = job(project, jobId);
        if (job == null) {
            return false;
        }
        EpochMetrics epoch = epoch(event);
        job.getEpochs().removeIf(e -> e.getEpoch() == epoch.getEpoch());
        int at = 0;
        while (at < job.getEpochs().size() && job.getEpochs().get(at).getEpoch() < epoch.getEpoch()) {
            at++;
        }
        job.getEpochs().add(at, epoch);
        int total = event.path("epochs").asInt(0);
        if (total > 0) {
            job.setProgress(Math.min(1.0, epoch.getEpoch() / (double) total));
        }
        if (job.getStatus() == JobStatus.PENDING || job.getStatus() == JobStatus.PREPARING) {
            job.setStatus(JobStatus.TRAINING); // an epoch's news may overtake the status's
        }
        return true;
    }

    /**
     * A job's change the project socket told ({@code training_job_updated}): the job as the server answers it, or
     * (change {@code deleted}) its removal.
     */
    public static void applyJobEvent(Project project, String server, String change, JsonNode json) {
        if (!"deleted".equals(change)) {
            applyJob(project, server, json);
            return;
        }
        TrainingJob job = job(project, json.path("id").asText());
        if (job != null && isServerJob(job)) {
            removeJob(project, job);
        }
    }

    /**
     * A model's change the project socket told ({@code training_model_updated}): the model as the server answers it
     * (activated: the others of its task type are no longer active, as on the server), or (deleted) its removal.
     */
    public static void applyModelEvent(Project project, String change, JsonNode json) {
        String id = json.path("id").asText();
        if ("deleted".equals(change)) {
            TrainedModel model = model(project, id);
            if (model != null && isServerModel(model)) {
                removeModel(project, model);
            }
            return;
        }
        applyModel(project, json);
        TrainedModel model = model(project, id);
        if (model == null || !isServerModel(model)) {
            return;
        }
        if ("activated".equals(change)) {
            project.getModels().stream().filter(m -> m != model && isServerModel(m) && m.getType() == model.getType())
                    .forEach(m -> m.setActive(false));
        }
        String jobId = text(json, "job_id");
        TrainingJob job = jobId == null ? null : job(project, jobId);
        if (job != null) { // the job's completion may have been told before its model
            job.setResultModel(model);
            model.setJob(job);
        }
    }

    private static void removeModel(Project project, TrainedModel model) {
        project.getTrainingJobs().forEach(j -> {
            if (j.getResultModel() == model) {
                j.setResultModel(null);
            }
        });
        project.getModels().remove(model);
    }

    private static void removeJob(Project project, TrainingJob job) {
        project.getModels().forEach(m -> {
            if (m.getJob() == job) {
                m.setJob(null);
            }
        });
        project.getTrainingJobs().remove(job);
    }

    private static void applyModel(Project project, JsonNode json) {
        String id = json.get("id").asText();
        TrainedModel known = model(project, id);
        TrainedModel model = known != null ? known : AnnotideFactory.eINSTANCE.createTrainedModel();
        if (known == null) {
            model.setId(id);
            model.setWeightsLocation(modelLocation(id));
            project.getModels().add(model);
        } else if (!isServerModel(model)) {
            return; // the mirror's own model of that id (imported from the server's export, say): left as it is
        }
        model.setName(json.path("name").asText(id));
        model.setVersion(json.path("version").asInt(1));
        model.setType(task(json.path("task_type").asText(null)));
        model.setArchitecture(text(json, "architecture"));
        model.setInputSize(json.path("input_size").asInt(0));
        model.setActive(json.path("is_active").asBoolean(false));
        model.setCreatedAt(date(json, "created_at"));
        List<LabelClass> classes = new ArrayList<>();
        for (JsonNode name : json.path("classes")) {
            project.getLabelClasses().stream().filter(c -> name.asText().equals(c.getName())).findFirst()
                    .ifPresent(classes::add);
        }
        model.getLabelClasses().clear();
        model.getLabelClasses().addAll(classes);
        model.getMetrics().clear();
        json.path("metrics").fields().forEachRemaining(e -> model.getMetrics().put(e.getKey(), e.getValue().asDouble()));
    }

    public static TrainingJob job(Project project, String id) {
        return project.getTrainingJobs().stream().filter(j -> id.equals(j.getId())).findFirst().orElse(null);
    }

    public static TrainedModel model(Project project, String id) {
        return project.getModels().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
    }

    private static EpochMetrics epoch(JsonNode json) {
        EpochMetrics epoch = AnnotideFactory.eINSTANCE.createEpochMetrics();
        epoch.setEpoch(json.path("epoch").asInt());
        JsonNode metrics = json.path("metrics");
        epoch.setTrainLoss(metrics.path("train_loss").asDouble(Double.NaN));
        epoch.setValidationLoss(metrics.path("val_loss").asDouble(Double.NaN));
        epoch.setDurationMillis(json.path("millis").asLong(0));
        for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("train_loss") && !e.getKey().equals("val_loss") && e.getValue().isNumber()) {
                epoch.getMetrics().put(e.getKey(), e.getValue().asDouble());
            }
        }
        return epoch;
    }

    private static void setStatus(TrainingJob job, String status) {
        JobStatus value = JobStatus.get(status.toUpperCase(Locale.ROOT));
        if (value != null) {
            job.setStatus(value);
        }
    }

    private static TaskType task(String text) {
        return text == null ? null : TaskType.get(text.toUpperCase(Locale.ROOT));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Date date(JsonNode json, String field) {
        String text = text(json, field);
        return text == null ? null : Date.from(Instant.parse(text));
    }
}
