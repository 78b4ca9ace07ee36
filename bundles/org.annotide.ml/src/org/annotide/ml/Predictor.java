package org.annotide.ml;

import java.awt.image.BufferedImage;
import java.util.List;

/** An opened model, ready to predict; not thread-safe. Close it to free native memory. */
public interface Predictor extends AutoCloseable {

    /** For classifiers: per image, one probability per class in the model's class order. */
    double[][] classify(List<BufferedImage> images) throws Exception;

    @Override
    void close();
}
