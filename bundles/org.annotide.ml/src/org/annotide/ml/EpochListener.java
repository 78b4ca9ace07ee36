package org.annotide.ml;

import org.annotide.model.TrainingJob;

/** Told after every epoch of a job; called on the queue's worker thread after the epoch is stored. */
@FunctionalInterface
public interface EpochListener {

    void epochCompleted(TrainingJob job, EpochResult epoch, int epochs);
}
