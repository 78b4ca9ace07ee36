package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportResult;
import org.annotide.formats.ValidationIssue;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 §3: geometry checked on the way in by one check for every importer, NaN read and rejected value by value,
 * a byte-order mark that does not stop detection, messages in the file's terms, a cut VOC file contributing nothing.
 */
class ImportChecksTest {

    @TempDir
    Path temp;

    private static final String COCO = """
            {"images": [{"id": 1, "file_name": "a.jpg", "width": 100, "height": 50}],
             "categories": [{"id": 1, "name": "cat"}],
             "annotations": [
              {"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, 10, 20, 20], "area": NaN, "iscrowd": 0, "segmentation": []},
              {"id": 2, "image_id": 1, "category_id": 1, "bbox": [NaN, 10, 20, 20], "area": 400, "iscrowd": 0, "segmentation": []},
              {"id": 3, "image_id": 1, "category_id": 1, "bbox": [1e308, 10, 20, 20], "area": 400, "iscrowd": 0, "segmentation": []},
              {"id": 4, "image_id": 1, "category_id": 1, "bbox": [90, 40, 20, 20], "area": 400, "iscrowd": 0, "segmentation": []},
              {"id": 5, "image_id": 1, "category_id": 1, "segmentation": [[10, 10, 500, 10, 500, 20]], "bbox": [10, 10, 490, 10], "area": 10, "iscrowd": 0}
             ]}
            """;

    @Test
    void nanInJsonRejectsOnlyThoseValuesAndAbsurdOrFarOutsideShapesAreRejectedByTheOneCheck() throws IOException {
        Path file = Files.writeString(temp.resolve("nan.json"), COCO);
        ImportResult result = TestFormats.read("coco", file);
        assertFalse(result.unreadable(), result.report().toText());
        ImageAsset image = result.dataset().images().iterator().next();
        assertEquals(2, image.getAnnotations().size(), result.report().toText());
        assertEquals(3, result.report().rejectedCount(), result.report().toText());
        assertTrue(result.report().toText().contains("a coordinate is NaN"), result.report().toText());
        List<String> rejected = result.report().issues().stream()
                .filter(issue -> issue.severity() == ValidationIssue.Severity.REJECTED).map(ValidationIssue::reason).toList();
        assertTrue(rejected.stream().anyMatch(reason -> reason.contains("beyond any image")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(reason -> reason.contains("farther outside the 100x50 image")),
                rejected.toString());
        List<String> warned = result.report().issues().stream()
                .filter(issue -> issue.severity() == ValidationIssue.Severity.WARNING).map(ValidationIssue::reason).toList();
        assertTrue(warned.stream().anyMatch(reason -> reason.contains("extends outside the 100x50 image; kept as given")),
                warned.toString());
    }

    @Test
    void aCvatEllipseWithANegativeRadiusIsRejectedAndTheRestKept() throws IOException {
        Path file = Files.writeString(temp.resolve("annotations.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <annotations><version>1.1</version>
                <meta><task><labels><label><name>cat</name><type>any</type><attributes/></label></labels></task></meta>
                <image id="0" name="a.jpg" width="100" height="50">
                  <ellipse label="cat" occluded="0" source="manual" cx="50" cy="25" rx="-5" ry="10" z_order="0"/>
                  <box label="cat" occluded="0" source="manual" xtl="1" ytl="1" xbr="10" ybr="10" z_order="0"/>
                </image></annotations>
                """);
        ImportResult result = TestFormats.read("cvat", file);
        assertEquals(1, result.report().rejectedCount(), result.report().toText());
        assertTrue(result.report().issues().get(0).reason().contains("negative radius"), result.report().toText());
        assertTrue(result.report().issues().get(0).location().contains("image a.jpg"), result.report().toText());
        assertEquals(1, result.dataset().images().iterator().next().getAnnotations().size());
    }

    @Test
    void aByteOrderMarkDoesNotStopDetection() throws IOException {
        Path file = temp.resolve("bom.json");
        Files.write(file, ("\uFEFF" + COCO.replace("NaN", "1")).getBytes(StandardCharsets.UTF_8));
        List<FormatRegistry.Detection> detections = TestFormats.registry().detect(file);
        assertFalse(detections.isEmpty());
        assertEquals("coco", detections.get(0).format().id());
        assertEquals(1, TestFormats.read("coco", file).dataset().images().size());
    }

    @Test
    void invalidJsonIsDescribedInTheFilesTermsNotTheParsers() throws IOException {
        String valid = COCO.replace("NaN", "1");
        Path file = Files.writeString(temp.resolve("bad.json"), valid.replace("\"iscrowd\": 0, \"segmentation\": []}",
                "\"iscrowd\": 0, \"segmentation\": [] x}"));
        String reason = TestFormats.read("coco", file).report().issues().get(0).reason();
        assertTrue(reason.contains("unexpected character 'x'"), reason);
        Path cut = Files.writeString(temp.resolve("cut.json"), valid.substring(0, valid.length() / 2));
        String cutReason = TestFormats.read("coco", cut).report().issues().get(0).reason();
        assertTrue(cutReason.contains("the file ends before the JSON is complete"), cutReason);
        for (String text : List.of(reason, cutReason)) {
            assertFalse(text.contains("Feature") || text.contains("Source:") || text.contains("code "), text);
        }
    }

    @Test
    void iscrowdWrittenAsTextOrBooleanIsRead() throws IOException {
        String json = COCO.replace("NaN", "1").replace("\"id\": 1, \"image_id\": 1, \"category_id\": 1, \"bbox\": [10, 10, 20, 20], \"area\": 1, \"iscrowd\": 0",
                "\"id\": 1, \"image_id\": 1, \"category_id\": 1, \"bbox\": [10, 10, 20, 20], \"area\": 1, \"iscrowd\": \"false\"")
                .replace("\"bbox\": [90, 40, 20, 20], \"area\": 400, \"iscrowd\": 0", "\"bbox\": [90, 40, 20, 20], \"area\": 400, \"iscrowd\": true");
        assertTrue(json.contains("\"iscrowd\": \"false\"") && json.contains("\"iscrowd\": true"), json);
        ImportResult result = TestFormats.read("coco", Files.writeString(temp.resolve("crowd.json"), json));
        assertTrue(result.report().issues().stream().noneMatch(issue -> issue.reason().contains("iscrowd")),
                result.report().toText());
        List<Boolean> crowd = result.dataset().images().iterator().next().getAnnotations().stream()
                .map(annotation -> annotation.isCrowd()).toList();
        assertTrue(crowd.contains(Boolean.TRUE) && crowd.contains(Boolean.FALSE), crowd.toString());
    }

    @Test
    void aCutShortVocFileContributesNothingNotEvenItsImage() throws IOException {
        Path xml = Fixtures.path("formats/voc/datumaro_voc1/Annotations/2007_000001.xml");
        byte[] bytes = Files.readAllBytes(xml);
        Path cut = temp.resolve("2007_000001.xml");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        ImportResult result = TestFormats.read("voc", cut);
        assertTrue(result.dataset().images().isEmpty(), result.report().toText());
        assertTrue(result.unreadable(), "nothing read: the import fails (exit 1) rather than adding a 0x0 image");
    }
}
