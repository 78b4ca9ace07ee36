package org.annotide.headless.internal.al;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.ml.DatasetInfo;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingMonitor;

/**
 * {@code annotide-cli al select PROJECT [--strategy S] [--batch N] [--model ID] [--pool REGEX|--training-set NAME]}:
 * one selection round without retraining. The strategy, batch size and pool default to the episode's, as
 * {@code al round} and the Active Learning view take them ({@link Episode}); the output says which it used and whence.
 */
public final class AlSelectVerb implements CliVerb {

    @Override
    public String name() {
        return "al select";
    }

    @Override
    public String summary() {
        return "Active learning: score the unlabelled images with a strategy and pick the next batch to label";
    }

    @Override
    public String usage() {
        StringBuilder strategies = new StringBuilder();
        for (StrategyRegistry.Entry e : StrategyRegistry.installed().entries()) {
            strategies.append(String.format("  %-17s %s%n", e.id(), e.formula()));
        }
        return """
                Usage: annotide-cli al select PROJECT [--strategy S] [--batch N] [--model ID]
                                              [--pool REGEX | --training-set NAME] [--k K] [--min-score X] [--seed N]
                                              [--device D] [--include-skipped]

                One selection round: the classifier predicts every unlabelled image of the pool (class probabilities,
                and the embeddings of its penultimate layer when the strategy needs them), the strategy scores them,
                and the round is recorded in the project (a selection round: strategy, model, a score per pool image,
                best first). Prints the batch, best first:
                  SELECT <image> <score>
                then ROUND <number> <strategy> <pool size> <labelled>, then what the round used and where it came
                from (an option, the episode's settings, the newest round with a model, or the default):
                  STRATEGY <id> (from ...)
                  PARAMETERS seed=<n> [k=<k>] [min_score=<x>]
                  BATCH <n> (from ...)
                  POOL <all unlabelled images | name filter 'REGEX' | training set 'NAME'> (from ...)
                  SCORED <images scored> (<n> skipped images left out)
                Labelled means: an image-level class label that is not a prediction. Higher scores are more worth
                labelling.

                With a detector or segmenter (--model, or when the project has no active classifier), labelled means
                an object annotation that is not a prediction, and each image is scored on the binary distribution
                (s, 1-s) of its least certain detection scoring at least --min-score (the score nearest 0.5), or
                (0.5, 0.5), the highest uncertainty, when it has none; only least_confidence, margin, entropy and
                random work (a detector gives no image embedding).

                Strategies (score per image; p: the predicted class probabilities, e: the embedding):
                %s
                Options (the strategy, batch and pool default to the episode's, as 'al round' and the Active
                Learning view use them: 'al settings', else the newest round with a model, else margin and the
                settings' initial batch, and all unlabelled images):
                  --strategy S         one of the strategies above
                  --batch N            how many images to pick
                  --model ID           a model id, unique prefix or name (default: the active classifier, else
                                       the active detector, else the active segmenter)
                  --pool REGEX         only unlabelled images whose name contains a match (Java regex)
                  --training-set NAME  only unlabelled images with tiles in this training set (either option
                                       replaces the settings' pool)
                  --k K                neighbours per high-loss item for knn_high_loss (default 10)
                  --min-score X        detector/segmenter: ignore detections scoring below X (default 0.25)
                  --seed N             seed of the random strategy (default 42)
                  --device D           auto (default), cpu, gpu or gpu:N
                  --include-skipped    keep the images skipped by the user ('al skip', the view's Skip) in the
                                       pool; without it they are left out

                Errors (nothing is recorded): fewer than two classes, an empty pool, a model whose classes differ
                from the project's, an unknown strategy, a strategy that needs embeddings with a model that has none,
                stored settings that are not valid.
                Exit codes: 0 done, 1 failed, 2 usage, 3 done but some images could not be read (SKIPPED lines)."""
                .formatted(strategies);
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("strategy", "batch", "model", "pool", "training-set", "k", "min-score", "seed", "device");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("include-skipped");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        if (args.option("batch", null) != null && args.intOption("batch", -1) < 1) {
            throw new UsageException("--batch must be at least 1, not " + args.intOption("batch", -1));
        }
        if (args.option("pool", null) != null && args.option("training-set", null) != null) {
            throw new UsageException("give --pool or --training-set, not both");
        }
        Map<String, String> parameters = new HashMap<>();
        if (args.option("k", null) != null) {
            parameters.put("k", Integer.toString(args.intOption("k", 10)));
        }
        if (args.option("min-score", null) != null) {
            parameters.put("min_score", Double.toString(args.doubleOption("min-score", 0)));
        }
        try (ProjectStore store = AlVerbs.open(args.path(0, "PROJECT"))) {
            ModelRegistry registry = new ModelRegistry(store, AlVerbs.ACCESS, TrainerRegistry.installed());
            Episode episode = AlVerbs.episode(store, registry, "al select", context.err());
            if (episode == null) {
                return FAILED;
            }
            RoundChoice choice = RoundChoice.of(args, episode);
            ActiveLearning al = new ActiveLearning(registry, AlVerbs.ACCESS, ImagePixels.installed(),
                    StrategyRegistry.installed());
            ActiveLearning.Request request = new ActiveLearning.Request(choice.strategy(), choice.batch(),
                    args.option("model", null), choice.poolRegex(), choice.trainingSet(), args.intOption("seed", 42),
                    args.option("device", "auto"), parameters, choice.includeSkipped());
            ActiveLearning.Round round = al.select(request, TrainingMonitor.none());
            for (ActiveLearning.Pick p : round.batch()) {
                context.out().println("SELECT " + p.image() + " " + AlVerbs.number(p.score()));
            }
            context.out().println("ROUND " + round.number() + " " + round.strategy() + " " + round.poolSize() + " "
                    + round.labelled());
            choice.print(context.out(), request.seed(), request.parameters());
            AlVerbs.printScored(context.out(), round);
            for (DatasetInfo.Skipped s : round.skipped()) {
                context.out().println("SKIPPED " + s);
            }
            return round.skipped().isEmpty() ? OK : PARTIAL;
        } catch (ActiveLearningException e) {
            context.err().println("annotide-cli al select: " + e.getMessage());
            return FAILED;
        }
    }
}
