package org.annotide.headless.tests.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.HeadlessApplication;
import org.annotide.headless.internal.formats.ExportProjectVerb;
import org.annotide.headless.internal.formats.FormatsVerb;
import org.annotide.headless.internal.formats.ImportProjectVerb;
import org.annotide.headless.internal.formats.ValidateVerb;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, export, validate and formats as a user runs them, with their exit codes and output. */
class FormatVerbsTest {

    @TempDir
    Path temp;

    private String out;
    private String err;

    private int run(String... words) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<CliVerb> commands = List.of(new ImportProjectVerb(), new ExportProjectVerb(), new ValidateVerb(),
                new FormatsVerb());
        int code = HeadlessApplication.run(new ArrayList<>(List.of(words)), commands,
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void importCreatesTheProjectThenAddsToIt() {
        Path project = temp.resolve("project");
        String coco = Fixtures.path("formats/coco/datumaro").toString();
        assertEquals(0, run("import", project.toString(), coco), err);
        assertTrue(out.contains("Format         coco"), out);
        assertTrue(out.contains("7 annotation(s), 2 new image(s)"), out);
        assertTrue(ProjectStore.isProject(project));
        assertEquals(0, run("import", project.toString(), Fixtures.path("formats/cvat/datumaro_for_images").toString(),
                "--json"), err);
        assertTrue(out.startsWith("{\"format\":\"cvat\",\"committed\":true,\"created\":false"), out);
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            assertEquals(4, store.project().getImages().size());
            assertEquals(13, store.project().getImages().stream().mapToInt(i -> i.getAnnotations().size()).sum());
        }
    }

    @Test
    void rejectedItemsGiveExitCodeThreeAndStrictImportsNothing() {
        Path project = temp.resolve("project");
        String yolo = Fixtures.path("formats/yolo/datumaro/yolov8_detection").toString();
        assertEquals(3, run("import", project.toString(), yolo, "--strict"));
        assertTrue(out.contains("rejected labels/train/1.txt line 1"), out);
        assertTrue(out.contains("Imported       nothing"), out);
        assertTrue(!ProjectStore.isProject(project), "strict and rejected: not even an empty project");
        String images = Fixtures.path("formats/yolo/datumaro/yolo/obj_train_data").toString();
        assertEquals(0, run("import", project.toString(), yolo, "--images-from", images, "--format", "yolo-detect"), err);
    }

    @Test
    void validateReportsWithoutAProject() {
        assertEquals(3, run("validate", Fixtures.path("formats/yolo/datumaro/yolov8_pose").toString(), "--json"));
        assertTrue(out.contains("\"rejected\":1"), out);
        assertTrue(out.contains("\"file\":\"labels/train/1.txt\",\"location\":\"line 1\""), out);
        assertEquals(0, run("validate", Fixtures.path("formats/labelstudio/export_yolo/data_obb.json").toString()), err);
        assertTrue(out.contains("Annotations    25"), out);
        assertEquals(2, run("validate", Fixtures.path("formats/labelstudio/export_yolo/data_obb.json").toString(),
                "--format", "nonsense"));
    }

    @Test
    void exportWritesTheChosenFormatAndFiltersImages() throws Exception {
        Path project = temp.resolve("project");
        assertEquals(0, run("import", project.toString(), Fixtures.path("formats/coco/datumaro").toString()), err);
        Path cvat = temp.resolve("cvat");
        assertEquals(3, run("export", project.toString(), cvat.toString(), "--format", "yolo-detect", "--images", "^a"));
        assertTrue(out.contains("Images         1"), out);
        assertEquals(1, run("export", project.toString(), cvat.toString(), "--format", "cvat"));
        assertTrue(err.contains("already holds files"), "an export is not mixed into an earlier one: " + err);
        cvat = temp.resolve("cvat-2");
        assertEquals(0, run("export", project.toString(), cvat.toString(), "--format", "cvat"), err);
        assertTrue(Files.readString(cvat.resolve("annotations.xml")).contains("<image id=\"1\" name=\"b.jpg\""));
        assertEquals(2, run("export", project.toString(), cvat.toString()), "--format is required");
    }

    @Test
    void formatsListsEveryFormat() {
        assertEquals(0, run("formats"));
        for (String id : List.of("coco", "cvat", "voc", "yolo-darknet", "yolo-detect", "yolo-segment", "yolo-obb",
                "yolo-pose", "yolo-classify", "labelstudio", "labelstudio-min", "simple-json", "csv")) {
            assertTrue(out.contains(id + " "), id);
        }
    }
}
