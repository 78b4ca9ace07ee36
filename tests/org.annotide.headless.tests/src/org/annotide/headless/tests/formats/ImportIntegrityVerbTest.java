package org.annotide.headless.tests.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.HeadlessApplication;
import org.annotide.headless.internal.formats.ImportProjectVerb;
import org.annotide.headless.internal.formats.ValidateVerb;
import org.annotide.headless.internal.imaging.ImportImagesVerb;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and leftovers of imports whose sources cannot be read, and what a repeated import says. */
class ImportIntegrityVerbTest {

    @TempDir
    Path temp;

    private String out;
    private String err;

    private int run(String... words) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<CliVerb> commands = List.of(new ImportProjectVerb(), new ValidateVerb(), new ImportImagesVerb());
        int code = HeadlessApplication.run(new ArrayList<>(List.of(words)), commands,
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path cut(String fixture, double keep) throws IOException {
        Path file = Fixtures.path(fixture);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = temp.resolve("cut-" + file.getFileName());
        Files.write(cut, Arrays.copyOf(bytes, (int) (bytes.length * keep)));
        return cut;
    }

    @Test
    void anUnreadableSourceFailsAndLeavesNoProjectBehind() throws IOException {
        List<Path> sources = List.of(cut("formats/coco/datumaro/annotations/instances_train.json", 0.8),
                cut("formats/cvat/datumaro_for_images/annotations.xml", 0.7),
                cut("formats/labelstudio/export_yolo/data.json", 0.5));
        List<String> formats = List.of("coco", "cvat", "labelstudio");
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            assertEquals(1, run("validate", source.toString(), "--format", formats.get(i)), out + err);
            assertTrue(out.contains("nothing was imported from it"), out);
            Path project = temp.resolve("new-" + source.getFileName());
            assertEquals(1, run("import", project.toString(), source.toString(), "--format", formats.get(i)), out + err);
            assertTrue(out.contains("Imported       nothing"), out);
            assertFalse(Files.exists(project), "no empty project is left behind for " + source);
        }
    }

    @Test
    void aTruncatedFileAddsNothingToAnExistingProject() throws IOException {
        Path project = temp.resolve("project");
        assertEquals(0, run("import", project.toString(), Fixtures.path("formats/coco/datumaro").toString()), err);
        assertEquals(1, run("import", project.toString(),
                cut("formats/coco/datumaro/annotations/instances_train.json", 0.8).toString()), out);
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            assertEquals(2, store.project().getImages().size());
            assertEquals(7, store.project().getImages().stream().mapToInt(i -> i.getAnnotations().size()).sum());
        }
    }

    @Test
    void importingTwiceSkipsWhatIsAlreadyThere() {
        Path project = temp.resolve("project");
        String coco = Fixtures.path("formats/coco/datumaro").toString();
        assertEquals(0, run("import", project.toString(), coco), err);
        assertEquals(0, run("import", project.toString(), coco), err);
        assertTrue(out.contains("7 already in the project skipped"), out);
        assertTrue(out.contains("already in the project"), out);
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            assertEquals(7, store.project().getImages().stream().mapToInt(i -> i.getAnnotations().size()).sum());
        }
    }

    @Test
    void aMissingCsvListFailsWithItsReason() {
        Path project = temp.resolve("project");
        assertEquals(0, run("import", project.toString(), Fixtures.path("formats/coco/datumaro").toString()), err);
        assertEquals(1, run("import-images", project.toString(), "--csv", temp.resolve("nope.csv").toString()));
        assertTrue(err.contains("the CSV list cannot be read") && err.contains("no such file"), err);
        assertEquals(1, run("import-images", project.toString(), "--csv", temp.toString()));
        assertTrue(err.contains("not a file"), err);
    }
}
