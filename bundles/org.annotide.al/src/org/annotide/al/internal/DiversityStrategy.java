package org.annotide.al.internal;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;

/**
 * {@code diversity}: k-center greedy on the model's embeddings (Sener and Savarese's core-set selection). With
 * {@code d(x) = min over the centres c of ||e_x - e_c||_2}, where the centres are the labelled items, the strategy
 * picks {@code argmax_x d(x)} (ties: lower pool index), makes it a centre, updates d, and repeats until the batch
 * is full: each pick is the item farthest from everything labelled or picked so far. The score of a picked item is
 * its d when it was picked; the score of every other item is its d after the last pick. Picked scores never
 * increase, and no other item scores more than the last pick, so the scores order the pool as the picks did.
 * With nothing labelled, the first centre is the item farthest from the pool's mean embedding, scored +infinity
 * (its distance to an empty set of centres).
 */
public final class DiversityStrategy implements Strategy {

    @Override
    public String id() {
        return "diversity";
    }

    @Override
    public boolean needsEmbeddings() {
        return true;
    }

    @Override
    public Scored score(StrategyInput input, int batch, Random random) {
        float[][] pool = input.embeddings();
        if (pool == null) {
            throw new IllegalArgumentException("diversity needs the model's embeddings of the pool");
        }
        int n = pool.length;
        int d = pool[0].length;
        float[] x = Vectors.flatten(pool, d);
        float[][] labelled = input.labelledEmbeddings() == null ? new float[0][] : input.labelledEmbeddings();
        float[] y = Vectors.flatten(labelled, d);
        int m = labelled.length;
        // squared distances to the nearest centre
        float[] nearest = new float[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            float best = Float.POSITIVE_INFINITY;
            for (int l = 0; l < m; l++) {
                float s = Vectors.squaredBelow(x, i, y, l, d, best);
                if (s < best) {
                    best = s;
                }
            }
            nearest[i] = best;
        });
        int picks = Math.min(batch, n);
        int[] chosen = new int[picks];
        double[] scores = new double[n];
        boolean[] picked = new boolean[n];
        for (int p = 0; p < picks; p++) {
            int best;
            double score;
            if (m == 0 && p == 0) {
                float[] mean = new float[d];
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < d; k++) {
                        mean[k] += x[i * d + k];
                    }
                }
                for (int k = 0; k < d; k++) {
                    mean[k] /= n;
                }
                best = 0;
                float far = -1;
                for (int i = 0; i < n; i++) {
                    float s = Vectors.squared(x, i, mean, 0, d);
                    if (s > far) {
                        far = s;
                        best = i;
                    }
                }
                score = Double.POSITIVE_INFINITY; // nothing is farther from an empty set of centres
            } else {
                best = -1;
                float far = -1;
                for (int i = 0; i < n; i++) {
                    if (!picked[i] && nearest[i] > far) {
                        far = nearest[i];
                        best = i;
                    }
                }
                score = Math.sqrt(far);
            }
            chosen[p] = best;
            picked[best] = true;
            scores[best] = score;
            int centre = best;
            IntStream.range(0, n).parallel().forEach(i -> {
                if (!picked[i]) {
                    float s = Vectors.squaredBelow(x, i, x, centre, d, nearest[i]);
                    if (s < nearest[i]) {
                        nearest[i] = s;
                    }
                }
            });
        }
        for (int i = 0; i < n; i++) {
            if (!picked[i]) {
                scores[i] = Math.sqrt(nearest[i]);
            }
        }
        return new Scored(scores, Arrays.copyOf(chosen, picks));
    }
}
