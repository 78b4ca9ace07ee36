package org.annotide.ml;

import java.awt.image.BufferedImage;
import java.util.BitSet;
import java.util.List;

/** An opened model, ready to predict; not thread-safe. Close it to free native memory. */
public interface Predictor extends AutoCloseable {

    /**
     * An object found in an image, in the image's pixels.
     *
     * @param label class index in the model's class order
     * @param mask  for segmentation, the object's pixels; null for detection
     */
    record Detection(int label, double score, double x, double y, double width, double height, Mask mask) {
    }

    /** Pixels of an image window (x, y, width, height), row-major over the window. */
    record Mask(int x, int y, int width, int height, BitSet pixels) {
    }

    /** For classifiers: per image, one probability per class in the model's class order. */
    double[][] classify(List<BufferedImage> images) throws Exception;

    /**
     * For detectors and segmenters: per image, the objects scoring at least {@code minScore}, after non-maximum
     * suppression, best first.
     */
    default List<List<Detection>> detect(List<BufferedImage> images, double minScore) throws Exception {
        throw new UnsupportedOperationException("this model does not detect objects");
    }

    /**
     * What one inference pass gives for a batch of images: per image the class probabilities (model's class order)
     * and the embedding, the output of the network's penultimate layer (the input of its class layer), or null
     * when this predictor cannot expose it (e.g. a foreign TorchScript module).
     */
    record Output(double[][] probabilities, float[][] embeddings) {
    }

    /**
     * Probabilities and embeddings in the same forward pass (active learning scores both). The default gives the
     * probabilities of {@link #classify} and no embeddings.
     */
    default Output infer(List<BufferedImage> images) throws Exception {
        return new Output(classify(images), null);
    }

    @Override
    void close();
}
