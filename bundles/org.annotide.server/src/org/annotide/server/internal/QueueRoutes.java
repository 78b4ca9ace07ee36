package org.annotide.server.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.annotide.access.Action;
import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.model.Project;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Active-learning queues: the latest selection round of a project (its images with their scores, best first, as the
 * round holds them) and selections run in the background ({@link ActiveLearning}, as the workbench's and the command
 * line's), each followed as a job until it has written its round into the project. The jobs live in the server's
 * memory: a restart forgets them, not the rounds they wrote.
 */
final class QueueRoutes implements AutoCloseable {

    private static final String SELECTIONS = "/projects/{project}/al/selections";

    /** A selection asked for: its state is read while it runs. */
    private static final class Selection {
        final String id = UUID.randomUUID().toString();
        final String project;
        final String strategy;
        final int batch;
        final String modelId;
        final String createdBy;
        final java.util.Date createdAt = new java.util.Date();
        volatile String status = "pending";
        volatile ActiveLearning.Round round;
        volatile String error;

        Selection(String project, String strategy, int batch, String modelId, String createdBy) {
            this.project = project;
            this.strategy = strategy;
            this.batch = batch;
            this.modelId = modelId;
            this.createdBy = createdBy;
        }

        boolean finished() {
            return "completed".equals(status) || "failed".equals(status);
        }

        String location() {
            return ServerCore.API + "/projects/" + project + "/al/selections/" + id;
        }
    }

    /**
     * How many finished selections the server remembers (the newest): their rounds are in the projects for good, the
     * jobs are only how a client follows them, and without a bound every POST would stay in memory.
     */
    static final int FINISHED_KEPT = 100;

    private final ServerCore core;
    private final StrategyRegistry strategies = StrategyRegistry.installed();
    /** In the order they were asked for; guarded by itself. */
    private final Map<String, Selection> selections = new LinkedHashMap<>();
    /** Set when the server stops: a running selection stops before it records anything. */
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
    private final TrainingMonitor monitor = new TrainingMonitor() {
        @Override
        public boolean isCancelled() {
            return closing.get();
        }

        @Override
        public void epochCompleted(org.annotide.ml.EpochResult epoch) {
            // a selection has no epochs
        }
    };
    /** One selection at a time: each predicts the whole pool, and two at once would only share the cores. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Annotide active-learning selections");
        thread.setDaemon(true);
        return thread;
    });

    /** What {@link #queue} writes: the round's fields only when there is one ({@code round} null: none yet). */
    private static final Schema QUEUE = Schema.object(Schema.field("round", Schema.integer().orNull(), "the "
            + "round's number; null: no round yet"), Schema.optional("strategy", Schema.string().orNull(), null),
            Schema.optional("model_id", Schema.string().orNull(), null),
            Schema.optional("created_at", Schema.string().orNull(), null),
            Schema.optional("batch_size", Schema.integer(), null), Schema.optional("labelled", Schema.integer(), null),
            Schema.field("items", Schema.array(Schema.object(Schema.field("image", Schema.string().orNull()),
                    Schema.field("image_name", Schema.string().orNull()),
                    Schema.optional("tile", Schema.string(), "where a tile rather than the whole image was picked"),
                    Schema.field("score", Schema.number())))));
    /** What {@link #json(Selection)} writes: the round once it completed. */
    private static final Schema SELECTION = Schema.object(Schema.field("id", Schema.string()),
            Schema.field("project", Schema.string()), Schema.field("status", Schema.string(), "pending, running, "
                    + "completed or failed"), Schema.field("strategy", Schema.string()),
            Schema.field("batch", Schema.integer()), Schema.field("model_id", Schema.string().orNull()),
            Schema.field("created_by", Schema.string().orNull()), Schema.field("created_at", Schema.string().orNull()),
            Schema.optional("round", Schema.object(Schema.field("number", Schema.integer()),
                    Schema.field("model_id", Schema.string().orNull()), Schema.field("pool", Schema.integer()),
                    Schema.field("labelled", Schema.integer()), Schema.field("batch", Schema.array(Schema.object(
                            Schema.field("image_name", Schema.string()), Schema.field("score", Schema.number())))),
                    Schema.field("skipped", Schema.integer())), "once completed"),
            Schema.field("error", Schema.string().orNull(), "why it failed"));

    QueueRoutes(ServerCore core) {
        this.core = core;
        core.route("GET", "/projects/{project}/al/queue", "The latest active-learning round: its images with their "
                + "scores, best first (the first batch_size of them the batch)", this::queue).answers(QUEUE);
        core.route("POST", SELECTIONS, "Run a selection round in the background {\"strategy\", \"batch\", "
                + "\"model_id\"?}: 202 with the job", 202, this::select).body(Input.Body.of(
                        Input.Field.required("strategy", "string", "the selection strategy (random, entropy, margin, ...)"),
                        Input.Field.required("batch", "integer", "how many images or tiles to select"),
                        Input.Field.optional("model_id", "string", "the model that scores (default: the active one)")))
                .answers(SELECTION);
        core.route("GET", SELECTIONS + "/{selection}", "A selection job: pending, running, completed (with its "
                + "round) or failed (with the reason)", this::selection).answers(SELECTION);
    }

    private Reply queue(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            List<SelectionRound> rounds = project.getSelectionRounds();
            ObjectNode node = Json.object();
            ArrayNode items = Json.MAPPER.createArrayNode();
            if (rounds.isEmpty()) {
                node.putNull("round");
            } else {
                SelectionRound round = rounds.get(rounds.size() - 1);
                node.put("round", rounds.size());
                node.put("strategy", round.getStrategy());
                node.put("model_id", round.getModel() == null ? null : round.getModel().getId());
                node.put("created_at", Json.date(round.getCreatedAt()));
                node.put("batch_size", round.getBatchSize());
                node.put("labelled", round.getLabelledCount());
                for (SelectionEntry entry : round.getEntries()) {
                    ObjectNode item = items.addObject();
                    item.put("image", entry.getImage() == null ? null : entry.getImage().getId());
                    item.put("image_name", entry.getImage() == null ? null : entry.getImage().getName());
                    if (entry.getTile() != null) {
                        item.put("tile", entry.getTile().getId());
                    }
                    item.put("score", entry.getScore());
                }
            }
            node.set("items", items);
            return Reply.ok(node);
        }
    }

    private Reply select(Call call) {
        core.checkIn(call, Action.RUN_TRAINING, null);
        ObjectNode body = call.json();
        String strategy = Json.text(body, "strategy", true);
        JsonNode batchNode = body.get("batch");
        if (batchNode == null || !batchNode.canConvertToInt() || !batchNode.isIntegralNumber() || batchNode.asInt() < 1) {
            throw new ApiException(400, "the field 'batch' must be a whole number of at least 1");
        }
        String modelId = Json.text(body, "model_id", false);
        if (strategies.byId(strategy).isEmpty()) {
            throw new ApiException(400, "unknown strategy '" + strategy + "': " + String.join(", ",
                    strategies.entries().stream().map(StrategyRegistry.Entry::id).toList()));
        }
        ProjectStore store = core.store(call);
        ModelRegistry models = new ModelRegistry(store, ServerCore.ACCESS, core.trainers());
        if (modelId != null) {
            try {
                models.find(modelId);
            } catch (TrainingException e) {
                throw new ApiException(404, e.getMessage());
            }
        }
        ActiveLearning al = new ActiveLearning(models, ServerCore.ACCESS, ImagePixels.installed(), strategies);
        ActiveLearning.Request request = new ActiveLearning.Request(strategy, batchNode.asInt(), modelId, null, null, 42,
                "auto", Map.of());
        try {
            al.check(request); // what the project does not allow now is refused before anything runs
        } catch (ActiveLearningException e) {
            throw new ApiException(409, "the selection cannot run: " + e.getMessage());
        }
        Selection selection = new Selection(call.param("project"), strategy, batchNode.asInt(), modelId,
                call.user().login());
        synchronized (selections) {
            // a second round of the same project asked for before the first is written would only queue the same
            // prediction of the pool again (a double click, a retrying client): the first one is the answer
            for (Selection other : selections.values()) {
                if (other.project.equals(selection.project) && !other.finished()) {
                    ObjectNode current = Json.object();
                    current.set("current", json(other));
                    throw new ApiException(409, "a selection of this project is already " + other.status + ": "
                            + other.location(), current);
                }
            }
            selections.put(selection.id, selection);
        }
        runner.execute(() -> {
            selection.status = "running";
            try {
                selection.round = al.select(request, monitor);
                selection.status = "completed";
            } catch (ActiveLearningException | RuntimeException e) {
                selection.error = e.getMessage();
                selection.status = "failed";
            }
            synchronized (selections) { // only a finish adds to the finished ones
                forgetOldFinished();
            }
        });
        return new Reply(202, json(selection)).header("Location", selection.location());
    }

    /** Drops the oldest finished selections beyond {@link #FINISHED_KEPT}; the caller holds {@link #selections}. */
    private void forgetOldFinished() {
        long finished = selections.values().stream().filter(Selection::finished).count();
        for (Iterator<Selection> it = selections.values().iterator(); finished > FINISHED_KEPT && it.hasNext();) {
            if (it.next().finished()) {
                it.remove();
                finished--;
            }
        }
    }

    private Reply selection(Call call) {
        core.checkIn(call, Action.RUN_TRAINING, null);
        Selection selection;
        synchronized (selections) {
            selection = selections.get(call.param("selection"));
        }
        if (selection == null || !selection.project.equals(call.param("project"))) {
            throw new ApiException(404, "no selection '" + call.param("selection") + "' in project '"
                    + call.param("project") + "' (the server keeps the newest " + FINISHED_KEPT
                    + " finished selections until it restarts; their rounds stay in the project's queue)");
        }
        return Reply.ok(json(selection));
    }

    private static ObjectNode json(Selection selection) {
        ObjectNode node = Json.object();
        node.put("id", selection.id);
        node.put("project", selection.project);
        node.put("status", selection.status);
        node.put("strategy", selection.strategy);
        node.put("batch", selection.batch);
        node.put("model_id", selection.modelId);
        node.put("created_by", selection.createdBy);
        node.put("created_at", Json.date(selection.createdAt));
        ActiveLearning.Round round = selection.round;
        if (round != null) {
            ObjectNode r = node.putObject("round");
            r.put("number", round.number());
            r.put("model_id", round.modelId());
            r.put("pool", round.poolSize());
            r.put("labelled", round.labelled());
            ArrayNode picks = r.putArray("batch");
            for (ActiveLearning.Pick pick : round.batch()) {
                picks.addObject().put("image_name", pick.image()).put("score", pick.score());
            }
            r.put("skipped", round.skipped().size());
        }
        node.put("error", selection.error);
        return node;
    }

    @Override
    public void close() {
        closing.set(true);
        runner.shutdown();
        try { // the project's store is closed after the server: a round must not be recorded into it then
            if (!runner.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                System.err.println("annotide server: an active-learning selection did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (selections) {
            selections.clear();
        }
    }
}
