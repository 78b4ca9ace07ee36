package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in formats arrive through the extension point, and detection names the right one. */
class FormatRegistryTest {

    @TempDir
    Path temp;

    @Test
    void everyBuiltInFormatIsContributedWithImporterAndExporter() {
        List<String> ids = TestFormats.registry().all().stream().map(FormatDescriptor::id).toList();
        assertEquals(List.of("coco", "cvat", "cvat-video", "voc", "yolo-darknet", "yolo-detect", "yolo-segment", "yolo-obb",
                "yolo-pose", "yolo-classify", "labelstudio", "labelstudio-min", "simple-json", "csv"), ids);
        for (FormatDescriptor format : TestFormats.registry().all()) {
            assertTrue(format.canImport() && format.canExport(), format.id());
            format.importer();
            format.exporter();
            assertFalse(format.name().isEmpty());
        }
    }

    @ParameterizedTest
    @CsvSource({"coco, formats/coco/datumaro", "coco, formats/coco/datumaro/annotations/instances_train.json",
            "cvat, formats/cvat/datumaro_for_images", "cvat, formats/cvat/datumaro_for_images/annotations.xml",
            "cvat-video, formats/cvat/video_1_1", "cvat-video, formats/cvat/video_1_1/annotations.xml",
            "voc, formats/voc/datumaro_voc1", "voc, formats/voc/datumaro_voc2", "yolo-darknet, formats/yolo/datumaro/yolo",
            "yolo-detect, formats/yolo/datumaro/yolov8_detection", "yolo-segment, formats/yolo/datumaro/yolov8_segmentation",
            "yolo-obb, formats/yolo/datumaro/yolov8_oriented_boxes", "yolo-pose, formats/yolo/datumaro/yolov8_pose",
            "labelstudio, formats/labelstudio/export_coco/data.json",
            "labelstudio, formats/labelstudio/export_yolo/data_obb.json"})
    void detectionNamesTheFormat(String expected, String fixture) {
        List<FormatRegistry.Detection> detections = TestFormats.registry().detect(Fixtures.path(fixture));
        assertFalse(detections.isEmpty(), fixture);
        assertEquals(expected, detections.get(0).format().id(), fixture);
    }

    @Test
    void detectionOfGeneratedFormats() throws IOException {
        for (String[] pair : new String[][] {{"labelstudio-min", "min.json"}, {"simple-json", "dataset.json"},
                {"csv", "dataset.csv"}, {"yolo-classify", ""}}) {
            Path folder = temp.resolve(pair[0]);
            GeneratedSources.write(pair[0], folder);
            Path source = pair[1].isEmpty() ? folder : folder.resolve(pair[1]);
            assertEquals(pair[0], TestFormats.registry().detect(source).get(0).format().id());
        }
    }

    @Test
    void aRegistryRefusesTwoFormatsWithOneId() {
        FormatDescriptor one = new FormatDescriptor("x", "X", null, null, null, null);
        try {
            new FormatRegistry(List.of(one, one));
            throw new AssertionError("accepted a duplicate id");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("x"));
        }
    }
}
