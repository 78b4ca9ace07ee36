package org.annotide.metrics.internal.coco;

/**
 * The few numpy operations whose exact floating-point behaviour COCOeval's numbers depend on, reproduced
 * operation for operation so that results agree with pycocotools to the last bit where possible.
 */
public final class NumpyMath {

    /** numpy's PW_BLOCKSIZE: below it pairwise summation adds in eight interleaved accumulators. */
    private static final int PAIRWISE_BLOCK = 128;

    /** np.spacing(1): the gap between 1.0 and the next double. */
    public static final double SPACING_1 = Math.ulp(1.0);

    private NumpyMath() {
    }

    /** np.linspace(start, stop, num) with endpoint: {@code i * step + start}, the last value set to stop. */
    public static double[] linspace(double start, double stop, int num) {
        double[] values = new double[num];
        double step = (stop - start) / (num - 1);
        for (int i = 0; i < num; i++) {
            values[i] = i * step + start;
        }
        if (num > 1) {
            values[num - 1] = stop;
        }
        return values;
    }

    /** np.sum of a contiguous float64 array (numpy's pairwise summation). */
    public static double sum(double[] values, int from, int count) {
        return 0.0 + pairwise(values, from, count);
    }

    /** np.mean of a contiguous float64 array. */
    public static double mean(double[] values, int count) {
        return sum(values, 0, count) / count;
    }

    private static double pairwise(double[] a, int from, int n) {
        if (n < 8) {
            double result = 0.;
            for (int i = 0; i < n; i++) {
                result += a[from + i];
            }
            return result;
        }
        if (n <= PAIRWISE_BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                r0 += a[from + i];
                r1 += a[from + i + 1];
                r2 += a[from + i + 2];
                r3 += a[from + i + 3];
                r4 += a[from + i + 4];
                r5 += a[from + i + 5];
                r6 += a[from + i + 6];
                r7 += a[from + i + 7];
            }
            double result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                result += a[from + i];
            }
            return result;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwise(a, from, half) + pairwise(a, from + half, n - half);
    }

    /** np.searchsorted(sorted, value, side='left'): the first index whose value is not below {@code value}. */
    public static int searchLeft(double[] sorted, int length, double value) {
        int low = 0;
        int high = length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The permutation np.argsort(-keys, kind='mergesort') gives: descending keys, ties in input order, NaN
     * last (numpy sorts NaN to the end). Sorts {@code order[from..from+count)} in place by {@code keys[order[i]]}.
     */
    public static void stableSortDescending(int[] order, int from, int count, double[] keys, int[] scratch) {
        if (count < 2) {
            return;
        }
        if (count < 24) {
            for (int i = from + 1; i < from + count; i++) {
                int value = order[i];
                int j = i - 1;
                while (j >= from && before(keys[value], keys[order[j]])) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = value;
            }
            return;
        }
        int half = count / 2;
        stableSortDescending(order, from, half, keys, scratch);
        stableSortDescending(order, from + half, count - half, keys, scratch);
        if (!before(keys[order[from + half]], keys[order[from + half - 1]])) {
            return; // already in order
        }
        System.arraycopy(order, from, scratch, from, count);
        int left = from;
        int leftEnd = from + half;
        int right = leftEnd;
        int end = from + count;
        int out = from;
        while (left < leftEnd && right < end) {
            if (before(keys[scratch[right]], keys[scratch[left]])) {
                order[out++] = scratch[right++];
            } else {
                order[out++] = scratch[left++];
            }
        }
        while (left < leftEnd) {
            order[out++] = scratch[left++];
        }
        while (right < end) {
            order[out++] = scratch[right++];
        }
    }

    /** Whether a strictly precedes b when sorting -key ascending as numpy does (NaN greatest, -0 == 0). */
    private static boolean before(double a, double b) {
        double na = -a;
        double nb = -b;
        if (Double.isNaN(na)) {
            return false;
        }
        return Double.isNaN(nb) || na < nb;
    }
}
