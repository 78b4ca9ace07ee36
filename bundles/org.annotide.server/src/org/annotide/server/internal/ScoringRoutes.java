package org.annotide.server.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionDeniedException;
import org.annotide.benchmark.ScoreTotals;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.SkillBands;
import org.annotide.benchmark.SourceStatus;
import org.annotide.benchmark.TaskResult;
import org.annotide.benchmark.TaskStatuses;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.benchmark.TrainingSession;
import org.annotide.benchmark.TrainingSettings;
import org.annotide.core.store.ProjectStore;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.ImageAsset;
import org.annotide.model.Submission;
import org.annotide.model.TaskStatus;
import org.annotide.model.TrainingProject;
import org.eclipse.emf.common.command.CompoundCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Task status, training projects, submissions, scores, the scoring CSV and the training settings: the benchmark layer's
 * {@link TaskStatuses}, {@link TrainingSession} and {@link TrainingSettings} over HTTP, with the same permission
 * answers as the workbench and the command line (asked within the project, so a member's role there counts). The ground
 * truth never leaves through these routes to anyone who may not view the benchmark source: task lists and scores carry
 * no ground-truth object, and the CSV (which names ground-truth ids) is for Admins and Team Managers only.
 */
final class ScoringRoutes implements AutoCloseable {

    private static final String TRAINING = "/projects/{project}/training-projects/{training}";

    /** What {@link #status} writes. */
    private static final Schema STATUS = Schema.object(Schema.field("image", Schema.string()),
            Schema.field("status", Schema.string(), "new, in-progress, in-review or completed"),
            Schema.field("label", Schema.string(), "the status as a person reads it"));
    /** What the project socket tells of task statuses and training projects, to all who see the project but the writer. */
    static final SocketMessage IMAGE_STATUS_UPDATED = SocketMessage.of("image_status_updated", "an image's status was "
            + "set (with its tiles)", Schema.field("project", Schema.string()), Schema.field("image_status", STATUS,
                    "as GET .../status answers it"));
    static final SocketMessage TRAINING_PROJECT_UPDATED = SocketMessage.of("training_project_updated", "a training "
            + "project's drafts were submitted or its submissions scored again: read it again through GET, which "
            + "shows each user what they may see", Schema.field("project", Schema.string()),
            Schema.field("training_project", Schema.object(Schema.field("id", Schema.string())), "its id only"));
    static final List<SocketMessage> MESSAGES = List.of(IMAGE_STATUS_UPDATED, TRAINING_PROJECT_UPDATED);
    /** A scoring function as {@link ScoringFunctionSpec#parse} reads it and {@link ScoringFunctionSpec#toJson} writes it. */
    private static final Schema FUNCTION = Schema.object(
            Schema.optional("mode", Schema.string(), "dynamic (the default) or classification"),
            Schema.optional("classes", Schema.map(Schema.object(
                    Schema.optional("iou", Schema.number(), "the weight of the overlap"),
                    Schema.optional("category", Schema.number(), "the weight of the class"))),
                    "weights by label class name"));
    /** What {@link #summary} writes. */
    private static final List<Schema.Property> SUMMARY = List.of(Schema.field("id", Schema.string()),
            Schema.field("name", Schema.string().orNull()), Schema.field("description", Schema.string().orNull()),
            Schema.field("status", Schema.string().orNull()), Schema.field("created_at", Schema.string().orNull()),
            Schema.field("benchmark_tasks", Schema.integer()), Schema.field("trainees", Schema.array(Schema.string()),
                    "all for those who control assignments, else only the caller"));
    /** What {@link #getOne} writes: the summary, the benchmark, and the function (its text only for its editors). */
    private static final Schema TRAINING_PROJECT = Schema.object(java.util.stream.Stream.concat(SUMMARY.stream(),
            java.util.stream.Stream.of(Schema.field("benchmark", Schema.object(
                    Schema.field("id", Schema.string().orNull()), Schema.field("name", Schema.string().orNull()),
                    Schema.field("images", Schema.array(Schema.string())))),
                    Schema.field("scoring_function", Schema.object(Schema.field("name", Schema.string().orNull()),
                            Schema.field("mode", Schema.string(), "how the scores add up"),
                            Schema.optional("text", FUNCTION, "only for those who may edit it")))))
            .toList());
    /** What {@link #task} writes: the score, labels and recorded class scores once it is scored. */
    private static final Schema TASK = Schema.object(Schema.field("annotator", Schema.string().orNull()),
            Schema.field("image", Schema.string().orNull()), Schema.field("image_name", Schema.string().orNull()),
            Schema.field("status", Schema.string().orNull()), Schema.field("submitted_at", Schema.string().orNull()),
            Schema.field("score", Schema.number().orNull(), "null: not scored"),
            Schema.optional("labels", Schema.integer(), "how many labels were evaluated"),
            Schema.optional("function", Schema.string().orNull(), "the scoring function the score was recorded under"),
            Schema.optional("class_scores", Schema.array(Schema.object(Schema.field("class", Schema.string().orNull()),
                    Schema.field("value", Schema.number()), Schema.field("matched", Schema.integer()),
                    Schema.field("missed", Schema.integer()), Schema.field("extra", Schema.integer()),
                    Schema.field("mean_iou", Schema.number()), Schema.field("category_accuracy", Schema.number()))),
                    "as the score recorded them"));
    /** What {@link #scores} writes. */
    private static final Schema SCORES = Schema.object(Schema.field("trainees", Schema.array(Schema.object(
            Schema.field("annotator", Schema.string()), Schema.field("score", Schema.number().orNull(), "null: no "
                    + "submitted task yet"), Schema.field("tasks", Schema.integer()),
            Schema.field("labels", Schema.integer()), Schema.field("class_scores", Schema.map(Schema.number()))))),
            Schema.field("tasks", Schema.array(TASK), "the submitted ones"));
    /** What {@link #rescore} writes. */
    private static final Schema RESCORED = Json.items(Schema.object(Schema.field("annotator", Schema.string()),
            Schema.field("before", Schema.number().orNull()), Schema.field("after", Schema.number().orNull())));

    /** The skill bands' thresholds, as {@link SkillBands} holds them. */
    private static final Schema BANDS = Schema.object(Schema.field("lower", Schema.number(),
            "Intermediate from this score (0 to 100)"), Schema.field("upper", Schema.number(),
                    "Expert from this score (lower to 100)"));
    /** What {@link #settings} writes: the training settings the workbench's Training Settings edit. */
    private static final Schema SETTINGS = Schema.object(Schema.field("skill_bands", BANDS,
            "Beginner below lower, Intermediate from it, Expert from upper"),
            Schema.field("instructions", Schema.string(), "the annotation instructions (\"\" when none)"),
            Schema.optional("pending_function", FUNCTION.orNull(), "the scoring function saved and not applied yet "
                    + "(null: none); only for those who may edit the scoring function"));

    private final ServerCore core;
    /** One session per served training project: its ground truth is opened once, its pairings are kept. */
    private final Map<ProjectStore, TrainingSession> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    ScoringRoutes(ServerCore core) {
        this.core = core;
        core.route("GET", "/projects/{project}/images/{image}/status", "An image's task status (new, in-progress, "
                + "in-review, completed)", guard(this::getStatus)).answers(STATUS);
        core.route("PUT", "/projects/{project}/images/{image}/status", "Set an image's task status and its tiles' "
                + "{\"status\"} (Admins and Team Managers)", guard(this::setStatus)).body(Input.Body.of(
                        Input.Field.required("status", "string", "new, in-progress, in-review or completed")))
                .answers(STATUS);
        core.route("GET", "/projects/{project}/training-projects", "The project's training projects", guard(this::list))
                .answers(Json.items(Schema.object(SUMMARY)));
        core.route("GET", TRAINING, "A training project: benchmark, trainees, scoring function (its text only for "
                + "those who may edit it)", guard(this::getOne)).answers(TRAINING_PROJECT);
        core.route("GET", TRAINING + "/tasks", "Tasks: every trainee's for Admins and Team Managers, an annotator's own",
                guard(this::tasks)).answers(Json.items(TASK));
        core.route("POST", TRAINING + "/submission", "A trainee submits their open tasks ({\"images\"}: only those); "
                + "their drafts become the submissions, scored at once; final", guard(this::submit))
                .body(Input.Body.orEmpty(Input.Field.array("images", false, "string",
                        "only the tasks of these images (default: all one's open tasks)")))
                .answers(Json.items(TASK));
        core.route("GET", TRAINING + "/scores", "Scores per trainee and per task (an annotator: their own)",
                guard(this::scores)).answers(SCORES);
        core.route("POST", TRAINING + "/rescore", "Re-calculate every score with an edited function {\"function\"} "
                + "(who may edit the scoring function)", guard(this::rescore)).body(Input.Body.orEmpty(
                        Input.Field.of("function", false, "the scoring function as its JSON: mode and classes "
                                + "(default: the current one)", FUNCTION))).answers(RESCORED);
        core.route("GET", TRAINING + "/settings", "The training settings: skill bands, annotation instructions, and "
                + "the function saved and not applied yet (only for who may edit the scoring function)",
                guard(this::getSettings)).answers(SETTINGS);
        core.route("PUT", TRAINING + "/settings", "Change the training settings given (one command): skill bands and "
                + "the pending function (who may edit the scoring function), instructions (who may add annotation "
                + "instructions)", guard(this::putSettings)).body(Input.Body.of(
                        Input.Field.of("skill_bands", false, "the thresholds {lower, upper}", BANDS),
                        Input.Field.of("pending_function", false, "the function to keep, not applied (re-scoring "
                                + "applies it); null: none", FUNCTION.orNull()),
                        Input.Field.of("instructions", false, "the annotation instructions; null: none",
                                Schema.string().orNull()))).answers(SETTINGS);
        core.route("GET", TRAINING + "/scores.csv", "Every evaluation label as CSV, streamed (Admins and Team "
                + "Managers)", guard(this::csv)).answersBytes("text/csv");
    }

    // ------------------------------------------------------------------ task status

    private Reply getStatus(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        synchronized (store) {
            return Reply.ok(status(ServerCore.image(store, call)));
        }
    }

    private Reply setStatus(Call call) {
        core.checkIn(call, Action.CONTROL_ASSIGNMENTS_AND_STATUS, null);
        ObjectNode body = call.json();
        SourceStatus status;
        try {
            status = SourceStatus.parse(Json.text(body, "status", true));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        ProjectStore store = core.store(call);
        synchronized (store) {
            ImageAsset image = ServerCore.image(store, call);
            TaskStatuses.setImages(store, call.user(), scoped(call), List.of(image), status);
            ObjectNode json = status(image);
            // the status is no ground truth: told to everyone who sees the project, as GET answers everyone
            core.events().toProject(IMAGE_STATUS_UPDATED, call.param("project"), "image_status", json,
                    call.headers().get(ProjectEvents.CLIENT_HEADER));
            return Reply.ok(json);
        }
    }

    private static ObjectNode status(ImageAsset image) {
        SourceStatus status = SourceStatus.of(image);
        return Json.object().put("image", image.getId()).put("status", status.word()).put("label", status.label());
    }

    // ------------------------------------------------------------------ training projects

    private Reply list(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        ArrayNode items = Json.MAPPER.createArrayNode();
        synchronized (store) {
            TrainingSession session = sessionOrNull(call, store);
            if (session != null) {
                items.add(summary(call, session));
            }
        }
        return Reply.ok(Json.object().set("items", items));
    }

    private Reply getOne(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        synchronized (store) {
            TrainingSession session = session(call, store);
            TrainingProject training = session.trainingProject();
            ObjectNode node = summary(call, session);
            ObjectNode benchmark = node.putObject("benchmark");
            benchmark.put("id", training.getBenchmark() == null ? null : training.getBenchmark().getId());
            benchmark.put("name", training.getBenchmark() == null ? null : training.getBenchmark().getName());
            ArrayNode images = benchmark.putArray("images");
            if (training.getBenchmark() != null) {
                training.getBenchmark().getImages().forEach(i -> images.add(i.getId()));
            }
            ObjectNode function = node.putObject("scoring_function");
            function.put("name", training.getScoringFunction() == null ? null : training.getScoringFunction().getName());
            // the mode says how the recorded scores add up (a client's mirror sums them); the weights stay the Admins'
            function.put("mode", session.function().mode().name().toLowerCase(java.util.Locale.ROOT));
            if (core.permissions().may(call.user(), Action.EDIT_SCORING_FUNCTION, core.in(call.param("project"), training))) {
                function.set("text", parse(session.function().toJson()));
            }
            return Reply.ok(node);
        }
    }

    /** Name, status, counts and the trainees the caller may see (all for those who control assignments). */
    private ObjectNode summary(Call call, TrainingSession session) {
        TrainingProject training = session.trainingProject();
        ObjectNode node = Json.object();
        node.put("id", training.getId());
        node.put("name", training.getName());
        node.put("description", training.getDescription());
        node.put("status", training.getStatus() == null ? null : training.getStatus().getLiteral().toLowerCase(
                java.util.Locale.ROOT));
        node.put("created_at", Json.date(training.getCreatedAt()));
        node.put("benchmark_tasks", session.benchmarkTaskCount());
        ArrayNode trainees = node.putArray("trainees");
        boolean all = controls(call, training);
        for (String login : session.trainees()) {
            if (all || login.equals(call.user().login())) {
                trainees.add(login);
            }
        }
        return node;
    }

    private Reply tasks(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        synchronized (store) {
            TrainingSession session = session(call, store);
            ArrayNode items = Json.MAPPER.createArrayNode();
            for (AnnotatorTask task : session.tasksFor(call.user())) {
                items.add(task(session, call.user(), task));
            }
            return Reply.ok(Json.object().set("items", items));
        }
    }

    /** A task as its viewer may see it: whose, which image, status, submission time and score; no ground truth. */
    private static ObjectNode task(TrainingSession session, Account viewer, AnnotatorTask task) {
        ObjectNode node = Json.object();
        node.put("annotator", task.getAnnotator() == null ? null : task.getAnnotator().getLogin());
        node.put("image", task.getImage() == null ? null : task.getImage().getId());
        node.put("image_name", task.getImage() == null ? null : task.getImage().getName());
        node.put("status", task.getStatus() == null ? null : task.getStatus().getLiteral().toLowerCase(
                java.util.Locale.ROOT));
        Submission submission = TrainingSession.submission(task);
        node.put("submitted_at", submission == null ? null : Json.date(submission.getSubmittedAt()));
        TaskResult result = session.result(viewer, task, null);
        if (result == null) {
            node.putNull("score");
        } else {
            node.put("score", result.taskScore());
            node.put("labels", result.labelCount());
            recorded(node, submission);
        }
        return node;
    }

    /**
     * The class scores recorded on a submission's latest score (the one under the current function: submitting and
     * re-scoring record it), as the model keeps them: what a client's mirror needs to show the same totals. Counts and
     * scores only, no ground-truth object: the same the viewer's own totals tell, per task.
     */
    private static void recorded(ObjectNode node, Submission submission) {
        if (submission.getScores().isEmpty()) {
            return;
        }
        org.annotide.model.Score score = submission.getScores().get(submission.getScores().size() - 1);
        node.put("function", score.getScoringFunction() == null ? null : score.getScoringFunction().getName());
        ArrayNode classes = node.putArray("class_scores");
        for (org.annotide.model.ClassScore c : score.getClassScores()) {
            classes.addObject().put("class", c.getLabelClass() == null ? null : c.getLabelClass().getName())
                    .put("value", c.getValue()).put("matched", c.getMatched()).put("missed", c.getMissed())
                    .put("extra", c.getExtra()).put("mean_iou", c.getMeanIou())
                    .put("category_accuracy", c.getCategoryAccuracy());
        }
    }

    /**
     * Tells everyone following the project that the training project's tasks or scores changed (a submission, a
     * re-scoring). Only its id: each client reads again what GET shows it, so nobody learns more than GET says.
     */
    private void trainingChanged(Call call, TrainingProject training) {
        core.events().toProject(TRAINING_PROJECT_UPDATED, call.param("project"), "training_project",
                Json.object().put("id", training.getId()), call.headers().get(ProjectEvents.CLIENT_HEADER));
    }

    private Reply submit(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ObjectNode body = call.json();
        Set<String> only = null;
        if (body.has("images")) {
            JsonNode images = body.get("images");
            if (!images.isArray() || images.isEmpty()) {
                throw new ApiException(400, "the field 'images' must be a list of image ids (at least one)");
            }
            only = new java.util.HashSet<>();
            for (JsonNode id : images) {
                if (!id.isTextual()) {
                    throw new ApiException(400, "the field 'images' must hold image ids (strings), not " + Json.kind(id));
                }
                only.add(id.asText());
            }
        }
        ProjectStore store = core.store(call);
        synchronized (store) {
            TrainingSession session = session(call, store);
            TrainingProject training = session.trainingProject();
            core.check(call, Action.ANNOTATE_TASKS, core.in(call.param("project"), training));
            List<AnnotatorTask> open = new ArrayList<>();
            Set<String> found = new java.util.HashSet<>();
            for (AnnotatorTask task : session.tasksFor(call.user())) {
                String image = task.getImage() == null ? null : task.getImage().getId();
                if (only != null && !only.contains(image) || task.getAnnotator() == null
                        || !call.user().login().equals(task.getAnnotator().getLogin())) {
                    continue;
                }
                found.add(image);
                if (task.getStatus() != TaskStatus.SUBMITTED) {
                    open.add(task);
                }
            }
            if (only != null && !found.containsAll(only)) {
                List<String> unknown = only.stream().filter(id -> !found.contains(id)).sorted().toList();
                throw new ApiException(404, call.user().login() + " has no task on the image(s) " + unknown
                        + " in training project '" + training.getName() + "'");
            }
            if (open.isEmpty()) {
                throw new ApiException(409, "nothing to submit: " + (only == null ? "every task" : "each of these tasks")
                        + " of " + call.user().login() + " is submitted already (submitting is final)");
            }
            ArrayNode items = Json.MAPPER.createArrayNode();
            for (AnnotatorTask task : open) {
                // the drafts leave the image: those following the project (the trainee's other windows, managers) are told
                List<ProjectEvents.Recipients> told = new ArrayList<>();
                List<Long> ids = new ArrayList<>();
                for (org.annotide.model.Annotation draft : session.drafts(call.user(), task)) {
                    told.add(core.recipients(call, ProjectEvents.ANNOTATION_DELETED, task.getImage(), draft));
                    ids.add(draft.getId());
                }
                session.submitDrafts(call.user(), task);
                for (int i = 0; i < told.size(); i++) {
                    told.get(i).send(Json.object().put("id", ids.get(i)));
                }
                items.add(task(session, call.user(), task));
            }
            trainingChanged(call, training);
            return new Reply(201, Json.object().set("items", items));
        }
    }

    private Reply scores(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        synchronized (store) {
            TrainingSession session = session(call, store);
            ArrayNode trainees = Json.MAPPER.createArrayNode();
            for (ScoreTotals totals : session.scores(call.user(), null)) {
                trainees.add(totals(totals));
            }
            ArrayNode tasks = Json.MAPPER.createArrayNode();
            for (AnnotatorTask task : session.tasksFor(call.user())) {
                if (task.getStatus() == TaskStatus.SUBMITTED) {
                    tasks.add(task(session, call.user(), task));
                }
            }
            ObjectNode node = Json.object();
            node.set("trainees", trainees);
            node.set("tasks", tasks);
            return Reply.ok(node);
        }
    }

    private static ObjectNode totals(ScoreTotals totals) {
        ObjectNode node = Json.object();
        node.put("annotator", totals.annotator());
        if (Double.isNaN(totals.score())) {
            node.putNull("score"); // no submitted task yet
        } else {
            node.put("score", totals.score());
        }
        node.put("tasks", totals.tasks());
        node.put("labels", totals.labels());
        ObjectNode classes = node.putObject("class_scores");
        totals.classScores().forEach(classes::put);
        return node;
    }

    private Reply rescore(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ObjectNode body = call.json();
        ProjectStore store = core.store(call);
        synchronized (store) {
            TrainingSession session = session(call, store);
            core.check(call, Action.EDIT_SCORING_FUNCTION, core.in(call.param("project"), session.trainingProject()));
            ScoringFunctionSpec function;
            if (!body.has("function")) {
                function = session.function();
            } else {
                if (!body.get("function").isObject()) {
                    throw new ApiException(400, "the field 'function' must be a scoring function object, not "
                            + Json.kind(body.get("function")));
                }
                try {
                    function = ScoringFunctionSpec.parse(body.get("function").toString());
                    function.toModel(store.project().getLabelClasses(), "check"); // refuses a class the ontology lacks
                } catch (IllegalArgumentException e) {
                    throw new ApiException(400, "the scoring function: " + e.getMessage());
                }
            }
            ArrayNode items = Json.MAPPER.createArrayNode();
            for (TrainingSession.Rescore change : session.rescore(call.user(), function)) {
                ObjectNode item = items.addObject().put("annotator", change.annotator());
                putScore(item, "before", change.before());
                putScore(item, "after", change.after());
            }
            trainingChanged(call, session.trainingProject());
            return new Reply(201, Json.object().set("items", items));
        }
    }

    // ------------------------------------------------------------------ training settings

    private Reply getSettings(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        synchronized (store) {
            return Reply.ok(settings(call, session(call, store)));
        }
    }

    /**
     * Changes the settings the body names, all or none: each asks the permission the workbench's Training Settings
     * asks (the bands and the pending function: edit the scoring function; the instructions: add annotation
     * instructions), then every value is checked, then the changed ones are one command on the server's command path
     * (journaled, and written through to PostgreSQL for a held project). Followers are told as after a re-scoring:
     * the training project's id only, each reads again what GET shows them.
     */
    private Reply putSettings(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ObjectNode body = call.json();
        if (body.isEmpty()) {
            throw new ApiException(400, "nothing to change: give skill_bands, pending_function or instructions");
        }
        ProjectStore store = core.store(call);
        synchronized (store) {
            TrainingSession session = session(call, store);
            TrainingProject training = session.trainingProject();
            Object target = core.in(call.param("project"), training);
            if (body.has("skill_bands") || body.has("pending_function")) {
                core.check(call, Action.EDIT_SCORING_FUNCTION, target);
            }
            if (body.has("instructions")) {
                core.check(call, Action.ADD_ANNOTATION_INSTRUCTIONS, target);
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            if (body.has("skill_bands")) {
                values.put(TrainingSettings.SKILL_BANDS_KEY, bands(body.get("skill_bands")).text());
            }
            if (body.has("pending_function")) {
                values.put(TrainingSettings.PENDING_FUNCTION_KEY, pending(body.get("pending_function"), store));
            }
            if (body.has("instructions")) {
                String text = Json.text(body, "instructions", false);
                values.put(TrainingSettings.INSTRUCTIONS_KEY, text == null ? "" : text);
            }
            Map<String, String> metadata = store.project().getMetadata().map();
            values.entrySet().removeIf(e -> e.getValue().equals(metadata.get(e.getKey()))
                    || e.getValue().isEmpty() && !metadata.containsKey(e.getKey()));
            if (!values.isEmpty()) {
                CompoundCommand command = new CompoundCommand("Change the training settings");
                values.forEach((key, value) -> command.append(TrainingSettings.command(store, key, value)));
                ServerCore.execute(store, command);
                trainingChanged(call, training);
            }
            return Reply.ok(settings(call, session));
        }
    }

    /** The settings as the caller may see them: the pending function only for who may edit the scoring function. */
    private ObjectNode settings(Call call, TrainingSession session) {
        org.annotide.model.Project project = session.store().project();
        SkillBands bands = SkillBands.of(project);
        ObjectNode node = Json.object();
        node.putObject("skill_bands").put("lower", bands.lower()).put("upper", bands.upper());
        node.put("instructions", TrainingSettings.instructions(project));
        if (core.permissions().may(call.user(), Action.EDIT_SCORING_FUNCTION, core.in(call.param("project"),
                session.trainingProject()))) {
            ScoringFunctionSpec pending = TrainingSettings.pendingFunction(project);
            if (pending == null) {
                node.putNull("pending_function");
            } else {
                node.set("pending_function", parse(pending.toJson()));
            }
        }
        return node;
    }

    private static SkillBands bands(JsonNode value) {
        if (!value.isObject()) {
            throw new ApiException(400, "the field 'skill_bands' must be an object {\"lower\", \"upper\"}, not "
                    + Json.kind(value));
        }
        Json.checkFields((ObjectNode) value, Set.of("lower", "upper"), "skill_bands.");
        try {
            return new SkillBands(threshold(value, "lower"), threshold(value, "upper"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "the field 'skill_bands': " + e.getMessage());
        }
    }

    private static double threshold(JsonNode bands, String field) {
        JsonNode value = bands.get(field);
        if (value == null || value.isNull()) {
            throw new ApiException(400, "the field 'skill_bands." + field + "' is required");
        }
        if (!value.isNumber()) {
            throw new ApiException(400, "the field 'skill_bands." + field + "' must be a number, not "
                    + Json.kind(value));
        }
        return value.asDouble();
    }

    /**
     * A pending function as it is kept ("" for none): read by the scoring function's own parser, whose message says
     * where it is wrong (the class, the key), and naming only classes of the project's ontology, so that re-scoring
     * can apply it.
     */
    private static String pending(JsonNode value, ProjectStore store) {
        if (value.isNull()) {
            return "";
        }
        if (!value.isObject()) {
            throw new ApiException(400, "the field 'pending_function' must be a scoring function object or null, not "
                    + Json.kind(value));
        }
        try {
            ScoringFunctionSpec function = ScoringFunctionSpec.parse(value.toString());
            function.toModel(store.project().getLabelClasses(), "pending"); // refuses a class the ontology lacks
            return function.toJson();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "the field 'pending_function': " + e.getMessage());
        }
    }

    private static void putScore(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    /**
     * The workbench's and command line's CSV ({@link TrainingSession#writeCsv}), written to the response as it is
     * made. The store stays locked while it is written (the scores must come from one state of the project), so a
     * very slow reader holds up the project's writes for that time.
     */
    private Reply csv(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        TrainingSession session;
        synchronized (store) {
            session = session(call, store);
            core.check(call, Action.CONTROL_ASSIGNMENTS_AND_STATUS, core.in(call.param("project"),
                    session.trainingProject()));
        }
        Account user = call.user();
        return Reply.streamed("text/csv; charset=utf-8", out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            synchronized (store) {
                session.writeCsv(user, writer, null, null);
            }
            writer.flush();
        }).header("Content-Disposition", "attachment; filename=\"scores.csv\"");
    }

    // ------------------------------------------------------------------ plumbing

    /**
     * The benchmark layer's refusals as HTTP answers: a permission it denies is 403 with its reason, a change of a
     * submitted task 409, a request it finds wrong 400.
     */
    private static Route.Operation guard(Route.Operation operation) {
        return call -> {
            try {
                return operation.handle(call);
            } catch (PermissionDeniedException e) {
                throw new ApiException(403, e.getMessage());
            } catch (org.annotide.model.util.SubmittedTasks.SubmittedTaskException e) {
                throw new ApiException(409, e.getMessage());
            }
        };
    }

    private boolean controls(Call call, TrainingProject training) {
        return core.permissions().may(call.user(), Action.CONTROL_ASSIGNMENTS_AND_STATUS,
                core.in(call.param("project"), training));
    }

    /** The permission service as it answers within the call's project (each target asked with the member's role). */
    private org.annotide.access.PermissionService scoped(Call call) {
        String project = call.param("project");
        org.annotide.access.PermissionService permissions = core.permissions();
        return new org.annotide.access.PermissionService() {
            @Override
            public boolean may(Account user, Action action, Object target) {
                return permissions.may(user, action, core.in(project, target));
            }

            @Override
            public String denial(Account user, Action action, Object target) {
                return permissions.denial(user, action, core.in(project, target));
            }
        };
    }

    /** The served project's training session, or null when the project is no training project. Under the store's lock. */
    private TrainingSession sessionOrNull(Call call, ProjectStore store) {
        TrainingSession session = sessions.get(store);
        if (session == null && TrainingProjects.isTrainingProject(store.folder())
                && !store.project().getTrainingProjects().isEmpty()) {
            session = TrainingSession.over(store.folder(), store, scoped(call), SimilarityRegistry.fromExtensions());
            sessions.put(store, session);
        }
        return session;
    }

    /** The training project the path names (404 when it is not this project's). Under the store's lock. */
    private TrainingSession session(Call call, ProjectStore store) {
        TrainingSession session = sessionOrNull(call, store);
        String id = call.param("training");
        if (session == null || !id.equals(session.trainingProject().getId())) {
            throw new ApiException(404, "no training project '" + id + "' in project '" + call.param("project") + "'");
        }
        return session;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the scoring function's own JSON does not parse: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (TrainingSession session : sessions.values()) {
            session.close(); // the ground truth only: the server owns the project's store
        }
        sessions.clear();
    }
}
