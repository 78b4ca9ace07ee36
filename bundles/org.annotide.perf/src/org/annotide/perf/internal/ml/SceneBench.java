package org.annotide.perf.internal.ml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.ml.EpochListener;
import org.annotide.ml.EpochResult;
import org.annotide.ml.GeneratedScenes;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.JobStatus;
import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;
import org.annotide.model.TrainingJob;

/**
 * {@code bench train --scenes}: generated scenes (org.annotide.ml's GeneratedScenes: squares as boxes and rotated
 * boxes, discs as ellipses, triangles as polygons; for segmentation all as polygons) train the detector and the
 * segmenter through the job queue. The figures are those of the last epoch on the validation scenes (20 %, never
 * trained on; no choice was made with them), so that picking the best epoch does not flatter them.
 */
final class SceneBench {

    private static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    private SceneBench() {
    }

    static int run(CliContext context, Path work, int images, int size, int epochs, int batch, String model)
            throws Exception {
        TrainerRegistry trainers = TrainerRegistry.installed();
        int status = CliVerb.OK;
        try (TrainingQueue queue = new TrainingQueue(trainers, ACCESS)) {
            for (TaskType task : List.of(TaskType.DETECT, TaskType.SEGMENT)) {
                boolean segment = task == TaskType.SEGMENT;
                String prefix = segment ? "segment" : "detect";
                try (ProjectStore store = GeneratedScenes.create(work.resolve(prefix), images, size, segment ? 2 : 1,
                        segment)) {
                    List<EpochResult> epochsSeen = new ArrayList<>();
                    EpochListener listener = (job, epoch, total) -> {
                        epochsSeen.add(epoch);
                        context.out().println(prefix.toUpperCase(java.util.Locale.ROOT) + " " + epoch.line());
                    };
                    queue.addEpochListener(listener);
                    TrainingConfig config = TrainingConfig.builder("scenes " + prefix, task).modelSize(model)
                            .epochs(epochs).batchSize(batch).imageSize(size).learningRate(0.05).device("auto")
                            .kinds(segment ? EnumSet.of(ShapeKind.POLYGON)
                                    : EnumSet.of(ShapeKind.BOX, ShapeKind.ROTATED_BOX, ShapeKind.ELLIPSE, ShapeKind.POLYGON))
                            .build();
                    long started = System.nanoTime();
                    TrainingJob job = queue.submit(store, config);
                    TrainingQueue.JobOutcome outcome = queue.await(job.getId(), 6, TimeUnit.HOURS);
                    queue.removeEpochListener(listener);
                    if (outcome.status() != JobStatus.COMPLETED) {
                        context.err().println("bench train --scenes: " + prefix + " " + outcome.status() + ": "
                                + outcome.message());
                        status = CliVerb.FAILED;
                        continue;
                    }
                    EpochResult last = epochsSeen.get(epochsSeen.size() - 1);
                    context.bench(prefix + "_total_s", (System.nanoTime() - started) / 1e9, "s");
                    context.bench(prefix + "_epoch_s", epochsSeen.stream().mapToLong(EpochResult::millis).average()
                            .orElse(0) / 1000.0, "s");
                    for (String metric : segment ? List.of("mask_map50", "mask_map50_95", "map50")
                            : List.of("map50", "map50_95", "precision", "recall")) {
                        context.bench(prefix + "_" + metric, last.metrics().getOrDefault(metric, Double.NaN), "");
                    }
                }
            }
        }
        return status;
    }
}
