package org.annotide.formats.tests;

import static org.annotide.formats.tests.TestFormats.annotationCount;
import static org.annotide.formats.tests.TestFormats.annotations;
import static org.annotide.formats.tests.TestFormats.image;
import static org.annotide.formats.tests.TestFormats.labelClass;
import static org.annotide.formats.tests.TestFormats.load;
import static org.annotide.formats.tests.TestFormats.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Every file in tests/fixtures/formats imports with nothing lost: counts and values. */
class FixtureImportTest {

    private static final double EPS = 1e-4;

    @Test
    void cocoFolderCombinesInstancesKeypointsAndLabels() throws IOException {
        Project project = load("coco", Fixtures.path("formats/coco/datumaro"));
        assertEquals(List.of("a", "b", "c"), project.getLabelClasses().stream().map(LabelClass::getName).toList());
        assertEquals(2, project.getImages().size());
        assertEquals(7, annotationCount(project));

        ImageAsset a = image(project, "a.jpg");
        assertEquals(10, a.getWidth());
        assertEquals(5, a.getHeight());
        assertEquals("train", a.getMetadata().get("subset"));
        assertEquals("0", a.getMetadata().get("coco:license"));
        BoxShape box = only(a, ShapeKind.BOX, BoxShape.class);
        assertArrayEquals(new double[] {2, 2, 3, 1}, new double[] {box.getX(), box.getY(), box.getWidth(), box.getHeight()});
        KeypointsShape keypoints = only(a, ShapeKind.KEYPOINTS, KeypointsShape.class);
        assertArrayEquals(new double[] {0, 0, 0, 2, 4, 1}, keypoints.getPoints());
        assertArrayEquals(new int[] {0, 1, 2}, keypoints.getVisibility());
        Annotation boxAnnotation = annotations(a, ShapeKind.BOX).get(0);
        assertTrue(boxAnnotation.getGroup() != 0);
        assertEquals(boxAnnotation.getGroup(), annotations(a, ShapeKind.KEYPOINTS).get(0).getGroup());
        assertEquals("b", annotations(a, ShapeKind.IMAGE_CLASS).get(0).getLabelClass().getName());

        ImageAsset b = image(project, "b.jpg");
        assertEquals("val", b.getMetadata().get("subset"));
        Annotation polygon = annotations(b, ShapeKind.POLYGON).get(0);
        assertArrayEquals(new double[] {0, 0, 1, 0, 1, 2, 0, 2}, ((PolygonShape) polygon.getShape()).getPoints());
        assertEquals("1", polygon.getAttributes().get("x"));
        assertEquals("hello", polygon.getAttributes().get("y"));
        Annotation crowd = annotations(b, ShapeKind.MASK).get(0);
        assertTrue(crowd.isCrowd());
        MaskShape mask = (MaskShape) crowd.getShape();
        // counts [0, 20, 30] column-major on 5 x 10: the first two columns
        assertArrayEquals(new int[] {0, 0, 2, 10}, new int[] {mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight()});
        assertEquals(2, annotations(b, ShapeKind.KEYPOINTS).size());
        // datumaro's skeleton [[0, 1], [1, 2]] can only be 0-based
        assertArrayEquals(new int[] {0, 1, 1, 2}, labelClass(project, "a").getSkeletonEdges());
        for (Annotation annotation : a.getAnnotations()) {
            assertEquals(Provenance.IMPORTED, annotation.getProvenance());
        }
    }

    @Test
    void cocoSingleFileTakesItsSubsetFromTheName() throws IOException {
        Project project = load("coco", Fixtures.path("formats/coco/datumaro/annotations/instances_val.json"));
        assertEquals(1, project.getImages().size());
        assertEquals("val", project.getImages().get(0).getMetadata().get("subset"));
        assertEquals(2, annotationCount(project));
    }

    @Test
    void cvatReadsEveryShapeWithAttributesAndSkeletons() throws IOException {
        Project project = load("cvat", Fixtures.path("formats/cvat/datumaro_for_images"));
        assertEquals(List.of("label1", "label2", "skeleton"),
                project.getLabelClasses().stream().map(LabelClass::getName).toList());
        LabelClass label1 = labelClass(project, "label1");
        assertEquals(4, label1.getAttributes().size());
        assertEquals(List.of("v1", "v2", "v3"), label1.getAttributes().get(1).getValues());
        LabelClass skeleton = labelClass(project, "skeleton");
        assertEquals("#0c81b5", skeleton.getColor());
        assertEquals(List.of("1", "2", "3", "4"), skeleton.getKeypointNames());
        // svg edges 3-2 and 1-4, 0-based
        assertArrayEquals(new int[] {2, 1, 0, 3}, skeleton.getSkeletonEdges());

        ImageAsset img0 = image(project, "img0.jpg");
        assertEquals(8, img0.getWidth());
        Annotation box = annotations(img0, ShapeKind.BOX).get(0);
        BoxShape boxShape = (BoxShape) box.getShape();
        assertArrayEquals(new double[] {0, 2, 4, 2},
                new double[] {boxShape.getX(), boxShape.getY(), boxShape.getWidth(), boxShape.getHeight()});
        assertTrue(box.isOccluded());
        assertEquals(1, box.getZOrder());
        assertEquals("true", box.getAttributes().get("a1"));
        assertEquals("v3", box.getAttributes().get("a2"));
        assertEquals("0003", box.getAttributes().get("a3"));
        assertEquals("2.4", box.getAttributes().get("a4"));
        Annotation polyline = annotations(img0, ShapeKind.POLYLINE).get(0);
        assertEquals(null, polyline.getLabelClass());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, ((PolylineShape) polyline.getShape()).getPoints());
        KeypointsShape skeleton0 = only(img0, ShapeKind.KEYPOINTS, KeypointsShape.class);
        assertArrayEquals(new double[] {1, 1, 2, 2, 3, 3, 4, 4}, skeleton0.getPoints());
        assertArrayEquals(new int[] {0, 2, 2, 2}, skeleton0.getVisibility());

        ImageAsset img1 = image(project, "img1.jpg");
        assertArrayEquals(new double[] {1, 2, 3, 4, 6, 5}, only(img1, ShapeKind.POLYGON, PolygonShape.class).getPoints());
        List<Annotation> points = annotations(img1, ShapeKind.KEYPOINTS);
        assertEquals(2, points.size());
        assertEquals(6, annotationCount(project));
    }

    @Test
    void vocReadsBoxesPartsActionsAndMasks() throws IOException {
        Project project = load("voc", Fixtures.path("formats/voc/datumaro_voc1"));
        ImageAsset image = image(project, "2007_000001.jpg");
        assertEquals(20, image.getWidth());
        assertEquals(10, image.getHeight());
        assertEquals("train", image.getMetadata().get("subset"));
        assertEquals(4, image.getAnnotations().size());
        Annotation cat = byClass(image, "cat");
        assertEquals("1", cat.getAttributes().get("truncated"));
        assertFalse(cat.getAttributes().containsKey("difficult"));
        Annotation person = byClass(image, "person");
        assertEquals("1", person.getAttributes().get("action:other"));
        assertEquals("0", person.getAttributes().get("action:jumping"));
        assertEquals(11, person.getAttributes().keySet().stream().filter(k -> k.startsWith("action:")).count());
        Annotation head = byClass(image, "head");
        BoxShape headBox = (BoxShape) head.getShape();
        assertEquals(5.5, headBox.getX(), EPS);
        assertEquals(person.getGroup(), head.getGroup());
        assertEquals("1", head.getAttributes().get("voc:part"));
        // SegmentationObject: instance 1 covers the image; SegmentationClass says bicycle; it joins object 1
        Annotation mask = annotations(image, ShapeKind.MASK).get(0);
        assertEquals("bicycle", mask.getLabelClass().getName());
        assertEquals(200, MaskPixels.count((MaskShape) mask.getShape()));
        assertEquals(cat.getGroup(), mask.getGroup());

        Project second = load("voc", Fixtures.path("formats/voc/datumaro_voc2"));
        assertEquals(5, second.getImages().size());
        assertEquals(4, annotationCount(second));
        assertEquals(22, second.getLabelClasses().size());
        assertTrue(byClass(image(second, "a.jpg"), "background").isOccluded());
        assertEquals("#000000", labelClass(second, "background").getColor());
        assertEquals("#800000", labelClass(second, "aeroplane").getColor());
    }

    @Test
    void yoloDarknetLayout() throws IOException {
        Project project = load("yolo-darknet", Fixtures.path("formats/yolo/datumaro/yolo"));
        assertEquals(10, project.getLabelClasses().size());
        ImageAsset image = image(project, "1.jpg");
        assertEquals(15, image.getWidth());
        assertEquals(10, image.getHeight());
        assertEquals(2, image.getAnnotations().size());
        BoxShape first = (BoxShape) image.getAnnotations().get(0).getShape();
        assertEquals("label_2", image.getAnnotations().get(0).getLabelClass().getName());
        // 2 0.133333 0.300000 0.266667 0.200000 on 15 x 10
        assertEquals(0.133333 * 15 - 0.266667 * 15 / 2, first.getX(), EPS);
        assertEquals(2.0, first.getY(), EPS);
        assertEquals(0.266667 * 15, first.getWidth(), EPS);
        assertEquals(2.0, first.getHeight(), EPS);
    }

    @Test
    void yoloUltralyticsLayoutsReadEveryTask() throws IOException {
        Path root = Fixtures.path("formats/yolo/datumaro");
        ImportOptions images = new ImportOptions(false, List.of(root.resolve("yolo/obj_train_data")));
        Project detect = load("yolo-detect", root.resolve("yolov8_detection"), images);
        assertEquals(2, annotations(image(detect, "1.jpg"), ShapeKind.BOX).size());

        Project segment = load("yolo-segment", root.resolve("yolov8_segmentation"), images);
        List<Annotation> polygons = annotations(image(segment, "1.jpg"), ShapeKind.POLYGON);
        assertEquals(2, polygons.size());
        assertArrayEquals(new double[] {1.5, 1, 6, 1, 6, 5}, ((PolygonShape) polygons.get(0).getShape()).getPoints(), EPS);
        assertEquals(5, ((PolygonShape) polygons.get(1).getShape()).getPoints().length / 2);

        Project obb = load("yolo-obb", root.resolve("yolov8_oriented_boxes"), images);
        List<Annotation> rotated = annotations(image(obb, "1.jpg"), ShapeKind.ROTATED_BOX);
        assertEquals(2, rotated.size());
        RotatedBoxShape first = (RotatedBoxShape) rotated.get(0).getShape();
        assertEquals(30, first.getAngle(), 1e-3);
        assertEquals(3, first.getWidth(), 1e-3);
        assertEquals(4, first.getHeight(), 1e-3);

        for (String layout : List.of("yolov8_pose", "yolov8_pose_two_values_per_point")) {
            Project pose = load("yolo-pose", root.resolve(layout), images);
            ImageAsset image = image(pose, "1.jpg");
            KeypointsShape keypoints = only(image, ShapeKind.KEYPOINTS, KeypointsShape.class);
            assertArrayEquals(new double[] {1.5, 2, 4.5, 4, 7.5, 6}, keypoints.getPoints(), EPS);
            assertArrayEquals(new int[] {2, 2, 2}, keypoints.getVisibility());
            assertEquals(annotations(image, ShapeKind.BOX).get(0).getGroup(),
                    annotations(image, ShapeKind.KEYPOINTS).get(0).getGroup());
        }
    }

    @Test
    void yoloWithoutImagesRejectsTheLabelFileAndMakesNoPlaceholderImage() throws IOException {
        ImportResult result = TestFormats.read("yolo-detect", Fixtures.path("formats/yolo/datumaro/yolov8_detection"));
        assertEquals(1, result.report().rejectedCount());
        assertEquals("labels/train/1.txt", result.report().issues().get(0).file());
        assertEquals("line 1", result.report().issues().get(0).location());
        assertTrue(result.report().issues().get(0).reason().contains("--images-from"),
                result.report().issues().get(0).reason());
        assertTrue(result.dataset().images().isEmpty(), "no 0x0 image that a later import would duplicate");
    }

    @Test
    void labelStudioFullExportsWithEveryResultType() throws IOException {
        Path root = Fixtures.path("formats/labelstudio");
        Project coco = load("labelstudio", root.resolve("export_coco/data.json"));
        ImageAsset image = image(coco, "test_image1.jpg");
        assertEquals(500, image.getWidth());
        assertEquals(320, image.getHeight());
        BoxShape box = only(image, ShapeKind.BOX, BoxShape.class);
        assertEquals(31.941923774954628 * 5, box.getX(), EPS);
        assertEquals(4.113475177304964 * 3.2, box.getY(), EPS);
        assertEquals(3, only(image, ShapeKind.POLYGON, PolygonShape.class).getPoints().length / 2);
        assertEquals(2, annotations(image, ShapeKind.KEYPOINTS).size());
        assertEquals("keypoint_label", annotations(image, ShapeKind.KEYPOINTS).get(0).getAttributes().get("ls:from_name"));

        Project obb = load("labelstudio", root.resolve("export_yolo/data_obb.json"));
        assertEquals(25, annotationCount(obb));
        RotatedBoxShape rotated = (RotatedBoxShape) image(obb, "image1").getAnnotations().get(0).getShape();
        assertEquals(328.33240366032834, rotated.getAngle(), 1e-9);
        // rotation is about the top-left corner in Label Studio, about the centre in the model
        double x = 10.537066764905694 * 5.97;
        double y = 79.55767690059092 * 7.68;
        double w = 19.045470024656687 * 5.97;
        double h = 8.132522043893882 * 7.68;
        double radians = Math.toRadians(328.33240366032834);
        assertEquals(x + (w * Math.cos(radians) - h * Math.sin(radians)) / 2, rotated.getCx(), 1e-6);
        assertEquals(y + (w * Math.sin(radians) + h * Math.cos(radians)) / 2, rotated.getCy(), 1e-6);

        Project keypoints = load("labelstudio", root.resolve("export_yolo/data_keypoints.json"));
        ImageAsset person = keypoints.getImages().get(0);
        Annotation bbox = annotations(person, ShapeKind.BOX).get(0);
        assertEquals("person", bbox.getLabelClass().getName());
        for (Annotation point : annotations(person, ShapeKind.KEYPOINTS)) {
            assertEquals(bbox.getGroup(), point.getGroup(), "parentID joins each keypoint to the box");
        }
        assertTrue(bbox.getAttributes().get("ls:relations").contains("qwGtX1L1Nm"));

        assertEquals(6, annotationCount(load("labelstudio", root.resolve("export_yolo/data.json"))));
        assertEquals(37, only(load("labelstudio", root.resolve("export_yolo/data_polygons.json")).getImages().get(0),
                ShapeKind.POLYGON, PolygonShape.class).getPoints().length / 2);
        Project min = load("labelstudio", root.resolve("export_json_min/data.json"));
        assertEquals("Airplane", min.getImages().get(0).getAnnotations().get(0).getLabelClass().getName());
        assertEquals(2, min.getLabelClasses().size(), "label_config.xml adds Car");
    }

    private static Annotation byClass(ImageAsset image, String className) {
        for (Annotation annotation : image.getAnnotations()) {
            if (annotation.getLabelClass() != null && annotation.getLabelClass().getName().equals(className)) {
                return annotation;
            }
        }
        throw new AssertionError("no " + className + " on " + image.getName());
    }
}
