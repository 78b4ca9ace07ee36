package org.annotide.headless.internal.al;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.al.ActiveLearningException;
import org.annotide.al.LabelledImages;
import org.annotide.al.Simulation;
import org.annotide.al.StrategyRegistry;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code annotide-cli al simulate --train D --test D --strategy S,... --initial N --batch N --rounds N --seeds N}. */
public final class AlSimulateVerb implements CliVerb {

    @Override
    public String name() {
        return "al simulate";
    }

    @Override
    public String summary() {
        return "Active learning with an oracle on labelled data: learning curves per strategy and the labels saved";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli al simulate --train DATA --test DATA --strategy S[,S...] --initial N --batch N
                                                --rounds N --seeds N [--epochs N] [--json]
                                                [--train-limit N] [--test-limit N] [--model n|s|m|resnet|linear]
                                                [--train-batch N] [--learning-rate X] [--image-size N] [--k K]
                                                [--device D] [--min-steps N]

                DATA: a CSV with the header path,label (paths relative to it), a folder with one sub-folder of
                images per class, or fashion-mnist:train / fashion-mnist:t10k (Debian's dataset-fashion-mnist).

                The known labels of --train play the annotator. For each seed (1..N) one initial random batch,
                the same for every strategy; then per strategy and round: a fresh model is trained on the labels
                so far (same architecture and epochs everywhere), its accuracy on --test is measured, and the
                strategy picks the next batch from the unlabelled rest of --train. Prints per trained model
                  ROUND <strategy> <seed> <labels> <test_accuracy>
                and per strategy, with random's mean final accuracy (over seeds) as the target,
                  BENCH <strategy>_labels_to_reach_random_final <n> labels   (-1: never reached)
                  BENCH <strategy>_label_ratio <n / random's final label count>
                  BENCH <strategy>_final_accuracy <mean over seeds>
                'random' must be among the strategies for the first two. --json adds the curves as JSON.

                Options (defaults): --epochs 10, --model n, --train-batch 32, --learning-rate 0.01,
                --image-size 28 (images are scaled to it), --train-limit 0 (all), --test-limit 0 (all),
                --device cpu, --k 10 (knn_high_loss), --min-steps 0: with N, a round with few labels trains more
                epochs than --epochs, so that every model takes at least N optimiser steps of --train-batch images.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("train", "test", "strategy", "initial", "batch", "rounds", "seeds", "epochs", "train-limit",
                "test-limit", "model", "train-batch", "learning-rate", "image-size", "k", "device", "min-steps");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        List<String> strategies = args.options("strategy");
        if (strategies.isEmpty()) {
            throw new UsageException("missing --strategy");
        }
        Simulation.Settings settings;
        try {
            settings = new Simulation.Settings(strategies, required(args, "initial"), required(args, "batch"),
                    required(args, "rounds"), required(args, "seeds"), args.intOption("epochs", 10),
                    args.option("model", "n"), args.intOption("train-batch", 32),
                    args.doubleOption("learning-rate", 0.01), args.option("device", "cpu"),
                    Map.of("k", Integer.toString(args.intOption("k", 10))), args.intOption("min-steps", 0));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int size = args.intOption("image-size", 28);
        ImagePixels reader = ImagePixels.installed();
        Path work = Files.createTempDirectory("annotide-al-simulate");
        try {
            LabelledImages train = LabelledImages.read(args.requiredOption("train"), null, args.intOption("train-limit", 0),
                    size, reader);
            LabelledImages test = LabelledImages.read(args.requiredOption("test"), train.classes(),
                    args.intOption("test-limit", 0), size, reader);
            context.err().println("al simulate: " + train.count() + " training images (the pool), " + test.count()
                    + " test images, " + train.classes().size() + " classes");
            Simulation simulation = new Simulation(TrainerRegistry.installed(), StrategyRegistry.installed());
            Simulation.Result result = simulation.run(train, test, settings, (strategy, seed, labels, accuracy) -> {
                context.out().println("ROUND " + strategy + " " + seed + " " + labels + " " + AlVerbs.number(accuracy));
                context.out().flush();
            }, TrainingMonitor.none(), work);
            report(context, settings, result);
            if (args.flag("json")) {
                context.out().println(json(result));
            }
            return OK;
        } catch (ActiveLearningException | java.io.IOException e) {
            context.err().println("annotide-cli al simulate: " + e.getMessage());
            return FAILED;
        } finally {
            try (var files = Files.walk(work)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static int required(Args args, String name) {
        int value = args.intOption(name, -1);
        if (value < 1) {
            throw new UsageException("--" + name + " N (at least 1) is required");
        }
        return value;
    }

    static void report(CliContext context, Simulation.Settings settings, Simulation.Result result) {
        boolean withRandom = result.strategies().contains("random");
        double target = withRandom ? last(result.mean("random")) : Double.NaN;
        for (String s : result.strategies()) {
            if (withRandom) {
                int n = result.labelsToReach(s, target);
                context.bench(s + "_labels_to_reach_random_final", n, "labels");
                context.bench(s + "_label_ratio", n < 0 ? Double.NaN : (double) n / settings.finalLabels(), "");
            }
            context.bench(s + "_final_accuracy", last(result.mean(s)), "");
        }
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }

    private static String json(Simulation.Result result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode labels = root.putArray("labels");
        for (int n : result.labels()) {
            labels.add(n);
        }
        ObjectNode curves = root.putObject("strategies");
        for (String s : result.strategies()) {
            ObjectNode node = curves.putObject(s);
            ArrayNode mean = node.putArray("mean");
            for (double v : result.mean(s)) {
                mean.add(v);
            }
            ArrayNode seeds = node.putArray("seeds");
            for (double[] seed : result.accuracy().get(s)) {
                ArrayNode row = seeds.addArray();
                for (double v : seed) {
                    row.add(v);
                }
            }
        }
        return root.toString();
    }
}
