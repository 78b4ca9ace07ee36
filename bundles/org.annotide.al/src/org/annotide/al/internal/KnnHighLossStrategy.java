package org.annotide.al.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;

/**
 * {@code knn_high_loss}, the Label Studio manual's recipe: the labelled training items are taken in descending
 * order of their loss {@code -ln p_y} (ties: lower index); each gives its loss as score to its {@code k} nearest
 * pool items in embedding space (Euclidean; ties: lower pool index) that have no score yet, so an item's score is
 * the highest loss among the labelled items that have it as a neighbour. The walk stops once at least the batch
 * has scores (or the labelled items run out); pool items it never reached score 0. Parameter {@code k}, default
 * 10.
 */
public final class KnnHighLossStrategy implements Strategy {

    public static final int DEFAULT_K = 10;

    @Override
    public String id() {
        return "knn_high_loss";
    }

    @Override
    public boolean needsEmbeddings() {
        return true;
    }

    @Override
    public boolean needsLosses() {
        return true;
    }

    @Override
    public Scored score(StrategyInput input, int batch, Random random) {
        float[][] pool = input.embeddings();
        float[][] labelled = input.labelledEmbeddings();
        double[] losses = input.labelledLosses();
        if (pool == null || labelled == null || losses == null) {
            throw new IllegalArgumentException("knn_high_loss needs the embeddings of the pool and of the labelled items,"
                    + " and the labelled items' losses");
        }
        if (labelled.length == 0) {
            throw new IllegalArgumentException("knn_high_loss needs labelled items: label a first (random) batch");
        }
        int k = input.intParameter("k", DEFAULT_K);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        int n = pool.length;
        int d = pool[0].length;
        float[] x = Vectors.flatten(pool, d);
        float[] y = Vectors.flatten(labelled, d);
        Integer[] byLoss = new Integer[labelled.length];
        for (int i = 0; i < byLoss.length; i++) {
            byLoss[i] = i;
        }
        Arrays.sort(byLoss, Comparator.comparingDouble((Integer i) -> -losses[i]).thenComparingInt(i -> i));
        double[] scores = new double[n];
        boolean[] scored = new boolean[n];
        int count = 0;
        int target = Math.min(batch, n);
        for (int l : byLoss) {
            if (count >= target) {
                break;
            }
            for (int neighbour : nearest(x, n, y, l, d, Math.min(k, n))) {
                if (!scored[neighbour]) {
                    scored[neighbour] = true;
                    scores[neighbour] = losses[l];
                    count++;
                }
            }
        }
        return Scored.top(scores, batch);
    }

    /** The k pool items nearest to labelled item l, nearest first (ties: lower index). */
    private static int[] nearest(float[] x, int n, float[] y, int l, int d, int k) {
        float[] distances = new float[n];
        IntStream.range(0, n).parallel().forEach(i -> distances[i] = Vectors.squared(x, i, y, l, d));
        // a bounded max-heap on (distance, index) would be faster for huge k; k is small
        int[] best = new int[k];
        float[] bestDistance = new float[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            float s = distances[i];
            if (size == k && s >= bestDistance[k - 1]) {
                continue;
            }
            int at = size < k ? size++ : k - 1;
            while (at > 0 && bestDistance[at - 1] > s) {
                best[at] = best[at - 1];
                bestDistance[at] = bestDistance[at - 1];
                at--;
            }
            best[at] = i;
            bestDistance[at] = s;
        }
        return Arrays.copyOf(best, size);
    }
}
