package org.annotide.ml.djl.internal;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.Predictor;
import org.annotide.ml.TrainingException;
import org.annotide.ml.djl.Djl;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

/** A classifier opened for inference: our own architectures with their weights, or a TorchScript module. */
final class DjlClassifier implements Predictor {

    private final ModelDescriptor descriptor;
    private final Model model;
    private final NDManager manager;
    private final Block block;
    private final Augment normalise;
    private final Path temporary;

    private DjlClassifier(ModelDescriptor descriptor, Model model, Block block, Path temporary) {
        this.descriptor = descriptor;
        this.model = model;
        this.manager = model.getNDManager();
        this.block = block;
        this.temporary = temporary;
        this.normalise = new Augment(descriptor.imageSize(), descriptor.channels(), descriptor.mean(), descriptor.std());
    }

    static DjlClassifier open(ModelFile file, Device device) throws Exception {
        ModelDescriptor d = file.descriptor();
        Model model = Model.newInstance("classifier", device, Djl.ENGINE);
        try {
            if ("torchscript".equals(d.architecture())) {
                Path folder = Files.createTempDirectory("annotide-torchscript");
                file.extract(ClassificationTrainer.TORCHSCRIPT, folder.resolve("model.pt"));
                model.load(folder, "model");
                return new DjlClassifier(d, model, model.getBlock(), folder);
            }
            Block block = Networks.build(d.architecture(), d.classes().size(), d.imageSize());
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, d.channels(), d.imageSize(), d.imageSize()));
            try (InputStream in = file.open(ClassificationTrainer.WEIGHTS)) {
                block.loadParameters(model.getNDManager(), new DataInputStream(new BufferedInputStream(in)));
            } catch (MalformedModelException | IOException e) {
                throw new TrainingException("the weights in " + file.file().getFileName() + " do not fit a '"
                        + d.architecture() + "' classifier of " + d.classes().size() + " classes: " + e.getMessage(), e);
            }
            return new DjlClassifier(d, model, block, null);
        } catch (Exception | Error e) {
            model.close();
            throw e;
        }
    }

    /** Loads a TorchScript file and returns the number of outputs for one input of the given size. */
    static int torchScriptOutputs(Path file, int channels, int size) throws Exception {
        try (Model model = Model.newInstance("import", Device.cpu(), Djl.ENGINE)) {
            model.load(file.getParent(), file.getFileName().toString().replaceFirst("\\.pt$", ""));
            try (NDManager scope = model.getNDManager().newSubManager()) {
                NDArray x = scope.zeros(new Shape(1, channels, size, size));
                NDArray y = model.getBlock().forward(new ParameterStore(scope, false), new NDList(x), false)
                        .singletonOrThrow();
                Shape shape = y.getShape();
                if (shape.dimension() != 2 || shape.get(0) != 1) {
                    throw new TrainingException("the model's output has the shape " + shape + ", not (1, classes)");
                }
                return (int) shape.get(1);
            }
        }
    }

    @Override
    public double[][] classify(List<BufferedImage> images) throws Exception {
        return infer(images).probabilities();
    }

    /**
     * One forward pass: our own architectures are sequential blocks ending in the class layer, so the pass runs
     * the children up to the last one, keeps that output as the embedding (for {@code n}/{@code s}/{@code m} the
     * hidden fully connected layer after ReLU; dropout is off in inference; for {@code resnet} the globally
     * pooled features) and applies the class layer to it. A TorchScript module has no embeddings.
     */
    @Override
    public Output infer(List<BufferedImage> images) throws Exception {
        return Djl.call(() -> {
            int size = descriptor.imageSize();
            int channels = descriptor.channels();
            int classes = descriptor.classes().size();
            int n = images.size();
            float[] buffer = new float[n * channels * size * size];
            for (int i = 0; i < n; i++) {
                normalise.plain(ImagePixels.samples(images.get(i), size, channels), buffer, i * channels * size * size);
            }
            try (NDManager scope = manager.newSubManager()) {
                NDArray x = scope.create(FloatBuffer.wrap(buffer), new Shape(n, channels, size, size));
                ParameterStore parameters = new ParameterStore(scope, false);
                float[][] embeddings = null;
                NDArray logits;
                if (block instanceof SequentialBlock sequence && sequence.getChildren().size() > 1) {
                    List<Block> children = sequence.getChildren().values();
                    NDList current = new NDList(x);
                    for (int i = 0; i < children.size() - 1; i++) {
                        current = children.get(i).forward(parameters, current, false);
                    }
                    NDArray features = current.singletonOrThrow();
                    int width = (int) (features.size() / n);
                    float[] flat = features.toFloatArray();
                    embeddings = new float[n][];
                    for (int i = 0; i < n; i++) {
                        embeddings[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
                    }
                    logits = children.get(children.size() - 1).forward(parameters, current, false).singletonOrThrow();
                } else {
                    logits = block.forward(parameters, new NDList(x), false).singletonOrThrow();
                }
                float[] p = logits.softmax(1).toFloatArray();
                double[][] scores = new double[n][classes];
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < classes; c++) {
                        scores[i][c] = p[i * classes + c];
                    }
                }
                return new Output(scores, embeddings);
            }
        });
    }

    @Override
    public void close() {
        model.close();
        if (temporary != null) {
            try (var files = Files.list(temporary)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a temporary copy left behind is harmless
            }
        }
    }
}
