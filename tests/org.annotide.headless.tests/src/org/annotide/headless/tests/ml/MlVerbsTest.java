package org.annotide.headless.tests.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.imaging.ImportImagesVerb;
import org.annotide.headless.internal.ml.JobsVerb;
import org.annotide.headless.internal.ml.ModelsVerb;
import org.annotide.headless.internal.ml.PredictVerb;
import org.annotide.headless.internal.ml.TrainVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.ml.FashionMnist;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, jobs, models and predict on a slice of Fashion-MNIST imported with import-images --csv. */
class MlVerbsTest {

    private final List<CliVerb> verbs = List.of(new ImportImagesVerb(), new TrainVerb(), new JobsVerb(), new ModelsVerb(),
            new PredictVerb());

    @TempDir
    Path temp;

    private Cli cli(String... arguments) {
        return Cli.run(verbs, arguments);
    }

    private String project(String name, int images) throws Exception {
        assumeTrue(FashionMnist.isInstalled(), "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        Path csv = FashionMnist.writePngs("train", images, temp.resolve(name + "-files"));
        String project = temp.resolve(name).toString();
        ProjectStore.create(Path.of(project), name).close();
        Cli imported = cli("import-images", project, "--csv", csv.toString());
        assertEquals(CliVerb.OK, imported.exitCode, imported.out + imported.err);
        return project;
    }

    @Test
    void trainListPredictExportImport() throws Exception {
        String project = project("shop", 400);
        Cli train = cli("train", project, "--task", "classify", "--name", "shop", "--epochs", "2", "--batch", "32",
                "--image-size", "28", "--device", "cpu");
        assertEquals(CliVerb.OK, train.exitCode, train.out + train.err);
        List<String> lines = Arrays.asList(train.out.split("\n"));
        assertTrue(lines.get(0).matches("EPOCH 1 train_loss \\d+\\.\\d{4} val_loss \\d+\\.\\d{4} .*top1 \\d\\.\\d{4} .*time_s .*"), lines.get(0));
        assertTrue(lines.get(1).startsWith("EPOCH 2 "), lines.get(1));
        assertTrue(lines.get(2).matches("METRIC top1 \\d\\.\\d{4}"), lines.get(2));
        assertTrue(lines.get(3).startsWith("METRIC top5 "), lines.get(3));
        assertTrue(lines.get(4).startsWith("METRIC precision "), lines.get(4));
        assertTrue(lines.get(5).startsWith("METRIC recall "), lines.get(5));
        Matcher model = Pattern.compile("MODEL (\\S+)").matcher(lines.get(6));
        assertTrue(model.matches(), lines.get(6));
        String id = model.group(1);

        Cli jobs = cli("jobs", project, "--status", "completed");
        assertTrue(jobs.out.contains("completed") && jobs.out.contains("epochs 2/2"), jobs.out);
        Cli list = cli("models", project);
        assertTrue(list.out.startsWith(id + " * classify"), list.out);
        Cli show = cli("models", project, "show", id.substring(0, 8));
        assertTrue(show.out.contains("classes        ") && show.out.contains("T-shirt/top, "), show.out);
        assertTrue(show.out.contains("dataset.train = "), show.out);
        Cli compare = cli("models", project, "compare", id, id);
        assertTrue(compare.out.contains("top1"), compare.out);

        Cli predict = cli("predict", project, "--images", "train-0000[0-9]");
        assertEquals(CliVerb.OK, predict.exitCode, predict.out + predict.err);
        String[] predictions = predict.out.trim().split("\n");
        assertEquals(10, predictions.length, predict.out);
        for (String p : predictions) {
            assertTrue(p.matches("PREDICT train-0000\\d\\.png \\S+ [01]\\.\\d{4}"), p);
        }

        Path file = temp.resolve("shop.atm");
        assertEquals(CliVerb.OK, cli("models", project, "export", id, file.toString()).exitCode);
        String other = temp.resolve("other").toString();
        ProjectStore.create(Path.of(other), "other").close();
        Cli imported = cli("models", other, "import", file.toString());
        assertEquals(CliVerb.OK, imported.exitCode, imported.out + imported.err);
        assertEquals("IMPORTED " + id + " active", imported.out.trim());
        Cli notAModel = cli("models", other, "import", Fixtures.path("ml/not_a_model.pt").toString(), "--task",
                "classify", "--classes", "a,b", "--image-size", "28");
        assertEquals(CliVerb.FAILED, notAModel.exitCode);
        assertTrue(notAModel.err.contains("not a TorchScript model"), notAModel.err);

        assertEquals(CliVerb.OK, cli("models", project, "delete", id).exitCode);
        assertEquals("", cli("models", project).out);
    }

    @Test
    void badRequestsFailWithAClearMessage() throws Exception {
        String project = project("bad", 40);
        Cli oneClass = cli("train", project, "--task", "classify", "--classes", "Trouser", "--epochs", "1");
        assertEquals(CliVerb.FAILED, oneClass.exitCode);
        assertTrue(oneClass.err.contains("at least two classes"), oneClass.err);
        Cli detect = cli("train", project, "--task", "detect", "--epochs", "1");
        assertEquals(CliVerb.FAILED, detect.exitCode);
        // a classification-only project has nothing a detector can learn from: said in the dataset's terms
        assertTrue(detect.err.contains("detect needs at least two classes with examples"), detect.err);
        Cli gpu = cli("train", project, "--task", "classify", "--epochs", "1", "--image-size", "28", "--device", "gpu");
        assertEquals(CliVerb.FAILED, gpu.exitCode);
        assertTrue(gpu.err.contains("sees no GPU"), gpu.err);
        Cli ratio = cli("train", project, "--task", "classify", "--train-ratio", "1.5");
        assertEquals(CliVerb.USAGE, ratio.exitCode);
        Cli jobs = cli("jobs", project);
        assertTrue(jobs.out.contains("failed") && jobs.out.contains("at least two classes"), jobs.out);
    }
}
