package org.annotide.ml;

import java.util.Map;

/**
 * What one epoch gave: losses, the task's validation metrics (e.g. {@code top1}) and the time it took.
 *
 * @param epoch 1-based
 */
public record EpochResult(int epoch, double trainLoss, double validationLoss, Map<String, Double> metrics, long millis) {

    public EpochResult {
        metrics = Map.copyOf(metrics);
    }
}
