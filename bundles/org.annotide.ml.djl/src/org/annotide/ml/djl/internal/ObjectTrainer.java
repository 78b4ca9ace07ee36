package org.annotide.ml.djl.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.annotide.ml.EpochResult;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.PreparedDataset.ObjectTarget;
import org.annotide.ml.Predictor;
import org.annotide.ml.Predictor.Detection;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;
import org.annotide.ml.djl.Djl;

import ai.djl.Device;
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
 * The training loop shared by the detector and the segmenter: Adam with a cosine-decayed rate (a tenth of the
 * configured SGD-style rate), augmentation in Java (horizontal flip of image and objects, brightness and
 * contrast jitter), one NDManager scope per batch, validation after every epoch (loss and the COCO metrics of
 * {@link ObjectMetrics}), the weights of the best epoch by {@link #bestMetric()} kept as {@code weights.params}
 * (and the last as {@code last.params}).
 */
abstract class ObjectTrainer implements Trainer {

    static final String WEIGHTS = "weights.params";
    static final String LAST = "last.params";
    /** Detections kept per image for the COCO evaluation (COCO's maxDets). */
    static final int LIMIT = 100;
    /** The lowest score kept for the evaluation (precision at low recall still counts toward AP). */
    static final double EVAL_SCORE = 0.01;

    abstract ObjectHead head();

    /** The metric that picks the best epoch. */
    abstract String bestMetric();

    @Override
    public List<String> architectures() {
        return List.of("n", "s", "m");
    }

    @Override
    public TrainingResult train(PreparedDataset data, TrainingConfig config, ModelFile start, TrainingMonitor monitor,
            Path work) throws Exception {
        return Djl.call(() -> doTrain(data, config, start, monitor, work));
    }

    static void checkSize(int size) throws TrainingException {
        if (size % GridHead.STRIDE != 0 || size < 4 * GridHead.STRIDE) {
            throw new TrainingException("detection and segmentation need an image size that is a multiple of "
                    + GridHead.STRIDE + " and at least " + 4 * GridHead.STRIDE + " pixels, not " + size);
        }
    }

    private TrainingResult doTrain(PreparedDataset data, TrainingConfig config, ModelFile start, TrainingMonitor monitor,
            Path work) throws Exception {
        if (!data.hasObjects()) {
            throw new TrainingException("the dataset has no objects (a classification dataset was given)");
        }
        int size = data.imageSize();
        checkSize(size);
        Device device = Djl.device(config.device());
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
        ObjectHead head = head();
        int[] train = data.train();
        int[] validation = data.validation();
        int batch = Math.min(config.batchSize(), train.length);
        int batchesPerEpoch = Math.max(1, train.length / batch);
        Random random = new Random(config.seed());
        Block block = head.network(config.modelSize(), classes, size);
        Path best = work.resolve(WEIGHTS);
        Path last = work.resolve(LAST);
        List<EpochResult> epochs = new ArrayList<>();
        double bestValue = Double.NEGATIVE_INFINITY;
        Map<String, Double> bestMetrics = Map.of();
        int sample = channels * size * size;
        try (Model model = Model.newInstance(task().getLiteral().toLowerCase(), device, Djl.ENGINE)) {
            model.setBlock(block);
            float base = (float) config.learningRate() / (start == null ? 10f : 100f);
            Tracker schedule = Tracker.cosine().setBaseValue(base).optFinalValue(base / 100f)
                    .setMaxUpdates(Math.max(1, config.epochs() * batchesPerEpoch)).build();
            DefaultTrainingConfig trainingConfig = new DefaultTrainingConfig(head.loss(classes))
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(schedule).build())
                    .optDevices(new Device[] {device});
            if (start != null) {
                block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(batch, channels, size, size));
                try (InputStream in = start.open(WEIGHTS)) {
                    block.loadParameters(model.getNDManager(), new DataInputStream(new BufferedInputStream(in)));
                }
            }
            try (ai.djl.training.Trainer trainer = model.newTrainer(trainingConfig)) {
                trainer.initialize(new Shape(batch, channels, size, size));
                Loss loss = trainer.getLoss();
                float[] buffer = new float[batch * sample];
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    long started = System.nanoTime();
                    TrainingSteps.shuffle(train, random);
                    double lossSum = 0;
                    for (int b = 0; b < batchesPerEpoch; b++) {
                        if (monitor.isCancelled()) {
                            return null;
                        }
                        List<List<ObjectTarget>> targets = new ArrayList<>();
                        for (int i = 0; i < batch; i++) {
                            int item = train[b * batch + i];
                            boolean flip = random.nextBoolean();
                            float brightness = (random.nextFloat() - 0.5f) * 0.2f;
                            float contrast = 1 + (random.nextFloat() - 0.5f) * 0.2f;
                            fill(data.pixels(item), size, channels, mean, std, buffer, i * sample, flip, brightness,
                                    contrast);
                            targets.add(flip ? flipped(data.objects(item), size) : data.objects(item));
                        }
                        try (NDManager scope = trainer.getManager().newSubManager()) {
                            NDArray x = scope.create(FloatBuffer.wrap(buffer), new Shape(batch, channels, size, size));
                            NDList labels = head.targets(scope, targets, classes, size);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDList prediction = trainer.forward(new NDList(x));
                                NDArray value = loss.evaluate(labels, prediction);
                                collector.backward(value);
                                lossSum += value.getFloat();
                            }
                        }
                        trainer.step();
                    }
                    double trainSeconds = (System.nanoTime() - started) / 1e9;
                    Validation v = validate(trainer, head, data, validation, mean, std, batch, monitor);
                    if (v == null) {
                        return null;
                    }
                    List<List<ObjectTarget>> truth = new ArrayList<>();
                    for (int item : validation) {
                        truth.add(data.objects(item));
                    }
                    Map<String, Double> metrics = new LinkedHashMap<>(
                            ObjectMetrics.evaluate(truth, v.found(), classes, size, head.masks(), work));
                    metrics.put("images_per_s", batchesPerEpoch * batch / trainSeconds);
                    EpochResult result = new EpochResult(epoch, lossSum / batchesPerEpoch, v.loss(), metrics,
                            (System.nanoTime() - started) / 1_000_000);
                    epochs.add(result);
                    double value = metrics.get(bestMetric());
                    if (value > bestValue || epoch == 1) {
                        bestValue = value;
                        TrainingSteps.save(block, best);
                        bestMetrics = new LinkedHashMap<>(metrics);
                        bestMetrics.remove("images_per_s");
                        bestMetrics.put("val_loss", v.loss());
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

    private record Validation(double loss, List<List<Detection>> found) {
    }

    private static Validation validate(ai.djl.training.Trainer trainer, ObjectHead head, PreparedDataset data,
            int[] items, float[] mean, float[] std, int batch, TrainingMonitor monitor) {
        int size = data.imageSize();
        int channels = data.channels();
        int classes = data.classes().size();
        int sample = channels * size * size;
        List<List<Detection>> found = new ArrayList<>();
        double lossSum = 0;
        for (int from = 0; from < items.length; from += batch) {
            if (monitor.isCancelled()) {
                return null;
            }
            int n = Math.min(batch, items.length - from);
            float[] buffer = new float[n * sample];
            List<List<ObjectTarget>> targets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int item = items[from + i];
                fill(data.pixels(item), size, channels, mean, std, buffer, i * sample, false, 0, 1);
                targets.add(data.objects(item));
            }
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray x = scope.create(FloatBuffer.wrap(buffer), new Shape(n, channels, size, size));
                NDList output = trainer.evaluate(new NDList(x));
                NDArray value = trainer.getLoss().evaluate(head.targets(scope, targets, classes, size), output);
                lossSum += value.getFloat() * n;
                found.addAll(head.decode(output.singletonOrThrow(), classes, size, EVAL_SCORE, LIMIT));
            }
        }
        return new Validation(items.length == 0 ? Double.NaN : lossSum / items.length, found);
    }

    /** Writes one HWC sample as normalised CHW floats, mirrored and jittered as asked. */
    static void fill(byte[] hwc, int size, int channels, float[] mean, float[] std, float[] out, int offset,
            boolean flip, float brightness, float contrast) {
        int plane = size * size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int source = (y * size + (flip ? size - 1 - x : x)) * channels;
                for (int c = 0; c < channels; c++) {
                    float v = (hwc[source + c] & 0xff) / 255f;
                    v = (v - 0.5f) * contrast + 0.5f + brightness;
                    out[offset + c * plane + y * size + x] = (v - mean[c]) / std[c];
                }
            }
        }
    }

    /** The objects of a horizontally mirrored input. */
    static List<ObjectTarget> flipped(List<ObjectTarget> objects, int size) {
        List<ObjectTarget> result = new ArrayList<>(objects.size());
        for (ObjectTarget t : objects) {
            BitSet mask = null;
            if (t.mask() != null) {
                mask = new BitSet(size * size);
                BitSet source = t.mask();
                for (int p = source.nextSetBit(0); p >= 0; p = source.nextSetBit(p + 1)) {
                    int y = p / size;
                    int x = p % size;
                    mask.set(y * size + size - 1 - x);
                }
            }
            result.add(new ObjectTarget(t.label(), size - t.x() - t.width(), t.y(), t.width(), t.height(), mask));
        }
        return result;
    }

    @Override
    public Predictor open(ModelFile file, String device) throws Exception {
        return Djl.call(() -> ObjectPredictor.open(file, head(), Djl.device(device)));
    }
}
