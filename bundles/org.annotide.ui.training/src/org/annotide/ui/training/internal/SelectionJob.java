package org.annotide.ui.training.internal;

import java.util.Locale;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.StrategyRegistry;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One selection round as an Eclipse Job: the model predicts the pool, the strategy scores it and the round is
 * recorded ({@link ActiveLearning#select}). Its progress shows in the Progress view; cancelling it stops the
 * prediction at the next batch of images and records nothing. What it ended with (the batch, or why not) is
 * {@link #message()}; an error (bad input) is also the job's status, shown in the Progress view without a dialog
 * (the view says it).
 */
final class SelectionJob extends EpisodeJob {

    /** The Eclipse Job family of selection rounds. */
    static final Object FAMILY = SelectionJob.class;

    private final ActiveLearning activeLearning;
    private final ActiveLearning.Request request;

    SelectionJob(ModelRegistry registry, ModelAccess access, StrategyRegistry strategies, ActiveLearning.Request request,
            String modelName) {
        super("Active learning: select " + request.batch() + " with " + request.strategy() + " (" + modelName + ")");
        this.activeLearning = new ActiveLearning(registry, access, ImagePixels.installed(), strategies);
        this.request = request;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        String message;
        IStatus status;
        this.message = null;
        try {
            ActiveLearning.Round r = activeLearning.select(request, selecting(monitor, text -> report(monitor, text)));
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
