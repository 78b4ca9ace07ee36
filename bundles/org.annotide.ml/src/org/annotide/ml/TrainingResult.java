package org.annotide.ml;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a trainer hands back: the architecture it built, final validation metrics, every epoch, the payload
 * files that go into the model file (entry name to file), and the normalisation the model expects.
 */
public record TrainingResult(String architecture, Map<String, Double> metrics, List<EpochResult> epochs,
        Map<String, Path> payload, float[] mean, float[] std) {

    public TrainingResult {
        metrics = Map.copyOf(metrics);
        epochs = List.copyOf(epochs);
        payload = Map.copyOf(payload);
    }
}
