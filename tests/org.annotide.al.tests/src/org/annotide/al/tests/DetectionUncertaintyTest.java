package org.annotide.al.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.annotide.al.DetectionUncertainty;
import org.annotide.al.Scored;
import org.annotide.al.StrategyInput;
import org.annotide.al.internal.EntropyStrategy;
import org.annotide.al.internal.LeastConfidenceStrategy;
import org.annotide.al.internal.MarginStrategy;
import org.annotide.ml.Predictor.Detection;
import org.junit.jupiter.api.Test;

/** The image-level uncertainty of a detector, on detections whose rows and scores were worked out by hand. */
class DetectionUncertaintyTest {

    private static final double EPS = 1e-9;

    private static Detection d(double score) {
        return new Detection(0, score, 1, 2, 3, 4, null);
    }

    // image a: a sure object and an uncertain one; b: two sure objects; c: nothing; d: only a detection under the
    // threshold; e: one object below 0.5
    private static final List<List<Detection>> IMAGES = List.of(
            List.of(d(0.95), d(0.6)),
            List.of(d(0.99), d(0.9)),
            List.of(),
            List.of(d(0.1)),
            List.of(d(0.3), d(0.97)));

    private static double[][] rows(double minScore) {
        return IMAGES.stream().map(l -> DetectionUncertainty.row(l, minScore)).toArray(double[][]::new);
    }

    @Test
    void theRowIsTheLeastCertainDetectionAboveTheThreshold() {
        double[][] rows = rows(0.25);
        assertArrayEquals(new double[] {0.6, 0.4}, rows[0], EPS); // |0.6-0.5| < |0.95-0.5|
        assertArrayEquals(new double[] {0.9, 0.1}, rows[1], EPS);
        assertArrayEquals(new double[] {0.5, 0.5}, rows[2], EPS); // no detection: the highest uncertainty
        assertArrayEquals(new double[] {0.5, 0.5}, rows[3], EPS); // 0.1 is below the threshold
        assertArrayEquals(new double[] {0.3, 0.7}, rows[4], EPS); // |0.3-0.5| = 0.2 < 0.47
        // with a threshold of 0.05 the weak detection of d counts: (0.1, 0.9)
        assertArrayEquals(new double[] {0.1, 0.9}, rows(0.05)[3], EPS);
        // with 0.5 only claimed objects count: e keeps its sure object only
        assertArrayEquals(new double[] {0.97, 0.03}, rows(0.5)[4], EPS);
        // ties: the first of equals (0.4 and 0.6 are equally uncertain)
        assertArrayEquals(new double[] {0.4, 0.6}, DetectionUncertainty.row(List.of(d(0.4), d(0.6)), 0), EPS);
    }

    @Test
    void theStrategiesScoreTheImagesOnTheirWorstDetection() {
        StrategyInput input = StrategyInput.of(rows(0.25));
        // least confidence: 1 - max(s, 1-s)
        Scored lc = new LeastConfidenceStrategy().score(input, 2, new Random(1));
        assertArrayEquals(new double[] {0.4, 0.1, 0.5, 0.5, 0.3}, lc.scores(), EPS);
        // margin: 1 - |s - (1-s)|
        Scored margin = new MarginStrategy().score(input, 2, new Random(1));
        assertArrayEquals(new double[] {0.8, 0.2, 1.0, 1.0, 0.6}, margin.scores(), EPS);
        // entropy: -s ln s - (1-s) ln (1-s)
        Scored entropy = new EntropyStrategy().score(input, 3, new Random(1));
        double a = -(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4)); // 0.673012
        double b = -(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)); // 0.325083
        double e = -(0.3 * Math.log(0.3) + 0.7 * Math.log(0.7)); // 0.610864
        assertArrayEquals(new double[] {a, b, Math.log(2), Math.log(2), e}, entropy.scores(), 1e-6);
        // the images without a detection come first, then the one with the 0.6 detection
        assertArrayEquals(new int[] {2, 3, 0}, entropy.batch());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DetectionUncertainty.row(List.of(), 1.5));
        assertThrows(IllegalArgumentException.class, () -> DetectionUncertainty.row(List.of(), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> DetectionUncertainty.row(List.of(d(Double.NaN)), 0.25));
        assertThrows(IllegalArgumentException.class, () -> DetectionUncertainty.row(List.of(d(1.2)), 0.25));
    }
}
