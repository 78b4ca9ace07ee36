package org.annotide.metrics;

import org.annotide.model.LabelClass;

/**
 * What a similarity may need besides the two shapes.
 *
 * @param labelClass         the class of the reference annotation (its keypoint sigmas), or null
 * @param polylineTolerance  half-width in pixels of the band drawn around polylines before comparing them
 * @param objectArea         the reference object's area in square pixels for OKS (COCO's s^2), or NaN to use the
 *                           area of the box around the reference's labelled keypoints
 */
public record SimilarityContext(LabelClass labelClass, double polylineTolerance, double objectArea) {

    /** The default band half-width for polylines: 5 pixels, about what a careful annotator's hand wobbles. */
    public static final double DEFAULT_POLYLINE_TOLERANCE = 5;

    public static SimilarityContext defaults() {
        return new SimilarityContext(null, DEFAULT_POLYLINE_TOLERANCE, Double.NaN);
    }

    public static SimilarityContext of(LabelClass labelClass) {
        return new SimilarityContext(labelClass, DEFAULT_POLYLINE_TOLERANCE, Double.NaN);
    }

    public SimilarityContext withPolylineTolerance(double pixels) {
        return new SimilarityContext(labelClass, pixels, objectArea);
    }

    public SimilarityContext withObjectArea(double area) {
        return new SimilarityContext(labelClass, polylineTolerance, area);
    }
}
