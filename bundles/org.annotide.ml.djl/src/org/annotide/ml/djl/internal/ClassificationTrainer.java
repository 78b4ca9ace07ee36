package org.annotide.ml.djl.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.annotide.metrics.classification.ClassificationMetrics;
import org.annotide.metrics.classification.ClassificationReport;
import org.annotide.ml.EpochResult;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;
import org.annotide.ml.djl.Djl;
import org.annotide.model.TaskType;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/**
 * Trains the classifier family on DJL + PyTorch: Adam with cosine-decayed learning rate, augmentation in Java,
 * one NDManager scope per batch (so heap and native memory stay flat), validation after every epoch (loss,
 * top-1, top-5), the weights of the best epoch kept ({@code weights.params}, plus {@code last.params}), and the
 * final report of that epoch: top-1, top-5, macro and per-class precision, recall and F1, and the confusion
 * matrix ({@code confusion.T.P} entries).
 */
public final class ClassificationTrainer implements Trainer {

    public static final String ID = "org.annotide.ml.djl.classify";
    static final String WEIGHTS = "weights.params";
    static final String LAST = "last.params";
    static final String TORCHSCRIPT = "model.pt";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TaskType task() {
        return TaskType.CLASSIFY;
    }

    @Override
    public List<String> architectures() {
        return List.of("n", "s", "m", "resnet", "linear");
    }

    @Override
    public TrainingResult train(PreparedDataset data, TrainingConfig config, ModelFile start, TrainingMonitor monitor,
            Path work) throws Exception {
        return Djl.call(() -> doTrain(data, config, start, monitor, work));
    }

    private TrainingResult doTrain(PreparedDataset data, TrainingConfig config, ModelFile start, TrainingMonitor monitor,
            Path work) throws Exception {
        Device device = Djl.device(config.device());
        int size = data.imageSize();
        int channels = data.channels();
        int classes = data.classes().size();
        float[] mean = start == null ? data.mean() : start.descriptor().mean();
        float[] std = start == null ? data.std() : start.descriptor().std();
        if (start != null) {
            ModelDescriptor d = start.descriptor();
            if (!d.architecture().equals(config.modelSize()) || d.imageSize() != size || d.channels() != channels) {
                throw new TrainingException("fine-tuning needs the same model size, image size and channels as the model"
                        + " started from (" + d.architecture() + ", " + d.imageSize() + " px, " + d.channels() + " channels)");
            }
        }
        Augment augment = new Augment(size, channels, mean, std);
        int[] train = data.train();
        int[] validation = data.validation();
        int batch = Math.min(config.batchSize(), train.length);
        int batchesPerEpoch = Math.max(1, train.length / batch); // the last partial batch is dropped
        Random random = new Random(config.seed());
        Block block = Networks.build(config.modelSize(), classes, size);
        boolean augmented = Networks.augments(config.modelSize());
        Path best = work.resolve(WEIGHTS);
        Path last = work.resolve(LAST);
        List<EpochResult> epochs = new ArrayList<>();
        double bestTop1 = -1;
        Map<String, Double> bestMetrics = Map.of();
        try (Model model = Model.newInstance("classifier", device, Djl.ENGINE)) {
            model.setBlock(block);
            // fine-tuning starts ten times lower, so that it refines what the model learnt instead of unlearning it
            float base = (float) config.learningRate() / (start == null ? 10f : 100f);
            Tracker schedule = Tracker.cosine().setBaseValue(base).optFinalValue(base / 100f)
                    .setMaxUpdates(Math.max(1, config.epochs() * batchesPerEpoch)).build();
            // Adam wants a smaller rate than SGD: the configured rate (SGD-style, default 0.01) is divided by 10
            DefaultTrainingConfig trainingConfig = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(schedule).build())
                    .optDevices(new Device[] {device});
            if (start != null) {
                // the weights go in before the trainer exists: its parameter store keeps the arrays it first sees
                // (initialising an initialised parameter leaves it as it is)
                block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(batch, channels, size, size));
                try (InputStream in = start.open(WEIGHTS)) {
                    block.loadParameters(model.getNDManager(), new DataInputStream(new BufferedInputStream(in)));
                }
            }
            try (ai.djl.training.Trainer trainer = model.newTrainer(trainingConfig)) {
                trainer.initialize(new Shape(batch, channels, size, size));
                TrainingSteps.skipGradientSumCheck(trainer);
                Loss loss = trainer.getLoss();
                float[] buffer = new float[batch * channels * size * size];
                float[] labels = new float[batch];
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    long started = System.nanoTime();
                    TrainingSteps.shuffle(train, random);
                    double lossSum = 0;
                    for (int b = 0; b < batchesPerEpoch; b++) {
                        if (monitor.isCancelled()) {
                            return null;
                        }
                        for (int i = 0; i < batch; i++) {
                            int item = train[b * batch + i];
                            if (augmented) {
                                augment.random(data.pixels(item), buffer, i * channels * size * size, random);
                            } else {
                                augment.plain(data.pixels(item), buffer, i * channels * size * size);
                            }
                            labels[i] = data.label(item);
                        }
                        try (NDManager scope = trainer.getManager().newSubManager()) {
                            NDArray x = scope.create(FloatBuffer.wrap(buffer), new Shape(batch, channels, size, size));
                            NDArray y = scope.create(labels);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDArray prediction = trainer.forward(new NDList(x)).singletonOrThrow();
                                NDArray value = loss.evaluate(new NDList(y), new NDList(prediction));
                                collector.backward(value);
                                lossSum += value.getFloat();
                            }
                        }
                        trainer.step();
                    }
                    double trainSeconds = (System.nanoTime() - started) / 1e9;
                    Evaluation eval = evaluate(trainer, data, validation, augment, batch, classes, monitor);
                    if (eval == null) {
                        return null;
                    }
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    metrics.put("top1", eval.report.top1Accuracy());
                    metrics.put("top5", eval.report.top5Accuracy());
                    metrics.put("images_per_s", batchesPerEpoch * batch / trainSeconds);
                    EpochResult result = new EpochResult(epoch, lossSum / batchesPerEpoch, eval.loss, metrics,
                            (System.nanoTime() - started) / 1_000_000);
                    epochs.add(result);
                    double top1 = eval.report.top1Accuracy();
                    if (top1 > bestTop1 || Double.isNaN(top1)) {
                        bestTop1 = top1;
                        TrainingSteps.save(block, best);
                        bestMetrics = finalMetrics(eval.report, data.classes(), eval.loss);
                    }
                    monitor.epochCompleted(result);
                }
                TrainingSteps.save(block, last);
            }
        }
        Map<String, Path> payload = new LinkedHashMap<>();
        payload.put(WEIGHTS, best);
        payload.put(LAST, last);
        return new TrainingResult(config.modelSize(), bestMetrics, epochs, payload, mean, std);
    }

    private record Evaluation(double loss, ClassificationReport report) {
    }

    /** Validation loss and report; null when cancelled. */
    private static Evaluation evaluate(ai.djl.training.Trainer trainer, PreparedDataset data, int[] items,
            Augment augment, int batch, int classes, TrainingMonitor monitor) {
        int size = data.imageSize();
        int channels = data.channels();
        int[] truth = new int[items.length];
        double[][] scores = new double[items.length][];
        double lossSum = 0;
        for (int from = 0; from < items.length; from += batch) {
            if (monitor.isCancelled()) {
                return null;
            }
            int n = Math.min(batch, items.length - from);
            float[] buffer = new float[n * channels * size * size];
            float[] labels = new float[n];
            for (int i = 0; i < n; i++) {
                int item = items[from + i];
                augment.plain(data.pixels(item), buffer, i * channels * size * size);
                labels[i] = data.label(item);
                truth[from + i] = data.label(item);
            }
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray x = scope.create(FloatBuffer.wrap(buffer), new Shape(n, channels, size, size));
                NDArray logits = trainer.evaluate(new NDList(x)).singletonOrThrow();
                NDArray value = trainer.getLoss().evaluate(new NDList(scope.create(labels)), new NDList(logits));
                lossSum += value.getFloat() * n;
                float[] probabilities = logits.softmax(1).toFloatArray();
                for (int i = 0; i < n; i++) {
                    double[] row = new double[classes];
                    for (int c = 0; c < classes; c++) {
                        row[c] = probabilities[i * classes + c];
                    }
                    scores[from + i] = row;
                }
            }
        }
        ClassificationReport report = ClassificationMetrics.fromScores(truth, scores);
        return new Evaluation(items.length == 0 ? Double.NaN : lossSum / items.length, report);
    }

    private static Map<String, Double> finalMetrics(ClassificationReport report, List<String> classes, double loss) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("top1", report.top1Accuracy());
        metrics.put("top5", report.top5Accuracy());
        double precision = 0;
        double recall = 0;
        for (int c = 0; c < classes.size(); c++) {
            precision += nanToZero(report.precision(c));
            recall += nanToZero(report.recall(c));
        }
        metrics.put("precision", precision / classes.size());
        metrics.put("recall", recall / classes.size());
        metrics.put("f1", report.macroF1());
        metrics.put("val_loss", loss);
        for (int c = 0; c < classes.size(); c++) {
            metrics.put("precision." + classes.get(c), report.precision(c));
            metrics.put("recall." + classes.get(c), report.recall(c));
            metrics.put("f1." + classes.get(c), report.f1(c));
        }
        long[][] confusion = report.confusionMatrix();
        for (int t = 0; t < confusion.length; t++) {
            for (int p = 0; p < confusion.length; p++) {
                metrics.put("confusion." + t + "." + p, (double) confusion[t][p]);
            }
        }
        return metrics;
    }

    private static double nanToZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    // ------------------------------------------------------------------ inference and import

    @Override
    public Predictor open(ModelFile file, String device) throws Exception {
        return Djl.call(() -> DjlClassifier.open(file, Djl.device(device)));
    }

    @Override
    public TrainingResult importForeign(Path file, List<String> classes, int imageSize, int channels, Path work)
            throws TrainingException {
        try {
            return Djl.call(() -> {
                Path copy = work.resolve(TORCHSCRIPT);
                Files.copy(file, copy);
                int outputs;
                try {
                    outputs = DjlClassifier.torchScriptOutputs(copy, channels, imageSize);
                } catch (MalformedModelException | IOException | RuntimeException e) {
                    throw new TrainingException(file.getFileName() + " is not a TorchScript model PyTorch can load: "
                            + firstLine(e.getMessage()), e);
                }
                if (outputs != classes.size()) {
                    throw new TrainingException("the model gives " + outputs + " outputs for a " + channels + "x"
                            + imageSize + "x" + imageSize + " input, but " + classes.size() + " classes were given");
                }
                float[] mean = new float[channels];
                float[] std = new float[channels];
                java.util.Arrays.fill(std, 1f);
                return new TrainingResult("torchscript", Map.of(), List.of(), Map.of(TORCHSCRIPT, copy), mean, std);
            });
        } catch (TrainingException e) {
            throw e;
        } catch (Exception e) {
            throw new TrainingException(file.getFileName() + " cannot be imported: " + firstLine(e.getMessage()), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
