package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.formats.ImportOptions;
import org.annotide.formats.ModelComparison;
import org.annotide.formats.ValidationReport;
import org.annotide.model.Project;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format round-trips: import a fixture, export it in the same format, import the export, and the two
 * models agree (see {@link ModelComparison}). Formats with normalised or percent coordinates compare geometry
 * within 1e-4 pixels; the others within 1e-6.
 */
class RoundTripTest {

    @TempDir
    Path temp;

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("coco", "formats/coco/datumaro", "coco-out", 1e-6),
                Arguments.of("coco", "formats/coco/datumaro/annotations/person_keypoints_val.json",
                        "person_keypoints_val.json", 1e-6),
                Arguments.of("cvat", "formats/cvat/datumaro_for_images", "cvat-out", 1e-6),
                Arguments.of("cvat-video", "formats/cvat/video_1_1", "video-out", 1e-6),
                Arguments.of("voc", "formats/voc/datumaro_voc1", "voc-out", 1e-6),
                Arguments.of("voc", "formats/voc/datumaro_voc2", "voc-out", 1e-6),
                Arguments.of("yolo-darknet", "formats/yolo/datumaro/yolo", "darknet-out", 1e-4),
                Arguments.of("yolo-detect", "formats/yolo/datumaro/yolov8_detection", "detect-out", 1e-4),
                Arguments.of("yolo-segment", "formats/yolo/datumaro/yolov8_segmentation", "segment-out", 1e-4),
                Arguments.of("yolo-obb", "formats/yolo/datumaro/yolov8_oriented_boxes", "obb-out", 1e-4),
                Arguments.of("yolo-pose", "formats/yolo/datumaro/yolov8_pose", "pose-out", 1e-4),
                Arguments.of("yolo-pose", "formats/yolo/datumaro/yolov8_pose_two_values_per_point", "pose2-out", 1e-4),
                Arguments.of("labelstudio", "formats/labelstudio/export_coco/data.json", "ls.json", 1e-6),
                Arguments.of("labelstudio", "formats/labelstudio/export_json_min/data.json", "ls.json", 1e-6),
                Arguments.of("labelstudio", "formats/labelstudio/export_yolo/data.json", "ls.json", 1e-6),
                Arguments.of("labelstudio", "formats/labelstudio/export_yolo/data_keypoints.json", "ls.json", 1e-6),
                Arguments.of("labelstudio", "formats/labelstudio/export_yolo/data_obb.json", "ls.json", 1e-6),
                Arguments.of("labelstudio", "formats/labelstudio/export_yolo/data_polygons.json", "ls.json", 1e-6));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void importExportImportGivesTheSameModel(String format, String fixture, String output, double tolerance)
            throws IOException {
        ImportOptions options = new ImportOptions(false, List.of(Fixtures.path("formats/yolo/datumaro/yolo/obj_train_data")));
        Project first = TestFormats.load(format, Fixtures.path(fixture), options);
        Path exported = temp.resolve(output);
        ValidationReport report = TestFormats.export(format, first, exported);
        assertEquals(0, report.rejectedCount(), report::toText);
        Project second = TestFormats.load(format, exported, options);
        assertTrue(TestFormats.annotationCount(first) > 0);
        List<String> differences = ModelComparison.compare(first, second,
                ModelComparison.Options.exact().withTolerance(tolerance));
        assertEquals(List.of(), differences);
    }
}
