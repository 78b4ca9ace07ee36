package org.annotide.ml;

import java.nio.file.Path;
import java.util.List;

import org.annotide.model.TaskType;

/**
 * A training back-end for one task type, contributed through the extension point
 * {@code org.annotide.ml.trainers}. Implementations are stateless; the queue calls {@link #train} on its worker
 * thread, one job at a time.
 */
public interface Trainer {

    /** The extension's id; model files record it so that this trainer opens them again. */
    String id();

    TaskType task();

    /** The model sizes / architectures {@link TrainingConfig#modelSize()} may name. */
    List<String> architectures();

    /**
     * Trains on a prepared dataset. Polls {@link TrainingMonitor#isCancelled()} at least every second and then
     * returns null promptly. Writes its payload only below {@code workFolder} (the queue deletes it afterwards).
     *
     * @param start the model to fine-tune, or null to start from scratch
     * @return the result, or null when cancelled
     * @throws TrainingException for a setting or device the trainer cannot use (a clear message)
     */
    TrainingResult train(PreparedDataset dataset, TrainingConfig config, ModelFile start, TrainingMonitor monitor,
            Path workFolder) throws Exception;

    /** Opens a model file this trainer wrote or imported, for inference. */
    Predictor open(ModelFile model, String device) throws Exception;

    /**
     * Wraps a model in a foreign format that this trainer can run (e.g. a TorchScript file) as payload of a model
     * file: checks it loads and that its output fits the classes, and returns the payload, or null when this
     * trainer does not take such files.
     *
     * @throws TrainingException when the file is of this trainer's kind but unusable (not a model, classes do not fit)
     */
    default TrainingResult importForeign(Path file, List<String> classes, int imageSize, int channels, Path workFolder)
            throws TrainingException {
        return null;
    }
}
