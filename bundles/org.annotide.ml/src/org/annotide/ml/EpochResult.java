package org.annotide.ml;

import java.util.Locale;
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

    /**
     * The epoch as the command line reports it, one line:
     * {@code EPOCH <n> train_loss <x> val_loss <y> <metric> <v> ... time_s <s>}, metrics by name.
     */
    public String line() {
        StringBuilder line = new StringBuilder("EPOCH ").append(epoch)
                .append(" train_loss ").append(format(trainLoss))
                .append(" val_loss ").append(format(validationLoss));
        metrics.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> line.append(' ').append(e.getKey()).append(' ').append(format(e.getValue())));
        line.append(" time_s ").append(String.format(Locale.ROOT, "%.2f", millis / 1000.0));
        return line.toString();
    }

    /** A loss or metric as reports print it: four decimals, {@code nan} for NaN. */
    public static String format(double value) {
        return Double.isNaN(value) ? "nan" : String.format(Locale.ROOT, "%.4f", value);
    }
}
