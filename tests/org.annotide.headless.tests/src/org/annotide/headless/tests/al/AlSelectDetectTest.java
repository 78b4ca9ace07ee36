package org.annotide.headless.tests.al;

import static org.annotide.headless.tests.al.ShopProject.selected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import java.awt.image.BufferedImage;

import org.annotide.al.DetectionUncertainty;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.al.AlSelectVerb;
import org.annotide.headless.internal.ml.TrainVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.ml.GeneratedScenes;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainerRegistry;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * al select with a detector: a tiny grid detector trained by the train verb on generated scenes, then the objects of
 * 20 scenes are removed (the pool); the uncertainty strategies score the pool on the image-level uncertainty of the
 * detections, the embedding strategies are refused.
 */
class AlSelectDetectTest {

    private final List<CliVerb> verbs = List.of(new TrainVerb(), new AlSelectVerb());

    @TempDir
    Path temp;

    private Cli cli(String... arguments) {
        return Cli.run(verbs, arguments);
    }

    @Test
    void aDetectorSelectsOnItsLeastCertainDetections() throws Exception {
        Path folder = temp.resolve("scenes");
        GeneratedScenes.create(folder, 120, 64, 11, false).close();
        String project = folder.toString();
        Cli train = cli("train", project, "--task", "detect", "--name", "scenes", "--epochs", "6", "--batch", "16",
                "--image-size", "64", "--lr", "0.05", "--kinds", "box,rotated_box,ellipse,polygon", "--device", "cpu");
        assertEquals(CliVerb.OK, train.exitCode, train.out + train.err);
        Set<String> pool = new TreeSet<>();
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(TaskType.DETECT, store.project().getModels().get(0).getType());
            for (ImageAsset image : store.project().getImages().subList(100, 120)) {
                pool.add(image.getName());
                store.commandStack().execute(RemoveCommand.create(store.editingDomain(), image,
                        Literals.IMAGE_ASSET__ANNOTATIONS, new ArrayList<>(image.getAnnotations())));
            }
        }

        // no active classifier: the active detector selects
        Cli entropy = cli("al", "select", project, "--strategy", "entropy", "--batch", "5");
        assertEquals(CliVerb.OK, entropy.exitCode, entropy.out + entropy.err);
        List<String[]> batch = selected(entropy.out);
        assertEquals(5, batch.size(), entropy.out);
        double previous = Double.POSITIVE_INFINITY;
        for (String[] row : batch) {
            assertTrue(pool.contains(row[1]), "only images without objects: " + row[1]);
            double score = Double.parseDouble(row[2]);
            assertTrue(score <= previous && score >= 0 && score <= Math.log(2) + 1e-4, entropy.out);
            previous = score;
        }
        assertTrue(entropy.out.contains("ROUND 1 entropy 20 100"), entropy.out);
        // a low threshold: images with several detections, aggregated
        Cli low = cli("al", "select", project, "--strategy", "entropy", "--batch", "5", "--min-score", "0.02");
        assertEquals(CliVerb.OK, low.exitCode, low.out + low.err);
        try (ProjectStore store = ProjectStore.open(folder)) {
            SelectionRound round = store.project().getSelectionRounds().get(0);
            assertEquals("entropy", round.getStrategy());
            assertEquals(TaskType.DETECT, round.getModel().getType());
            assertEquals(20, round.getEntries().size());
            // every score is entropy on the row of the image's least certain detection, recomputed here image by image
            ModelRegistry registry = new ModelRegistry(store, ModelAccess.synchronizedOnStore(), TrainerRegistry.installed());
            ModelFile file = registry.modelFile(round.getModel());
            Trainer trainer = registry.trainers().byId(file.descriptor().trainer()).orElseThrow();
            int several = 0;
            try (Predictor predictor = trainer.open(file, "cpu")) {
                for (int r = 0; r < 2; r++) {
                    double threshold = r == 0 ? 0.25 : 0.02;
                    for (SelectionEntry entry : store.project().getSelectionRounds().get(r).getEntries()) {
                        BufferedImage picture = ImagePixels.installed().read(ImagePixels.file(store.folder(), entry.getImage()), null);
                        List<Predictor.Detection> found = predictor.detect(List.of(picture), threshold).get(0);
                        several += found.size() > 1 ? 1 : 0;
                        double[] row = DetectionUncertainty.row(found, threshold);
                        double expected = -(row[0] * Math.log(row[0]) + row[1] * Math.log(row[1]));
                        assertEquals(expected, entry.getScore(), 1e-4, entry.getImage().getName() + " at " + threshold);
                    }
                }
            }
            assertTrue(several > 0, "some image has several detections to aggregate");
        }

        // a threshold no detection reaches: every image is as uncertain as can be, ln 2 for entropy
        Cli none = cli("al", "select", project, "--strategy", "entropy", "--batch", "20", "--min-score", "1");
        assertEquals(CliVerb.OK, none.exitCode, none.out + none.err);
        for (String[] row : selected(none.out)) {
            assertEquals(Math.log(2), Double.parseDouble(row[2]), 1e-4, none.out);
        }

        for (String strategy : List.of("margin", "least_confidence", "random")) {
            Cli other = cli("al", "select", project, "--strategy", strategy, "--batch", "3");
            assertEquals(CliVerb.OK, other.exitCode, strategy + ": " + other.out + other.err);
            assertEquals(3, selected(other.out).size(), other.out);
        }

        for (String strategy : List.of("diversity", "knn_high_loss")) {
            Cli refused = cli("al", "select", project, "--strategy", strategy, "--batch", "3");
            assertEquals(CliVerb.FAILED, refused.exitCode, refused.out);
            assertTrue(refused.err.contains("needs image embeddings") && refused.err.contains("entropy")
                    && refused.err.contains("least_confidence") && refused.err.contains("margin"), refused.err);
        }
        Cli bad = cli("al", "select", project, "--strategy", "entropy", "--batch", "3", "--min-score", "2");
        assertEquals(CliVerb.FAILED, bad.exitCode, bad.out);
        assertTrue(bad.err.contains("the detection threshold must lie in [0, 1]"), bad.err);
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(6, store.project().getSelectionRounds().size(), "the refused rounds recorded nothing");
        }
    }
}
