package org.annotide.metrics.tests.similarity.faulty;

import org.annotide.metrics.ShapeSimilarity;
import org.annotide.metrics.SimilarityContext;
import org.annotide.model.Shape;

/** A faulty plug-in's similarity: it answers NaN (a division by a zero area it did not expect). */
public final class NaNSimilarity implements ShapeSimilarity {

    @Override
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        return 0.0 / 0.0;
    }
}
