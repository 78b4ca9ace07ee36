package org.annotide.headless.tests.al;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.imaging.ImportImagesVerb;
import org.annotide.headless.internal.ml.TrainVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.ml.FashionMnist;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.LabelClass;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * The project the al verbs' tests run on, made by the CLI as a user would: "shop" with 100 labelled Fashion-MNIST
 * training images (labels from their CSV) and a pool of 200 unlabelled test images ({@code t10k-…}), optionally a
 * first classifier (the DJL classifier, 2 epochs at 28 pixels on the CPU); a class added to it; and the readers of what al
 * select and al round print for their batch. Skips the test where Fashion-MNIST is not installed.
 */
final class ShopProject {

    private static final List<CliVerb> VERBS = List.of(new ImportImagesVerb(), new TrainVerb());

    private ShopProject() {
    }

    /**
     * Creates the project under {@code temp} ({@code temp/shop}); {@code labelled} false leaves out the labelled
     * images (a project whose episode starts from nothing), {@code train} trains the first classifier "shop".
     */
    static String create(Path temp, boolean labelled, boolean train) throws Exception {
        assumeTrue(FashionMnist.isInstalled(), "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        Path pool = temp.resolve("pool");
        FashionMnist.writePngs("t10k", 200, pool);
        Files.delete(pool.resolve("t10k.csv")); // its labels would make the pool labelled
        String project = temp.resolve("shop").toString();
        ProjectStore.create(Path.of(project), "shop").close();
        if (labelled) {
            Path images = FashionMnist.writePngs("train", 100, temp.resolve("labelled"));
            succeed("import-images", project, "--csv", images.toString());
        }
        succeed("import-images", project, pool.toString());
        if (train) {
            succeed("train", project, "--task", "classify", "--name", "shop", "--epochs", "2", "--batch", "32",
                    "--image-size", "28", "--device", "cpu");
        }
        return project;
    }

    /** Adds a label class to the project in that folder, as one command (a class no model has seen). */
    static void addClass(String project, String name) {
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            LabelClass added = AnnotideFactory.eINSTANCE.createLabelClass();
            added.setId(UUID.randomUUID().toString());
            added.setName(name);
            store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project(),
                    Literals.PROJECT__LABEL_CLASSES, added));
        }
    }

    private static void succeed(String... arguments) {
        Cli run = Cli.run(VERBS, arguments);
        assertEquals(CliVerb.OK, run.exitCode, String.join(" ", arguments) + ": " + run.out + run.err);
    }

    /** The batch a selection printed: each {@code SELECT <image> <score>} line split at its spaces, in order. */
    static List<String[]> selected(String out) {
        List<String[]> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("SELECT ")) {
                rows.add(line.split(" "));
            }
        }
        return rows;
    }

    /**
     * The batch an entropy selection on the project printed, checked: {@code size} rows, each a pool image
     * ({@code t10k-…}), their scores descending within [0, ln 10] (ten classes).
     */
    static List<String[]> entropyBatch(String out, int size) {
        List<String[]> batch = selected(out);
        assertEquals(size, batch.size(), out);
        double previous = Double.POSITIVE_INFINITY;
        for (String[] row : batch) {
            assertTrue(row[1].startsWith("t10k-"), "only unlabelled images: " + row[1]);
            double score = Double.parseDouble(row[2]);
            assertTrue(score <= previous && score >= 0 && score <= Math.log(10) + 1e-4, out);
            previous = score;
        }
        return batch;
    }
}
