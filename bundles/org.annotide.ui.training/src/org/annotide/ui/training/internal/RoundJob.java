package org.annotide.ui.training.internal;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.EpisodeRound;
import org.annotide.al.EpisodeSettings;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ImagePixels;
import org.annotide.model.TrainedModel;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

/**
 * One round of an active-learning episode as one Eclipse Job ({@link EpisodeRound}: retrain by the episode's
 * settings, predict the pool, score it, record the next batch; the first round, before any label, the initial random
 * batch). It trains where the project trains ({@link TrainingSite}): the workbench's training queue, or the server
 * of a mirror, whose model then scores the mirror's pool here; either way the Training view lists the job. Its steps show in the
 * Progress view and the Active Learning view's status line; a round that cannot run, fails or is cancelled takes back
 * what it added and the job's message says why.
 */
final class RoundJob extends EpisodeJob {

    /** The Eclipse Job family of active-learning rounds. */
    static final Object FAMILY = RoundJob.class;

    private final WorkbenchTraining training;
    private final StrategyRegistry strategies;
    private final ProjectStore store;
    private final TrainedModel from;
    private final ActiveLearning.Request request;
    private final EpisodeSettings settings;

    /** The arguments are {@link EpisodeRound#run}'s. */
    RoundJob(WorkbenchTraining training, StrategyRegistry strategies, ProjectStore store, TrainedModel from,
            ActiveLearning.Request request, EpisodeSettings settings) {
        super(EpisodeRound.title(from, request));
        this.training = training;
        this.strategies = strategies;
        this.store = store;
        this.from = from;
        this.request = request;
        this.settings = settings;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        TrainingSite site = training.site(store);
        EpisodeRound episodeRound = new EpisodeRound(site.runner(), site.registry(), training.access(),
                ImagePixels.installed(), strategies);
        try {
            EpisodeRound.Outcome outcome = episodeRound.run(from, request, settings, monitor, this::tell);
            round = outcome.round();
            message = outcome.message();
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            message = e.getMessage();
            return Status.CANCEL_STATUS;
        } catch (ActiveLearningException e) {
            message = "No round recorded: " + e.getMessage();
            return Status.error(message, e);
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
