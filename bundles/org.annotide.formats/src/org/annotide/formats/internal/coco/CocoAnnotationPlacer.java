package org.annotide.formats.internal.coco;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.ShapeBounds;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.Dataset;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;

/**
 * Places the annotations {@link CocoFileReader} parsed from one COCO file in the model: each becomes a region
 * (segmentation, else bbox, a rotated box when a {@code rotation} attribute says so) and its keypoints, grouped;
 * an annotation met before under the same id in another file of the subset completes that object instead.
 * Whatever does not fit (unknown image or category, keypoints that contradict the category, an RLE of another
 * size than its image) is rejected with its place in the file.
 */
final class CocoAnnotationPlacer {

    /** How far a file's bbox may stray from the segmentation's bounds before the report mentions it. */
    private static final double BBOX_TOLERANCE = 1.0;

    private final Dataset dataset;
    private final ValidationReport report;
    private final String fileName;
    private final String subset;
    private final Map<String, CocoObject> objects;
    private final Map<Long, ImageAsset> images;
    private final Map<Long, LabelClass> categories;
    private final Map<Long, String> sizeConflicts;
    private final Map<LabelClass, Integer> keypointCounts = new HashMap<>();
    private final Map<ImageAsset, int[]> nextGroups = new HashMap<>();
    private final Map<ImageAsset, int[]> captionCounts = new HashMap<>();

    /**
     * @param objects       COCO objects by subset and id, shared by the files of one import; null when files are
     *                      not combined
     * @param images        the file's images by COCO id
     * @param categories    the file's categories by COCO id
     * @param sizeConflicts ids of images rejected for a size that contradicts an earlier file, with the reason
     */
    CocoAnnotationPlacer(Dataset dataset, ValidationReport report, String fileName, String subset,
            Map<String, CocoObject> objects, Map<Long, ImageAsset> images, Map<Long, LabelClass> categories,
            Map<Long, String> sizeConflicts) {
        this.dataset = dataset;
        this.report = report;
        this.fileName = fileName;
        this.subset = subset;
        this.objects = objects;
        this.images = images;
        this.categories = categories;
        this.sizeConflicts = sizeConflicts;
    }

    /** Places the annotations read from the file, in the file's order. */
    void placeAll(List<PendingAnnotation> annotations) {
        for (PendingAnnotation annotation : annotations) {
            place(annotation);
        }
    }

    private void place(PendingAnnotation pending) {
        String path = "$.annotations[" + pending.index + "]";
        String where = " (line " + pending.line + ")";
        ImageAsset image = images.get(pending.imageId);
        if (image == null) {
            String conflict = sizeConflicts.get(pending.imageId);
            report.reject(fileName, path + ".image_id" + where, conflict != null
                    ? "image " + pending.imageId + " was rejected: it has another size in an earlier file"
                    : "there is no image with id " + pending.imageId);
            return;
        }
        LabelClass labelClass;
        if (pending.categoryId == Long.MIN_VALUE) {
            if (pending.attributes != null && pending.attributes.containsKey("caption")) {
                placeCaption(image, pending.attributes.get("caption"));
                return;
            }
            report.reject(fileName, path + ".category_id" + where, "the annotation has no category_id");
            return;
        }
        labelClass = categories.get(pending.categoryId);
        if (labelClass == null) {
            report.reject(fileName, path + ".category_id" + where, "there is no category with id " + pending.categoryId);
            return;
        }
        if (pending.region instanceof MaskShape && (image.getHeight() > 0 && image.getWidth() > 0)
                && (pending.rleHeight != image.getHeight() || pending.rleWidth != image.getWidth())) {
            report.reject(fileName, path + ".segmentation.size" + where, "the RLE is " + pending.rleHeight + "x"
                    + pending.rleWidth + " (height x width) but the image is " + image.getHeight() + "x" + image.getWidth());
            return;
        }
        Shape region = regionShape(pending, path + where);
        KeypointsFit keypoints = null;
        if (pending.keypoints != null) {
            keypoints = keypoints(pending, labelClass, path + ".keypoints" + where);
            if (keypoints == null) {
                return;
            }
            if (region instanceof org.annotide.model.BoxShape && keypoints.shape != null
                    && sameBox(pending.bbox, ShapeBounds.of(keypoints.shape))) {
                // the box only repeats the keypoints' extent (how Annotide writes lone keypoints)
                region = null;
            }
        }
        CocoObject object = completedObject(pending, image);
        if (object != null) {
            complete(object, pending, labelClass, region, keypoints, path + where);
            return;
        }
        object = new CocoObject(image, pending.categoryId);
        if (region == null && (keypoints == null || keypoints.shape == null)) {
            region = Shapes.imageClass();
        }
        if (region != null) {
            object.region = annotate(image, labelClass, region, pending);
        }
        if (keypoints != null && keypoints.shape != null) {
            object.keypoints = annotate(image, labelClass, keypoints.shape, pending);
        }
        keepAreaAndBbox(pending, object.region != null ? object.region : object.keypoints,
                pending.region == null && region instanceof org.annotide.model.BoxShape, path + where);
        group(object);
        if (objects != null && pending.id != Long.MIN_VALUE) {
            objects.put(objectKey(pending.id), object);
        }
    }

    private void placeCaption(ImageAsset image, String caption) {
        int[] count = captionCounts.computeIfAbsent(image, key -> new int[] {CocoFormat.captionCount(image)});
        count[0]++;
        image.getMetadata().put(CocoFormat.CAPTION_PREFIX + count[0], caption);
        report.accepted(1);
    }

    /** The object met earlier under the same id in another file of this subset, or null. */
    private CocoObject completedObject(PendingAnnotation pending, ImageAsset image) {
        if (objects == null || pending.id == Long.MIN_VALUE) {
            return null;
        }
        CocoObject earlier = objects.get(objectKey(pending.id));
        return earlier != null && earlier.image == image && earlier.categoryId == pending.categoryId ? earlier : null;
    }

    private String objectKey(long id) {
        return subset + "#" + id;
    }

    /** Adds what a second file knows about an object: keypoints, or a region the first file lacked. */
    private void complete(CocoObject object, PendingAnnotation pending, LabelClass labelClass, Shape region,
            KeypointsFit keypoints, String where) {
        boolean added = false;
        if (region != null && object.region == null) {
            object.region = annotate(object.image, labelClass, region, pending);
            added = true;
        } else if (region != null && !CocoFormat.sameGeometry(region, object.region.getShape())) {
            report.warn(fileName, where, "annotation " + pending.id + " is in an earlier file with a different shape;"
                    + " both are kept");
            annotate(object.image, labelClass, region, pending);
            added = true;
        }
        if (keypoints != null && keypoints.shape != null) {
            if (object.keypoints == null) {
                object.keypoints = annotate(object.image, labelClass, keypoints.shape, pending);
                added = true;
            } else if (!CocoFormat.sameGeometry(keypoints.shape, object.keypoints.getShape())) {
                report.warn(fileName, where, "annotation " + pending.id
                        + " is in an earlier file with other keypoints; both are kept");
                annotate(object.image, labelClass, keypoints.shape, pending);
                added = true;
            }
        }
        if (added) {
            group(object);
        } else {
            report.accepted(1);
        }
    }

    private void group(CocoObject object) {
        if (object.region != null && object.keypoints != null && object.region.getGroup() == 0) {
            int[] next = nextGroups.computeIfAbsent(object.image, image -> new int[] {Dataset.nextGroup(image)});
            object.region.setGroup(next[0]);
            object.keypoints.setGroup(next[0]);
            next[0]++;
        } else if (object.region != null && object.keypoints != null) {
            object.keypoints.setGroup(object.region.getGroup());
        }
    }

    /**
     * Keeps the file's area and bbox on the annotation that is written with them (the region, else the
     * keypoints), so that the export gives them back unchanged: they are data that evaluation reads, not values
     * to recompute. A box made from the bbox needs no copy of it.
     */
    private void keepAreaAndBbox(PendingAnnotation pending, Annotation annotation, boolean boxFromBbox, String where) {
        if (annotation == null || annotation.getShape() instanceof org.annotide.model.ImageClassShape) {
            return;
        }
        double area = pending.area;
        if (!Double.isNaN(area) && (!Double.isFinite(area) || area < 0)) {
            report.warn(fileName, where + " area", "area " + area + " is not an area; Annotide derives it from the"
                    + " shape");
            area = Double.NaN;
        }
        CocoKept.keep(annotation, area, boxFromBbox ? null : pending.bbox);
    }

    private Annotation annotate(ImageAsset image, LabelClass labelClass, Shape shape, PendingAnnotation pending) {
        Annotation annotation = dataset.annotate(image, labelClass, shape);
        annotation.setCrowd(pending.crowd);
        if (pending.occluded != null) {
            annotation.setOccluded(pending.occluded);
        }
        if (!Double.isNaN(pending.score)) {
            annotation.setScore(pending.score);
        }
        if (pending.attributes != null) {
            annotation.getAttributes().putAll(pending.attributes);
        }
        report.accepted(1);
        return annotation;
    }

    /** The region: the segmentation, else the bbox (a rotated box when a rotation attribute says so). */
    private Shape regionShape(PendingAnnotation pending, String where) {
        Shape region = pending.region;
        if (pending.rotation != null) {
            Shape rotated = rotated(pending, region);
            if (rotated != null) {
                return rotated;
            }
            pending.attributeMap().put("rotation", Double.toString(pending.rotation));
        }
        if (region != null) {
            if (pending.bbox != null) {
                double[] bounds = ShapeGeometry.bounds(region);
                if (!near(pending.bbox, bounds, BBOX_TOLERANCE)) {
                    report.warn(fileName, where + " bbox", "bbox " + Arrays.toString(pending.bbox)
                            + " differs from the segmentation's bounds " + Arrays.toString(bounds)
                            + "; kept as given (written back unchanged while the shape is)");
                }
            }
            return region;
        }
        if (pending.bbox != null) {
            return Shapes.box(pending.bbox[0], pending.bbox[1], pending.bbox[2], pending.bbox[3]);
        }
        return null;
    }

    /**
     * A rotated box written with a {@code rotation} attribute: either as its four corners (how Annotide
     * writes it) or, as CVAT does, as the unrotated bbox.
     */
    private static Shape rotated(PendingAnnotation pending, Shape region) {
        if (region instanceof PolygonShape polygon && polygon.getPoints().length == 8
                && (polygon.getRingEnds() == null || polygon.getRingEnds().length <= 1)) {
            RotatedBoxShape box = Shapes.rectangleFromCorners(polygon.getPoints(), 1e-6);
            if (box != null) {
                double expected = Shapes.normalizeAngle(pending.rotation);
                double difference = Math.abs(Shapes.normalizeAngle(box.getAngle() - expected));
                if (difference < 1e-6 || difference > 360 - 1e-6) {
                    box.setAngle(expected);
                    return box;
                }
            }
            return null;
        }
        if (region == null && pending.bbox != null) {
            double[] b = pending.bbox;
            return Shapes.rotatedBox(b[0] + b[2] / 2, b[1] + b[3] / 2, b[2], b[3],
                    Shapes.normalizeAngle(pending.rotation));
        }
        return null;
    }

    private static boolean near(double[] a, double[] b, double tolerance) {
        for (int i = 0; i < 4; i++) {
            if (Math.abs(a[i] - b[i]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** True when the bbox is what Annotide writes for lone keypoints: their bounds, or zeros when none is labelled. */
    private static boolean sameBox(double[] bbox, double[] bounds) {
        if (bbox == null) {
            return false;
        }
        return bounds == null ? bbox[0] == 0 && bbox[1] == 0 && bbox[2] == 0 && bbox[3] == 0 : near(bbox, bounds, 1e-9);
    }

    /** Keypoints with their visibility, or null (and a rejection) when they do not fit the category. */
    private record KeypointsFit(org.annotide.model.KeypointsShape shape) {
    }

    private KeypointsFit keypoints(PendingAnnotation pending, LabelClass labelClass, String where) {
        double[] values = pending.keypoints;
        if (values.length == 0) {
            return new KeypointsFit(null);
        }
        if (values.length % 3 != 0) {
            report.reject(fileName, where, "keypoints must be triples x, y, v; found " + values.length + " numbers");
            return null;
        }
        int count = values.length / 3;
        int names = labelClass.getKeypointNames().size();
        if (names > 0 && names != count) {
            report.reject(fileName, where, "the category " + labelClass.getName() + " names " + names
                    + " keypoints, the annotation has " + count);
            return null;
        }
        Integer known = keypointCounts.putIfAbsent(labelClass, count);
        if (known != null && known != count) {
            report.reject(fileName, where, "other annotations of " + labelClass.getName() + " have " + known
                    + " keypoints, this one has " + count);
            return null;
        }
        int[] edges = labelClass.getSkeletonEdges();
        if (edges != null) {
            for (int edge : edges) {
                if (edge >= count) {
                    report.reject(fileName, where, "the skeleton of " + labelClass.getName() + " joins keypoint "
                            + (edge + 1) + " but the annotation has only " + count);
                    return null;
                }
            }
        }
        double[] points = new double[count * 2];
        int[] visibility = new int[count];
        int labelled = 0;
        for (int i = 0; i < count; i++) {
            double v = values[3 * i + 2];
            if (v != 0 && v != 1 && v != 2) {
                report.reject(fileName, where, "keypoint " + (i + 1) + " has visibility " + v + " (0, 1 or 2 expected)");
                return null;
            }
            points[2 * i] = values[3 * i];
            points[2 * i + 1] = values[3 * i + 1];
            visibility[i] = (int) v;
            if (v > 0) {
                labelled++;
            }
        }
        if (pending.numKeypoints >= 0 && pending.numKeypoints != labelled) {
            report.warn(fileName, where, "num_keypoints says " + pending.numKeypoints + " but " + labelled
                    + " keypoints are labelled; Annotide counts them itself");
        }
        return new KeypointsFit(Shapes.keypoints(points, visibility));
    }
}
