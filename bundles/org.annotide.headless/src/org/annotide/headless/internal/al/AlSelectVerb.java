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

/** {@code annotide-cli al select PROJECT --strategy S --batch N [--model ID] [--pool REGEX|--training-set NAME]}. */
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
                Usage: annotide-cli al select PROJECT --strategy S --batch N [--model ID]
                                              [--pool REGEX | --training-set NAME] [--k K] [--min-score X] [--seed N]
                                              [--device D]

                One selection round: the classifier predicts every unlabelled image of the pool (class probabilities,
                and the embeddings of its penultimate layer when the strategy needs them), the strategy scores them,
                and the round is recorded in the project (a selection round: strategy, model, a score per pool image,
                best first). Prints the batch, best first:
                  SELECT <image> <score>
                then ROUND <number> <strategy> <pool size> <labelled>. Labelled means: an image-level class label
                that is not a prediction. Higher scores are more worth labelling.

                With a detector or segmenter (--model, or when the project has no active classifier), labelled means
                an object annotation that is not a prediction, and each image is scored on the binary distribution
                (s, 1-s) of its least certain detection scoring at least --min-score (the score nearest 0.5), or
                (0.5, 0.5), the highest uncertainty, when it has none; only least_confidence, margin, entropy and
                random work (a detector gives no image embedding).

                Strategies (score per image; p: the predicted class probabilities, e: the embedding):
                %s
                Options:
                  --strategy S         one of the strategies above
                  --batch N            how many images to pick
                  --model ID           a model id, unique prefix or name (default: the active classifier, else
                                       the active detector, else the active segmenter)
                  --pool REGEX         only unlabelled images whose name contains a match (Java regex)
                  --training-set NAME  only unlabelled images with tiles in this training set
                  --k K                neighbours per high-loss item for knn_high_loss (default 10)
                  --min-score X        detector/segmenter: ignore detections scoring below X (default 0.25)
                  --seed N             seed of the random strategy (default 42)
                  --device D           auto (default), cpu, gpu or gpu:N

                Errors (nothing is recorded): fewer than two classes, an empty pool, a model whose classes differ
                from the project's, an unknown strategy, a strategy that needs embeddings with a model that has none.
                Exit codes: 0 done, 1 failed, 2 usage, 3 done but some images could not be read (SKIPPED lines)."""
                .formatted(strategies);
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("strategy", "batch", "model", "pool", "training-set", "k", "min-score", "seed", "device");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        String strategy = args.requiredOption("strategy");
        if (args.option("batch", null) == null) {
            throw new UsageException("--batch N (how many images to pick) is required");
        }
        int batch = args.intOption("batch", -1);
        if (batch < 1) { // given, but not a batch: 'required' would send the user looking for a missing option
            throw new UsageException("--batch must be at least 1, not " + batch);
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
            ActiveLearning al = new ActiveLearning(registry, AlVerbs.ACCESS, ImagePixels.installed(),
                    StrategyRegistry.installed());
            ActiveLearning.Round round = al.select(new ActiveLearning.Request(strategy, batch, args.option("model", null),
                    args.option("pool", null), args.option("training-set", null), args.intOption("seed", 42),
                    args.option("device", "auto"), parameters), TrainingMonitor.none());
            for (ActiveLearning.Pick p : round.batch()) {
                context.out().println("SELECT " + p.image() + " " + AlVerbs.number(p.score()));
            }
            context.out().println("ROUND " + round.number() + " " + round.strategy() + " " + round.poolSize() + " "
                    + round.labelled());
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
