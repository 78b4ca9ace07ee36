package org.annotide.ml;

import org.annotide.model.JobStatus;
import org.annotide.model.TrainingJob;

/** Told when a job changes status; called on the queue's worker thread after the model change. */
@FunctionalInterface
public interface JobStatusListener {

    /** @param message the reason for FAILED, otherwise a short note or null */
    void statusChanged(TrainingJob job, JobStatus status, String message);
}
