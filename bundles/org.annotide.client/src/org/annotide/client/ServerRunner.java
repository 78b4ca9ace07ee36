package org.annotide.client;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingQueue.JobOutcome;
import org.annotide.ml.TrainingRunner;
import org.annotide.model.JobStatus;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;

/**
 * A mirror's server as the place where a waiting caller (an active-learning round) trains: the job is queued on the
 * server ({@link ServerTraining#submit}), its workers train it, and the caller waits on the mirror's copy of the job,
 * which {@link ServerTraining} keeps as the server tells it; the model it ends with is the server's (its file is
 * downloaded the first time it is read). Nothing trains on this computer.
 */
public final class ServerRunner implements TrainingRunner {

    private final ServerTraining server;
    private final ModelAccess access;

    /** @param access reads the mirror's model (its owner thread's) */
    public ServerRunner(ServerTraining server, ModelAccess access) {
        this.server = server;
        this.access = access;
    }

    @Override
    public TrainingJob submit(ProjectStore store, TrainingConfig config) throws TrainingException {
        try {
            return server.submit(config);
        } catch (ServerException e) {
            throw new TrainingException(e.getMessage(), e);
        }
    }

    /**
     * The mirror's job as the server last told it: completed once its model is in the mirror too. The job is looked
     * at again each time the mirror applies a change of the server's jobs or models (the project socket's
     * {@code training_job_updated} and {@code training_model_updated}, the job socket's status), not on a timer. While
     * the server is away the job stays as last known, and the caller keeps waiting (or cancels, which the server hears
     * when back: an interrupt ends the wait at once).
     */
    @Override
    public JobOutcome await(ProjectStore store, TrainingJob job, long timeout, TimeUnit unit)
            throws InterruptedException {
        long until = System.nanoTime() + unit.toNanos(timeout);
        while (true) {
            long seen = server.applied(); // before looking: a change applied meanwhile ends the next wait at once
            JobOutcome outcome = access.call(store, () -> outcome(job));
            long left = until - System.nanoTime();
            if (outcome != null || left <= 0) {
                return outcome;
            }
            server.awaitChange(seen, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    private static JobOutcome outcome(TrainingJob job) {
        JobStatus status = job.getStatus();
        return switch (status) {
            case COMPLETED -> job.getResultModel() == null ? null
                    : new JobOutcome(status, job.getResultModel().getId(), null);
            case CANCELLED -> new JobOutcome(status, null, "cancelled on the server");
            case FAILED -> new JobOutcome(status, null, job.getErrorMessage() == null ? "failed on the server"
                    : job.getErrorMessage());
            default -> null;
        };
    }

    private static boolean ended(JobStatus status) {
        return status == JobStatus.COMPLETED || status == JobStatus.FAILED || status == JobStatus.CANCELLED;
    }

    @Override
    public void cancel(TrainingJob job) throws TrainingException {
        try {
            server.cancel(job.getId());
        } catch (ServerException e) {
            throw new TrainingException(e.getMessage(), e);
        }
    }

    /**
     * Removes the job from the server's list (a running one is cancelled first) and deletes there a model it made,
     * which the round will not use.
     */
    @Override
    public void discard(ProjectStore store, TrainingJob job, TrainedModel model) throws IOException,
            InterruptedException {
        try {
            if (access.call(store, () -> !ended(job.getStatus()))) {
                server.cancel(job.getId());
                if (await(store, job, 30, TimeUnit.SECONDS) == null) {
                    throw new IOException("the server's job did not end within 30 seconds of being cancelled");
                }
            }
            server.cancel(job.getId()); // an ended job: removed from the server's list
            TrainedModel made = model != null ? model : access.call(store, job::getResultModel);
            if (made != null) { // a model the round will not use: deleted on the server, so no one else uses it
                server.delete(access.call(store, made::getId));
            }
        } catch (ServerException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
