package org.annotide.metrics.internal.coco;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.annotide.core.geometry.CocoRle;
import org.annotide.metrics.coco.CocoDataException;
import org.annotide.metrics.coco.IouType;

/**
 * pycocotools' {@code COCO.loadRes}: checks that every detection names an image of the ground truth and derives
 * what the detections leave out. Which derivation applies is decided by the first detection, exactly as in
 * pycocotools: with a non-empty "bbox" the area is w*h and a missing segmentation becomes the box polygon;
 * otherwise with a "segmentation" the area and box come from the mask; otherwise with "keypoints" they come
 * from the keypoints' extent. Detection ids are renumbered 1..n and iscrowd set to 0 (not for keypoints).
 *
 * <p>One deliberate difference: in a segm evaluation, detections that carry a segmentation get their area
 * from the mask even when they also carry a "bbox". pycocotools takes w*h there, which files every mask by
 * the size of its box; the reference statistics in tests/fixtures/coco-eval (segm APm 0.7368) and COCO's
 * own segm results format (compressed RLE, no box) use the mask's area.
 */
public final class ResultsLoader {

    private ResultsLoader() {
    }

    public static AnnotationTable load(Path file, GroundTruth gt, IouType iouType) {
        AnnotationTable dt = new CocoJsonReader(file, true, true).readResults();
        checkImages(file, dt, gt);
        if (dt.size == 0) {
            return dt; // pycocotools fails on an empty list (IndexError); we evaluate "no detections" instead
        }
        if (dt.hasCaption[0]) {
            throw new CocoDataException(file + ": caption results cannot be evaluated as bbox, segm or keypoints");
        }
        if (iouType == IouType.SEGM && dt.hasSegmentation[0]) {
            deriveFromSegmentations(file, dt, gt);
        } else if (dt.hasBbox[0]) {
            deriveFromBoxes(file, dt);
        } else if (dt.hasSegmentation[0]) {
            deriveFromSegmentations(file, dt, gt);
        } else if (dt.keypoints[0] != null) {
            deriveFromKeypoints(file, dt);
        } else {
            throw new CocoDataException(file + ": results[0] has no bbox, segmentation or keypoints to evaluate");
        }
        for (int i = 0; i < dt.size; i++) {
            if (Double.isNaN(dt.score[i])) {
                throw new CocoDataException(file + ": results[" + i + "] has no score");
            }
            if (dt.categoryId[i] == null) {
                throw new CocoDataException(file + ": results[" + i + "] has no category_id");
            }
        }
        return dt;
    }

    /** loadRes's assertion: the detections' image ids must all belong to the ground truth. */
    private static void checkImages(Path file, AnnotationTable dt, GroundTruth gt) {
        Set<Object> unknown = new LinkedHashSet<>();
        for (int i = 0; i < dt.size; i++) {
            if (dt.imageId[i] == null) {
                throw new CocoDataException(file + ": results[" + i + "] has no image_id");
            }
            if (!gt.hasImage(dt.imageId[i])) {
                unknown.add(dt.imageId[i]);
            }
        }
        if (!unknown.isEmpty()) {
            String ids = unknown.stream().limit(10).map(PyKey::describe).collect(Collectors.joining(", "));
            throw new CocoDataException(file + ": Results do not correspond to current coco set: " + unknown.size()
                    + " image id(s) of the detections are not images of " + gt.file + " (" + ids
                    + (unknown.size() > 10 ? ", ..." : "") + "); ids compare as in Python, so 2299 and \"2299\" differ");
        }
    }

    private static void deriveFromBoxes(Path file, AnnotationTable dt) {
        for (int i = 0; i < dt.size; i++) {
            if (!dt.hasBbox[i]) {
                throw new CocoDataException(file + ": results[" + i + "] has no bbox, but results[0] has one");
            }
            double x1 = dt.bbox[4 * i];
            double y1 = dt.bbox[4 * i + 1];
            double w = dt.bbox[4 * i + 2];
            double h = dt.bbox[4 * i + 3];
            double x2 = x1 + w;
            double y2 = y1 + h;
            if (!dt.hasSegmentation[i]) {
                dt.segmentation[i] = new Segmentation.Polygons(new double[][] { { x1, y1, x1, y2, x2, y2, x2, y1 } });
                dt.hasSegmentation[i] = true;
            }
            dt.area[i] = w * h;
            dt.id[i] = (long) (i + 1);
            dt.crowd[i] = false;
        }
    }

    /**
     * pycocotools only accepts compressed RLE here (its area() fails on polygons and uncompressed RLE); we also
     * accept those, rasterised on the detection's image as annToRLE would.
     */
    private static void deriveFromSegmentations(Path file, AnnotationTable dt, GroundTruth gt) {
        for (int i = 0; i < dt.size; i++) {
            if (dt.segmentation[i] == null) {
                throw new CocoDataException(file + ": results[" + i + "] has no segmentation, but results[0] has one");
            }
            int[] size = gt.imageSize(dt.imageId[i]);
            CocoRle rle;
            try {
                rle = dt.segmentation[i].toRle(size[0], size[1]);
            } catch (IllegalArgumentException e) {
                throw new CocoDataException(file + ": results[" + i + "].segmentation: " + e.getMessage(), e);
            }
            dt.area[i] = (double) (rle.area() & 0xffffffffL); // maskUtils.area returns uint32
            if (!dt.hasBbox[i]) {
                System.arraycopy(rle.toBbox(), 0, dt.bbox, 4 * i, 4);
                dt.hasBbox[i] = true;
            }
            dt.id[i] = (long) (i + 1);
            dt.crowd[i] = false;
        }
    }

    private static void deriveFromKeypoints(Path file, AnnotationTable dt) {
        for (int i = 0; i < dt.size; i++) {
            double[] k = dt.keypoints[i];
            if (k == null || k.length < 3) {
                throw new CocoDataException(file + ": results[" + i + "] has no keypoints, but results[0] has them");
            }
            double x0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k.length; j += 3) { // s[0::3]
                x0 = nanMin(x0, k[j]);
                x1 = nanMax(x1, k[j]);
            }
            for (int j = 1; j < k.length; j += 3) { // s[1::3]
                y0 = nanMin(y0, k[j]);
                y1 = nanMax(y1, k[j]);
            }
            dt.area[i] = (x1 - x0) * (y1 - y0);
            dt.id[i] = (long) (i + 1);
            dt.bbox[4 * i] = x0;
            dt.bbox[4 * i + 1] = y0;
            dt.bbox[4 * i + 2] = x1 - x0;
            dt.bbox[4 * i + 3] = y1 - y0;
            dt.hasBbox[i] = true;
        }
    }

    /** np.min propagates NaN. */
    private static double nanMin(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
    }

    private static double nanMax(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }
}
