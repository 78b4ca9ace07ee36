package org.annotide.al;

import java.util.Arrays;

/**
 * What a strategy gives: a score for every pool item (higher: more worth labelling) and the batch it picks, best
 * first. For most strategies the batch is simply the highest scores ({@link #top}); a strategy that picks
 * sequentially (diversity) fills in the score each item had when it was picked.
 *
 * @param scores one per pool item, in pool order
 * @param batch  pool indices, best first
 */
public record Scored(double[] scores, int[] batch) {

    /** The {@code batch} highest scores, ties broken by the lower pool index (so the result is reproducible). */
    public static Scored top(double[] scores, int batch) {
        return new Scored(scores, Arrays.copyOf(order(scores), Math.min(batch, scores.length)));
    }

    /** All pool indices by descending score, ties by ascending index; NaN scores last. */
    public static int[] order(double[] scores) {
        Integer[] boxed = new Integer[scores.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> {
            double x = scores[a];
            double y = scores[b];
            boolean nx = Double.isNaN(x);
            boolean ny = Double.isNaN(y);
            if (nx || ny) {
                return nx == ny ? Integer.compare(a, b) : nx ? 1 : -1;
            }
            int c = Double.compare(y, x);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] order = new int[boxed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = boxed[i];
        }
        return order;
    }
}
