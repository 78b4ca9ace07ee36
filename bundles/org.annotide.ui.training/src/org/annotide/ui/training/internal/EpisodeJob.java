package org.annotide.ui.training.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.annotide.al.ActiveLearning;
import org.annotide.ml.TrainingMonitor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * What the Active Learning view's jobs share ({@link SelectionJob}: select a batch; {@link RoundJob}: retrain, then
 * select): a user job whose steps show in the Progress view and to the view's listeners, whose errors the view says
 * (no dialog), and which ends with a message for people and, when it recorded one, the round.
 */
abstract class EpisodeJob extends Job {

    private final List<Consumer<String>> progressListeners = new CopyOnWriteArrayList<>();
    /** What the job ended with, for people; set by the subclass before {@code run} returns. */
    protected volatile String message;
    /** The recorded round, once the job completed. */
    protected volatile ActiveLearning.Round round;

    EpisodeJob(String name) {
        super(name);
        setUser(true);
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    /** Told each step of the job (on the job's thread), as the Progress view shows it. */
    final void addProgress(Consumer<String> listener) {
        progressListeners.add(listener);
    }

    /** Shows a step in the Progress view and to the listeners. */
    protected final void report(IProgressMonitor monitor, String text) {
        monitor.subTask(text);
        tell(text);
    }

    /** Tells the listeners a step (the Progress view has it already). */
    protected final void tell(String text) {
        progressListeners.forEach(p -> p.accept(text));
    }

    /** What the job ended with, for people; null while it runs. */
    final String message() {
        return message;
    }

    /** The recorded round, once the job completed; null when none was recorded. */
    final ActiveLearning.Round round() {
        return round;
    }

    /**
     * A monitor for {@link ActiveLearning#select}: cancelled with the job, its messages (predicting, scoring,
     * recording) passed to {@code messages}.
     */
    protected static TrainingMonitor selecting(IProgressMonitor monitor, Consumer<String> messages) {
        return TrainingMonitor.following(monitor::isCanceled, messages);
    }
}
