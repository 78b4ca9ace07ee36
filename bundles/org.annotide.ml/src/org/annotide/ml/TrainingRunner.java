package org.annotide.ml;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;

/**
 * Where a caller's training job runs while the caller waits for it (an active-learning round): this computer's
 * {@link TrainingQueue}, or the server of a mirrored project, whose workers train and whose model the mirror then
 * holds. Either way the job and, once it completed, its model are in the project's model, and the job's epochs are
 * added to it as they end.
 */
public interface TrainingRunner {

    /** Queues a job with these settings and returns it as the project holds it. */
    TrainingJob submit(ProjectStore store, TrainingConfig config) throws TrainingException;

    /**
     * Waits at most {@code timeout} for the job to end: its outcome (a completed job's model is in the project), or
     * null while it runs.
     */
    TrainingQueue.JobOutcome await(ProjectStore store, TrainingJob job, long timeout, TimeUnit unit)
            throws InterruptedException, TrainingException;

    /** Asks the job to stop; its outcome then says cancelled. */
    void cancel(TrainingJob job) throws TrainingException;

    /**
     * Takes back a job that ended without being used, with its model (null: none): the project is as before the
     * job.
     *
     * @throws IOException what could not be taken back
     */
    void discard(ProjectStore store, TrainingJob job, TrainedModel model) throws IOException, InterruptedException;
}
