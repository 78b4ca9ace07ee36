package org.annotide.ml.tests.faulty;

import java.nio.file.Path;
import java.util.List;

import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;
import org.annotide.model.TaskType;

/** A faulty plug-in's trainer: its constructor throws. */
public final class ThrowingTrainer implements Trainer {

    public ThrowingTrainer() {
        throw new IllegalStateException("no GPU driver for the ACME trainer");
    }

    @Override
    public String id() {
        return "acme.throws";
    }

    @Override
    public TaskType task() {
        return TaskType.CLASSIFY;
    }

    @Override
    public List<String> architectures() {
        return List.of("n");
    }

    @Override
    public TrainingResult train(PreparedDataset dataset, TrainingConfig config, ModelFile start, TrainingMonitor monitor,
            Path workFolder) {
        throw new UnsupportedOperationException("a faulty trainer is never asked to train");
    }

    @Override
    public Predictor open(ModelFile model, String device) {
        throw new UnsupportedOperationException("a faulty trainer is never asked to predict");
    }
}
