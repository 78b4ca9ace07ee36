package org.annotide.al.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;
import org.annotide.al.StrategyRegistry;
import org.annotide.al.internal.DiversityStrategy;
import org.annotide.al.internal.EntropyStrategy;
import org.annotide.al.internal.KnnHighLossStrategy;
import org.annotide.al.internal.LeastConfidenceStrategy;
import org.annotide.al.internal.MarginStrategy;
import org.annotide.al.internal.RandomStrategy;
import org.junit.jupiter.api.Test;

/** Every built-in strategy's formula on small inputs whose scores were worked out by hand (see the comments). */
class StrategyFormulaTest {

    private static final double EPS = 1e-6;

    // a: two classes nearly tied, b: three classes spread out, c: sure
    private static final double[][] P = {
            {0.5, 0.49, 0.01},
            {0.4, 0.3, 0.3},
            {0.9, 0.05, 0.05}};

    @Test
    void leastConfidenceIsOneMinusTheTopProbability() {
        Scored s = new LeastConfidenceStrategy().score(StrategyInput.of(P), 2, new Random(1));
        // 1 - 0.5, 1 - 0.4, 1 - 0.9
        assertArrayEquals(new double[] {0.5, 0.6, 0.1}, s.scores(), EPS);
        assertArrayEquals(new int[] {1, 0}, s.batch());
    }

    @Test
    void marginIsOneMinusTheGapOfTheTwoTopProbabilities() {
        Scored s = new MarginStrategy().score(StrategyInput.of(P), 2, new Random(1));
        // 1 - (0.5 - 0.49), 1 - (0.4 - 0.3), 1 - (0.9 - 0.05): the near tie comes first, unlike least confidence
        assertArrayEquals(new double[] {0.99, 0.9, 0.15}, s.scores(), EPS);
        assertArrayEquals(new int[] {0, 1}, s.batch());
        // the top two may be in any position and equal
        Scored tied = new MarginStrategy().score(StrategyInput.of(new double[][] {{0.1, 0.45, 0.45}}), 1, new Random(1));
        assertEquals(1.0, tied.scores()[0], EPS);
    }

    @Test
    void entropyIsMinusSumPLnP() {
        double[][] p = {P[0], P[1], {0.25, 0.25, 0.25, 0.25}, {1, 0, 0, 0}};
        // rows 3 and 4 have four classes: check each row against hand values one by one
        Strategy entropy = new EntropyStrategy();
        // -(0.5 ln 0.5 + 0.49 ln 0.49 + 0.01 ln 0.01) = 0.3465736 + 0.3495414 + 0.0460517
        assertEquals(0.7421667, entropy.score(StrategyInput.of(new double[][] {p[0]}), 1, null).scores()[0], 1e-6);
        // -(0.4 ln 0.4 + 2 * 0.3 ln 0.3) = 0.3665163 + 0.7223837
        assertEquals(1.0889000, entropy.score(StrategyInput.of(new double[][] {p[1]}), 1, null).scores()[0], 1e-6);
        // uniform over four: ln 4
        assertEquals(1.3862944, entropy.score(StrategyInput.of(new double[][] {p[2]}), 1, null).scores()[0], 1e-6);
        // certain: 0 (0 ln 0 taken as 0, not NaN)
        assertEquals(0.0, entropy.score(StrategyInput.of(new double[][] {p[3]}), 1, null).scores()[0], 0);
        Scored s = entropy.score(StrategyInput.of(P), 3, null);
        assertArrayEquals(new int[] {1, 0, 2}, s.batch());
    }

    @Test
    void diversityIsKCenterGreedy() {
        // 1-D: labelled at 0 and 10, pool 1, 4, 6, 9, 20. Distances to the nearest labelled: 1, 4, 4, 1, 10.
        // pick 20 (10); then 4 and 6 tie at 4, the lower index (4) wins; 6 is then 2 from 4; 1 and 9 stay 1.
        float[][] pool = {{1}, {4}, {6}, {9}, {20}};
        float[][] labelled = {{0}, {10}};
        Scored s = new DiversityStrategy().score(new StrategyInput(uniform(5), pool, labelled, null, Map.of()), 2,
                new Random(1));
        assertArrayEquals(new int[] {4, 1}, s.batch());
        assertArrayEquals(new double[] {1, 4, 2, 1, 10}, s.scores(), EPS);
        // Euclidean in 2-D: labelled (0,0); pool (3,4): 5, (1,1): sqrt 2, (-6,8): 10. Pick (-6,8); (3,4) is sqrt 97
        // from it, so keeps 5.
        float[][] pool2 = {{3, 4}, {1, 1}, {-6, 8}};
        Scored s2 = new DiversityStrategy().score(new StrategyInput(uniform(3), pool2, new float[][] {{0, 0}}, null,
                Map.of()), 1, new Random(1));
        assertArrayEquals(new int[] {2}, s2.batch());
        assertArrayEquals(new double[] {5, Math.sqrt(2), 10}, s2.scores(), EPS);
        // nothing labelled: 0, 1, 2, 10 have the mean 3.25; 10 is farthest (+inf), then 0 (10 away), then 2
        // (1 from 1? no: 2 is 2 from 0 and 8 from 10 -> 2; 1 is 1 from 0 -> 1)
        float[][] pool3 = {{0}, {1}, {2}, {10}};
        Scored s3 = new DiversityStrategy().score(new StrategyInput(uniform(4), pool3, new float[0][], null, Map.of()), 3,
                new Random(1));
        assertArrayEquals(new int[] {3, 0, 2}, s3.batch());
        assertArrayEquals(new double[] {10, 1, 2, Double.POSITIVE_INFINITY}, s3.scores(), EPS);
        // a dimension of 20 exercises the unrolled loop and its early exit: (3,4,0,...) vs origin is 5
        float[] far = new float[20];
        far[0] = 3;
        far[1] = 4;
        far[19] = 12; // 3, 4, 12 -> 13
        Scored s4 = new DiversityStrategy().score(new StrategyInput(uniform(2), new float[][] {far, new float[20]},
                new float[][] {new float[20]}, null, Map.of()), 1, new Random(1));
        assertArrayEquals(new double[] {13, 0}, s4.scores(), EPS);
    }

    @Test
    void knnHighLossGivesNeighboursOfTheWorstLabelledTheirLoss() {
        // labelled 0 (loss 0.5), 10 (loss 2), 20 (loss 1); pool 1, 9, 11, 12, 19, 30; k = 2, batch 3.
        // 10 first: its two nearest are 9 and 11 (both 1 away, lower index first) -> 2. Two scored < 3: go on.
        // 20: 19 (1 away) and 12 (8 away; 30 is 10 away) -> 1. Four scored: stop; 1 and 30 keep 0.
        float[][] pool = {{1}, {9}, {11}, {12}, {19}, {30}};
        float[][] labelled = {{0}, {10}, {20}};
        double[] losses = {0.5, 2.0, 1.0};
        Scored s = new KnnHighLossStrategy().score(new StrategyInput(uniform(6), pool, labelled, losses,
                Map.of("k", "2")), 3, new Random(1));
        assertArrayEquals(new double[] {0, 2, 2, 1, 1, 0}, s.scores(), EPS);
        assertArrayEquals(new int[] {1, 2, 3}, s.batch());
        // a neighbour already scored by a worse labelled item keeps the higher loss
        Scored s2 = new KnnHighLossStrategy().score(new StrategyInput(uniform(6), pool, labelled, losses,
                Map.of("k", "4")), 6, new Random(1));
        // 10 (2.0): 9, 11, 12, 1 (1, 1, 2, 9 away; 19 is 9 away too but later) ; 20 (1.0): 19, then 12 and 11 are
        // taken, 30 (10 away) -> 1; 0 (0.5): nothing left unscored
        assertArrayEquals(new double[] {2, 2, 2, 2, 1, 1}, s2.scores(), EPS);
        assertThrows(IllegalArgumentException.class, () -> new KnnHighLossStrategy().score(
                new StrategyInput(uniform(6), pool, new float[0][], new double[0], Map.of()), 3, new Random(1)));
    }

    @Test
    void randomIsAReproducibleUniformSample() {
        Strategy random = new RandomStrategy();
        Scored a = random.score(StrategyInput.of(uniform(5)), 3, new Random(7));
        Random same = new Random(7);
        double[] expected = new double[5];
        for (int i = 0; i < 5; i++) {
            expected[i] = same.nextDouble();
        }
        assertArrayEquals(expected, a.scores(), 0);
        assertArrayEquals(Arrays.copyOf(Scored.order(expected), 3), a.batch());
        assertArrayEquals(a.batch(), random.score(StrategyInput.of(uniform(5)), 3, new Random(7)).batch());
        assertNotEquals(Arrays.toString(a.scores()), Arrays.toString(random.score(StrategyInput.of(uniform(5)), 3,
                new Random(8)).scores()));
        // each of four items is picked about a quarter of the time
        int[] counts = new int[4];
        Random seeds = new Random(3);
        for (int t = 0; t < 4000; t++) {
            counts[random.score(StrategyInput.of(uniform(4)), 1, seeds).batch()[0]]++;
        }
        for (int c : counts) {
            assertTrue(c > 850 && c < 1150, Arrays.toString(counts));
        }
    }

    @Test
    void tiesGoToTheLowerIndexAndNaNLast() {
        assertArrayEquals(new int[] {1, 2, 0, 3}, Scored.order(new double[] {0.1, 0.5, 0.5, Double.NaN}));
    }

    @Test
    void badInputIsRefusedClearly() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> StrategyInput.of(new double[][] {{1.0}}));
        assertTrue(one.getMessage().contains("two classes"), one.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> StrategyInput.of(new double[0][]));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DiversityStrategy().score(StrategyInput.of(P), 1, null));
    }

    @Test
    void theBuiltInsRegisterThroughTheExtensionPoint() {
        StrategyRegistry registry = StrategyRegistry.installed();
        assertEquals(List.of("least_confidence", "margin", "entropy", "diversity", "knn_high_loss", "random"),
                registry.entries().stream().map(StrategyRegistry.Entry::id).toList());
        for (StrategyRegistry.Entry e : registry.entries()) {
            assertTrue(!e.formula().isBlank(), e.id() + " documents its formula");
        }
    }

    private static double[][] uniform(int n) {
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[] {0.5, 0.5};
        }
        return p;
    }
}
