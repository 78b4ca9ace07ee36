package org.annotide.al;

import java.util.List;

import org.annotide.ml.Predictor;

/**
 * The image-level uncertainty of a detector or a segmenter, for the uncertainty strategies ({@code least_confidence},
 * {@code margin}, {@code entropy}), which score one probability row per image. A detection carries one class and a
 * score {@code s}; it is read as the binary distribution {@code (s, 1 - s)} ("this object is what the model says" or
 * not). The image's row is the distribution of its <em>least certain</em> detection among those scoring at least
 * the threshold, that is the one whose score is nearest 0.5; an image with no such detection gets the uniform row
 * {@code (0.5, 0.5)}, the highest uncertainty (the model is sure of nothing in it: either it is empty or the model
 * misses its objects, and only a person can tell).
 * <p>
 * All three uncertainty formulas are, on a binary row, decreasing functions of {@code |s - 0.5|}; so the row of the
 * least certain detection gives every one of them its maximum over the image's detections: the image score is the
 * strategy's formula on its worst detection ("max" aggregation, as in Brust, Käding and Denzler, <i>Active Learning
 * for Deep Object Detection</i>, VISAPP 2019, and Haussmann et al., <i>Scalable Active Learning for Object
 * Detection</i>, IV 2020, where the maximum over detections did best). See docs/active-learning.md.
 */
public final class DetectionUncertainty {

    /** The default threshold: detections scoring below it are not looked at. */
    public static final double DEFAULT_MIN_SCORE = 0.25;

    private DetectionUncertainty() {
    }

    /**
     * The image's probability row: {@code (s, 1 - s)} of its detection scoring at least {@code minScore} whose score
     * is nearest 0.5 (the first of equals), or {@code (0.5, 0.5)} when it has none.
     *
     * @throws IllegalArgumentException when the threshold is not in [0, 1] or a score is not a number in [0, 1]
     */
    public static double[] row(List<Predictor.Detection> detections, double minScore) {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("the detection threshold must lie in [0, 1], not " + minScore);
        }
        double worst = Double.NaN;
        for (Predictor.Detection d : detections) {
            double s = d.score();
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("a detection score must lie in [0, 1], not " + s);
            }
            if (s >= minScore && (Double.isNaN(worst) || Math.abs(s - 0.5) < Math.abs(worst - 0.5))) {
                worst = s;
            }
        }
        if (Double.isNaN(worst)) {
            return new double[] {0.5, 0.5};
        }
        return new double[] {worst, 1 - worst};
    }
}
