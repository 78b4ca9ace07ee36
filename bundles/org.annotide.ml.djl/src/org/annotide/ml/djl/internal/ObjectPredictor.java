package org.annotide.ml.djl.internal;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.BitSet;
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
import ai.djl.training.ParameterStore;

/**
 * A detector or segmenter opened for inference: each image is scaled to the model's input square, the output
 * decoded by the model's {@link ObjectHead}, and boxes and masks scaled back to the image's pixels.
 */
final class ObjectPredictor implements Predictor {

    private final ModelDescriptor descriptor;
    private final ObjectHead head;
    private final Model model;
    private final Block block;

    private ObjectPredictor(ModelDescriptor descriptor, ObjectHead head, Model model, Block block) {
        this.descriptor = descriptor;
        this.head = head;
        this.model = model;
        this.block = block;
    }

    static ObjectPredictor open(ModelFile file, ObjectHead head, Device device) throws Exception {
        ModelDescriptor d = file.descriptor();
        Model model = Model.newInstance("objects", device, Djl.ENGINE);
        try {
            Block block = head.network(d.architecture(), d.classes().size(), d.imageSize());
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32,
                    new Shape(1, d.channels(), d.imageSize(), d.imageSize()));
            try (InputStream in = file.open(ObjectTrainer.WEIGHTS)) {
                block.loadParameters(model.getNDManager(), new DataInputStream(new BufferedInputStream(in)));
            } catch (MalformedModelException | IOException e) {
                throw new TrainingException("the weights in " + file.file().getFileName() + " do not fit a '"
                        + d.architecture() + "' " + d.task().getLiteral().toLowerCase() + " model of "
                        + d.classes().size() + " classes: " + e.getMessage(), e);
            }
            return new ObjectPredictor(d, head, model, block);
        } catch (Exception | Error e) {
            model.close();
            throw e;
        }
    }

    @Override
    public double[][] classify(List<BufferedImage> images) {
        throw new UnsupportedOperationException("a " + descriptor.task().getLiteral().toLowerCase()
                + " model does not classify whole images");
    }

    @Override
    public List<List<Detection>> detect(List<BufferedImage> images, double minScore) throws Exception {
        return Djl.call(() -> {
            int size = descriptor.imageSize();
            int channels = descriptor.channels();
            int sample = channels * size * size;
            int n = images.size();
            float[] buffer = new float[n * sample];
            for (int i = 0; i < n; i++) {
                ObjectTrainer.fill(ImagePixels.samples(images.get(i), size, channels), size, channels,
                        descriptor.mean(), descriptor.std(), buffer, i * sample, false, 0, 1);
            }
            List<List<Detection>> found;
            try (NDManager scope = model.getNDManager().newSubManager()) {
                NDArray x = scope.create(FloatBuffer.wrap(buffer), new Shape(n, channels, size, size));
                NDArray output = block.forward(new ParameterStore(scope, false), new NDList(x), false).singletonOrThrow();
                found = head.decode(output, descriptor.classes().size(), size, Math.max(minScore, 1e-3),
                        ObjectTrainer.LIMIT);
            }
            List<List<Detection>> scaled = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                BufferedImage image = images.get(i);
                List<Detection> list = new ArrayList<>();
                for (Detection d : found.get(i)) {
                    list.add(toImage(d, size, image.getWidth(), image.getHeight()));
                }
                scaled.add(list);
            }
            return scaled;
        });
    }

    /** A detection in input pixels scaled to an image of width x height; a mask is resampled (nearest). */
    static Detection toImage(Detection d, int size, int width, int height) {
        double sx = (double) width / size;
        double sy = (double) height / size;
        Mask mask = null;
        if (d.mask() != null) {
            Mask m = d.mask();
            int x0 = (int) Math.floor(m.x() * sx);
            int y0 = (int) Math.floor(m.y() * sy);
            int x1 = Math.min(width, (int) Math.ceil((m.x() + m.width()) * sx));
            int y1 = Math.min(height, (int) Math.ceil((m.y() + m.height()) * sy));
            int w = x1 - x0;
            int h = y1 - y0;
            BitSet pixels = new BitSet(w * h);
            for (int y = 0; y < h; y++) {
                int v = (int) Math.floor((y0 + y + 0.5) / sy) - m.y();
                if (v < 0 || v >= m.height()) {
                    continue;
                }
                for (int x = 0; x < w; x++) {
                    int u = (int) Math.floor((x0 + x + 0.5) / sx) - m.x();
                    if (u >= 0 && u < m.width() && m.pixels().get(v * m.width() + u)) {
                        pixels.set(y * w + x);
                    }
                }
            }
            mask = new Mask(x0, y0, w, h, pixels);
        }
        return new Detection(d.label(), d.score(), d.x() * sx, d.y() * sy, d.width() * sx, d.height() * sy, mask);
    }

    @Override
    public void close() {
        model.close();
    }
}
