package org.annotide.al;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.annotide.ml.DatasetInfo;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;
import org.annotide.model.TaskType;

/**
 * Active learning with an oracle: the known labels of a training set answer every request. For each seed, one
 * initial random batch (the same for every strategy); then per round, for each strategy: train a fresh model
 * (same architecture, epochs and settings for every strategy and round) on the labels so far, measure its
 * accuracy on the test set, predict the unlabelled rest of the training set and let the strategy pick the next
 * batch. The model is trained from scratch each round, so no strategy profits from a longer training history.
 * <p>
 * The trainer keeps the weights of the epoch with the best accuracy on the labelled items themselves (without
 * augmentation): the test set is never used for any choice.
 */
public final class Simulation {

    /**
     * @param rounds number of models trained per strategy and seed: labels go initial, initial + batch, ...,
     *               initial + (rounds - 1) * batch
     */
    public record Settings(List<String> strategies, int initial, int batch, int rounds, int seeds, int epochs,
            String modelSize, int trainBatch, double learningRate, String device, Map<String, String> parameters,
            int minSteps) {

        public Settings {
            strategies = List.copyOf(strategies);
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
            if (strategies.isEmpty()) {
                throw new IllegalArgumentException("name at least one strategy");
            }
            if (initial < 1 || batch < 1 || rounds < 1 || seeds < 1 || epochs < 1) {
                throw new IllegalArgumentException("initial, batch, rounds, seeds and epochs must be at least 1");
            }
            if (minSteps < 0) {
                throw new IllegalArgumentException("the minimum number of training steps must be 0 or more");
            }
        }

        /**
         * Epochs for a model trained on {@code labels} images: {@link #epochs}, or more where that would take fewer
         * than {@link #minSteps} optimiser steps. Ten epochs of 300 images are 100 steps, too few for the network to
         * fit them; a model that has not fitted its labels is a poor judge of what it is unsure of, so every round's
         * model gets at least the same number of steps (the same training, whatever the label count).
         */
        public int epochsFor(int labels) {
            int stepsPerEpoch = Math.max(1, (labels + trainBatch - 1) / trainBatch);
            return Math.max(epochs, (minSteps + stepsPerEpoch - 1) / stepsPerEpoch);
        }

        /** Labels in the last round. */
        public int finalLabels() {
            return initial + (rounds - 1) * batch;
        }
    }

    /** Called after every trained model. */
    public interface Listener {
        void round(String strategy, int seed, int labels, double testAccuracy);
    }

    /**
     * Test accuracy per strategy, seed and round.
     *
     * @param labels the label count of each round
     */
    public record Result(List<String> strategies, int[] labels, Map<String, double[][]> accuracy) {

        /** Mean over seeds, per round. */
        public double[] mean(String strategy) {
            double[][] a = accuracy.get(strategy);
            double[] mean = new double[labels.length];
            for (double[] seed : a) {
                for (int r = 0; r < mean.length; r++) {
                    mean[r] += seed[r] / a.length;
                }
            }
            return mean;
        }

        /** The fewest labels with which the strategy's mean accuracy reaches {@code target}, or -1 if never. */
        public int labelsToReach(String strategy, double target) {
            double[] mean = mean(strategy);
            for (int r = 0; r < mean.length; r++) {
                if (mean[r] >= target) {
                    return labels[r];
                }
            }
            return -1;
        }
    }

    private final TrainerRegistry trainers;
    private final StrategyRegistry strategies;

    public Simulation(TrainerRegistry trainers, StrategyRegistry strategies) {
        this.trainers = trainers;
        this.strategies = strategies;
    }

    public Result run(LabelledImages train, LabelledImages test, Settings settings, Listener listener,
            TrainingMonitor monitor, Path work) throws ActiveLearningException {
        if (train.classes().size() < 2) {
            throw new ActiveLearningException("a simulation needs at least two classes, the training data has "
                    + train.classes().size());
        }
        if (!train.classes().equals(test.classes())) {
            throw new ActiveLearningException("the test data's classes " + test.classes() + " differ from the training"
                    + " data's " + train.classes());
        }
        if (train.size() != test.size() || train.channels() != test.channels()) {
            throw new ActiveLearningException("training and test images differ in size or channels");
        }
        if (settings.finalLabels() >= train.count()) {
            throw new ActiveLearningException("the last round needs " + settings.finalLabels() + " labels, the training"
                    + " data has " + train.count() + " images: the pool would be empty");
        }
        List<Strategy> chosen = new ArrayList<>();
        for (String id : settings.strategies()) {
            chosen.add(strategies.require(id));
        }
        Trainer trainer = trainers.forTask(TaskType.CLASSIFY, settings.modelSize()).orElseThrow(
                () -> new ActiveLearningException("no classifier trainer for the model size '" + settings.modelSize()
                        + "' is installed"));
        int[] labels = new int[settings.rounds()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = settings.initial() + r * settings.batch();
        }
        Map<String, double[][]> accuracy = new LinkedHashMap<>();
        for (String id : settings.strategies()) {
            accuracy.put(id, new double[settings.seeds()][settings.rounds()]);
        }
        String[] items = new String[train.count()];
        for (int i = 0; i < items.length; i++) {
            items[i] = Integer.toString(i);
        }
        for (int seed = 1; seed <= settings.seeds(); seed++) {
            int[] initial = sample(train.count(), settings.initial(), new Random(seed));
            for (Strategy strategy : chosen) {
                boolean[] isLabelled = new boolean[train.count()];
                List<Integer> labelled = new ArrayList<>();
                for (int i : initial) {
                    isLabelled[i] = true;
                    labelled.add(i);
                }
                for (int round = 0; round < settings.rounds(); round++) {
                    if (monitor.isCancelled()) {
                        throw new ActiveLearningException("cancelled");
                    }
                    int[] train1 = labelled.stream().mapToInt(Integer::intValue).toArray();
                    PreparedDataset dataset = new PreparedDataset(train.classes(), train.size(), train.channels(),
                            train.pixels(), train.labels(), items, train1, train1,
                            new DatasetInfo(train1.length, train1.length, Map.of(), List.of()));
                    TrainingConfig config = TrainingConfig.builder("al-" + strategy.id() + "-" + seed + "-" + round,
                            TaskType.CLASSIFY).modelSize(settings.modelSize()).epochs(settings.epochsFor(train1.length))
                            .batchSize(settings.trainBatch()).imageSize(train.size())
                            .learningRate(settings.learningRate()).seed(seed * 1000L + round).device(settings.device())
                            .build();
                    Path folder = work.resolve(UUID.randomUUID().toString());
                    try {
                        Files.createDirectories(folder);
                        TrainingResult result = trainer.train(dataset, config, null, monitor, folder);
                        if (result == null) {
                            throw new ActiveLearningException("cancelled");
                        }
                        ModelDescriptor d = new ModelDescriptor(UUID.randomUUID().toString(), config.name(), trainer.id(),
                                TaskType.CLASSIFY, result.architecture(), train.classes(), train.size(), train.channels(),
                                result.mean(), result.std(), Map.of(), result.metrics(), result.epochs(), Map.of(),
                                System.currentTimeMillis());
                        ModelFile file = ModelFile.write(folder.resolve("model" + ModelFile.EXTENSION), d, result.payload());
                        try (Predictor predictor = trainer.open(file, settings.device())) {
                            double acc = accuracy(predictor, test);
                            accuracy.get(strategy.id())[seed - 1][round] = acc;
                            listener.round(strategy.id(), seed, labelled.size(), acc);
                            if (round + 1 < settings.rounds()) {
                                int[] pool = new int[train.count() - labelled.size()];
                                int n = 0;
                                for (int i = 0; i < train.count(); i++) {
                                    if (!isLabelled[i]) {
                                        pool[n++] = i;
                                    }
                                }
                                boolean embeddings = strategy.needsEmbeddings() || strategy.needsLosses();
                                Predictor.Output poolOut = infer(predictor, train, pool);
                                StrategyInput input;
                                if (embeddings) {
                                    Predictor.Output known = infer(predictor, train, train1);
                                    double[] losses = new double[train1.length];
                                    for (int i = 0; i < losses.length; i++) {
                                        losses[i] = -Math.log(Math.max(known.probabilities()[i][train.labels()[train1[i]]], 1e-12));
                                    }
                                    input = new StrategyInput(poolOut.probabilities(), poolOut.embeddings(),
                                            known.embeddings(), losses, settings.parameters());
                                } else {
                                    input = new StrategyInput(poolOut.probabilities(), null, null, null, settings.parameters());
                                }
                                Scored scored = strategy.score(input, settings.batch(), new Random(seed * 7919L + round));
                                for (int p : scored.batch()) {
                                    isLabelled[pool[p]] = true;
                                    labelled.add(pool[p]);
                                }
                            }
                        }
                    } catch (ActiveLearningException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new ActiveLearningException(strategy.id() + ", seed " + seed + ", round " + (round + 1) + ": "
                                + e.getMessage(), e);
                    } finally {
                        delete(folder);
                    }
                }
            }
        }
        return new Result(settings.strategies(), labels, accuracy);
    }

    /** {@code k} distinct indices below {@code n}, uniformly (a partial Fisher-Yates shuffle). */
    static int[] sample(int n, int k, Random random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, k);
    }

    private static final int INFER_BATCH = 256;

    /** Probabilities and embeddings of the given items. */
    static Predictor.Output infer(Predictor predictor, LabelledImages data, int[] indices) throws Exception {
        double[][] probabilities = new double[indices.length][];
        float[][] embeddings = new float[indices.length][];
        boolean withEmbeddings = true;
        for (int from = 0; from < indices.length; from += INFER_BATCH) {
            int to = Math.min(indices.length, from + INFER_BATCH);
            List<BufferedImage> images = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                images.add(data.image(indices[i]));
            }
            Predictor.Output out = predictor.infer(images);
            System.arraycopy(out.probabilities(), 0, probabilities, from, to - from);
            if (out.embeddings() == null) {
                withEmbeddings = false;
            } else {
                System.arraycopy(out.embeddings(), 0, embeddings, from, to - from);
            }
        }
        return new Predictor.Output(probabilities, withEmbeddings ? embeddings : null);
    }

    static double accuracy(Predictor predictor, LabelledImages test) throws Exception {
        int[] all = new int[test.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double[][] p = infer(predictor, test, all).probabilities();
        int right = 0;
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int c = 1; c < p[i].length; c++) {
                if (p[i][c] > p[i][best]) {
                    best = c;
                }
            }
            if (best == test.labels()[i]) {
                right++;
            }
        }
        return (double) right / p.length;
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
