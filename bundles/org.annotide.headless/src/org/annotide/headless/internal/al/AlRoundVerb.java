package org.annotide.headless.internal.al;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.EpisodeRound;
import org.annotide.al.EpisodeSettings;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.headless.internal.StopOnSignal;
import org.annotide.ml.DatasetInfo;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.TrainedModel;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * {@code annotide-cli al round PROJECT [--strategy S] [--batch N] ...}: one whole round of the episode as the
 * workbench's Active Learning view runs it ({@link EpisodeRound}): retrain by the episode's settings, predict the pool,
 * score, record the next batch; before any label, the initial random batch.
 */
public final class AlRoundVerb implements CliVerb {

    @Override
    public String name() {
        return "al round";
    }

    @Override
    public String summary() {
        return "Active learning: one whole round: retrain by the episode's settings, then pick the next batch";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli al round PROJECT [--strategy S] [--batch N] [--model ID]
                                             [--pool REGEX | --training-set NAME] [--seed N] [--device D]
                                             [--include-skipped]

                One round of the episode, as the workbench's Active Learning view runs it: the episode's current
                model is trained again as the episode's settings say ('al settings': fine-tune its weights or train
                a new one from scratch, epochs, image size, learning rate; a project without settings fine-tunes
                with the model's own configuration), the new model predicts the pool, the strategy scores it and
                the round is recorded with the new model (as 'al select' records it). The first round of a project
                without any label trains nothing: it draws the settings' initial random batch (strategy random).
                Prints the batch, best first:
                  SELECT <image> <score>
                then ROUND <number> <strategy> <pool size> <labelled>, then the model and what the round used, with
                where it came from (an option, the episode's settings, the newest round with a model, the default):
                  MODEL <id> <validation top-1, or -> (<name> v<version>, fine-tuned from <id> | trained from
                        scratch as <id>, ...)   (MODEL - - for the initial random batch, which needs none)
                  STRATEGY <id> (from ...)
                  PARAMETERS seed=<n>
                  BATCH <n> (from ...)
                  POOL <all unlabelled images | name filter 'REGEX' | training set 'NAME'> (from ...)
                  SCORED <images scored> (<n> skipped images left out)
                and SKIPPED <image> <why> for each pool image that could not be read. Progress goes to standard
                error. Images skipped by the user ('al skip', the view's Skip) are left out of the pool unless
                --include-skipped is given.

                Options (defaults: the episode's settings, 'al settings', else the episode so far):
                  --strategy S         a strategy of 'al select' (default: the settings' al.strategy, else that of
                                       the newest round with a model, else margin)
                  --batch N            how many images to pick (default: the settings' al.batch, else the newest
                                       round's batch size with a model, else the settings' initial batch)
                  --model ID           the model to train again (default: the newest round's model, else the active
                                       classifier, detector or segmenter)
                  --pool REGEX         only unlabelled images whose name contains a match (Java regex; default: the
                                       settings' pool, al.filter or al.trainingSet, else all unlabelled images)
                  --training-set NAME  only unlabelled images with tiles in this training set (either option
                                       replaces the settings' pool)
                  --seed N             seed of the random draws (default 42)
                  --device D           auto (default), cpu, gpu or gpu:N
                  --include-skipped    keep the images skipped by the user in the pool

                Errors change nothing (what the round added, the training job, its model and the model's file, is
                taken back): fewer than two labelled classes, an empty pool, a model whose classes differ from the
                project's, settings that are not valid, a training that fails. Ctrl-C cancels the round the same way.
                Exit codes: 0 done, 1 failed or cancelled, 2 usage, 3 done but some images could not be read.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("strategy", "batch", "model", "pool", "training-set", "seed", "device");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("include-skipped");
    }

    /**
     * {@code MODEL <id> <validation top-1, or -> (<name> v<version>, <how it was trained>)}; call where the models may
     * be read.
     */
    private static String modelLine(TrainedModel trained, TrainedModel from, Episode episode) {
        Double top1 = trained.getMetrics().get("top1");
        boolean scratch = episode.retraining() != null
                && episode.retraining().mode() == EpisodeSettings.Mode.FROM_SCRATCH;
        return "MODEL " + trained.getId() + " " + (top1 == null ? "-" : AlVerbs.number(top1)) + " (" + trained.getName()
                + " v" + trained.getVersion() + ", " + (scratch ? "trained from scratch as " : "fine-tuned from ")
                + from.getId() + (episode.retraining() == null ? " with its own configuration"
                        : ", " + episode.retraining().epochs() + " epochs") + ")";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        if (args.option("pool", null) != null && args.option("training-set", null) != null) {
            throw new UsageException("give --pool or --training-set, not both");
        }
        if (args.option("batch", null) != null && args.intOption("batch", -1) < 1) {
            throw new UsageException("--batch must be at least 1");
        }
        IProgressMonitor monitor = context.progress();
        TrainerRegistry trainers = TrainerRegistry.installed();
        // Ctrl-C: the round is cancelled and takes back what it added; the process ends once it has
        try (StopOnSignal signal = new StopOnSignal("al round", () -> monitor.setCanceled(true), Duration.ofSeconds(30));
                ProjectStore store = AlVerbs.open(args.path(0, "PROJECT"));
                TrainingQueue queue = new TrainingQueue(trainers, AlVerbs.ACCESS)) {
            ModelRegistry registry = new ModelRegistry(store, AlVerbs.ACCESS, trainers);
            Episode episode = AlVerbs.episode(store, registry, "al round", context.err());
            if (episode == null) {
                return FAILED;
            }
            try {
                TrainedModel from = args.option("model", null) != null ? registry.find(args.option("model", null))
                        : episode.model();
                RoundChoice choice = RoundChoice.of(args, episode);
                ActiveLearning.Request request = new ActiveLearning.Request(choice.strategy(), choice.batch(),
                        from == null ? null : from.getId(), choice.poolRegex(), choice.trainingSet(),
                        args.intOption("seed", 42), args.option("device", "auto"), Map.of(), choice.includeSkipped());
                EpisodeRound.Outcome outcome = new EpisodeRound(queue, registry, AlVerbs.ACCESS, ImagePixels.installed(),
                        StrategyRegistry.installed()).run(from, request, episode.retraining(), monitor, step -> {
                        });
                monitor.done();
                ActiveLearning.Round round = outcome.round();
                for (ActiveLearning.Pick p : round.batch()) {
                    context.out().println("SELECT " + p.image() + " " + AlVerbs.number(p.score()));
                }
                context.out().println("ROUND " + round.number() + " " + round.strategy() + " " + round.poolSize() + " "
                        + round.labelled());
                if (outcome.model() != null) {
                    context.out().println(AlVerbs.ACCESS.call(store, () -> modelLine(outcome.model(), from, episode)));
                    choice.print(context.out(), request.seed(), request.parameters());
                } else { // the initial batch: what the view draws before any label, whatever was asked
                    context.out().println("MODEL - - (no image is labelled yet: the initial random batch needs no model)");
                    context.out().println("STRATEGY " + round.strategy() + " (from the initial random batch: no image is"
                            + " labelled yet)");
                    RoundChoice.printParameters(context.out(), request.seed(), Map.of());
                    context.out().println("BATCH " + episode.settings().initialBatch() + " (from the initial batch, "
                            + EpisodeSettings.INITIAL_BATCH + ")");
                    context.out().println("POOL " + choice.pool() + " (from " + choice.poolFrom() + ")");
                }
                AlVerbs.printScored(context.out(), round);
                for (DatasetInfo.Skipped s : round.skipped()) {
                    context.out().println("SKIPPED " + s);
                }
                context.err().println(outcome.message());
                return round.skipped().isEmpty() ? OK : PARTIAL;
            } catch (TrainingException e) { // --model names no model
                context.err().println("annotide-cli al round: " + e.getMessage() + ". Nothing was recorded.");
                return FAILED;
            } catch (ActiveLearningException e) {
                context.err().println("annotide-cli al round: no round recorded: " + e.getMessage());
                return FAILED;
            } catch (OperationCanceledException e) {
                context.err().println("annotide-cli al round: " + e.getMessage());
                return FAILED;
            }
        }
    }
}
