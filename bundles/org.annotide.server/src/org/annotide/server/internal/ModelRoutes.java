package org.annotide.server.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.annotide.access.Action;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.Inference;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingException;
import org.annotide.model.ImageAsset;
import org.annotide.model.TrainedModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Models beyond listing and activating them: export (the model's single file, streamed), import (an uploaded model
 * file, streamed to disk, size-limited, read back as a model file before it is registered) and the predictions of a
 * model for one image, computed on request and stored nowhere.
 */
final class ModelRoutes {

    private static final Input.Body PREDICTION = Input.Body.of(
            Input.Field.required("model_id", "string", "the trained model"),
            Input.Field.optional("min_score", "number", "a detector's least score, 0 to 1 (default 0.25)"),
            Input.Field.optional("top", "integer", "a classifier's best classes (default 5)"));
    private static final int DEFAULT_TOP = 5;

    private final ServerCore core;
    private final ImagePixels pixels = ImagePixels.installed();

    ModelRoutes(ServerCore core) {
        this.core = core;
    }

    /** What {@link #predict} answers: classes with their probabilities, or a detector's boxes with their scores. */
    private static final Schema PREDICTIONS = Schema.object(Schema.field("model_id", Schema.string()),
            Schema.field("task_type", Schema.string()), Schema.field("image", Schema.string()),
            Schema.field("predictions", Schema.array(Schema.object(Schema.field("label_class", Schema.string()),
                    Schema.field("score", Schema.number()), Schema.optional("box", Schema.object(
                            Schema.field("x", Schema.number()), Schema.field("y", Schema.number()),
                            Schema.field("width", Schema.number()), Schema.field("height", Schema.number())),
                            "a detector's box, in image pixels")))));

    void register() {
        core.route("GET", "/training/models/{model_id}/file", "Export a model: its file (.atm), streamed", this::export)
                .answersBytes("application/octet-stream");
        core.streamingRoute("POST", "/training/models/import",
                "Import a model file (the body, streamed; ?project= when the server serves several)", this::importModel)
                .query(Input.Param.optional("project", "string", "the project it is registered in (may be left "
                        + "out when one is served)")).answers(Json.MODEL);
        core.route("POST", "/projects/{project}/images/{image}/predictions",
                "A model's predictions for the image {model_id, min_score, top}: classes with probabilities, or boxes",
                200, this::predict).body(PREDICTION).answers(PREDICTIONS);
    }

    private record Located(ProjectStore store, String projectId, TrainedModel model) {
    }

    /** The model named in the path, when the user may train in its project (404 when they may not see it). */
    private Located model(Call call) {
        core.checkTrainsSomewhere(call);
        String id = call.param("model_id");
        for (Map.Entry<String, ProjectStore> e : core.projects().entrySet()) {
            ProjectStore store = e.getValue();
            TrainedModel found;
            synchronized (store) {
                found = store.project().getModels().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
            }
            if (found != null && core.visible(call.user(), e.getKey())) {
                core.check(call, Action.RUN_TRAINING, core.in(e.getKey(), null));
                return new Located(store, e.getKey(), found);
            }
        }
        throw new ApiException(404, "no model '" + id + "'");
    }

    private Reply export(Call call) throws Exception {
        Located located = model(call);
        ModelRegistry registry = new ModelRegistry(located.store(), ServerCore.ACCESS, core.trainers());
        Path file = registry.file(located.model());
        if (!Files.isRegularFile(file)) {
            throw new ApiException(404, "the file of model '" + call.param("model_id") + "' is missing on the server");
        }
        String name;
        synchronized (located.store()) {
            name = located.model().getName() + "-v" + located.model().getVersion();
        }
        Reply reply = new Reply(200, null);
        reply.file = file;
        reply.length = Files.size(file);
        reply.contentType = "application/octet-stream";
        return reply.header("Content-Disposition",
                "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ModelFile.EXTENSION + "\"");
    }

    private Reply importModel(Call call) throws Exception {
        core.checkTrainsSomewhere(call);
        String projectId = call.query("project");
        if (projectId == null) {
            if (core.projects().size() != 1) {
                throw new ApiException(400, "this server serves " + core.projects().size()
                        + " projects: name one with ?project=");
            }
            projectId = core.projects().keySet().iterator().next();
        }
        core.checkIn(call, projectId, Action.RUN_TRAINING, null);
        long declared = call.request().getLength();
        if (declared > ServerCore.MAX_MODEL_BYTES) {
            throw new ApiException(413, "the model file has " + declared + " bytes; at most " + ServerCore.MAX_MODEL_BYTES
                    + " are accepted");
        }
        ProjectStore store = core.projects().get(projectId);
        ModelRegistry registry = new ModelRegistry(store, ServerCore.ACCESS, core.trainers());
        Path upload = registry.newModelPath("import-" + java.util.UUID.randomUUID());
        try {
            ServerCore.receiveModelFile(call, upload);
            try {
                ModelFile.read(upload); // what is registered must be a model file, whatever its name says
            } catch (TrainingException e) {
                throw new ApiException(400, "the upload is not an Annotide model file: " + e.getMessage());
            }
            TrainedModel model;
            try {
                model = registry.importFile(upload, null, null, 0);
            } catch (TrainingException e) {
                throw new ApiException(400, "the model cannot be imported: " + e.getMessage());
            }
            core.modelChanged(store, projectId, model, "created");
            synchronized (store) {
                return new Reply(201, Json.model(model, projectId)).header("Location",
                        ServerCore.API + "/training/models/" + model.getId() + "/file");
            }
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /**
     * Annotators may ask for predictions, as the editor offers them to whoever annotates: the seed's table gives
     * annotating to annotators and keeps only the benchmark source from them, so an image whose annotations are ground
     * truth gets no predictions for those who may not see ground truth (a model trained on it would tell them the
     * answers they are scored against).
     */
    private Reply predict(Call call) throws Exception {
        core.checkIn(call, Action.EDIT_ANNOTATIONS, null);
        ObjectNode body = call.json();
        String modelId = Json.text(body, "model_id", true);
        double minScore = number(body, "min_score", 0.25, 0, 1);
        int top = (int) number(body, "top", DEFAULT_TOP, 1, 1000);
        if (body.has("top") && !body.get("top").isIntegralNumber()) {
            throw new ApiException(400, "the field 'top' must be a whole number");
        }
        ProjectStore store = core.store(call);
        ImageAsset image;
        TrainedModel model;
        synchronized (store) {
            image = ServerCore.image(store, call);
            core.checkGroundTruth(call, store.project(), image);
            model = store.project().getModels().stream().filter(m -> modelId.equals(m.getId())).findFirst()
                    .orElseThrow(() -> new ApiException(404, "no model '" + modelId + "' in project '"
                            + call.param("project") + "'"));
        }
        Inference inference = new Inference(new ModelRegistry(store, ServerCore.ACCESS, core.trainers()),
                ServerCore.ACCESS, pixels);
        java.util.List<Inference.Prediction> predictions;
        try {
            predictions = inference.predict(model, image, minScore, "auto");
        } catch (TrainingException e) {
            throw new ApiException(409, "the model cannot predict here: " + e.getMessage());
        }
        ObjectNode json = Json.object();
        synchronized (store) {
            json.put("model_id", modelId);
            json.put("task_type", model.getType().getLiteral().toLowerCase(Locale.ROOT));
            json.put("image", image.getId());
        }
        boolean classify = predictions.isEmpty() || predictions.get(0).box() == null;
        ArrayNode items = json.putArray("predictions");
        for (Inference.Prediction p : classify ? predictions.stream().limit(top).toList() : predictions) {
            ObjectNode item = items.addObject().put("label_class", p.labelClass()).put("score", p.score());
            if (p.box() != null) {
                item.putObject("box").put("x", p.box()[0]).put("y", p.box()[1]).put("width", p.box()[2])
                        .put("height", p.box()[3]);
            }
        }
        return Reply.ok(json);
    }

    private static double number(ObjectNode body, String field, double otherwise, double min, double max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw new ApiException(400, "the field '" + field + "' must be a number from " + (long) min + " to " + (long) max);
        }
        return v.asDouble();
    }
}
