package org.annotide.ml;

import java.awt.image.BufferedImage;
import java.util.List;

/** An opened model, ready to predict; not thread-safe. Close it to free native memory. */
public interface Predictor extends AutoCloseable {

    /** For classifiers: per image, one probability per class in the model's class order. */
    double[][] classify(List<BufferedImage> images) throws Exception;

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
