package org.annotide.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.annotide.formats.LabelsCsv;
import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportRequest;
import org.annotide.ml.DatasetBuilder;
import org.annotide.ml.EpochResult;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingQueue;
import org.annotide.ml.TrainingResult;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.JobStatus;
import org.annotide.model.TaskType;
import org.annotide.model.TrainingJob;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datasets, the job lifecycle, events, cancel and recovery, with a trainer written for the test (a nearest-mean
 * classifier on the prepared pixels, so the queue runs real work without an engine).
 */
class QueueAndDatasetTest {

    private static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    @TempDir
    Path temp;

    /** Nearest class mean of the prepared pixels; waits {@code pause} ms per epoch so a test can cancel. */
    static class MeanTrainer implements Trainer {
        final long pause;

        MeanTrainer(long pause) {
            this.pause = pause;
        }

        @Override
        public String id() {
            return "test.mean";
        }

        @Override
        public TaskType task() {
            return TaskType.CLASSIFY;
        }

        @Override
        public List<String> architectures() {
            return List.of("n");
        }

        @Override
        public TrainingResult train(PreparedDataset data, TrainingConfig config, ModelFile start,
                TrainingMonitor monitor, Path work) throws Exception {
            List<EpochResult> epochs = new ArrayList<>();
            for (int e = 1; e <= config.epochs(); e++) {
                long until = System.nanoTime() + pause * 1_000_000;
                while (System.nanoTime() < until) {
                    if (monitor.isCancelled()) {
                        return null;
                    }
                    Thread.sleep(5);
                }
                EpochResult result = new EpochResult(e, 1.0 / e, 1.0 / e, Map.of("top1", 0.5), pause);
                epochs.add(result);
                monitor.epochCompleted(result);
            }
            Path weights = Files.writeString(work.resolve("weights"), "means");
            return new TrainingResult("n", Map.of("top1", 0.5), epochs, Map.of("weights", weights), data.mean(), data.std());
        }

        @Override
        public Predictor open(ModelFile model, String device) {
            return new Predictor() {
                @Override
                public double[][] classify(List<BufferedImage> images) {
                    return new double[images.size()][model.descriptor().classes().size()];
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** A project of grey 8x8 images labelled by a CSV list: {@code counts} images per class name. */
    private ProjectStore project(String name, Map<String, Integer> counts, boolean brokenImage) throws IOException {
        Path files = temp.resolve(name + "-files");
        Files.createDirectories(files);
        StringBuilder csv = new StringBuilder("path,label\n");
        int i = 0;
        int shade = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            for (int k = 0; k < e.getValue(); k++) {
                BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
                image.getRaster().setSample(k % 8, 0, 0, shade);
                String file = "img" + i++ + ".png";
                ImageIO.write(image, "png", files.resolve(file).toFile());
                csv.append(file).append(',').append(e.getKey()).append('\n');
            }
            shade += 100;
        }
        Path list = Files.writeString(files.resolve("labels.csv"), csv);
        ProjectStore store = ProjectStore.create(temp.resolve(name), name);
        new ImageImporter(ImageFormats.installed(), LabelsCsv::imageList).run(store, new ImportRequest(List.of(), null, false, list),
                new NullProgressMonitor());
        if (brokenImage) {
            // the file is damaged after the import (only its header was read then)
            Files.write(files.resolve("img0.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        }
        return store;
    }

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    private static TrainingConfig.Builder config(int epochs) {
        return TrainingConfig.builder("job", TaskType.CLASSIFY).epochs(epochs).imageSize(8).device("cpu");
    }

    @Test
    void splitsEachClassByRatioAndSeedAndListsUnreadableImages() throws Exception {
        try (ProjectStore store = project("split", counts("a", 10, "b", 10), true)) {
            DatasetBuilder builder = new DatasetBuilder(ImagePixels.installed());
            PreparedDataset one = builder.prepare(store, ACCESS, config(1).build(), TrainingMonitor.none());
            assertEquals(List.of("a", "b"), one.classes());
            assertEquals(19, one.size());
            assertEquals(1, one.info().skipped().size());
            assertTrue(one.info().skipped().get(0).toString().startsWith("img0.png: unreadable"), one.info().skipped().toString());
            assertEquals(15, one.train().length); // round(9*0.8) + round(10*0.8)
            assertEquals(4, one.validation().length);
            assertEquals(1, one.channels());
            PreparedDataset again = builder.prepare(store, ACCESS, config(1).build(), TrainingMonitor.none());
            assertEquals(java.util.Arrays.toString(one.validation()), java.util.Arrays.toString(again.validation()));
            PreparedDataset other = builder.prepare(store, ACCESS, config(1).seed(7).build(), TrainingMonitor.none());
            assertTrue(!java.util.Arrays.equals(one.validation(), other.validation()) || !java.util.Arrays.equals(one.train(), other.train()));
        }
    }

    @Test
    void refusesFewerThanTwoClassesAndAClassWithoutExamples() throws Exception {
        try (ProjectStore store = project("bad", counts("a", 4, "b", 4), false)) {
            DatasetBuilder builder = new DatasetBuilder(ImagePixels.installed());
            TrainingException one = assertThrows(TrainingException.class, () -> builder.prepare(store, ACCESS,
                    config(1).classes(List.of("a")).build(), TrainingMonitor.none()));
            assertTrue(one.getMessage().contains("at least two classes"), one.getMessage());
            // a class of the project that no image carries
            org.annotide.model.LabelClass empty = org.annotide.model.AnnotideFactory.eINSTANCE.createLabelClass();
            empty.setName("c");
            store.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(store.editingDomain(),
                    store.project(), AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, empty));
            TrainingException none = assertThrows(TrainingException.class, () -> builder.prepare(store, ACCESS,
                    config(1).classes(List.of("a", "b", "c")).build(), TrainingMonitor.none()));
            assertTrue(none.getMessage().contains("'c' has no examples"), none.getMessage());
            TrainingException unknown = assertThrows(TrainingException.class, () -> builder.prepare(store, ACCESS,
                    config(1).classes(List.of("a", "zebra")).build(), TrainingMonitor.none()));
            assertTrue(unknown.getMessage().contains("zebra"), unknown.getMessage());
        }
    }

    @Test
    void aJobGoesThroughItsLifecycleWithEventsAndRegistersItsModel() throws Exception {
        ProjectStore store = project("life", counts("a", 5, "b", 5), false);
        try (TrainingQueue queue = new TrainingQueue(TrainerRegistry.of(List.of(new MeanTrainer(0))), ACCESS)) {
            List<JobStatus> statuses = Collections.synchronizedList(new ArrayList<>());
            List<String> completed = Collections.synchronizedList(new ArrayList<>());
            List<Integer> epochs = Collections.synchronizedList(new ArrayList<>());
            queue.addStatusListener((job, status, message) -> statuses.add(status));
            queue.addEpochListener((job, epoch, total) -> epochs.add(epoch.epoch()));
            queue.addCompletionListener((job, modelId) -> completed.add(modelId));
            TrainingJob job = queue.submit(store, config(3).build());
            TrainingQueue.JobOutcome outcome = queue.await(job.getId());
            assertEquals(JobStatus.COMPLETED, outcome.status(), outcome.message());
            assertEquals(List.of(JobStatus.PREPARING, JobStatus.TRAINING, JobStatus.COMPLETED), statuses);
            assertEquals(List.of(1, 2, 3), epochs);
            assertEquals(List.of(outcome.modelId()), completed);
            assertEquals(3, job.getEpochs().size());
            assertEquals(1.0, job.getProgress());
            assertNotNull(job.getStartedAt());
            assertNotNull(job.getFinishedAt());
            assertEquals(2, job.getLabelClasses().size());
            assertEquals(outcome.modelId(), job.getResultModel().getId());
            assertTrue(job.getResultModel().isActive());
            ModelRegistry registry = new ModelRegistry(store, ACCESS, queue.trainers());
            assertTrue(Files.isRegularFile(registry.file(job.getResultModel())));
            // all of it is in the journal: it is there after reopening
            Path folder = store.folder();
            store.close();
            try (ProjectStore reopened = ProjectStore.open(folder)) {
                TrainingJob again = reopened.project().getTrainingJobs().get(0);
                assertEquals(JobStatus.COMPLETED, again.getStatus());
                assertEquals(3, again.getEpochs().size());
                assertEquals(outcome.modelId(), again.getResultModel().getId());
                assertEquals("3", again.getConfiguration().get("epochs"));
            }
        }
    }

    @Test
    void cancelStopsARunningJobAndAPendingOne() throws Exception {
        try (ProjectStore store = project("cancel", counts("a", 3, "b", 3), false);
                TrainingQueue queue = new TrainingQueue(TrainerRegistry.of(List.of(new MeanTrainer(200))), ACCESS)) {
            CountDownLatch first = new CountDownLatch(1);
            queue.addEpochListener((job, epoch, total) -> first.countDown());
            TrainingJob running = queue.submit(store, config(100).build());
            TrainingJob pending = queue.submit(store, config(1).build());
            assertTrue(first.await(30, TimeUnit.SECONDS));
            assertTrue(queue.cancel(pending.getId()));
            long asked = System.nanoTime();
            TrainingQueue.requestCancel(store.folder(), running.getId()); // as 'jobs PROJECT cancel ID' does
            TrainingQueue.JobOutcome outcome = queue.await(running.getId(), 5, TimeUnit.SECONDS);
            assertNotNull(outcome);
            assertTrue((System.nanoTime() - asked) / 1_000_000 < 2000);
            assertEquals(JobStatus.CANCELLED, outcome.status());
            assertEquals(JobStatus.CANCELLED, queue.await(pending.getId(), 5, TimeUnit.SECONDS).status());
            assertTrue(store.project().getModels().isEmpty());
            assertNull(running.getResultModel());
            assertTrue(Files.notExists(TrainingQueue.cancelRequest(store.folder(), running.getId())));
        }
    }

    @Test
    void aJobRunningWhenTheProcessEndedIsMarkedFailedAtTheNextOpen() throws Exception {
        Path folder;
        try (ProjectStore store = project("crash", counts("a", 3, "b", 3), false);
                TrainingQueue queue = new TrainingQueue(TrainerRegistry.of(List.of(new MeanTrainer(0))), ACCESS)) {
            TrainingJob job = queue.submit(store, config(1).build());
            queue.await(job.getId());
            // as if the process died while training: the journal holds status TRAINING
            store.commandStack().execute(SetCommand.create(store.editingDomain(), job,
                    AnnotidePackage.Literals.TRAINING_JOB__STATUS, JobStatus.TRAINING));
            folder = store.folder();
            Files.writeString(folder.resolve("models/half-written.atm.tmp"), "partial");
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(1, TrainingQueue.recover(store, ACCESS));
            TrainingJob job = store.project().getTrainingJobs().get(0);
            assertEquals(JobStatus.FAILED, job.getStatus());
            assertEquals(TrainingQueue.INTERRUPTED, job.getErrorMessage());
            assertTrue(Files.notExists(folder.resolve("models/half-written.atm.tmp")));
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(JobStatus.FAILED, store.project().getTrainingJobs().get(0).getStatus());
            assertEquals(0, TrainingQueue.recover(store, ACCESS));
        }
    }

    @Test
    void aJobSubmittedRightAfterOpeningCompletesThoughRecoveryRunsAfterIt() throws Exception {
        Path folder;
        try (ProjectStore store = project("race", counts("a", 3, "b", 3), false)) {
            folder = store.folder();
        }
        // the workbench opens a project, then recovers it later on the UI thread; a job submitted in between is
        // this process's own and must run to its end
        try (ProjectStore store = ProjectStore.open(folder);
                TrainingQueue queue = new TrainingQueue(TrainerRegistry.of(List.of(new MeanTrainer(150))), ACCESS)) {
            TrainingJob job = queue.submit(store, config(3).build());
            assertEquals(0, TrainingQueue.recover(store, ACCESS), "recovery touches no job of this process");
            TrainingQueue.JobOutcome outcome = queue.await(job.getId(), 30, TimeUnit.SECONDS);
            assertNotNull(outcome);
            assertEquals(JobStatus.COMPLETED, outcome.status(), outcome.message());
            assertEquals(JobStatus.COMPLETED, job.getStatus());
            assertNull(job.getErrorMessage());
            assertEquals(1, store.project().getModels().size());
            // once ended, a later recovery leaves the finished job as it is
            assertEquals(0, TrainingQueue.recover(store, ACCESS));
            assertEquals(JobStatus.COMPLETED, job.getStatus());
        }
    }

    @Test
    void noTrainerForTheTaskIsAClearError() throws Exception {
        try (ProjectStore store = project("none", counts("a", 2, "b", 2), false);
                TrainingQueue queue = new TrainingQueue(TrainerRegistry.of(List.of()), ACCESS)) {
            TrainingException e = assertThrows(TrainingException.class,
                    () -> queue.submit(store, TrainingConfig.builder("d", TaskType.DETECT).build()));
            assertTrue(e.getMessage().contains("no installed trainer"), e.getMessage());
            assertTrue(store.project().getTrainingJobs().isEmpty());
        }
    }

    @Test
    void aPlugInTrainersArchitectureIsAModelNameAndAnUnknownOneIsRefusedNamingTheInstalledOnes() throws Exception {
        Trainer centroid = new MeanTrainer(0) {
            @Override
            public String id() {
                return "test.centroid";
            }

            @Override
            public List<String> architectures() {
                return List.of("centroid");
            }
        };
        try (ProjectStore store = project("arch", counts("a", 4, "b", 4), false);
                TrainingQueue queue = new TrainingQueue(TrainerRegistry.of(List.of(new MeanTrainer(0), centroid)), ACCESS)) {
            TrainingConfig config = TrainingConfig.builder("c", TaskType.CLASSIFY).modelSize("centroid").epochs(1).build();
            assertEquals("test.centroid", TrainerRegistry.of(List.of(new MeanTrainer(0), centroid))
                    .forTask(TaskType.CLASSIFY, config.modelSize()).orElseThrow().id());
            TrainingException e = assertThrows(TrainingException.class, () -> queue.submit(store,
                    TrainingConfig.builder("x", TaskType.CLASSIFY).modelSize("forest").build()));
            assertTrue(e.getMessage().contains("'forest'") && e.getMessage().contains("installed for this task: n, centroid"),
                    e.getMessage());
            assertTrue(store.project().getTrainingJobs().isEmpty());
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.builder("y", TaskType.CLASSIFY).modelSize("Big Net!").build());
        assertTrue(bad.getMessage().contains("Big Net!"), bad.getMessage());
    }
}
