package org.annotide.ui.training.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.TimeUnit;

import org.annotide.client.RemoteProject;
import org.annotide.client.ServerException;
import org.annotide.client.ServerRunner;
import org.annotide.client.ServerTraining;
import org.annotide.client.SyncListener;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.CompletionListener;
import org.annotide.ml.EpochListener;
import org.annotide.ml.JobStatusListener;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingQueue;
import org.annotide.ml.TrainingRunner;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.ui.PlatformUI;

/**
 * Where a project trains: on this computer ({@link WorkbenchTraining}'s queue) or, for the mirror of a server's
 * project, on the server (its workers; the mirror follows its jobs and models). The Training view, the wizard and the
 * Models view and the Active Learning view's rounds ask the site and never which kind of project they show.
 */
abstract sealed class TrainingSite {

    /**
     * The site of a project: the server for a mirror that is connected, nowhere for a mirror opened without a
     * connection (read-only), else this computer.
     */
    static TrainingSite of(ProjectStore store, WorkbenchTraining training) {
        RemoteProject remote = RemoteProject.of(store);
        if (remote != null) {
            return new Server(store, training, remote.serverTraining());
        }
        return RemoteProject.isMirror(store.folder()) ? new Disconnected(store, training) : new Local(store, training);
    }

    final ProjectStore store;
    final WorkbenchTraining training;

    private TrainingSite(ProjectStore store, WorkbenchTraining training) {
        this.store = store;
        this.training = training;
    }

    /** Starts a job with the wizard's settings; on the UI thread. */
    abstract TrainingJob submit(TrainingConfig config) throws TrainingException;

    /** Asks a pending or running job to stop; on the UI thread. */
    abstract void cancel(TrainingJob job) throws IOException;

    /** Removes a finished job; on the UI thread. */
    abstract void delete(TrainingJob job) throws IOException;

    /** Makes a model the active one of its task; on the UI thread. */
    abstract void activate(TrainedModel model) throws IOException;

    /** Removes a model from the registry, with its file; on the UI thread. */
    abstract void deleteModel(TrainedModel model) throws IOException;

    /** The project's models, whose files the registry reads (fetching a server model's the first time). */
    abstract ModelRegistry registry();

    /** Calls {@code changed} (on any thread) whenever the site's jobs may have changed; close to stop. */
    abstract AutoCloseable follow(Runnable changed);

    /** What the Training view says of where the jobs run, or null for this computer. */
    abstract String where();

    /** Trains for a caller that waits for the job off the UI thread (an active-learning round). */
    abstract TrainingRunner runner();

    /** This computer's training queue. */
    static final class Local extends TrainingSite {

        Local(ProjectStore store, WorkbenchTraining training) {
            super(store, training);
        }

        @Override
        TrainingJob submit(TrainingConfig config) throws TrainingException {
            return training.submit(store, config);
        }

        @Override
        void cancel(TrainingJob job) throws IOException {
            training.cancel(store, job);
        }

        @Override
        void delete(TrainingJob job) {
            Command delete = DeleteCommand.create(store.editingDomain(), job);
            if (delete.canExecute()) {
                store.editingDomain().getCommandStack().execute(delete);
            }
        }

        @Override
        void activate(TrainedModel model) {
            registry().activate(model);
        }

        @Override
        void deleteModel(TrainedModel model) throws IOException {
            try {
                registry().delete(model);
            } catch (IOException e) {
                throw new IOException("removed from the registry, but its file could not be deleted: " + e.getMessage(), e);
            }
        }

        @Override
        ModelRegistry registry() {
            return new ModelRegistry(store, training.access(), training.queue().trainers());
        }

        @Override
        AutoCloseable follow(Runnable changed) {
            JobStatusListener status = (job, s, note) -> changed.run();
            EpochListener epoch = (job, e, of) -> changed.run();
            CompletionListener completion = (job, modelId) -> changed.run();
            training.queue().addStatusListener(status);
            training.queue().addEpochListener(epoch);
            training.queue().addCompletionListener(completion);
            return () -> {
                training.queue().removeStatusListener(status);
                training.queue().removeEpochListener(epoch);
                training.queue().removeCompletionListener(completion);
            };
        }

        @Override
        String where() {
            return null;
        }

        @Override
        TrainingRunner runner() {
            return training.queue().runner();
        }
    }

    /** The server of a mirrored project: its queue and workers train, nothing trains here. */
    static final class Server extends TrainingSite {

        private final ServerTraining server;

        Server(ProjectStore store, WorkbenchTraining training, ServerTraining server) {
            super(store, training);
            this.server = server;
        }

        private interface Call<T> {
            T run() throws ServerException;
        }

        /**
         * Asks the server off the UI thread (the answer comes into the model on it, so it keeps running meanwhile) and
         * waits with a busy cursor; a refusal or an outage comes back with the server's message.
         */
        private static <T> T ask(Call<T> call) throws IOException {
            Object[] result = new Object[1];
            try {
                PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                    try {
                        result[0] = call.run();
                    } catch (ServerException e) {
                        throw new InvocationTargetException(e);
                    }
                });
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ServerException) {
                    throw new IOException(cause.getMessage(), cause);
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the server", e);
            }
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            return value;
        }

        @Override
        TrainingJob submit(TrainingConfig config) throws TrainingException {
            try {
                return ask(() -> server.submit(config));
            } catch (IOException e) {
                throw new TrainingException(e.getMessage(), e);
            }
        }

        @Override
        void cancel(TrainingJob job) throws IOException {
            ask(() -> {
                server.cancel(job.getId());
                return null;
            });
        }

        @Override
        void delete(TrainingJob job) throws IOException {
            cancel(job); // the server's DELETE removes a finished job; the mirror drops it as the server answers
        }

        @Override
        void activate(TrainedModel model) throws IOException {
            ask(() -> {
                server.activate(model.getId());
                return null;
            });
        }

        @Override
        void deleteModel(TrainedModel model) throws IOException {
            if (ServerTraining.isServerModel(model)) {
                ask(() -> {
                    server.delete(model.getId());
                    return null;
                });
                return;
            }
            registry().delete(model);
        }

        @Override
        ModelRegistry registry() {
            return new ModelRegistry(store, training.access(), training.queue().trainers(), server.remoteFiles());
        }

        @Override
        AutoCloseable follow(Runnable changed) {
            RemoteProject remote = RemoteProject.of(store);
            if (remote == null) {
                return () -> {
                };
            }
            SyncListener listener = new SyncListener() {
                @Override
                public void training(String jobId, String event) {
                    changed.run();
                }

                @Override
                public void reachability(boolean reachable, String message) {
                    changed.run();
                }
            };
            remote.addListener(listener);
            return () -> remote.removeListener(listener);
        }

        @Override
        TrainingRunner runner() {
            return new ServerRunner(server, training.access());
        }

        @Override
        String where() {
            String base = RemoteProject.of(store) == null ? "the server" : RemoteProject.of(store).connection().base()
                    .toString();
            if (server.refusal() != null) {
                return "Trains on " + base + ", which shows you no jobs: " + server.refusal();
            }
            return server.isCurrent() ? "Trains on " + base
                    : "Trains on " + base + "; the server is unreachable: the jobs as last known";
        }
    }

    /**
     * The copy of a server's project opened while not connected (read-only): its jobs and models are shown as last
     * known and the files of the server's models it downloaded are read, but nothing trains, and every change is
     * refused with the store's reason (connect first, or the server shut the user out).
     */
    static final class Disconnected extends TrainingSite {

        Disconnected(ProjectStore store, WorkbenchTraining training) {
            super(store, training);
        }

        private String refusal() {
            String refusal = store.refusal();
            return refusal != null ? refusal
                    : "This is the copy of a server's project, not connected: File > Connect to Server... first.";
        }

        @Override
        TrainingJob submit(TrainingConfig config) throws TrainingException {
            throw new TrainingException(refusal());
        }

        @Override
        void cancel(TrainingJob job) throws IOException {
            throw new IOException(refusal());
        }

        @Override
        void delete(TrainingJob job) throws IOException {
            throw new IOException(refusal());
        }

        @Override
        void activate(TrainedModel model) throws IOException {
            throw new IOException(refusal());
        }

        @Override
        void deleteModel(TrainedModel model) throws IOException {
            throw new IOException(refusal());
        }

        @Override
        ModelRegistry registry() {
            // a server model whose file was never downloaded cannot be fetched without the connection
            return new ModelRegistry(store, training.access(), training.queue().trainers(), (model, target) -> {
                if (ServerTraining.isServerModel(model)) {
                    throw new TrainingException("The file of the server's model " + model.getName()
                            + " was never downloaded to this copy: " + refusal());
                }
            });
        }

        @Override
        AutoCloseable follow(Runnable changed) {
            return () -> {
            }; // nothing changes the jobs of a copy that is not connected
        }

        @Override
        String where() {
            return "Trains on the server; not connected: the jobs as last known";
        }

        @Override
        TrainingRunner runner() {
            return new TrainingRunner() {
                @Override
                public TrainingJob submit(ProjectStore project, TrainingConfig config) throws TrainingException {
                    throw new TrainingException(refusal());
                }

                @Override
                public TrainingQueue.JobOutcome await(ProjectStore project, TrainingJob job, long timeout,
                        TimeUnit unit) throws TrainingException {
                    throw new TrainingException(refusal());
                }

                @Override
                public void cancel(TrainingJob job) throws TrainingException {
                    throw new TrainingException(refusal());
                }

                @Override
                public void discard(ProjectStore project, TrainingJob job, TrainedModel model) throws IOException {
                    throw new IOException(refusal());
                }
            };
        }
    }
}
