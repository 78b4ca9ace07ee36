package org.annotide.ml;

import org.annotide.model.TrainingJob;

/** Told when a job completed and its model is registered. */
@FunctionalInterface
public interface CompletionListener {

    void trainingCompleted(TrainingJob job, String modelId);
}
