package org.annotide.metrics.tests.similarity.faulty;

import org.annotide.metrics.ShapeSimilarity;
import org.annotide.metrics.SimilarityContext;
import org.annotide.model.Shape;

/** A faulty plug-in's similarity: its constructor throws. */
public final class ThrowingSimilarity implements ShapeSimilarity {

    public ThrowingSimilarity() {
        throw new IllegalStateException("no configuration for the ACME similarity");
    }

    @Override
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        return 0;
    }
}
