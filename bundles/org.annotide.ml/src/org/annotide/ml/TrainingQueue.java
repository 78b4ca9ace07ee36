package org.annotide.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.ml.internal.Edits;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.EpochMetrics;
import org.annotide.model.JobStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;

/**
 * Runs training jobs one after the other on a worker thread: pending, preparing (the dataset), training (an epoch
 * at a time), then completed (model registered), failed (with the reason) or cancelled. Jobs are TrainingJob
 * objects of the project, changed only by EMF commands through the {@link ModelAccess}, so they survive a
 * restart; {@link #recover} marks jobs that were running when the process ended as failed. Listeners per
 * concern are told on the worker thread. The headless application uses the queue as it is; the workbench wraps
 * each job in an Eclipse Job that waits on {@link #await} and cancels through {@link #cancel}.
 */
public final class TrainingQueue implements AutoCloseable {

    /** The reason recorded on jobs found running at {@link #recover}. */
    public static final String INTERRUPTED = "the process ended while the job was running (Annotide was closed or crashed)";

    /**
     * The ids of the jobs that a queue of this process has submitted and not yet ended: they are this process's own,
     * so {@link #recover} leaves them alone even when it runs after they were submitted (the workbench recovers an
     * opened project asynchronously, and a job can be submitted in between).
     */
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

    /** How a job ended. */
    public record JobOutcome(JobStatus status, String modelId, String message) {
    }

    private final TrainerRegistry trainers;
    private final ModelAccess access;
    private final ExecutorService worker;
    private final Map<String, Running> jobs = new ConcurrentHashMap<>();
    private final List<JobStatusListener> statusListeners = new CopyOnWriteArrayList<>();
    private final List<EpochListener> epochListeners = new CopyOnWriteArrayList<>();
    private final List<CompletionListener> completionListeners = new CopyOnWriteArrayList<>();

    private static final class Running {
        final ProjectStore store;
        final TrainingJob job;
        final String id;
        final TrainingConfig config;
        final CompletableFuture<JobOutcome> done = new CompletableFuture<>();
        final Path cancelFile;
        volatile boolean cancelled;
        long lastLook;

        boolean cancelled() {
            if (!cancelled) {
                long now = System.nanoTime();
                if (now - lastLook > 250_000_000L) { // another process asks through a file (the project is locked)
                    lastLook = now;
                    cancelled = Files.exists(cancelFile);
                }
            }
            return cancelled;
        }

        Running(ProjectStore store, TrainingJob job, String id, TrainingConfig config) {
            this.store = store;
            this.job = job;
            this.id = id;
            this.config = config;
            this.cancelFile = cancelRequest(store.folder(), id);
        }
    }

    public TrainingQueue(TrainerRegistry trainers, ModelAccess access) {
        this.trainers = trainers;
        this.access = access;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "Annotide training");
            thread.setDaemon(true);
            return thread;
        });
    }

    public TrainerRegistry trainers() {
        return trainers;
    }

    public void addStatusListener(JobStatusListener listener) {
        statusListeners.add(listener);
    }

    public void removeStatusListener(JobStatusListener listener) {
        statusListeners.remove(listener);
    }

    public void addEpochListener(EpochListener listener) {
        epochListeners.add(listener);
    }

    public void removeEpochListener(EpochListener listener) {
        epochListeners.remove(listener);
    }

    public void addCompletionListener(CompletionListener listener) {
        completionListeners.add(listener);
    }

    public void removeCompletionListener(CompletionListener listener) {
        completionListeners.remove(listener);
    }

    /**
     * Marks the project's jobs that were pending, preparing or training when the last process ended as failed
     * (they have no process any more), and removes half-written model files. Call once after opening a project.
     * Jobs that a queue of this process submitted and still runs are not touched, nor are their work files, so
     * a recovery that runs late (after a submission) cannot fail a live job.
     *
     * @return how many jobs were marked failed
     */
    public static int recover(ProjectStore store, ModelAccess access) {
        int marked = access.call(store, () -> {
            StoreChange edits = new StoreChange(store, "Mark interrupted training jobs failed");
            int count = 0;
            for (TrainingJob job : store.project().getTrainingJobs()) {
                JobStatus status = job.getStatus();
                if (LIVE.contains(job.getId())) {
                    continue; // this process runs it
                }
                if (status == JobStatus.PENDING || status == JobStatus.PREPARING || status == JobStatus.TRAINING) {
                    edits.set(job, Literals.TRAINING_JOB__STATUS, JobStatus.FAILED)
                            .set(job, Literals.TRAINING_JOB__ERROR_MESSAGE, status == JobStatus.PENDING
                                    ? "the process ended before the job started" : INTERRUPTED)
                            .set(job, Literals.TRAINING_JOB__FINISHED_AT, new Date());
                    count++;
                }
            }
            if (!store.isReadOnly()) {
                edits.execute();
            }
            return count;
        });
        Path models = store.folder().resolve(ModelRegistry.MODELS_FOLDER);
        if (Files.isDirectory(models) && !store.isReadOnly()) {
            try (var files = Files.list(models)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (LIVE.stream().anyMatch(name::contains)) {
                        continue; // a live job's file
                    }
                    if (name.endsWith(".tmp")) {
                        Files.deleteIfExists(p);
                    } else if (name.startsWith(".cancel-")) {
                        Files.deleteIfExists(p);
                    } else if (name.startsWith(".work-") || name.startsWith("import")) {
                        ModelRegistry.deleteTree(p);
                    }
                }
            } catch (IOException e) {
                // leftovers are harmless
            }
        }
        Path training = store.cacheFolder().resolve("training");
        if (!store.isReadOnly() && Files.isDirectory(training)) {
            try (var folders = Files.list(training)) {
                for (Path p : folders.toList()) {
                    if (!LIVE.contains(p.getFileName().toString())) {
                        ModelRegistry.deleteTree(p);
                    }
                }
            } catch (IOException e) {
                // leftovers are harmless
            }
        }
        return marked;
    }

    /**
     * Adds a job to the project (pending) and queues it.
     *
     * @throws TrainingException when no installed trainer serves the task and model size
     */
    public TrainingJob submit(ProjectStore store, TrainingConfig config) throws TrainingException {
        if (trainers.forTask(config.task(), config.modelSize()).isEmpty()) {
            List<String> offered = trainers.trainers().stream().filter(t -> t.task() == config.task())
                    .flatMap(t -> t.architectures().stream()).distinct().toList();
            throw new TrainingException("no installed trainer can train " + config.task().getLiteral().toLowerCase()
                    + " with model size '" + config.modelSize() + "'"
                    + (trainers.trainers().isEmpty() ? " (no trainers are installed)"
                            : offered.isEmpty() ? "" : " (installed for this task: " + String.join(", ", offered) + ")"));
        }
        String id = UUID.randomUUID().toString();
        LIVE.add(id); // before the job exists in the model: no recovery can see it as another process's
        TrainingJob job;
        try {
            job = access.call(store, () -> {
            TrainingJob created = AnnotideFactory.eINSTANCE.createTrainingJob();
            created.setId(id);
            created.setName(config.name());
            created.setDescription(config.description());
            created.setType(config.task());
            created.setStatus(JobStatus.PENDING);
            created.setCreatedAt(new Date());
            created.setCreatedBy(System.getProperty("user.name"));
            created.getConfiguration().putAll(config.toMap());
            new StoreChange(store, "Add training job " + config.name())
                    .add(store.project(), Literals.PROJECT__TRAINING_JOBS, created).execute();
            return created;
            });
        } catch (RuntimeException e) {
            LIVE.remove(id);
            throw e;
        }
        Running running = new Running(store, job, id, config);
        jobs.put(id, running);
        running.done.whenComplete((outcome, failure) -> LIVE.remove(id));
        worker.execute(() -> run(running));
        return job;
    }

    /**
     * Asks a job to stop. A pending job is cancelled at once; a running one stops within about two seconds and
     * keeps nothing half-written.
     *
     * @return false when the queue does not run this job (finished, or of another process)
     */
    public boolean cancel(String jobId) {
        Running running = jobs.get(jobId);
        if (running == null || running.done.isDone()) {
            return false;
        }
        running.cancelled = true;
        return true;
    }

    /** Where a job's trainer writes its files: in the project's cache (which can always be rebuilt). */
    static Path workFolder(ProjectStore store, String jobId) {
        return store.cacheFolder().resolve("training").resolve(jobId);
    }

    /** The file whose existence asks the process running a job to cancel it. */
    public static Path cancelRequest(Path projectFolder, String jobId) {
        return projectFolder.resolve(ModelRegistry.MODELS_FOLDER).resolve(".cancel-" + jobId);
    }

    /**
     * Asks whichever process runs a job of this project to cancel it (that process holds the project open): the
     * job stops within about two seconds.
     */
    public static void requestCancel(Path projectFolder, String jobId) throws IOException {
        Path file = cancelRequest(projectFolder, jobId);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "cancel\n");
    }

    /** True while the queue has this job pending or running. */
    public boolean isActive(String jobId) {
        Running running = jobs.get(jobId);
        return running != null && !running.done.isDone();
    }

    /** Waits for a job of this queue to end. */
    public JobOutcome await(String jobId) throws InterruptedException {
        Running running = jobs.get(jobId);
        if (running == null) {
            throw new IllegalArgumentException("the queue does not run job " + jobId);
        }
        try {
            return running.done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits at most {@code timeout} for a job; null when it is still running then. */
    public JobOutcome await(String jobId, long timeout, TimeUnit unit) throws InterruptedException {
        Running running = jobs.get(jobId);
        if (running == null) {
            throw new IllegalArgumentException("the queue does not run job " + jobId);
        }
        try {
            return running.done.get(timeout, unit);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * This queue as the place where a waiting caller (an active-learning round) trains: a job it discards is removed
     * from the project with its model and the model's file, once the queue ended it.
     */
    public TrainingRunner runner() {
        return new TrainingRunner() {
            @Override
            public TrainingJob submit(ProjectStore store, TrainingConfig config) throws TrainingException {
                return TrainingQueue.this.submit(store, config);
            }

            @Override
            public JobOutcome await(ProjectStore store, TrainingJob job, long timeout, TimeUnit unit)
                    throws InterruptedException {
                return TrainingQueue.this.await(job.getId(), timeout, unit);
            }

            @Override
            public void cancel(TrainingJob job) {
                TrainingQueue.this.cancel(job.getId());
            }

            @Override
            public void discard(ProjectStore store, TrainingJob job, TrainedModel model)
                    throws IOException, InterruptedException {
                TrainingQueue.this.await(job.getId()); // a cancelled job ends within about two seconds
                TrainedModel result = model != null ? model : access.call(store, job::getResultModel);
                if (result != null) {
                    new ModelRegistry(store, access, trainers).delete(result);
                }
                access.run(store, () -> {
                    if (job.eContainer() != null) {
                        new StoreChange(store, "Remove the training job " + job.getName())
                                .remove(store.project(), Literals.PROJECT__TRAINING_JOBS, List.of(job)).execute();
                    }
                });
            }
        };
    }

    /** Cancels every job and stops the worker, waiting up to 10 seconds for the running job to stop. */
    @Override
    public void close() {
        jobs.values().forEach(r -> r.cancelled = true);
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ the worker

    private void run(Running r) {
        ProjectStore store = r.store;
        ModelRegistry registry = new ModelRegistry(store, access, trainers);
        Path work = workFolder(store, r.id);
        try {
            if (r.cancelled()) {
                end(r, JobStatus.CANCELLED, null, "cancelled before it started");
                return;
            }
            status(r, JobStatus.PREPARING, null, true);
            Trainer trainer = trainers.forTask(r.config.task(), r.config.modelSize()).orElseThrow();
            ModelFile start = null;
            if (r.config.fromModelId() != null) {
                start = registry.modelFile(registry.find(r.config.fromModelId()));
            }
            Monitor monitor = new Monitor(r);
            PreparedDataset dataset = new DatasetBuilder(ImagePixels.installed()).prepare(store, access, r.config, monitor);
            if (dataset == null || r.cancelled()) {
                end(r, JobStatus.CANCELLED, null, "cancelled while preparing");
                return;
            }
            if (start != null) {
                start.checkStartsOn(dataset.classes());
            }
            access.run(store, () -> {
                List<LabelClass> classes = new ArrayList<>();
                for (String name : dataset.classes()) {
                    store.project().getLabelClasses().stream().filter(c -> name.equals(c.getName())).findFirst()
                            .ifPresent(classes::add);
                }
                new StoreChange(store, "Dataset of " + r.config.name())
                        .add(r.job, Literals.TRAINING_JOB__CONFIGURATION, Edits.stringEntries(dataset.info().toMap()))
                        .add(r.job, Literals.TRAINING_JOB__LABEL_CLASSES, classes).execute();
            });
            status(r, JobStatus.TRAINING, null, false);
            Files.createDirectories(work);
            TrainingResult result = trainer.train(dataset, r.config, start, monitor, work);
            if (result == null || r.cancelled()) {
                end(r, JobStatus.CANCELLED, null, "cancelled while training");
                return;
            }
            String modelId = UUID.randomUUID().toString();
            Map<String, String> datasetInfo = new LinkedHashMap<>(dataset.info().toMap());
            ModelDescriptor descriptor = new ModelDescriptor(modelId, r.config.name(), trainer.id(), r.config.task(),
                    result.architecture(), dataset.classes(), dataset.imageSize(), dataset.channels(), result.mean(),
                    result.std(), r.config.toMap(), result.metrics(), result.epochs(), datasetInfo,
                    System.currentTimeMillis());
            Path target = registry.newModelPath(modelId);
            ModelFile file;
            try {
                file = ModelFile.write(target, descriptor, result.payload());
            } catch (IOException e) {
                throw new TrainingException("the model file could not be written (" + e.getMessage()
                        + "); nothing was registered", e);
            }
            TrainedModel model;
            try {
                model = registry.register(file, r.job);
            } catch (RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            fireStatus(r, JobStatus.COMPLETED, null);
            String id = access.call(store, model::getId);
            for (CompletionListener listener : completionListeners) {
                listener.trainingCompleted(r.job, id);
            }
            r.done.complete(new JobOutcome(JobStatus.COMPLETED, id, null));
        } catch (TrainingException e) {
            fail(r, e.getMessage());
        } catch (Throwable e) {
            fail(r, e.getMessage() == null ? e.toString() : e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            ModelRegistry.deleteTree(work);
            try {
                Files.deleteIfExists(r.cancelFile);
            } catch (IOException e) {
                // a stale request names a finished job; harmless
            }
            if (!r.done.isDone()) {
                r.done.complete(new JobOutcome(JobStatus.FAILED, null, "ended without a result"));
            }
        }
    }

    private void fail(Running r, String message) {
        try {
            end(r, JobStatus.FAILED, message, message);
        } catch (RuntimeException e) {
            r.done.complete(new JobOutcome(JobStatus.FAILED, null, message + " (and the job could not be updated: "
                    + e.getMessage() + ")"));
        }
    }

    private void end(Running r, JobStatus status, String error, String note) {
        access.run(r.store, () -> {
            StoreChange edits = new StoreChange(r.store, "Training job " + r.config.name() + " " + status.getLiteral().toLowerCase());
            edits.set(r.job, Literals.TRAINING_JOB__STATUS, status).set(r.job, Literals.TRAINING_JOB__FINISHED_AT, new Date());
            if (error != null) {
                edits.set(r.job, Literals.TRAINING_JOB__ERROR_MESSAGE, error);
            }
            edits.execute();
        });
        fireStatus(r, status, note);
        r.done.complete(new JobOutcome(status, null, note));
    }

    private void status(Running r, JobStatus status, String note, boolean started) {
        access.run(r.store, () -> {
            StoreChange edits = new StoreChange(r.store, "Training job " + r.config.name() + " " + status.getLiteral().toLowerCase());
            edits.set(r.job, Literals.TRAINING_JOB__STATUS, status);
            if (started) {
                edits.set(r.job, Literals.TRAINING_JOB__STARTED_AT, new Date());
            }
            edits.execute();
        });
        fireStatus(r, status, note);
    }

    private void fireStatus(Running r, JobStatus status, String note) {
        for (JobStatusListener listener : statusListeners) {
            try {
                listener.statusChanged(r.job, status, note);
            } catch (RuntimeException e) {
                // a listener's failure must not stop the job
            }
        }
    }

    private final class Monitor implements TrainingMonitor {
        private final Running r;

        Monitor(Running r) {
            this.r = r;
        }

        @Override
        public boolean isCancelled() {
            return r.cancelled();
        }

        @Override
        public void epochCompleted(EpochResult epoch) {
            access.run(r.store, () -> {
                EpochMetrics metrics = AnnotideFactory.eINSTANCE.createEpochMetrics();
                metrics.setEpoch(epoch.epoch());
                metrics.setTrainLoss(epoch.trainLoss());
                metrics.setValidationLoss(epoch.validationLoss());
                metrics.setDurationMillis(epoch.millis());
                metrics.getMetrics().putAll(epoch.metrics());
                new StoreChange(r.store, "Epoch " + epoch.epoch() + " of " + r.config.name())
                        .add(r.job, Literals.TRAINING_JOB__EPOCHS, metrics)
                        .set(r.job, Literals.TRAINING_JOB__PROGRESS, (double) epoch.epoch() / r.config.epochs())
                        .execute();
            });
            for (EpochListener listener : epochListeners) {
                try {
                    listener.epochCompleted(r.job, epoch, r.config.epochs());
                } catch (RuntimeException e) {
                    // a listener's failure must not stop the job
                }
            }
        }
    }
}
