package org.annotide.ui.training.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.annotide.client.RemoteProject;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.EpochListener;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingQueue;
import org.annotide.ml.TrainingQueue.JobOutcome;
import org.annotide.model.JobStatus;
import org.annotide.model.TrainingJob;
import org.annotide.ui.ProjectService;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The training queue of the workbench. The model of an open project belongs to the UI thread (its editors
 * change it there), so the queue reads and changes it through a {@link ModelAccess} that runs on the UI thread.
 * Every submitted job is shown as an Eclipse Job (the Progress view lists it, its cancel cancels the training).
 * Projects opened in the workbench are recovered: jobs that were running when the last process ended are
 * marked failed.
 */
public final class WorkbenchTraining {

    /** The Eclipse Job family of training jobs. */
    public static final Object FAMILY = WorkbenchTraining.class;
    /** The Eclipse Job property holding the training job's id. */
    public static final QualifiedName JOB_ID = new QualifiedName(TrainingUi.PLUGIN_ID, "job");

    private final Display display;
    private final ModelAccess access;
    private final TrainingQueue queue;
    private final ProjectService.Listener recovery;

    WorkbenchTraining() {
        display = PlatformUI.getWorkbench().getDisplay();
        access = new ModelAccess() {
            @Override
            public <T> T call(ProjectStore store, Supplier<T> work) {
                if (Display.getCurrent() == display) {
                    return work.get();
                }
                Object[] result = new Object[1];
                RuntimeException[] failure = new RuntimeException[1];
                display.syncExec(() -> {
                    try {
                        result[0] = work.get();
                    } catch (RuntimeException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                @SuppressWarnings("unchecked")
                T value = (T) result[0];
                return value;
            }
        };
        queue = new TrainingQueue(TrainerRegistry.installed(), access);
        recovery = new ProjectService.Listener() {
            @Override
            public void opened(IProject project, ProjectStore store) {
                // on the UI thread later: the opening thread may be one the UI thread waits for
                display.asyncExec(() -> recover(store));
            }

            @Override
            public void closed(IProject project) {
                // jobs of a closed project fail on their next write; nothing to do here
            }
        };
        ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
        projects.addListener(recovery);
        for (ProjectStore open : projects.openStores()) {
            display.asyncExec(() -> recover(open));
        }
    }

    /**
     * Marks the jobs that were running here when the last process ended as failed. Not in a server project's mirror:
     * its jobs are the server's, which runs them still.
     */
    private void recover(ProjectStore store) {
        if (!store.isClosed() && !RemoteProject.isMirror(store.folder())) {
            TrainingQueue.recover(store, access);
        }
    }

    public TrainingQueue queue() {
        return queue;
    }

    public ModelAccess access() {
        return access;
    }

    /** The project's models: for a server project's mirror the server's, whose files come from there once used. */
    public ModelRegistry registry(ProjectStore store) {
        return site(store).registry();
    }

    /** Where the project trains: here, or on the server of a mirrored project. */
    TrainingSite site(ProjectStore store) {
        return TrainingSite.of(store, this);
    }

    /**
     * Adds a job to the project's queue and shows it as an Eclipse Job (so in the Progress view) that reports
     * epoch i of n and whose cancel cancels the training.
     */
    public TrainingJob submit(ProjectStore store, TrainingConfig config) throws TrainingException {
        TrainingJob job = queue.submit(store, config);
        String id = job.getId();
        AtomicInteger epochs = new AtomicInteger();
        EpochListener counter = (j, epoch, of) -> {
            if (j == job) {
                epochs.set(epoch.epoch());
            }
        };
        queue.addEpochListener(counter);
        Job progress = new Job("Training " + config.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Training " + config.name(), config.epochs());
                int reported = 0;
                try {
                    while (true) {
                        JobOutcome outcome = queue.await(id, 200, TimeUnit.MILLISECONDS);
                        int done = epochs.get();
                        if (done > reported) {
                            monitor.worked(done - reported);
                            reported = done;
                            monitor.subTask("Epoch " + done + " of " + config.epochs());
                        }
                        if (outcome != null) {
                            return switch (outcome.status()) {
                                case COMPLETED -> Status.OK_STATUS;
                                case CANCELLED -> Status.CANCEL_STATUS;
                                default -> Status.error(config.name() + " failed: " + outcome.message());
                            };
                        }
                        if (monitor.isCanceled()) {
                            queue.cancel(id);
                        }
                    }
                } catch (InterruptedException e) {
                    queue.cancel(id);
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                } finally {
                    queue.removeEpochListener(counter);
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        progress.setUser(false);
        progress.setProperty(JOB_ID, id);
        progress.schedule();
        return job;
    }

    /**
     * Asks the job to stop: this workbench's queue cancels it, or, when another process runs it, that process is
     * asked through the project folder.
     */
    public void cancel(ProjectStore store, TrainingJob job) throws java.io.IOException {
        if (!queue.cancel(job.getId())) {
            JobStatus status = job.getStatus();
            if (status == JobStatus.PENDING || status == JobStatus.PREPARING || status == JobStatus.TRAINING) {
                TrainingQueue.requestCancel(store.folder(), job.getId());
            }
        }
    }

    void close() {
        try {
            ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
            if (projects != null) {
                projects.removeListener(recovery);
            }
        } catch (IllegalStateException e) {
            // the workbench is gone already
        }
        queue.close();
    }
}
