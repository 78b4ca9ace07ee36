package org.annotide.ui.training.internal;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.annotide.ml.EpochResult;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;
import org.annotide.model.TaskType;

/**
 * A real, small classifier for the workbench tests: softmax regression on the normalised pixels, trained by
 * mini-batch gradient descent (batch size, learning rate and seed of the job). Reports the true train and
 * validation cross-entropy and the validation top-1 after every epoch. Contributed through
 * {@code org.annotide.ml.trainers} in this fragment, as another engine would be.
 */
public final class SoftmaxTrainer implements Trainer {

    public static final String ID = "org.annotide.ui.training.tests.softmax";

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
        return List.of("n", "s", "m");
    }

    private static double[] features(byte[] samples, float[] mean, float[] std, int channels) {
        double[] x = new double[samples.length];
        for (int i = 0; i < x.length; i++) {
            int c = i % channels;
            x[i] = ((samples[i] & 0xff) / 255.0 - mean[c]) / (std[c] == 0 ? 1 : std[c]);
        }
        return x;
    }

    private static double[] probabilities(double[][] w, double[] b, double[] x) {
        double[] z = new double[b.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < b.length; k++) {
            double s = b[k];
            for (int i = 0; i < x.length; i++) {
                s += w[k][i] * x[i];
            }
            z[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    @Override
    public TrainingResult train(PreparedDataset data, TrainingConfig config, ModelFile start, TrainingMonitor monitor,
            Path workFolder) throws Exception {
        int classes = data.classes().size();
        int d = data.imageSize() * data.imageSize() * data.channels();
        float[] mean = data.mean();
        float[] std = data.std();
        double[][] x = new double[data.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = features(data.pixels(i), mean, std, data.channels());
        }
        double[][] w = new double[classes][d];
        double[] b = new double[classes];
        if (start != null) {
            read(start, w, b);
        }
        Random random = new Random(config.seed());
        int[] train = data.train().clone();
        List<EpochResult> epochs = new ArrayList<>();
        Map<String, Double> last = Map.of();
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            long began = System.nanoTime();
            for (int i = train.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = train[i];
                train[i] = train[j];
                train[j] = t;
            }
            double loss = 0;
            for (int from = 0; from < train.length; from += config.batchSize()) {
                if (monitor.isCancelled()) {
                    return null;
                }
                int to = Math.min(train.length, from + config.batchSize());
                double[][] gw = new double[classes][d];
                double[] gb = new double[classes];
                for (int n = from; n < to; n++) {
                    int item = train[n];
                    double[] p = probabilities(w, b, x[item]);
                    loss -= Math.log(Math.max(1e-12, p[data.label(item)]));
                    for (int k = 0; k < classes; k++) {
                        double g = p[k] - (k == data.label(item) ? 1 : 0);
                        gb[k] += g;
                        for (int i = 0; i < d; i++) {
                            gw[k][i] += g * x[item][i];
                        }
                    }
                }
                double step = config.learningRate() / (to - from);
                for (int k = 0; k < classes; k++) {
                    b[k] -= step * gb[k];
                    for (int i = 0; i < d; i++) {
                        w[k][i] -= step * gw[k][i];
                    }
                }
            }
            double validationLoss = 0;
            int correct = 0;
            for (int item : data.validation()) {
                double[] p = probabilities(w, b, x[item]);
                validationLoss -= Math.log(Math.max(1e-12, p[data.label(item)]));
                int best = 0;
                for (int k = 1; k < classes; k++) {
                    if (p[k] > p[best]) {
                        best = k;
                    }
                }
                if (best == data.label(item)) {
                    correct++;
                }
            }
            int v = Math.max(1, data.validation().length);
            last = Map.of("top1", (double) correct / v);
            EpochResult result = new EpochResult(epoch, loss / Math.max(1, train.length), validationLoss / v, last,
                    (System.nanoTime() - began) / 1_000_000);
            epochs.add(result);
            monitor.epochCompleted(result);
        }
        Path weights = workFolder.resolve("weights.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(weights))) {
            write(out, w, b);
        }
        return new TrainingResult("softmax-" + config.modelSize(), last, epochs, Map.of("weights.bin", weights), mean, std);
    }

    private static void write(OutputStream stream, double[][] w, double[] b) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(w.length);
        out.writeInt(w[0].length);
        for (double[] row : w) {
            for (double v : row) {
                out.writeDouble(v);
            }
        }
        for (double v : b) {
            out.writeDouble(v);
        }
        out.flush();
    }

    private static void read(ModelFile model, double[][] w, double[] b) throws IOException {
        try (InputStream stream = model.open("weights.bin"); DataInputStream in = new DataInputStream(stream)) {
            int k = in.readInt();
            int d = in.readInt();
            if (k != w.length || d != w[0].length) {
                throw new IOException("the weights are " + k + " x " + d + ", expected " + w.length + " x " + w[0].length);
            }
            for (double[] row : w) {
                for (int i = 0; i < d; i++) {
                    row[i] = in.readDouble();
                }
            }
            for (int i = 0; i < k; i++) {
                b[i] = in.readDouble();
            }
        }
    }

    @Override
    public Predictor open(ModelFile model, String device) throws Exception {
        var descriptor = model.descriptor();
        int size = descriptor.imageSize();
        int channels = descriptor.channels();
        double[][] w = new double[descriptor.classes().size()][size * size * channels];
        double[] b = new double[descriptor.classes().size()];
        read(model, w, b);
        return new Predictor() {
            @Override
            public double[][] classify(List<BufferedImage> images) {
                double[][] out = new double[images.size()][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = probabilities(w, b, features(ImagePixels.samples(images.get(i), size, channels),
                            descriptor.mean(), descriptor.std(), channels));
                }
                return out;
            }

            @Override
            public void close() {
            }
        };
    }
}
