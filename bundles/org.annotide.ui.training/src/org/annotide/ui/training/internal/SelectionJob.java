package org.annotide.ui.training.internal;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.StrategyRegistry;
import org.annotide.ml.EpochResult;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingMonitor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * One selection round as an Eclipse Job: the model predicts the pool, the strategy scores it and the round is
 * recorded ({@link ActiveLearning#select}). Its progress shows in the Progress view; cancelling it stops the
 * prediction at the next batch of images and records nothing. What it ended with (the batch, or why not) is
 * {@link #message()}; an error (bad input) is also the job's status, shown in the Progress view without a dialog
 * (the view says it).
 */
final class SelectionJob extends Job {

    /** The Eclipse Job family of selection rounds. */
    static final Object FAMILY = SelectionJob.class;

    private final ActiveLearning activeLearning;
    private final ActiveLearning.Request request;
    private volatile String message;
    private final List<Consumer<String>> progress = new CopyOnWriteArrayList<>();
    private volatile ActiveLearning.Round round;

    SelectionJob(ModelRegistry registry, ModelAccess access, StrategyRegistry strategies, ActiveLearning.Request request,
            String modelName) {
        super("Active learning: select " + request.batch() + " with " + request.strategy() + " (" + modelName + ")");
        this.activeLearning = new ActiveLearning(registry, access, ImagePixels.installed(), strategies);
        this.request = request;
        setUser(true);
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    void addProgress(Consumer<String> listener) {
        progress.add(listener);
    }

    /** What the job ended with, for people; null while it runs. */
    String message() {
        return message;
    }

    /** The recorded round, once the job completed. */
    ActiveLearning.Round round() {
        return round;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        String message;
        IStatus status;
        this.message = null;
        try {
            ActiveLearning.Round r = activeLearning.select(request, new TrainingMonitor() {
                @Override
                public boolean isCancelled() {
                    return monitor.isCanceled();
                }

                @Override
                public void epochCompleted(EpochResult epoch) {
                }

                @Override
                public void message(String text) {
                    monitor.subTask(text);
                    progress.forEach(p -> p.accept(text));
                }
            });
            round = r;
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Round %d (%s): picked %d of %d pool images",
                    r.number(), r.strategy(), r.batch().size(), r.poolSize()));
            if (!r.skipped().isEmpty()) {
                text.append("; not readable: ").append(r.skipped().size());
            }
            message = text.toString();
            status = r.skipped().isEmpty() ? Status.OK_STATUS : Status.warning(message + ": " + r.skipped());
        } catch (ActiveLearningException e) {
            if (monitor.isCanceled()) {
                message = "Selection cancelled; nothing was recorded.";
                status = Status.CANCEL_STATUS;
            } else {
                message = "No round recorded: " + e.getMessage();
                status = Status.error(message, e);
            }
        } catch (RuntimeException e) {
            message = "No round recorded: " + e;
            status = Status.error(message, e);
        } finally {
            monitor.done();
        }
        this.message = message;
        return status;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
