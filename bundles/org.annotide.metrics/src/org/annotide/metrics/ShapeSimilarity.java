package org.annotide.metrics;

import org.annotide.model.Shape;

/**
 * How alike two shapes are, from 0 (nothing in common) to 1 (the same), used to match annotations (a trainee's
 * against the ground truth, predictions against labels). Implementations register through the extension point
 * {@code org.annotide.metrics.similarity} for the shape kinds they handle; see {@link SimilarityRegistry}.
 */
public interface ShapeSimilarity {

    /**
     * @param reference the ground truth
     * @param candidate the annotation compared with it
     * @param context   the label class (keypoint sigmas) and tolerances
     * @return a value in [0, 1]
     */
    double similarity(Shape reference, Shape candidate, SimilarityContext context);
}
