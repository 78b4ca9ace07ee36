package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.CocoRle;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.Dataset;
import org.annotide.formats.ModelComparison;
import org.annotide.formats.ValidationIssue;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.MaskRaster;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Exports follow each tool's schema: COCO boxes are tight, areas are pycocotools' pixel counts, RLE is valid
 * and not a pixel too large; YOLO lists every class; VOC and YOLO carry more than rectangles; every shape kind
 * reaches every exporter without an exception, and what a format cannot hold is reported.
 */
class ExportCorrectnessTest {

    @TempDir
    Path temp;

    /** One 20 x 10 image (a real file) with one annotation of every kind, and a class no annotation uses. */
    static Project everyShape(Path folder) throws IOException {
        Path file = folder.resolve("pixels/i.png");
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", file.toFile());
        Dataset dataset = new Dataset();
        ImageAsset image = dataset.image("i", "i.png");
        image.setWidth(20);
        image.setHeight(10);
        image.setLocation(file.toString());
        LabelClass thing = dataset.labelClass("thing");
        LabelClass person = dataset.labelClass("person");
        person.getKeypointNames().addAll(List.of("head", "tail"));
        person.setSkeletonEdges(new int[] {0, 1});
        dataset.labelClass("unused");
        dataset.annotate(image, thing, Shapes.box(1, 2, 3, 4));
        dataset.annotate(image, thing, Shapes.rotatedBox(10, 5, 6, 2, 30));
        dataset.annotate(image, thing, Shapes.polygon(new double[] {2.5, 1.5, 8.2, 1.5, 8.2, 7.7, 2.5, 7.7}));
        dataset.annotate(image, thing, Shapes.polygon(new double[] {0, 0, 10, 0, 10, 10, 0, 10, 3, 3, 6, 3, 6, 6, 3, 6},
                new int[] {4, 8}, new int[] {2}));
        dataset.annotate(image, thing, Shapes.polyline(new double[] {0, 0, 5, 5}));
        MaskRaster raster = new MaskRaster(0, 0, 20, 10);
        raster.set(3, 4);
        raster.set(4, 4);
        raster.set(4, 5);
        dataset.annotate(image, thing, raster.toMask()).setCrowd(true);
        dataset.annotate(image, thing, Shapes.ellipse(14, 5, 3, 2, 20));
        dataset.annotate(image, person, Shapes.keypoints(new double[] {2, 3, 7, 8}, new int[] {2, 1}));
        dataset.annotate(image, thing, Shapes.imageClass());
        return TestFormats.project(dataset);
    }

    @Test
    void cocoBoxesAreasAndMasksAreWhatPycocotoolsComputes() throws IOException {
        Project project = everyShape(temp);
        Path file = temp.resolve("coco.json");
        ValidationReport report = TestFormats.export("coco", project, file);
        assertTrue(report.issues().stream().anyMatch(i -> i.severity() == ValidationIssue.Severity.REJECTED
                && i.reason().contains("polylines")), report.toText());
        JsonNode root = JsonSupport.readTree(file);
        assertEquals(3, root.get("categories").size(), "every class is a category");
        assertEquals("[[1,2]]", root.get("categories").get(1).get("skeleton").toString(), "skeletons are 1-based");
        JsonNode annotations = root.get("annotations");
        JsonNode box = annotations.get(0);
        assertEquals("[1.0,2.0,3.0,4.0]", box.get("bbox").toString());
        assertEquals(12.0, box.get("area").asDouble());
        assertEquals(0, box.get("segmentation").size());

        JsonNode rotated = annotations.get(1);
        assertEquals(30.0, rotated.get("attributes").get("rotation").asDouble());
        assertEquals(8, rotated.get("segmentation").get(0).size());

        JsonNode polygon = annotations.get(2);
        assertArrayEquals(new double[] {2.5, 1.5, 5.7, 6.2}, doubles(polygon.get("bbox")), 1e-12, "tight bounds");
        assertArrayEquals(new double[] {2.5, 1.5, 8.2, 1.5, 8.2, 7.7, 2.5, 7.7}, doubles(polygon.get("segmentation").get(0)),
                1e-12);
        // pycocotools 2.0.11: mask.area(mask.merge(mask.frPyObjects([[2.5,1.5,8.2,1.5,8.2,7.7,2.5,7.7]], 10, 20))) == 30
        // (tests/fixtures/README.md); not the 5.7 x 6.2 = 35.34 of the geometry
        assertEquals(30.0, polygon.get("area").asDouble(), "pycocotools' area");

        JsonNode holes = annotations.get(3);
        assertTrue(holes.get("segmentation").isObject(), "a polygon with a hole is written as RLE");
        assertEquals(100 - 9, rleArea(holes.get("segmentation")), "10 x 10 minus the 3 x 3 hole");
        assertEquals(100 - 9, holes.get("area").asDouble(), "the area of the mask with its hole");

        JsonNode mask = annotations.get(4);
        assertEquals(1, mask.get("iscrowd").asInt());
        assertEquals(3, rleArea(mask.get("segmentation")), "not a pixel more than the mask");
        assertEquals(3.0, mask.get("area").asDouble());
        assertEquals("[3.0,4.0,2.0,2.0]", mask.get("bbox").toString(), "the mask's tight pixel box");

        JsonNode keypoints = annotations.get(6);
        assertEquals(2, keypoints.get("num_keypoints").asInt());
        assertEquals("[2.0,3.0,2,7.0,8.0,1]", keypoints.get("keypoints").toString());
        assertEquals("[2.0,3.0,5.0,5.0]", keypoints.get("bbox").toString());
    }

    @Test
    void cocoKeepsTheImageAndCategoryIdsItWasImportedWith() throws IOException {
        Path source = temp.resolve("gapped.json");
        Files.writeString(source, """
                {"images": [{"id": 42, "file_name": "a.png", "width": 20, "height": 10},
                            {"id": 7, "file_name": "b.png", "width": 20, "height": 10}],
                 "categories": [{"id": 90, "name": "toothbrush"}, {"id": 1, "name": "person"}],
                 "annotations": [{"id": 5, "image_id": 7, "category_id": 90, "bbox": [1, 1, 2, 2], "area": 4, "iscrowd": 0},
                                 {"id": 6, "image_id": 42, "category_id": 1, "bbox": [2, 2, 3, 3], "area": 9, "iscrowd": 0}]}
                """);
        Project project = TestFormats.load("coco", source);
        LabelClass added = org.annotide.model.AnnotideFactory.eINSTANCE.createLabelClass();
        added.setName("added later");
        project.getLabelClasses().add(added);
        Path file = temp.resolve("out.json");
        ValidationReport report = TestFormats.export("coco", project, file);
        assertEquals(0, report.rejectedCount(), report::toText);

        JsonNode written = JsonSupport.readTree(file);
        Map<String, Long> categories = new HashMap<>();
        written.get("categories").forEach(c -> categories.put(c.get("name").asText(), c.get("id").asLong()));
        assertEquals(Map.of("toothbrush", 90L, "person", 1L, "added later", 91L), categories,
                "kept ids; a new class after the highest");
        Map<String, Long> images = new HashMap<>();
        written.get("images").forEach(i -> images.put(i.get("file_name").asText(), i.get("id").asLong()));
        assertEquals(Map.of("a.png", 42L, "b.png", 7L), images);
        Map<Long, Long> categoryOfImage = new HashMap<>();
        written.get("annotations").forEach(a -> categoryOfImage.put(a.get("image_id").asLong(), a.get("category_id").asLong()));
        assertEquals(Map.of(7L, 90L, 42L, 1L), categoryOfImage, "annotations refer to the kept ids");
        written.get("categories").forEach(c -> assertEquals(3, c.size(), "id, name, supercategory and nothing else: " + c));
    }

    @Test
    void cocoGivesFreshIdsWhereKeptOnesClash() throws IOException {
        Project project = everyShape(temp);
        ImageAsset first = project.getImages().get(0);
        ImageAsset second = org.eclipse.emf.ecore.util.EcoreUtil.copy(first);
        second.setName("j.png");
        project.getImages().add(second);
        first.getMetadata().put("coco:id", "5");
        second.getMetadata().put("coco:id", "5");
        project.getMetadata().put("coco:category.thing.id", "3");
        project.getMetadata().put("coco:category.person.id", "3");
        project.getMetadata().put("coco:category.unused.id", "not a number");
        Path file = temp.resolve("clash.json");
        TestFormats.export("coco", project, file);
        JsonNode written = JsonSupport.readTree(file);
        assertEquals("[5,6]", ids(written.get("images")));
        assertEquals("[3,4,5]", ids(written.get("categories")));
    }

    private static String ids(JsonNode array) {
        List<Long> ids = new java.util.ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asLong()));
        return ids.toString().replace(" ", "");
    }

    @Test
    void vocClassesKeepVocsPaletteIndicesAndColours() throws IOException {
        Project project = TestFormats.load("voc", Fixtures.path("formats/voc/datumaro_voc1"));
        Path output = temp.resolve("voc-standard");
        TestFormats.export("voc", project, output);
        List<String> labelMap = Files.readAllLines(output.resolve("labelmap.txt")).stream()
                .filter(line -> !line.startsWith("#")).toList();
        assertEquals(22, labelMap.size(), "VOC's 21 classes, then the part class head: " + labelMap);
        assertTrue(labelMap.get(21).startsWith("head:"), labelMap.get(21));
        assertTrue(labelMap.get(2).startsWith("bicycle:0,128,0:"), labelMap.get(2));
        assertTrue(labelMap.get(15).startsWith("person:192,128,128:head"), labelMap.get(15));
        java.awt.image.BufferedImage classes = javax.imageio.ImageIO.read(
                output.resolve("SegmentationClass/2007_000001.png").toFile());
        assertEquals(2, classes.getRaster().getSample(0, 0, 0), "the bicycle's pixels carry VOC's index of bicycle");
    }

    @Test
    void cocoFixtureAreasMatchTheFileDatumaroWroteWithPycocotools() throws IOException {
        Project project = TestFormats.load("coco", Fixtures.path("formats/coco/datumaro/annotations/instances_val.json"));
        Path file = temp.resolve("out.json");
        TestFormats.export("coco", project, file);
        JsonNode original = JsonSupport.readTree(Fixtures.path("formats/coco/datumaro/annotations/instances_val.json"));
        JsonNode written = JsonSupport.readTree(file);
        for (int i = 0; i < 2; i++) {
            assertEquals(original.get("annotations").get(i).get("area").asDouble(),
                    written.get("annotations").get(i).get("area").asDouble());
        }
    }

    /**
     * Every exporter writes its output where it was asked to, and every annotation of the project either comes back
     * when the output is imported again or is named by a rejection in the export's report.
     */
    @Test
    void everyExporterTakesEveryShapeKindAndReportsWhatItCannotHold() throws IOException {
        Project project = everyShape(temp);
        int annotations = project.getImages().get(0).getAnnotations().size();
        List<String> silentLosses = new java.util.ArrayList<>();
        for (var format : TestFormats.registry().all()) {
            Path output = temp.resolve("all-" + format.id());
            ValidationReport report = TestFormats.export(format.id(), project, output);
            assertTrue(report.acceptedCount() > 0, format.id());
            assertTrue(Files.exists(output), format.id() + " wrote " + output);
            if (!format.canImport()) {
                continue;
            }
            int returned;
            try {
                returned = TestFormats.annotationCount(TestFormats.load(format.id(), reimportSource(format.id(), output)));
            } catch (IOException | RuntimeException e) {
                silentLosses.add(format.id() + ": its output cannot be imported again: " + e);
                continue;
            }
            long rejected = 0;
            for (ValidationIssue issue : report.issues()) {
                if (issue.severity() == ValidationIssue.Severity.REJECTED) {
                    // one rejection may name several annotations: "8 annotation(s) that ... were left out"
                    java.util.regex.Matcher many = java.util.regex.Pattern.compile("^(\\d+) annotation\\(s\\)")
                            .matcher(issue.reason());
                    rejected += many.find() ? Long.parseLong(many.group(1)) : 1;
                }
            }
            if (returned + rejected < annotations) {
                silentLosses.add(format.id() + ": " + returned + " came back, " + report.rejectedCount()
                        + " rejected, of " + annotations + "\n" + report.toText());
            }
        }
        assertEquals(List.of(), silentLosses, "annotations lost without a word");
    }

    /** Where an importer reads what the exporter wrote to {@code output}. */
    private static Path reimportSource(String format, Path output) throws IOException {
        if (Files.isDirectory(output) && (format.equals("csv") || format.equals("simple-json"))) {
            try (java.util.stream.Stream<Path> files = Files.list(output)) {
                return files.filter(f -> f.toString().endsWith(format.equals("csv") ? ".csv" : ".json")).findFirst()
                        .orElseThrow(() -> new AssertionError(format + " wrote no file into " + output));
            }
        }
        return output;
    }

    @Test
    void yoloListsEveryClassAndSegmentsMoreThanRectangles() throws IOException {
        Project project = everyShape(temp);
        ValidationReport report = TestFormats.export("yolo-segment", project, temp.resolve("seg"));
        String yaml = Files.readString(temp.resolve("seg/data.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("2: unused"), yaml);
        List<String> lines = Files.readAllLines(temp.resolve("seg/labels/train/i.txt"));
        // box, rotated box, polygon, polygon with hole (outer ring), mask outline, ellipse
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertTrue(report.issues().stream().anyMatch(i -> i.reason().contains("holes were left out")));
        Project again = TestFormats.load("yolo-segment", temp.resolve("seg"));
        MaskShape maskBack = null;
        for (Annotation annotation : again.getImages().get(0).getAnnotations()) {
            if (annotation.getShape() instanceof org.annotide.model.PolygonShape polygon
                    && ShapeGeometry.area(polygon) == 3.0) {
                maskBack = ShapeGeometry.fromCocoRle(ShapeGeometry.rasterize(polygon, 10, 20));
            }
        }
        assertTrue(maskBack != null, "the mask's outline comes back as a polygon of its 3 pixels");
    }

    @Test
    void vocWritesNonBoxRegionsIntoTheSegmentationMasks() throws IOException {
        Project project = everyShape(temp);
        TestFormats.export("voc", project, temp.resolve("voc"));
        assertTrue(Files.isRegularFile(temp.resolve("voc/SegmentationObject/i.png")));
        assertTrue(Files.isRegularFile(temp.resolve("voc/SegmentationClass/i.png")));
        Project again = TestFormats.load("voc", temp.resolve("voc"));
        List<Annotation> masks = TestFormats.annotations(again.getImages().get(0), ShapeKind.MASK);
        assertEquals(5, masks.size(), "rotated box, polygon, polygon with hole, mask, ellipse");
        MaskShape crowd = null;
        for (Annotation mask : masks) {
            if (MaskPixels.count((MaskShape) mask.getShape()) == 3) {
                crowd = (MaskShape) mask.getShape();
            }
        }
        assertTrue(crowd != null && crowd.getX() == 3 && crowd.getY() == 4, "the 3-pixel mask, in place");
    }

    @Test
    void cvatAndLabelStudioKeepEveryShapeTheyHave() throws IOException {
        Project project = everyShape(temp);
        ImageAsset original = project.getImages().get(0);
        TestFormats.export("cvat", project, temp.resolve("cvat"));
        Project cvat = TestFormats.load("cvat", temp.resolve("cvat"));
        assertEquals(9, cvat.getImages().get(0).getAnnotations().size());
        assertEquals(2, TestFormats.annotations(cvat.getImages().get(0), ShapeKind.MASK).size(),
                "the mask, and the polygon with a hole as a mask");
        // CVAT points carry no visibility: the keypoints come back all visible
        assertEquals(List.of(), unmatched(original, cvat.getImages().get(0), 1e-9, true), "cvat");
        TestFormats.export("labelstudio", project, temp.resolve("ls.json"));
        Project labelStudio = TestFormats.load("labelstudio", temp.resolve("ls.json"));
        assertEquals(1, TestFormats.annotations(labelStudio.getImages().get(0), ShapeKind.ELLIPSE).size());
        assertEquals(2, TestFormats.annotations(labelStudio.getImages().get(0), ShapeKind.MASK).size(),
                "the mask and the polygon with a hole, as brushes");
        // Label Studio stores percentages of the image size: allow their rounding. It has no polylines (the report
        // says so) and keeps keypoints one result per point.
        ValidationReport report = TestFormats.export("labelstudio", project, temp.resolve("ls2.json"));
        assertTrue(report.issues().stream().anyMatch(i -> i.severity() == ValidationIssue.Severity.REJECTED
                && i.reason().toLowerCase(java.util.Locale.ROOT).contains("polyline")), report.toText());
        ImageAsset back = labelStudio.getImages().get(0);
        List<Annotation> points = TestFormats.annotations(back, ShapeKind.KEYPOINTS);
        double[] expected = ((org.annotide.model.KeypointsShape) TestFormats.annotations(original, ShapeKind.KEYPOINTS)
                .get(0).getShape()).getPoints();
        assertEquals(expected.length / 2, points.size(), "one Label Studio keypoint per point");
        for (int i = 0; i < points.size(); i++) {
            double[] point = ((org.annotide.model.KeypointsShape) points.get(i).getShape()).getPoints();
            assertArrayEquals(new double[] {expected[2 * i], expected[2 * i + 1]}, point, 1e-6, "keypoint " + i);
        }
        List<String> missing = unmatched(original, back, 1e-6, false);
        assertEquals(List.of("POLYLINE", "KEYPOINTS"), missing.stream().map(m -> m.split(" ")[0]).toList(),
                "labelstudio keeps every other shape: " + missing);
    }

    /**
     * The annotations of {@code original} that have no counterpart in {@code back}: the same class and the same shape
     * within {@code tolerance}; a polygon (with holes) may come back as the mask of exactly its pixels. Each counterpart is
     * used once.
     */
    private static List<String> unmatched(ImageAsset original, ImageAsset back, double tolerance,
            boolean keypointsWithoutVisibility) {
        List<Annotation> candidates = new java.util.ArrayList<>(back.getAnnotations());
        List<String> missing = new java.util.ArrayList<>();
        for (Annotation annotation : original.getAnnotations()) {
            Annotation found = null;
            for (Annotation candidate : candidates) {
                if (candidate.getLabelClass() != null && annotation.getLabelClass() != null
                        && candidate.getLabelClass().getName().equals(annotation.getLabelClass().getName())
                        && same(annotation, candidate, original, tolerance, keypointsWithoutVisibility)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                missing.add(annotation.getShape().getKind() + " " + ModelComparison.class.getSimpleName()
                        + " found no counterpart among " + describe(candidates));
            } else {
                candidates.remove(found);
            }
        }
        return missing;
    }

    private static boolean same(Annotation a, Annotation b, ImageAsset image, double tolerance,
            boolean keypointsWithoutVisibility) {
        if (a.getShape() instanceof org.annotide.model.PolygonShape polygon && b.getShape() instanceof MaskShape mask) {
            MaskShape expected = ShapeGeometry.fromCocoRle(ShapeGeometry.rasterize(polygon, image.getHeight(),
                    image.getWidth()));
            return ModelComparison.sameShape(expected, mask, 0);
        }
        if (keypointsWithoutVisibility && a.getShape() instanceof org.annotide.model.KeypointsShape keypoints
                && b.getShape() instanceof org.annotide.model.KeypointsShape other) {
            return java.util.Arrays.equals(keypoints.getPoints(), other.getPoints());
        }
        return ModelComparison.sameShape(a.getShape(), b.getShape(), tolerance);
    }

    private static String describe(List<Annotation> annotations) {
        StringBuilder text = new StringBuilder();
        for (Annotation annotation : annotations) {
            text.append(annotation.getShape().getKind()).append(' ');
        }
        return text.toString();
    }

    @Test
    void labelStudioGivesEachKindOfControlANameOfItsOwn() throws IOException {
        Project project = everyShape(temp);
        for (Annotation annotation : project.getImages().get(0).getAnnotations()) {
            // as imported from two projects that both called their control "label"
            annotation.getAttributes().put("ls:from_name", "label");
        }
        Path file = temp.resolve("tasks.json");
        TestFormats.export("labelstudio", project, file);
        String config = Files.readString(temp.resolve("label_config.xml"));
        assertTrue(config.contains("<RectangleLabels name=\"label\""), config);
        assertTrue(config.contains("<PolygonLabels name=\"label_polygon\""), config);
        JsonNode results = JsonSupport.readTree(file).get(0).get("annotations").get(0).get("result");
        Map<String, String> controlOfType = new HashMap<>();
        results.forEach(result -> {
            String earlier = controlOfType.put(result.get("type").asText(), result.get("from_name").asText());
            assertTrue(earlier == null || earlier.equals(result.get("from_name").asText()), "one control per type");
        });
        assertEquals("label_polygon", controlOfType.get("polygonlabels"));
        for (String control : controlOfType.values()) {
            assertTrue(config.contains("name=\"" + control + "\""), control + " is in the configuration");
        }
    }

    @Test
    void labelStudioKeepsEachAnnotatorsWorkInASessionOfTheirOwn() throws IOException {
        Project project = everyShape(temp);
        List<Annotation> annotations = project.getImages().get(0).getAnnotations();
        for (int i = 0; i < annotations.size(); i++) {
            annotations.get(i).setAuthor(i < 2 ? "1" : "2"); // Label Studio user ids, as imported
        }
        Path file = temp.resolve("sessions.json");
        TestFormats.export("labelstudio", project, file);
        JsonNode sessions = JsonSupport.readTree(file).get(0).get("annotations");
        assertEquals(2, sessions.size());
        assertTrue(sessions.get(0).get("completed_by").isNumber(), "user ids stay numbers: " + sessions.get(0));
        assertEquals(1, sessions.get(0).get("completed_by").asInt());
        assertEquals(2, sessions.get(0).get("result").size(), "the first annotator's two results");
        assertEquals(2, sessions.get(1).get("completed_by").asInt());
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static long rleArea(JsonNode segmentation) {
        int height = segmentation.get("size").get(0).asInt();
        int width = segmentation.get("size").get(1).asInt();
        CocoRle rle = CocoRle.fromCompressedString(segmentation.get("counts").asText(), height, width);
        long total = 0;
        for (int count : rle.counts()) {
            total += count;
        }
        assertEquals((long) height * width, total, "the runs cover the image exactly");
        return rle.area();
    }
}
