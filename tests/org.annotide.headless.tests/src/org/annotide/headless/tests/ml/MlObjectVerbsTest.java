package org.annotide.headless.tests.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.ml.PredictVerb;
import org.annotide.headless.internal.ml.TrainVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.ml.GeneratedScenes;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.MaskShape;
import org.annotide.model.Provenance;
import org.annotide.model.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * train --task detect|segment and predict, as a user runs them on a project of generated scenes: the lines
 * they print (EPOCH, METRIC map50..., MODEL; PREDICT with a box in image pixels) and the predictions stored
 * in the project with provenance, model and score. Tiny models and few epochs: the lines and the stored
 * predictions are checked, not how well the model learnt (ObjectTrainingTest does that).
 */
class MlObjectVerbsTest {

    private static final Pattern BOX_PREDICTION = Pattern.compile(
            "PREDICT (scene-\\d+\\.png) (square|disc|triangle) ([01]\\.\\d{4}) (-?\\d+\\.\\d) (-?\\d+\\.\\d) (\\d+\\.\\d) (\\d+\\.\\d)");

    private final List<CliVerb> verbs = List.of(new TrainVerb(), new PredictVerb());

    @TempDir
    Path temp;

    @Test
    void detectPrintsBoxMetricsAndStoresPredictedBoxes() throws Exception {
        trainAndPredict("detect", false, "map50", BoxShape.class);
    }

    @Test
    void segmentPrintsMaskMetricsAndStoresPredictedMasks() throws Exception {
        trainAndPredict("segment", true, "mask_map50", MaskShape.class);
    }

    private void trainAndPredict(String task, boolean polygons, String metric, Class<? extends Shape> shape)
            throws Exception {
        Path folder = temp.resolve(task);
        GeneratedScenes.create(folder, 48, 64, 5, polygons).close();
        String project = folder.toString();

        Cli train = Cli.run(verbs, "train", project, "--task", task, "--name", task, "--epochs", "2", "--batch", "16",
                "--image-size", "64", "--lr", "0.05", "--device", "cpu");
        assertEquals(CliVerb.OK, train.exitCode, train.out + train.err);
        List<String> lines = Arrays.asList(train.out.split("\n"));
        assertTrue(lines.get(0).matches("EPOCH 1 train_loss \\d+\\.\\d{4} val_loss \\d+\\.\\d{4} .*time_s .*"), lines.get(0));
        assertTrue(lines.get(1).startsWith("EPOCH 2 "), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches("METRIC " + metric + " \\d\\.\\d{4}")), train.out);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("METRIC top1")), "no classification metric: " + train.out);
        Matcher model = Pattern.compile("MODEL (\\S+)").matcher(lines.get(lines.size() - 1));
        assertTrue(model.matches(), train.out);

        Cli predict = Cli.run(verbs, "predict", project, "--images", "scene-0000[0-9]", "--min-score", "0.01");
        assertEquals(CliVerb.OK, predict.exitCode, predict.out + predict.err);
        String[] printed = predict.out.trim().split("\n");
        assertFalse(predict.out.isBlank(), "a model with a score floor of 0.01 predicts something");
        assertTrue(predict.err.contains("predicting 10 image(s) with " + task), "progress on standard error: " + predict.err);
        for (String p : printed) {
            Matcher m = BOX_PREDICTION.matcher(p);
            assertTrue(m.matches(), p);
            double x = Double.parseDouble(m.group(4));
            double y = Double.parseDouble(m.group(5));
            double w = Double.parseDouble(m.group(6));
            double h = Double.parseDouble(m.group(7));
            assertTrue(x >= -0.05 && y >= -0.05 && x + w <= 64.05 && y + h <= 64.05 && w > 0 && h > 0,
                    "a box inside the 64 x 64 image, in image pixels: " + p);
        }

        try (ProjectStore store = ProjectStore.open(folder)) {
            List<Annotation> predicted = store.project().getImages().stream()
                    .flatMap(image -> image.getAnnotations().stream())
                    .filter(a -> a.getProvenance() == Provenance.PREDICTED).toList();
            assertEquals(printed.length, predicted.size(), "every printed prediction is stored, and nothing else");
            for (Annotation a : predicted) {
                assertInstanceOf(shape, a.getShape());
                assertEquals(model.group(1), a.getModelVersion());
                assertTrue(a.getScore() >= 0.01, "score " + a.getScore());
            }
        }

        Cli again = Cli.run(verbs, "predict", project, "--images", "scene-0000[0-9]", "--min-score", "0.01");
        assertEquals(predict.out, again.out, "the same model on the same images predicts the same");
        try (ProjectStore store = ProjectStore.open(folder)) {
            long stored = store.project().getImages().stream()
                    .flatMap(image -> image.getAnnotations().stream())
                    .filter(a -> a.getProvenance() == Provenance.PREDICTED).count();
            assertEquals(printed.length, stored, "unreviewed predictions of the same model are replaced, not doubled");
        }
    }
}
