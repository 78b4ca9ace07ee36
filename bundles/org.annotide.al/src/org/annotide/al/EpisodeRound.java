package org.annotide.al;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingQueue;
import org.annotide.ml.TrainingRunner;
import org.annotide.ml.TrainingQueue.JobOutcome;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * One whole round of an active-learning episode, in four phases: train (the episode's current model, through a
 * {@link TrainingRunner}: this computer's queue or a mirror's server, so the job is the project's like any other),
 * predict the pool, score it with the round's strategy, and record the next batch as a {@link SelectionRound}
 * ({@link ActiveLearning#select}). How it trains is the project's {@link EpisodeSettings}: fine-tune starts from the
 * current model's weights (with its input size), from scratch trains a new model of its kind; both with the settings'
 * epochs and learning rate, a new model with their image size. A project without settings fine-tunes with the configuration the current model was trained with. The
 * first round of an episode, before any image is labelled, trains nothing: it records the initial random batch
 * ({@link ActiveLearning#selectRandom}) and needs no model.
 * <p>
 * Before anything runs, the round is checked (the model's classes against the project's, the pool, at least two
 * labelled classes and a labelled image of each class the new model must know); a round that cannot run changes
 * nothing. Cancelled (the progress monitor) or failed after training started, the round takes back what it added (the
 * training job, its model and the model's file), so the project is as it was: no half round is recorded.
 * <p>
 * The workbench's Active Learning view runs it as a Job, {@code annotide-cli al round} on the command line.
 */
public final class EpisodeRound {

    /** What a completed round recorded: the round, the retrained model (null: the initial random batch), for people. */
    public record Outcome(ActiveLearning.Round round, TrainedModel model, String message) {
    }

    /** The progress monitor's units per phase: training is the long one. */
    private static final int TRAIN = 70;
    private static final int PREDICT = 25;
    private static final int RECORD = 5;

    private final TrainingRunner runner;
    private final ModelRegistry registry;
    private final ModelAccess access;
    private final ActiveLearning activeLearning;

    /** @param queue trains the round's model on this computer (the CLI's own queue) */
    public EpisodeRound(TrainingQueue queue, ModelRegistry registry, ModelAccess access, ImagePixels pixels,
            StrategyRegistry strategies) {
        this(queue.runner(), registry, access, pixels, strategies);
    }

    /**
     * @param runner   trains the round's model where the project trains (the workbench's queue, so its Training view
     *                 lists the job; a mirror's server)
     * @param registry the project's models, which reads the retrained model's file (a server's: downloaded once)
     */
    public EpisodeRound(TrainingRunner runner, ModelRegistry registry, ModelAccess access, ImagePixels pixels,
            StrategyRegistry strategies) {
        this.runner = runner;
        this.registry = registry;
        this.access = access;
        this.activeLearning = new ActiveLearning(registry, access, pixels, strategies);
    }

    /** What a round with this model and request does, for people (a job's name, the command line's task). */
    public static String title(TrainedModel from, ActiveLearning.Request request) {
        return from == null ? "Active learning: the initial random batch"
                : "Active learning round: retrain " + from.getName() + ", select " + request.batch() + " with "
                        + request.strategy();
    }

    /**
     * Runs the round. Each step ("1/4 Train ...", "2/4 Predict the pool: ...", "3/4 Score: ...", "4/4 Next batch: ...")
     * is the monitor's sub-task and is told to {@code steps}, on the calling thread.
     *
     * @param from     the episode's current model (trained again, or its configuration trained anew); null only for
     *                 the first round, before any label
     * @param request  the round's strategy, batch size and pool; its model is replaced by the retrained one
     * @param settings how to retrain and the initial batch; null: fine-tune with the model's own configuration, and
     *                 the default initial batch
     * @throws ActiveLearningException  the round could not run or failed (what it added is taken back; the message
     *                                  says what could not be)
     * @throws OperationCanceledException the monitor was cancelled (what the round added is taken back; the message
     *                                  says so)
     */
    public Outcome run(TrainedModel from, ActiveLearning.Request request, EpisodeSettings settings,
            IProgressMonitor monitor, Consumer<String> steps) throws ActiveLearningException {
        ProjectStore store = registry.store();
        SubMonitor progress = SubMonitor.convert(monitor, title(from, request), TRAIN + PREDICT + RECORD);
        Consumer<String> report = text -> {
            progress.subTask(text);
            steps.accept(text);
        };
        Added added = new Added();
        try {
            if (access.call(store, () -> noLabelYet(store))) {
                return initialBatch(request, settings, report);
            }
            if (from == null) {
                throw new ActiveLearningException("no model to retrain: train one (annotide-cli train, or New Training"
                        + " Job in the workbench) or import one");
            }
            String problem = access.call(store, () -> retrainingProblem(store, from));
            if (problem != null) {
                throw new ActiveLearningException(problem);
            }
            activeLearning.check(request.withModel(from.getId()));
            TrainingConfig config = retrainingConfig(from, settings);
            report.accept("1/4 Train " + config.name() + (config.fromModelId() == null ? " from scratch"
                    : " from its last weights"));
            TrainedModel trained = train(config, progress.split(TRAIN), monitor, added, report);
            if (trained == null) {
                throw new OperationCanceledException(); // taken back below
            }
            SubMonitor predicting = progress.split(PREDICT + RECORD);
            predicting.setWorkRemaining(PREDICT + RECORD);
            ActiveLearning.Round round = activeLearning.select(request.withModel(trained.getId()),
                    TrainingMonitor.following(monitor::isCanceled, text -> {
                        if (text.startsWith("scoring")) {
                            report.accept("3/4 Score: " + text);
                            predicting.worked(PREDICT);
                        } else if (text.startsWith("recording")) {
                            report.accept("4/4 Next batch: " + text);
                        } else {
                            report.accept("2/4 Predict the pool: " + text);
                        }
                    }));
            Double top1 = access.call(store, () -> trained.getMetrics().get("top1"));
            String message = String.format(Locale.ROOT, "Round %d: retrained %s (%s), picked %d of %d pool images with %s",
                    round.number(), access.call(store, () -> trained.getName() + " v" + trained.getVersion()),
                    top1 == null ? "no validation top-1" : String.format(Locale.ROOT, "top-1 %.3f", top1),
                    round.batch().size(), round.poolSize(), round.strategy());
            return new Outcome(round, trained, message);
        } catch (ActiveLearningException | TrainingException e) {
            if (monitor.isCanceled()) {
                throw cancelled(added);
            }
            throw failed(added, e.getMessage(), e);
        } catch (OperationCanceledException e) { // also a split of a cancelled monitor
            throw cancelled(added);
        } catch (RuntimeException e) {
            throw failed(added, e.toString(), e);
        }
    }

    /** True when no image of the project has a label yet (no class label, no object): no model can be trained. */
    private static boolean noLabelYet(ProjectStore store) {
        return store.project().getImages().stream()
                .noneMatch(image -> ActiveLearning.label(image) != null || ActiveLearning.hasObjects(image));
    }

    /** The first round: the initial random batch of the settings, drawn from the pool with the request's seed. */
    private Outcome initialBatch(ActiveLearning.Request request, EpisodeSettings settings, Consumer<String> report)
            throws ActiveLearningException {
        int size = (settings == null ? EpisodeSettings.DEFAULTS : settings).initialBatch();
        report.accept("No label yet: drawing an initial random batch of " + size);
        ActiveLearning.Round round = activeLearning.selectRandom(size, request.poolRegex(), request.trainingSet(),
                request.seed(), request.includeSkipped());
        return new Outcome(round, null, String.format(Locale.ROOT, "Round %d: no label yet, so an initial random batch"
                + " of %d of %d pool images; label it, then the next round trains", round.number(), round.batch().size(),
                round.poolSize()));
    }

    /** What this round added to the project so far: taken back when it does not complete. */
    private static final class Added {
        volatile TrainingJob job;
        volatile TrainedModel model;
    }

    /**
     * Why the project's labels cannot retrain the model (classification: fewer than two labelled classes, or a class
     * of the model without a labelled image, which the new model would not know); null when they can. Call where the
     * model may be read.
     */
    public static String retrainingProblem(ProjectStore store, TrainedModel model) {
        if (model.getType() != TaskType.CLASSIFY) {
            return null; // objects: the dataset of the detector or segmenter says what is missing
        }
        Set<String> labelled = new TreeSet<>();
        for (ImageAsset image : store.project().getImages()) {
            LabelClass label = ActiveLearning.label(image);
            if (label != null) {
                labelled.add(label.getName());
            }
        }
        if (labelled.size() < 2) {
            return "retraining needs labelled images of at least two classes; "
                    + (labelled.isEmpty() ? "none is labelled" : "only " + labelled.iterator().next() + " is labelled");
        }
        Set<String> unseen = new LinkedHashSet<>();
        model.getLabelClasses().forEach(c -> unseen.add(c.getName()));
        unseen.removeAll(labelled);
        return unseen.isEmpty() ? null : "retraining needs a labelled image of every class of the model; none of "
                + String.join(", ", unseen) + " yet";
    }

    /**
     * The next model's configuration: the current model's own (its task, size, classes, training sets, batch size),
     * with the episode's settings where the project has them: fine-tune starts from the current model's weights and
     * keeps its image size, from scratch starts from nothing with the settings' image size; both with the settings'
     * epochs and learning rate.
     */
    private TrainingConfig retrainingConfig(TrainedModel from, EpisodeSettings settings) throws TrainingException {
        ProjectStore store = registry.store();
        String name = access.call(store, from::getName);
        String id = access.call(store, from::getId);
        try {
            TrainingConfig.Builder config = TrainingConfig.fromMap(name, registry.modelFile(from).descriptor()
                    .configuration()).toBuilder();
            if (settings == null) {
                return config.fromModelId(id).build();
            }
            config.epochs(settings.epochs()).learningRate(settings.learningRate());
            return switch (settings.mode()) {
                case FINE_TUNE -> config.fromModelId(id).build();
                case FROM_SCRATCH -> config.fromModelId(null).imageSize(settings.imageSize()).build();
            };
        } catch (IllegalArgumentException e) {
            throw new TrainingException("the model's training configuration cannot be used again: " + e.getMessage(), e);
        }
    }

    /**
     * Trains where the runner trains, following the job's epochs as the project records them; the registered model,
     * or null when cancelled.
     */
    private TrainedModel train(TrainingConfig config, SubMonitor progress, IProgressMonitor monitor, Added added,
            Consumer<String> report) throws TrainingException {
        progress.setWorkRemaining(config.epochs());
        ProjectStore store = registry.store();
        try {
            TrainingJob job = runner.submit(store, config);
            added.job = job;
            int reported = 0;
            boolean cancelAsked = false;
            while (true) {
                JobOutcome outcome = runner.await(store, job, 200, TimeUnit.MILLISECONDS);
                int done = access.call(store, () -> job.getEpochs().size());
                if (done > reported) { // told here, on the round's thread, not on the training worker's
                    progress.worked(done - reported);
                    reported = done;
                    report.accept("1/4 Train " + config.name() + ": epoch " + done + " of " + config.epochs());
                }
                if (outcome != null) {
                    switch (outcome.status()) {
                        case COMPLETED -> {
                            added.model = registry.find(outcome.modelId());
                            return monitor.isCanceled() ? null : added.model;
                        }
                        case CANCELLED -> {
                            return null;
                        }
                        default -> throw new TrainingException("retraining failed: " + outcome.message());
                    }
                }
                if (monitor.isCanceled() && !cancelAsked) {
                    runner.cancel(job);
                    cancelAsked = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (added.job != null) {
                runner.cancel(added.job);
            }
            throw new TrainingException("interrupted while retraining", e);
        }
    }

    private OperationCanceledException cancelled(Added added) {
        String undone = takeBack(added);
        return new OperationCanceledException("Round cancelled; nothing was recorded"
                + (undone == null ? "." : " (" + undone + ")."));
    }

    private ActiveLearningException failed(Added added, String why, Throwable cause) {
        String undone = takeBack(added);
        return new ActiveLearningException(why + (undone == null ? "" : " (" + undone + ")"), cause);
    }

    /**
     * Removes the model and the training job this round added (the runner waits for the job to end first); null
     * when all is back as it was, else what could not be taken back.
     */
    private String takeBack(Added added) {
        TrainingJob job = added.job;
        if (job == null) {
            return null;
        }
        try {
            runner.discard(registry.store(), job, added.model);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the training job " + job.getName() + " is still listed";
        } catch (IOException | RuntimeException e) {
            return "the training job " + job.getName() + " or its model could not be removed: " + e.getMessage();
        }
    }
}
