package org.annotide.metrics.tests.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.metrics.classification.ClassificationMetrics;
import org.annotide.metrics.classification.ClassificationReport;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    @Test
    void confusionPrecisionRecallF1() {
        // truth:     0 0 0 1 1 2
        // predicted: 0 0 1 1 2 2
        ClassificationReport report = ClassificationMetrics.fromPredictions(new int[] { 0, 0, 0, 1, 1, 2 },
                new int[] { 0, 0, 1, 1, 2, 2 }, 3);
        assertArrayEquals(new long[] { 2, 1, 0 }, report.confusionMatrix()[0]);
        assertArrayEquals(new long[] { 0, 1, 1 }, report.confusionMatrix()[1]);
        assertArrayEquals(new long[] { 0, 0, 1 }, report.confusionMatrix()[2]);
        assertEquals(4.0 / 6, report.top1Accuracy(), 1e-15);
        assertEquals(1, report.precision(0));
        assertEquals(2.0 / 3, report.recall(0), 1e-15);
        assertEquals(0.8, report.f1(0), 1e-15);
        assertEquals(0.5, report.precision(1));
        assertEquals(0.5, report.recall(1));
        assertEquals(0.5, report.precision(2));
        assertEquals(1, report.recall(2));
        assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, report.macroF1(), 1e-15);
        assertTrue(Double.isNaN(report.top5Accuracy()));
    }

    @Test
    void topOneAndTopFiveFromScores() {
        double[][] scores = new double[3][7];
        // sample 0: class 3 highest -> top-1 right
        scores[0][3] = 0.9;
        // sample 1: true class 6 ranks fifth (four higher scores) -> top-5 right, top-1 wrong
        scores[1] = new double[] { 0.9, 0.8, 0.7, 0.6, 0.1, 0, 0.5 };
        // sample 2: true class 4 ranks sixth -> wrong in both
        scores[2] = new double[] { 0.9, 0.8, 0.7, 0.6, 0.1, 0.5, 0.4 };
        ClassificationReport report = ClassificationMetrics.fromScores(new int[] { 3, 6, 4 }, scores);
        assertEquals(1.0 / 3, report.top1Accuracy(), 1e-15);
        assertEquals(2.0 / 3, report.top5Accuracy(), 1e-15);
        assertEquals(1, report.confusionMatrix()[6][0]);
    }

    @Test
    void classWithoutPredictionsScoresZeroAndBadLabelsAreRefused() {
        ClassificationReport report = ClassificationMetrics.fromPredictions(new int[] { 0, 1 }, new int[] { 0, 0 }, 2);
        assertEquals(0, report.precision(1));
        assertEquals(0, report.f1(1));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.fromPredictions(new int[] { 2 }, new int[] { 0 }, 2));
    }
}
