package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportResult;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 §4: YOLO folders without data.yaml are detected and read: Label Studio's YOLO export
 * ({@code classes.txt}, {@code notes.json}, {@code images/}, {@code labels/}) and a bare {@code images/} +
 * {@code labels/} folder, flat or with split folders. The label file and image are datumaro's YOLO sample
 * (fixtures README); the layout around them is the one Label Studio's converter writes.
 */
class YoloLayoutsTest {

    @TempDir
    Path temp;

    private static final String NOTES = """
            {
              "categories": [
                {"id": 0, "name": "label_0"}, {"id": 1, "name": "label_1"}, {"id": 2, "name": "label_2"},
                {"id": 3, "name": "label_3"}, {"id": 4, "name": "label_4"}
              ],
              "info": {"year": 2026, "version": "1.0", "contributor": "Label Studio"}
            }
            """;

    /** images/1.jpg and labels/1.txt (under split folders when {@code split} is not null). */
    private Path layout(String folder, String split) throws IOException {
        Path root = Files.createDirectories(temp.resolve(folder));
        Path images = Files.createDirectories(split == null ? root.resolve("images") : root.resolve("images/" + split));
        Path labels = Files.createDirectories(split == null ? root.resolve("labels") : root.resolve("labels/" + split));
        Files.copy(Fixtures.path("formats/yolo/datumaro/yolo/obj_train_data/1.jpg"), images.resolve("1.jpg"));
        Files.copy(Fixtures.path("formats/yolo/datumaro/yolo/obj_train_data/1.txt"), labels.resolve("1.txt"));
        return root;
    }

    private static String detected(Path source) {
        List<FormatRegistry.Detection> detections = TestFormats.registry().detect(source);
        assertFalse(detections.isEmpty(), "no format recognises " + source);
        return detections.get(0).format().id();
    }

    private static void assertTwoBoxes(Project project, String first, String second) {
        assertEquals(1, project.getImages().size());
        ImageAsset image = project.getImages().get(0);
        assertEquals(15, image.getWidth());
        assertEquals(10, image.getHeight());
        List<Annotation> annotations = image.getAnnotations();
        assertEquals(2, annotations.size());
        assertEquals(first, annotations.get(0).getLabelClass().getName());
        assertEquals(second, annotations.get(1).getLabelClass().getName());
        // 2 0.133333 0.300000 0.266667 0.200000 on 15 x 10: centre (2, 3), size 4 x 2
        BoxShape box = (BoxShape) annotations.get(0).getShape();
        assertEquals(0.0, box.getX(), 1e-4);
        assertEquals(2.0, box.getY(), 1e-4);
        assertEquals(4.0, box.getWidth(), 1e-4);
        assertEquals(2.0, box.getHeight(), 1e-4);
    }

    @Test
    void labelStudiosYoloExportWithClassesTxt() throws IOException {
        Path root = layout("ls-export", null);
        Files.writeString(root.resolve("classes.txt"), "label_0\nlabel_1\nlabel_2\nlabel_3\nlabel_4\n",
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("notes.json"), NOTES, StandardCharsets.UTF_8);
        assertEquals("yolo-detect", detected(root));
        assertEquals("yolo-detect", detected(root.resolve("classes.txt")));
        Project project = TestFormats.load("yolo-detect", root);
        assertTwoBoxes(project, "label_2", "label_4");
        assertEquals(5, project.getLabelClasses().size(), "every class of classes.txt, in its order");
        assertEquals("label_0", project.getLabelClasses().get(0).getName());
    }

    @Test
    void notesJsonAloneNamesTheClasses() throws IOException {
        Path root = layout("ls-notes", null);
        Files.writeString(root.resolve("notes.json"), NOTES, StandardCharsets.UTF_8);
        assertEquals("yolo-detect", detected(root));
        assertTwoBoxes(TestFormats.load("yolo-detect", root), "label_2", "label_4");
    }

    @Test
    void aBareFolderIsReadWithNumberedClassesAndAWarning() throws IOException {
        Path root = layout("bare", null);
        assertEquals("yolo-detect", detected(root));
        ImportResult result = TestFormats.read("yolo-detect", root);
        assertEquals(0, result.report().rejectedCount(), result.report().toText());
        assertTrue(result.report().toText().contains("named by their numbers 0 to 4"), result.report().toText());
        assertTwoBoxes(TestFormats.project(result.dataset()), "2", "4");
    }

    @Test
    void splitFoldersWithoutDataYamlBecomeSubsets() throws IOException {
        Path root = layout("splits", "train");
        Files.writeString(root.resolve("classes.txt"), "label_0\nlabel_1\nlabel_2\nlabel_3\nlabel_4\n",
                StandardCharsets.UTF_8);
        assertEquals("yolo-detect", detected(root));
        Project project = TestFormats.load("yolo-detect", root);
        assertTwoBoxes(project, "label_2", "label_4");
        assertEquals("train", project.getImages().get(0).getMetadata().get("subset"));
    }
}
