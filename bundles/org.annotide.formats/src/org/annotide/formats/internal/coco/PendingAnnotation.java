package org.annotide.formats.internal.coco;

import java.util.LinkedHashMap;
import java.util.Map;

import org.annotide.model.Shape;

/**
 * A COCO annotation read from the stream but not yet placed: images and categories may come after the
 * annotations in the file, so placing waits for the end of the file.
 */
final class PendingAnnotation {

    int index;
    long id = Long.MIN_VALUE;
    long imageId = Long.MIN_VALUE;
    long categoryId = Long.MIN_VALUE;
    /** Polygon, mask, box or null (no geometry: an image-level label). */
    Shape region;
    /** Height and width stated by an RLE segmentation, checked against the image when placed. */
    int rleHeight = -1;
    int rleWidth = -1;
    double[] bbox;
    /** The file's area; NaN when it has none. */
    double area = Double.NaN;
    boolean crowd;
    double[] keypoints;
    int numKeypoints = -1;
    double score = Double.NaN;
    Map<String, String> attributes;
    Boolean occluded;
    Double rotation;
    int line;

    /** The attributes, created empty at the first use. */
    Map<String, String> attributeMap() {
        if (attributes == null) {
            attributes = new LinkedHashMap<>();
        }
        return attributes;
    }
}
