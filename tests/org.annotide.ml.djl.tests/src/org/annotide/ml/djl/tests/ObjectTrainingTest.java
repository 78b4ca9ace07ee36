package org.annotide.ml.djl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.EpochResult;
import org.annotide.ml.GeneratedScenes;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.Inference;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingQueue;
import org.annotide.ml.TrainingQueue.JobOutcome;
import org.annotide.ml.djl.internal.DetectionTrainer;
import org.annotide.ml.djl.internal.SegmentationTrainer;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.JobStatus;
import org.annotide.model.MaskShape;
import org.annotide.model.Provenance;
import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detector and the segmenter learn generated scenes (boxes, rotated boxes, ellipses and polygons of three
 * shapes) through the same queue, registry and inference the CLI and the workbench use: tiny models, few
 * epochs; the loss must fall and the validation mAP rise above a low bound, and predictions come back as
 * boxes and masks with provenance "predicted".
 */
class ObjectTrainingTest {

    private static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    @TempDir
    static Path temp;

    static TrainerRegistry trainers;
    static TrainingQueue queue;

    @BeforeAll
    static void setUp() {
        trainers = TrainerRegistry.installed();
        queue = new TrainingQueue(trainers, ACCESS);
    }

    @AfterAll
    static void tearDown() {
        if (queue != null) {
            queue.close();
        }
    }

    private static TrainingConfig.Builder config(String name, TaskType task, int epochs) {
        return TrainingConfig.builder(name, task).modelSize("n").epochs(epochs).batchSize(16).imageSize(64)
                .learningRate(0.05).device("cpu").kinds(EnumSet.of(ShapeKind.BOX, ShapeKind.ROTATED_BOX,
                        ShapeKind.ELLIPSE, ShapeKind.POLYGON));
    }

    private static void assertLearnt(ModelFile file, String metric, double bound) {
        List<EpochResult> epochs = file.descriptor().epochs();
        double first = epochs.get(0).trainLoss();
        double last = epochs.get(epochs.size() - 1).trainLoss();
        assertTrue(last < 0.7 * first, "train loss fell from " + first + " to " + last);
        double value = file.descriptor().metrics().get(metric);
        assertTrue(value > bound, metric + " " + value + " above " + bound + "; epochs " + epochs);
    }

    @Test
    void detectorLearnsScenesAndPredictsBoxes() throws Exception {
        try (ProjectStore store = GeneratedScenes.create(temp.resolve("detect"), 240, 64, 7, false)) {
            assertTrue(trainers.byId(DetectionTrainer.ID).isPresent(), "the detector is contributed");
            TrainingJob job = queue.submit(store, config("scenes detect", TaskType.DETECT, 16).build());
            JobOutcome outcome = queue.await(job.getId(), 10, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(JobStatus.COMPLETED, outcome.status(), outcome.message());
            ModelRegistry registry = new ModelRegistry(store, ACCESS, trainers);
            TrainedModel model = registry.find(outcome.modelId());
            ModelFile file = registry.modelFile(model);
            assertEquals(GeneratedScenes.CLASSES, file.descriptor().classes());
            assertLearnt(file, "map50", 0.02); // chance level is about 0.002
            for (String metric : List.of("precision", "recall", "map50", "map50_95")) {
                assertTrue(file.descriptor().metrics().containsKey(metric), metric);
            }

            Inference inference = new Inference(registry, ACCESS, ImagePixels.installed());
            List<ImageAsset> images = inference.images("scene-0000[0-4]");
            Inference.Result result = inference.run(model, images, 0.1, "cpu", TrainingMonitor.none());
            assertFalse(result.predictions().isEmpty(), "the detector finds objects");
            for (Inference.Prediction p : result.predictions()) {
                assertEquals(4, p.box().length);
                assertTrue(p.box()[2] > 2 && p.box()[2] <= 64, "box width in image pixels " + p.box()[2]);
            }
            // predict answers one image's boxes, the best one as run found it (alone, not in a batch of five: float
            // sums may differ in the last digits), and stores nothing more
            ImageAsset busiest = images.stream().max(java.util.Comparator.comparingLong(i -> result.predictions().stream()
                    .filter(p -> p.image().equals(i.getName())).count())).orElseThrow();
            Inference.Prediction best = result.predictions().stream().filter(p -> p.image().equals(busiest.getName()))
                    .findFirst().orElseThrow();
            int annotations = busiest.getAnnotations().size();
            List<Inference.Prediction> alone = inference.predict(model, busiest, 0.1, "cpu");
            assertFalse(alone.isEmpty());
            assertEquals(best.labelClass(), alone.get(0).labelClass());
            assertEquals(best.score(), alone.get(0).score(), 1e-3);
            assertArrayEquals(best.box(), alone.get(0).box(), 0.5);
            assertEquals(annotations, busiest.getAnnotations().size());
            List<Annotation> predicted = images.get(0).getAnnotations().stream()
                    .filter(a -> a.getProvenance() == Provenance.PREDICTED).toList();
            for (Annotation a : predicted) {
                assertInstanceOf(BoxShape.class, a.getShape());
                assertEquals(model.getId(), a.getModelVersion());
                assertTrue(a.getScore() >= 0.1);
            }
        }
    }

    @Test
    void segmenterLearnsScenesAndPredictsMasks() throws Exception {
        try (ProjectStore store = GeneratedScenes.create(temp.resolve("segment"), 160, 64, 11, true)) {
            TrainingJob job = queue.submit(store, TrainingConfig.builder("scenes segment", TaskType.SEGMENT)
                    .modelSize("n").epochs(12).batchSize(16).imageSize(64).learningRate(0.05).device("cpu").build());
            JobOutcome outcome = queue.await(job.getId(), 10, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(JobStatus.COMPLETED, outcome.status(), outcome.message());
            ModelRegistry registry = new ModelRegistry(store, ACCESS, trainers);
            TrainedModel model = registry.find(outcome.modelId());
            ModelFile file = registry.modelFile(model);
            assertEquals(SegmentationTrainer.ID, file.descriptor().trainer());
            assertLearnt(file, "mask_map50", 0.02); // chance level is below 0.001
            assertTrue(file.descriptor().metrics().containsKey("map50"), "box mAP too");

            Inference inference = new Inference(registry, ACCESS, ImagePixels.installed());
            List<ImageAsset> images = inference.images("scene-0000[0-4]");
            Inference.Result result = inference.run(model, images, 0.1, "cpu", TrainingMonitor.none());
            assertFalse(result.predictions().isEmpty(), "the segmenter finds objects");
            long masks = images.stream().flatMap(i -> i.getAnnotations().stream())
                    .filter(a -> a.getProvenance() == Provenance.PREDICTED && a.getShape() instanceof MaskShape).count();
            assertEquals(result.predictions().size(), masks, "every prediction is stored as a mask");
        }
    }

    @Test
    void preparingConvertsEveryAreaKindAndRefusesBadSettings() throws Exception {
        try (ProjectStore store = GeneratedScenes.create(temp.resolve("prepare"), 12, 64, 3, false)) {
            org.annotide.ml.DatasetBuilder builder = new org.annotide.ml.DatasetBuilder(ImagePixels.installed());
            org.annotide.ml.PreparedDataset data = builder.prepare(store, ACCESS,
                    config("prepare", TaskType.DETECT, 1).build(), TrainingMonitor.none());
            long annotations = store.project().getImages().stream().mapToLong(i -> i.getAnnotations().size()).sum();
            long objects = java.util.stream.IntStream.range(0, data.size()).mapToLong(i -> data.objects(i).size()).sum();
            assertEquals(annotations, objects, "boxes, rotated boxes, ellipses and polygons all become boxes");
            for (int i = 0; i < data.size(); i++) {
                for (org.annotide.ml.PreparedDataset.ObjectTarget t : data.objects(i)) {
                    assertTrue(t.x() >= 0 && t.y() >= 0 && t.x() + t.width() <= 64.001 && t.y() + t.height() <= 64.001);
                }
            }
            org.annotide.ml.TrainingException noArea = org.junit.jupiter.api.Assertions.assertThrows(
                    org.annotide.ml.TrainingException.class, () -> builder.prepare(store, ACCESS,
                            config("lines", TaskType.DETECT, 1).kinds(EnumSet.of(ShapeKind.POLYLINE)).build(),
                            TrainingMonitor.none()));
            assertTrue(noArea.getMessage().contains("no area"), noArea.getMessage());
            org.annotide.ml.TrainingException oneClass = org.junit.jupiter.api.Assertions.assertThrows(
                    org.annotide.ml.TrainingException.class, () -> builder.prepare(store, ACCESS,
                            config("one", TaskType.DETECT, 1).classes(List.of("disc")).build(), TrainingMonitor.none()));
            assertTrue(oneClass.getMessage().contains("at least two classes"), oneClass.getMessage());
            org.annotide.ml.TrainingException noPolygons = org.junit.jupiter.api.Assertions.assertThrows(
                    org.annotide.ml.TrainingException.class, () -> builder.prepare(store, ACCESS,
                            TrainingConfig.builder("seg", TaskType.SEGMENT).imageSize(64).build(), TrainingMonitor.none()));
            assertTrue(noPolygons.getMessage().contains("classes"), noPolygons.getMessage());
        }
    }
}
