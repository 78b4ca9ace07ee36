package org.annotide.headless.tests.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.HeadlessApplication;
import org.annotide.headless.internal.formats.ExportProjectVerb;
import org.annotide.headless.internal.formats.ImportProjectVerb;
import org.annotide.headless.internal.metrics.EvaluateVerb;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 12 §2: a COCO ground truth imported and exported again evaluates exactly as the original, through the
 * evaluator {@code annotide-cli evaluate} uses (which matches pycocotools), for every COCO pair of the fixtures.
 * {@code area} and {@code bbox} are data that evaluation reads (area ranges, crowd matching): the round trip
 * must give them back as the file had them.
 */
class CocoRoundTripEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private String out;
    private String err;

    private int run(String... words) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<CliVerb> commands = List.of(new ImportProjectVerb(), new ExportProjectVerb(), new EvaluateVerb());
        int code = HeadlessApplication.run(new ArrayList<>(List.of(words)), commands,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of("gt_dataset.json", "dt_dataset.json", "bbox"),
                Arguments.of("gt_dataset.json", "dt_dataset.json", "segm"),
                Arguments.of("gt_dataset.json", "dt_dataset_segm_rle.json", "segm"),
                Arguments.of("gt_keypoints.json", "dt_keypoints.json", "keypoints"),
                Arguments.of("gt_ignore_test.json", "dt_ignore_test.json", "bbox"));
    }

    @ParameterizedTest(name = "{0} + {1}, {2}")
    @MethodSource("pairs")
    void importThenExportEvaluatesExactlyAsTheOriginal(String gtName, String dtName, String iouType)
            throws IOException {
        Path gt = evaluable(Fixtures.path("coco-eval/" + gtName));
        Path dt = Fixtures.path("coco-eval/" + dtName);
        Path exported = roundTrip(gt);

        String original = stats(gt, dt, iouType);
        String again = stats(exported, dt, iouType);
        assertEquals(original, again, "the 12 stats after import and export; exported file: "
                + Files.readString(exported));
    }

    @Test
    void crowdBoxesAndAreasComeBackAsGiven() throws IOException {
        Path gt = evaluable(Fixtures.path("coco-eval/gt_ignore_test.json"));
        Path exported = roundTrip(gt);
        Map<String, JsonNode> before = byBox(JSON.readTree(gt.toFile()));
        Map<String, JsonNode> after = byBox(JSON.readTree(exported.toFile()));
        assertEquals(before.keySet(), after.keySet(), "the boxes, as given");
        for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
            JsonNode was = entry.getValue();
            JsonNode is = after.get(entry.getKey());
            assertEquals(was.get("area").asDouble(), is.get("area").asDouble(), "area of " + entry.getKey());
            assertEquals(was.get("iscrowd").asInt(), is.get("iscrowd").asInt(), "iscrowd of " + entry.getKey());
            assertTrue(is.get("attributes") == null || !is.get("attributes").has("coco:area"),
                    "the kept values are not written as attributes: " + is);
        }
    }

    @Test
    void anEditedShapeGetsItsAreaAndBoxDerivedAgain() throws IOException {
        // the first polygon moved by one pixel in Annotide: the file's area and bbox belonged to the old polygon
        Path gt = Fixtures.path("coco-eval/gt_dataset.json");
        Path project = temp.resolve("edited");
        assertEquals(0, run("import", project.toString(), gt.toString()), err);
        try (var store = org.annotide.core.store.ProjectStore.open(project)) {
            var annotation = store.project().getImages().stream().filter(i -> i.getName().equals("img_3.jpg"))
                    .findFirst().orElseThrow().getAnnotations().get(0);
            var polygon = (org.annotide.model.PolygonShape) annotation.getShape();
            store.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(store.editingDomain(),
                    polygon, org.annotide.model.AnnotidePackage.Literals.POLYGON_SHAPE__POINTS, moved(polygon
                            .getPoints())));
            store.commit();
        }
        Path exported = temp.resolve("edited.json");
        assertEquals(0, run("export", project.toString(), exported.toString(), "--format", "coco"), err);

        // the same move written into the file, without area and bbox: what Annotide derives for that polygon
        ObjectNode root = (ObjectNode) JSON.readTree(gt.toFile());
        ObjectNode first = (ObjectNode) root.get("annotations").get(0);
        ArrayNode ring = (ArrayNode) first.get("segmentation").get(0);
        double[] points = new double[ring.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = ring.get(i).asDouble();
        }
        double[] shifted = moved(points);
        ring.removeAll();
        for (double value : shifted) {
            ring.add(value);
        }
        first.remove("area");
        first.remove("bbox");
        Path derivedFile = temp.resolve("derived-source.json");
        JSON.writeValue(derivedFile.toFile(), root);
        Path derived = roundTrip(derivedFile);

        JsonNode edited = annotationOf(JSON.readTree(exported.toFile()), first.get("image_id").asLong(), 0);
        JsonNode expected = annotationOf(JSON.readTree(derived.toFile()), first.get("image_id").asLong(), 0);
        assertEquals(expected.get("area"), edited.get("area"), "area derived from the edited polygon");
        assertEquals(expected.get("bbox"), edited.get("bbox"), "bbox derived from the edited polygon");
        assertTrue(edited.get("area").asDouble() != JSON.readTree(gt.toFile()).get("annotations").get(0)
                .get("area").asDouble(), "the file's area belongs to the old polygon: " + edited);
    }

    @Test
    void theKeptAreaAndBoxStayOutOfOtherFormats() throws IOException {
        Path project = temp.resolve("to-cvat");
        assertEquals(0, run("import", project.toString(), Fixtures.path("coco-eval/gt_dataset.json").toString()), err);
        Path cvat = temp.resolve("cvat.xml");
        assertEquals(0, run("export", project.toString(), cvat.toString(), "--format", "cvat"), out + err);
        String xml = Files.readString(cvat);
        assertTrue(xml.contains("<polygon"), xml);
        assertTrue(!xml.contains("coco:"), "coco:area, coco:bbox and coco:shape are not CVAT attributes: " + xml);
    }

    private static double[] moved(double[] points) {
        double[] moved = points.clone();
        for (int i = 0; i < moved.length; i += 2) {
            moved[i] += 1.5;
            moved[i + 1] += 0.5;
        }
        return moved;
    }

    private static JsonNode annotationOf(JsonNode root, long imageId, int index) {
        int seen = 0;
        for (JsonNode annotation : root.get("annotations")) {
            if (annotation.get("image_id").asLong() == imageId && seen++ == index) {
                return annotation;
            }
        }
        throw new AssertionError("no annotation " + index + " on image " + imageId + " in " + root);
    }

    /** Imports the file into a new project and exports it as one COCO file. */
    private Path roundTrip(Path gt) {
        Path project = temp.resolve("project-" + gt.getFileName());
        int imported = run("import", project.toString(), gt.toString(), "--format", "coco");
        assertTrue(imported == 0, "import: " + out + err);
        Path exported = temp.resolve("exported-" + gt.getFileName());
        assertEquals(0, run("export", project.toString(), exported.toString(), "--format", "coco"), out + err);
        return exported;
    }

    private String stats(Path gt, Path dt, String iouType) throws IOException {
        assertEquals(0, run("evaluate", "--gt", gt.toString(), "--dt", dt.toString(), "--iou-type", iouType,
                "--json"), err);
        JsonNode stats = JSON.readTree(out).get("stats");
        assertNotNull(stats, out);
        return stats.toString();
    }

    /**
     * gt_ignore_test.json names its one image {@code "2299"} (text) in {@code images} and in one annotation, and
     * pycocotools refuses its detections for that reason alone; the copy made here writes the ids as numbers so
     * that the pair can be evaluated at all. Other files are used as they are.
     */
    private Path evaluable(Path gt) throws IOException {
        JsonNode root = JSON.readTree(gt.toFile());
        boolean changed = false;
        for (String list : List.of("images", "annotations")) {
            for (JsonNode item : root.get(list)) {
                String field = list.equals("images") ? "id" : "image_id";
                if (item.get(field).isTextual()) {
                    ((ObjectNode) item).put(field, Long.parseLong(item.get(field).asText()));
                    changed = true;
                }
            }
        }
        if (!changed) {
            return gt;
        }
        Path copy = temp.resolve(gt.getFileName());
        JSON.writeValue(copy.toFile(), root);
        return copy;
    }

    private static Map<String, JsonNode> byBox(JsonNode root) {
        Map<String, JsonNode> boxes = new HashMap<>();
        for (JsonNode annotation : (ArrayNode) root.get("annotations")) {
            StringBuilder key = new StringBuilder();
            for (JsonNode value : annotation.get("bbox")) {
                key.append(value.asDouble()).append(' ');
            }
            boxes.put(key.toString().strip(), annotation);
        }
        return boxes;
    }
}
