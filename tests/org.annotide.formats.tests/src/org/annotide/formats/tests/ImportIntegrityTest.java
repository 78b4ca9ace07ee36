package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.ImportCommand;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.formats.ValidationIssue;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What QA found on the built product (import integrity): a file that cannot be parsed contributes nothing,
 * importing twice adds nothing, images of another size under the same name are not merged, YOLO makes no 0x0
 * placeholder images and detects its task by the majority of lines.
 */
class ImportIntegrityTest {

    @TempDir
    Path temp;

    // ------------------------------------------------------------------ H1: a broken file contributes nothing

    @ParameterizedTest(name = "{0} cut short")
    @CsvSource({"coco, formats/coco/datumaro/annotations/instances_train.json, 0.8",
            "cvat, formats/cvat/datumaro_for_images/annotations.xml, 0.7",
            "labelstudio, formats/labelstudio/export_yolo/data.json, 0.5",
            "labelstudio-min, formats/labelstudio/export_json_min/data.json, 0.5"})
    void aTruncatedFileContributesNothing(String format, String fixture, double keep) throws IOException {
        Path original = Fixtures.path(fixture);
        assertFalse(TestFormats.read(format, original).dataset().images().isEmpty(), "the whole file has images");
        Path cut = cut(original, keep);
        ImportResult result = TestFormats.read(format, cut);
        assertEquals(1, result.report().unreadableFileCount(), result.report().toText());
        ValidationIssue issue = result.report().issues().get(0);
        assertEquals(cut.getFileName().toString(), issue.file());
        assertFalse(issue.location().isEmpty(), "the report says where the file breaks");
        assertTrue(result.dataset().isEmpty(), "no image, class or metadata from a file that cannot be parsed");
        assertTrue(result.unreadable());
    }

    @Test
    void aTruncatedFileOfAFolderIsLeftOutWholeAndTheOthersAreImported() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("cvat"));
        Path whole = Fixtures.path("formats/cvat/datumaro_for_images/annotations.xml");
        Files.copy(whole, folder.resolve("a.xml"));
        String text = Files.readString(whole).replace("name=\"img0.jpg\"", "name=\"other0.jpg\"")
                .replace("name=\"img1.jpg\"", "name=\"other1.jpg\"");
        Files.writeString(folder.resolve("b.xml"), text.substring(0, (int) (text.length() * 0.7)));
        ImportResult result = TestFormats.read("cvat", folder);
        assertEquals(1, result.report().unreadableFileCount());
        List<String> names = result.dataset().images().stream().map(ImageAsset::getName).sorted().toList();
        assertEquals(List.of("img0.jpg", "img1.jpg"), names, "b.xml's images are not imported");
        assertFalse(result.unreadable(), "a.xml was read: a partial import, not a failure");
    }

    @Test
    void aTruncatedVocAnnotationTakesItsImageAlong() throws IOException {
        Path voc = copy(Fixtures.path("formats/voc/datumaro_voc1"), temp.resolve("voc"));
        Path xml = voc.resolve("Annotations/2007_000001.xml");
        byte[] bytes = Files.readAllBytes(xml);
        Files.write(xml, Arrays.copyOf(bytes, bytes.length / 2));
        ImportResult result = TestFormats.read("voc", voc);
        assertEquals(1, result.report().unreadableFileCount(), result.report().toText());
        assertTrue(result.dataset().images().isEmpty(), "no image with the objects of a broken file missing");
    }

    @Test
    void aCsvWithBrokenQuotingImportsNoRow() throws IOException {
        Path csv = temp.resolve("list.csv");
        Files.writeString(csv, "image,class\na.jpg,cat\n\"b.jpg,dog\nc.jpg,cat\n");
        ImportResult result = TestFormats.read("csv", csv);
        assertEquals(1, result.report().unreadableFileCount(), result.report().toText());
        assertTrue(result.dataset().isEmpty(), "a.jpg, read before the break, is taken back");
    }

    @Test
    void simpleJsonAndYoloYamlThatCannotBeParsedAreUnreadable() throws IOException {
        Path json = temp.resolve("dataset.json");
        Files.writeString(json, "{\"a.jpg\": [\"cat\"], \"b.jpg\": [\"d");
        assertTrue(TestFormats.read("simple-json", json).unreadable());
        Path yolo = copy(Fixtures.path("formats/yolo/datumaro/yolov8_detection"), temp.resolve("yolo"));
        Files.writeString(yolo.resolve("data.yaml"), "names: [a, b\ntrain: images/train\n");
        ImportResult result = TestFormats.read("yolo-detect", yolo);
        assertTrue(result.unreadable(), result.report().toText());
        assertEquals("data.yaml", result.report().issues().get(0).file());
    }

    // ------------------------------------------------------------------ H2: importing twice adds nothing

    @Test
    void importingTheSameSourceTwiceAddsNothingAndSaysSo() throws IOException {
        Path source = Fixtures.path("formats/coco/datumaro");
        try (ProjectStore store = ProjectStore.create(temp.resolve("project"), "p")) {
            store.commandStack().execute(TestFormats.read("coco", source).command(store.project()));
            ImportResult again = TestFormats.read("coco", source);
            ImportCommand command = again.command(store.project());
            command.plan();
            assertEquals(0, command.annotationCount());
            assertEquals(7, command.duplicateCount());
            assertTrue(command.isEmpty(), "nothing left to commit");
            assertTrue(again.report().issues().stream().anyMatch(issue -> issue.severity() == ValidationIssue.Severity.WARNING
                    && issue.reason().contains("already in the project")), again.report().toText());
            assertFalse(again.report().hasRejections());
            store.commandStack().execute(command);
            assertEquals(7, TestFormats.annotationCount(store.project()));
        }
    }

    // ------------------------------------------------------------------ H3: same name, other size

    @Test
    void anImageOfAnotherSizeUnderTheSameNameKeepsItsAnnotationsOut() throws IOException {
        Path first = coco("s1.json", 100, 100, 1, "[10,10,20,20]");
        Path second = coco("s2.json", 50, 40, 3, "[30,20,20,20]");
        try (ProjectStore store = ProjectStore.create(temp.resolve("project"), "p")) {
            store.commandStack().execute(TestFormats.read("coco", first).command(store.project()));
            ImportResult result = TestFormats.read("coco", second);
            ImportCommand command = result.command(store.project());
            store.commandStack().execute(command);
            Project project = store.project();
            ImageAsset image = TestFormats.image(project, "x.jpg");
            assertEquals(100, image.getWidth());
            assertEquals(1, image.getAnnotations().size(), "the 50x40 picture's box is not placed on the 100x100 one");
            assertEquals(1, project.getImages().size());
            ValidationIssue issue = result.report().issues().stream()
                    .filter(i -> i.severity() == ValidationIssue.Severity.REJECTED).findFirst().orElseThrow();
            assertEquals("s2.json", issue.file());
            assertTrue(issue.reason().contains("50x40") && issue.reason().contains("100x100"), issue.reason());
            assertEquals("1", project.getMetadata().get("coco:category.a.id"), "a kept id is not overwritten");
        }
    }

    @Test
    void withinOneImportTheFirstSizeHoldsAndTheOtherFilesAnnotationsAreRejected() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("both"));
        Files.move(coco("s1.json", 100, 100, 1, "[10,10,20,20]"), folder.resolve("s1.json"));
        Files.move(coco("s2.json", 50, 40, 3, "[80,80,20,20]"), folder.resolve("s2.json"));
        ImportResult result = TestFormats.read("coco", folder);
        ImageAsset image = result.dataset().images().iterator().next();
        assertEquals(1, result.dataset().images().size());
        assertEquals(1, image.getAnnotations().size());
        assertEquals(2, result.report().rejectedCount(), "the image entry and its annotation: " + result.report().toText());
        assertTrue(result.report().issues().get(0).reason().contains("in s1.json"), result.report().toText());
    }

    @Test
    void labelStudioFilesOfOneFolderDoNotMixImageSizes() throws IOException {
        ImportResult result = TestFormats.read("labelstudio", Fixtures.path("formats/labelstudio/export_yolo"));
        ImageAsset image1 = result.dataset().findImage("/image1");
        assertNotNull(image1);
        assertEquals(2800, image1.getWidth());
        assertTrue(result.report().issues().stream().anyMatch(issue -> issue.file().equals("data_obb.json")
                && issue.reason().contains("597x768") && issue.reason().contains("2800x2800")), result.report().toText());
    }

    // ------------------------------------------------------------------ H4 and M6: YOLO

    @Test
    void yoloWithoutItsImagesThenWithThemGivesOneImage() throws IOException {
        Path yolo = Fixtures.path("formats/yolo/datumaro/yolov8_detection");
        ImportOptions images = new ImportOptions(false,
                List.of(Fixtures.path("formats/yolo/datumaro/yolo/obj_train_data")));
        try (ProjectStore store = ProjectStore.create(temp.resolve("project"), "p")) {
            store.commandStack().execute(TestFormats.read("yolo-detect", yolo).command(store.project()));
            store.commandStack().execute(TestFormats.read("yolo-detect", yolo, images).command(store.project()));
            assertEquals(1, store.project().getImages().size());
            ImageAsset image = store.project().getImages().get(0);
            assertEquals("1.jpg", image.getName());
            assertEquals(15, image.getWidth());
            assertEquals(2, image.getAnnotations().size());
        }
    }

    @Test
    void yoloTaskIsDetectedByTheMajorityOfLinesAndOnlyTheOddLineIsRejected() throws IOException {
        Path yolo = copy(Fixtures.path("formats/yolo/datumaro/yolov8_detection"), temp.resolve("yd"));
        Files.writeString(yolo.resolve("labels/train/1.txt"), "2 0.1 0.2 0.3 0.4\n1 0.5 0.5 0.1 0.1\n1 0.5 0.5\n");
        assertEquals("yolo-detect", TestFormats.registry().detect(yolo).get(0).format().id());
        ImportOptions images = new ImportOptions(false,
                List.of(Fixtures.path("formats/yolo/datumaro/yolo/obj_train_data")));
        ImportResult result = TestFormats.read("yolo-detect", yolo, images);
        assertEquals(1, result.report().rejectedCount(), result.report().toText());
        assertEquals("line 3", result.report().issues().get(0).location());
        assertEquals(2, result.dataset().annotationCount());
    }

    @Test
    void dataYamlTaskKeyDecides() throws IOException {
        Path yolo = copy(Fixtures.path("formats/yolo/datumaro/yolov8_detection"), temp.resolve("ys"));
        Files.writeString(yolo.resolve("data.yaml"), Files.readString(yolo.resolve("data.yaml")) + "\ntask: segment\n");
        assertEquals("yolo-segment", TestFormats.registry().detect(yolo).get(0).format().id());
    }

    // ------------------------------------------------------------------ helpers

    private Path cut(Path file, double keep) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Path cut = temp.resolve("cut-" + file.getFileName());
        Files.write(cut, Arrays.copyOf(bytes, (int) (bytes.length * keep)));
        return cut;
    }

    private Path coco(String name, int width, int height, int categoryId, String bbox) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, "{\"images\":[{\"id\":1,\"file_name\":\"x.jpg\",\"width\":" + width + ",\"height\":"
                + height + "}],\"categories\":[{\"id\":" + categoryId + ",\"name\":\"a\"}],\"annotations\":[{\"id\":1,"
                + "\"image_id\":1,\"category_id\":" + categoryId + ",\"bbox\":" + bbox + ",\"area\":400,\"iscrowd\":0}]}",
                StandardCharsets.UTF_8);
        return file;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
