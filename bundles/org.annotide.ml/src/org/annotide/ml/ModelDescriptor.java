package org.annotide.ml;

import java.util.List;
import java.util.Map;

import org.annotide.model.TaskType;

/**
 * What a model file says about itself, enough to use it without the project that trained it: the trainer that
 * opens it, task, classes in output order, input size and channels, the normalisation applied to 0..1 samples,
 * the configuration it was trained with, final and per-epoch metrics, and the dataset it saw.
 *
 * @param id        registry id (a UUID), kept across export and import
 * @param trainer   id of the {@link Trainer} that opens the file
 * @param mean      per channel, subtracted from samples scaled to 0..1
 * @param std       per channel, divides after the mean is subtracted
 * @param createdAt milliseconds since the epoch
 */
public record ModelDescriptor(String id, String name, String trainer, TaskType task, String architecture,
        List<String> classes, int imageSize, int channels, float[] mean, float[] std,
        Map<String, String> configuration, Map<String, Double> metrics, List<EpochResult> epochs,
        Map<String, String> dataset, long createdAt) {

    public ModelDescriptor {
        classes = List.copyOf(classes);
        mean = mean.clone();
        std = std.clone();
        configuration = Map.copyOf(configuration);
        metrics = Map.copyOf(metrics);
        epochs = List.copyOf(epochs);
        dataset = Map.copyOf(dataset);
        if (mean.length != channels || std.length != channels) {
            throw new IllegalArgumentException("normalisation for " + mean.length + "/" + std.length
                    + " channels, the model has " + channels);
        }
    }

    public ModelDescriptor withId(String newId, String newName) {
        return new ModelDescriptor(newId, newName, trainer, task, architecture, classes, imageSize, channels, mean, std,
                configuration, metrics, epochs, dataset, createdAt);
    }
}
