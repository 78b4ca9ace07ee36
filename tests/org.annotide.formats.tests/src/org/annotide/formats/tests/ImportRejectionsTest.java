package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.annotide.formats.ImportResult;
import org.annotide.formats.ValidationIssue;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small source per rejection rule of the importers: each must be rejected with the rule's reason, the file it
 * is in and the place in that file (an element path, a line), so that a user can find and mend it.
 */
class ImportRejectionsTest {

    @TempDir
    Path temp;

    private static final String COCO_IMAGES = "\"images\": [{\"id\": 1, \"file_name\": \"a.png\", \"width\": 20, \"height\": 10}]";
    private static final String COCO_CATEGORIES = "\"categories\": [{\"id\": 1, \"name\": \"thing\"},"
            + " {\"id\": 2, \"name\": \"person\", \"keypoints\": [\"head\", \"tail\"], \"skeleton\": [[1, 2]]}]";

    private static String coco(String images, String categories, String annotation) {
        return "{" + images + ", " + categories + ", \"annotations\": [" + annotation + "]}";
    }

    private static String cocoAnnotation(String fields) {
        return coco(COCO_IMAGES, COCO_CATEGORIES, "{\"id\": 1, \"image_id\": 1, \"category_id\": 1, \"iscrowd\": 0, "
                + fields + "}");
    }

    private static final String CVAT_HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<annotations>\n<version>1.1</version>\n"
            + "<meta><task><labels>\n<label><name>car</name><type>rectangle</type><attributes/></label>\n"
            + "</labels></task></meta>\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                // format, file name, content, expected location, expected reason
                Arguments.of("coco", "coco.json", cocoAnnotation("\"bbox\": [1, 1, 2, 2], \"area\": 4, \"category_id\": 9"),
                        "annotations[0].category_id", "there is no category with id 9"),
                Arguments.of("coco", "coco.json", coco("\"images\": [{\"id\": 1, \"file_name\": \"a.png\", \"width\": 20, "
                        + "\"height\": 10}, {\"id\": 1, \"file_name\": \"b.png\", \"width\": 20, \"height\": 10}]",
                        COCO_CATEGORIES, ""), "images[1].id", "a second image with id 1"),
                Arguments.of("coco", "coco.json", coco(COCO_IMAGES, "\"categories\": [{\"id\": 1, \"name\": \"a\"}, "
                        + "{\"id\": 1, \"name\": \"b\"}]", ""), "categories[1].id", "a second category with id 1"),
                Arguments.of("coco", "coco.json", coco("\"images\": [{\"id\": 1, \"width\": 20, \"height\": 10}]",
                        COCO_CATEGORIES, ""), "images[0].file_name", "the image has no file_name"),
                Arguments.of("coco", "coco.json", coco("\"images\": [{\"id\": \"one\", \"file_name\": \"a.png\"}]",
                        COCO_CATEGORIES, ""), "images[0].id", "the image has no whole-number id"),
                Arguments.of("coco", "coco.json", coco(COCO_IMAGES, "\"categories\": [{\"id\": 1}]", ""),
                        "categories[0].name", "the category has no name"),
                Arguments.of("coco", "coco.json", coco(COCO_IMAGES, COCO_CATEGORIES, "[1, 2]"),
                        "annotations[0]", "an annotation must be an object"),
                Arguments.of("coco", "coco.json", coco(COCO_IMAGES, COCO_CATEGORIES,
                        "{\"id\": 1, \"category_id\": 1, \"bbox\": [1, 1, 2, 2]}"),
                        "annotations[0].image_id", "the annotation has no image_id"),
                Arguments.of("coco", "coco.json", coco(COCO_IMAGES, COCO_CATEGORIES,
                        "{\"id\": 1, \"image_id\": 1, \"category_id\": 2, \"keypoints\": [1, 2, 2, 3]}"),
                        "annotations[0]", "keypoints must be triples x, y, v; found 4 numbers"),
                Arguments.of("coco", "coco.json", coco(COCO_IMAGES, COCO_CATEGORIES,
                        "{\"id\": 1, \"image_id\": 1, \"category_id\": 2, \"keypoints\": [1, 2, 3, 4, 5, 2]}"),
                        "annotations[0].keypoints", "keypoint 1 has visibility 3"),
                Arguments.of("coco", "coco.json", cocoAnnotation("\"segmentation\": {\"size\": [5, 5], \"counts\": [0, 25]}"),
                        "annotations[0].segmentation.size", "the RLE is 5x5"),
                Arguments.of("coco", "coco.json", cocoAnnotation("\"segmentation\": [[0, 0, 5, 5, 5]]"),
                        "annotations[0].segmentation", "odd number of coordinates"),
                Arguments.of("coco", "coco.json", cocoAnnotation("\"segmentation\": [[0, 0, 5, 5, 9, 9], [1, 1, 3, 3]]"),
                        "annotations[0].segmentation", "a polygon needs at least 3 points, this one has 2"),
                Arguments.of("coco", "coco.json", "[1, 2, 3]", "$", "a COCO file is one JSON object"),
                Arguments.of("cvat", "annotations.xml", CVAT_HEAD + "<image id=\"0\" width=\"20\" height=\"10\">\n"
                        + "<box label=\"car\" xtl=\"1\" ytl=\"1\" xbr=\"5\" ybr=\"5\" occluded=\"0\"/></image>\n</annotations>",
                        "line 7", "an <image> without a name"),
                Arguments.of("cvat", "annotations.xml", CVAT_HEAD + "<image id=\"0\" name=\"a.png\" width=\"20\" height=\"10\">\n"
                        + "<box label=\"car\" xtl=\"5\" ytl=\"5\" xbr=\"1\" ybr=\"1\" occluded=\"0\"/></image>\n</annotations>",
                        "line 8 <box>", "the box's bottom-right corner lies above or left of its top-left corner"),
                Arguments.of("cvat", "annotations.xml", CVAT_HEAD + "<image id=\"0\" name=\"a.png\" width=\"20\" height=\"10\">\n"
                        + "<skeleton label=\"car\"><points label=\"1\" points=\"1,1\"/></skeleton></image>\n</annotations>",
                        "line 8 <skeleton>", "is not a skeleton label in <meta>"),
                Arguments.of("cvat", "annotations.xml", CVAT_HEAD + "<image id=\"0\" name=\"a.png\" width=\"20\" height=\"10\">\n"
                        + "<cuboid label=\"car\"/></image>\n</annotations>", "line 8 <cuboid>", "Annotide has no <cuboid> shape"),
                Arguments.of("cvat", "annotations.xml", CVAT_HEAD + "<image id=\"0\" name=\"a.png\" width=\"20\" height=\"10\">\n"
                        + "<polygon label=\"car\" points=\"1,1;5,5\" occluded=\"0\"/></image>\n</annotations>",
                        "line 8 <polygon>", "needs at least 3 point(s), has 2"),
                Arguments.of("cvat", "annotations.xml", CVAT_HEAD + "<image id=\"0\" name=\"a.png\" width=\"20\" height=\"10\">\n"
                        + "<box label=\"truck\" xtl=\"1\" ytl=\"1\" xbr=\"5\" ybr=\"5\" occluded=\"0\"/></image>\n</annotations>",
                        "line 8 <box>", "the label \"truck\" is not declared in the file's <meta> labels"),
                Arguments.of("cvat", "annotations.xml", "<?xml version=\"1.0\"?>\n<notannotations/>", "line 1",
                        "a CVAT file has the root element <annotations>"),
                Arguments.of("labelstudio", "tasks.json", "[{\"id\": 1, \"data\": {}, \"annotations\": []}]",
                        "[0].data", "the task names no image"),
                Arguments.of("labelstudio", "tasks.json", "[{\"id\": 1, \"data\": {\"image\": \"a.png\"}, \"annotations\": "
                        + "[{\"result\": [{\"from_name\": \"label\", \"to_name\": \"image\", \"type\": \"rectanglelabels\", "
                        + "\"value\": {\"x\": 10, \"y\": 10, \"width\": 20, \"height\": 20, \"rectanglelabels\": [\"car\"]}}]}]}]",
                        "result[0].value", "original_width and original_height are needed to place the shape"),
                Arguments.of("labelstudio", "tasks.json", "[{\"id\": 1, \"data\": {\"image\": \"a.png\"}, \"annotations\": "
                        + "[{\"result\": [{\"from_name\": \"label\", \"to_name\": \"image\", \"type\": \"polygonlabels\", "
                        + "\"original_width\": 20, \"original_height\": 10, "
                        + "\"value\": {\"points\": [[1, 1], [5, 5]], \"polygonlabels\": [\"car\"]}}]}]}]",
                        "result[0].value", "a polygon needs a list of at least 3 [x, y] points"),
                Arguments.of("labelstudio", "tasks.json", "[{\"id\": 1, \"data\": {\"image\": \"a.png\"}, \"annotations\": "
                        + "[{\"result\": [{\"from_name\": \"t\", \"to_name\": \"image\", \"type\": \"textarea\", "
                        + "\"original_width\": 20, \"original_height\": 10, \"value\": {\"text\": [\"x\"]}}]}]}]",
                        "result[0].type", "Annotide has no place for \"textarea\" results"),
                Arguments.of("labelstudio", "tasks.json", "[{\"id\": 1, \"data\": {\"image\": \"a.png\"}, \"annotations\": "
                        + "[{\"result\": {\"x\": 1}}]}]", "result", "result must be a list"),
                Arguments.of("voc", "Annotations/a.xml", "<annotation><filename>a.png</filename><size><width>20</width>"
                        + "<height>10</height><depth>3</depth></size><object><name>car</name></object></annotation>",
                        "object", "no <bndbox>"),
                Arguments.of("voc", "Annotations/a.xml", "<annotation><filename>a.png</filename><size><width>20</width>"
                        + "<height>10</height><depth>3</depth></size><object><name>car</name><bndbox><xmin>9</xmin>"
                        + "<ymin>1</ymin><xmax>3</xmax><ymax>5</ymax></bndbox></object></annotation>",
                        "bndbox", "xmax or ymax is smaller than xmin or ymin"),
                Arguments.of("voc", "Annotations/a.xml", "<annotation><filename>a.png</filename><size><width>20</width>"
                        + "<height>10</height><depth>3</depth></size><object><name>car</name><bndbox><xmin>2</xmin>"
                        + "<ymin>1</ymin><xmax>45</xmax><ymax>5</ymax></bndbox></object></annotation>",
                        "image a.png, annotation 1 (car)",
                        "the shape (x 2.0 to 45.0, y 1.0 to 5.0) lies farther outside the 20x10 image than the image is large"),
                Arguments.of("voc", "Annotations/a.xml", "<annotation><filename>a.png</filename><object><bndbox><xmin>1</xmin>"
                        + "<ymin>1</ymin><xmax>3</xmax><ymax>5</ymax></bndbox></object></annotation>",
                        "name", "an object needs a name"),
                Arguments.of("voc", "Annotations/a.xml", "<annotation><filename>a.png</filename><object><name>car</name>"
                        + "<bndbox><xmin>one</xmin><ymin>1</ymin><xmax>3</xmax><ymax>5</ymax></bndbox></object></annotation>",
                        "bndbox", "xmin, ymin, xmax and ymax must be numbers"),
                Arguments.of("yolo-detect", "labels/train/a.txt", "5 0.5 0.5 0.2 0.2\n", "line 1",
                        "class index 5 has no name"),
                Arguments.of("yolo-detect", "labels/train/a.txt", "0 0.5 0.5 0.2 0.2\nx 0.5 0.5 0.2 0.2\n", "line 2",
                        "expected a class index and numbers"),
                Arguments.of("yolo-segment", "labels/train/a.txt", "0 0.1 0.1 0.5 0.5\n", "line 1",
                        "a segment line has at least 3 points"),
                Arguments.of("csv", "data.csv", "image,class\na.png,cat,extra\n", "line 2", "the row has 3 values but the header names 2 columns"),
                Arguments.of("csv", "data.csv", "image,class\n,cat\n", "line 2", "the row names no image"),
                Arguments.of("simple-json", "data.json", "{\"a.png\": [\"cat\", \"\"]}", "[1]",
                        "a class name must be non-empty text"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("cases")
    void eachRuleRejectsWithItsReasonFileAndPlace(String format, String fileName, String content, String location,
            String reason) throws IOException {
        Path file = temp.resolve(format).resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Path source = file;
        if (format.startsWith("yolo")) {
            source = temp.resolve(format);
            Files.writeString(source.resolve("data.yaml"), "path: .\ntrain: images/train\nnames:\n  0: car\n  1: bus\n");
            Path image = Files.createDirectories(source.resolve("images/train")).resolve("a.png");
            ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        } else if (format.equals("voc")) {
            source = temp.resolve(format);
        }
        ImportResult result = TestFormats.read(format, source);
        String all = result.report().toText();
        boolean found = false;
        for (ValidationIssue issue : result.report().issues()) {
            if (issue.severity() == ValidationIssue.Severity.REJECTED && issue.reason().contains(reason)) {
                assertTrue(issue.file() != null && issue.file().contains(file.getFileName().toString()),
                        "the file " + file.getFileName() + " is named: " + issue);
                assertTrue(issue.location() != null && issue.location().contains(location),
                        "the place " + location + " is named: " + issue);
                found = true;
            }
        }
        assertTrue(found, "rejected with \"" + reason + "\":\n" + all);
    }

    /** Only the shape with the undeclared label is left out; no class is made for it, the declared one stays. */
    @Test
    void aCvatShapeWithAnUndeclaredLabelIsLeftOutAndTheRestKept() throws IOException {
        Path file = Files.writeString(temp.resolve("annotations.xml"), CVAT_HEAD
                + "<image id=\"0\" name=\"a.png\" width=\"20\" height=\"10\">\n"
                + "<box label=\"truck\" xtl=\"1\" ytl=\"1\" xbr=\"5\" ybr=\"5\" occluded=\"0\"/>\n"
                + "<box label=\"car\" xtl=\"2\" ytl=\"2\" xbr=\"6\" ybr=\"6\" occluded=\"0\"/></image>\n</annotations>");
        ImportResult result = TestFormats.read("cvat", file);
        String all = result.report().toText();
        assertEquals(1, result.report().rejectedCount(), all);
        ValidationIssue issue = result.report().issues().stream()
                .filter(i -> i.severity() == ValidationIssue.Severity.REJECTED).findFirst().orElseThrow();
        assertEquals("line 8 <box>", issue.location(), all);
        ImageAsset image = result.dataset().images().iterator().next();
        assertEquals(1, image.getAnnotations().size(), all);
        assertEquals("car", image.getAnnotations().get(0).getLabelClass().getName(), all);
        assertEquals(2.0, ((BoxShape) image.getAnnotations().get(0).getShape()).getX(), all);
        assertTrue(result.dataset().findLabelClass("truck") == null,
                "no class for the undeclared label");
    }

    /** A VOC box a little outside its image is kept as given and warned about, naming its file and object. */
    @Test
    void aVocBoxALittleOutsideTheImageIsKeptWithAWarningThatNamesItsFileAndObject() throws IOException {
        Path annotations = Files.createDirectories(temp.resolve("voc/Annotations"));
        Files.writeString(annotations.resolve("a.xml"), "<annotation><filename>a.png</filename><size><width>20</width>"
                + "<height>10</height><depth>3</depth></size><object><name>car</name><bndbox><xmin>1</xmin>"
                + "<ymin>1</ymin><xmax>3</xmax><ymax>5</ymax></bndbox></object><object><name>bus</name><bndbox>"
                + "<xmin>15</xmin><ymin>2</ymin><xmax>24</xmax><ymax>8</ymax></bndbox></object></annotation>");
        ImportResult result = TestFormats.read("voc", temp.resolve("voc"));
        String all = result.report().toText();
        assertEquals(0, result.report().rejectedCount(), all);
        ValidationIssue warning = result.report().issues().stream()
                .filter(i -> i.severity() == ValidationIssue.Severity.WARNING && i.reason().contains("extends outside"))
                .findFirst().orElseThrow(() -> new AssertionError("a warning about the box outside the image:\n" + all));
        assertEquals("the shape (x 15.0 to 24.0, y 2.0 to 8.0) extends outside the 20x10 image; kept as given",
                warning.reason(), all);
        assertTrue(warning.file().contains("a.xml"), all);
        assertEquals("image a.png, annotation 2 (bus)", warning.location(), all);
        assertEquals(2, result.dataset().images().iterator().next().getAnnotations().size(), all);
    }
}
