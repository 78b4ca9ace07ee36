package org.annotide.al;

import java.util.Map;

/**
 * What a strategy sees: for every pool item (unlabelled) the class probabilities the model gives and, when the
 * strategy asks for them, the model's embeddings; for the labelled items their embeddings and loss.
 *
 * @param probabilities      pool item x class, each row a distribution (at least two classes)
 * @param embeddings         pool item x dimension, or null
 * @param labelledEmbeddings labelled item x dimension (may have no rows), or null
 * @param labelledLosses     per labelled item, the cross-entropy {@code -ln p_y} of its true class, or null
 * @param parameters         strategy settings, e.g. {@code k} for knn_high_loss; never null
 */
public record StrategyInput(double[][] probabilities, float[][] embeddings, float[][] labelledEmbeddings,
        double[] labelledLosses, Map<String, String> parameters) {

    public StrategyInput {
        if (probabilities == null || probabilities.length == 0) {
            throw new IllegalArgumentException("the pool is empty: there is nothing to select from");
        }
        int classes = probabilities[0].length;
        if (classes < 2) {
            throw new IllegalArgumentException("selection needs at least two classes, the model gives " + classes);
        }
        for (double[] row : probabilities) {
            if (row.length != classes) {
                throw new IllegalArgumentException("every pool item needs one probability per class (" + classes + ")");
            }
        }
        if (embeddings != null && embeddings.length != probabilities.length) {
            throw new IllegalArgumentException(embeddings.length + " embeddings for " + probabilities.length + " pool items");
        }
        if (labelledEmbeddings != null && labelledLosses != null && labelledEmbeddings.length != labelledLosses.length) {
            throw new IllegalArgumentException(labelledEmbeddings.length + " labelled embeddings for "
                    + labelledLosses.length + " losses");
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** Probabilities only, for the strategies that need no embeddings. */
    public static StrategyInput of(double[][] probabilities) {
        return new StrategyInput(probabilities, null, null, null, Map.of());
    }

    public int poolSize() {
        return probabilities.length;
    }

    public int classes() {
        return probabilities[0].length;
    }

    /** An integer parameter, or the fallback when it is not set. */
    public int intParameter(String name, int fallback) {
        String value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the parameter " + name + " must be an integer, not '" + value + "'");
        }
    }
}
