package org.annotide.al.internal;

/** Distances between embeddings, written for speed: flat arrays, four accumulators, early exit. */
final class Vectors {

    private Vectors() {
    }

    /** Rows of equal length in one array, row {@code i} at {@code i * dimension}. */
    static float[] flatten(float[][] rows, int dimension) {
        float[] flat = new float[rows.length * dimension];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != dimension) {
                throw new IllegalArgumentException("embeddings of different lengths: " + rows[i].length + " and " + dimension);
            }
            System.arraycopy(rows[i], 0, flat, i * dimension, dimension);
        }
        return flat;
    }

    /** Squared Euclidean distance between row {@code a} of {@code x} and row {@code b} of {@code y}. */
    static float squared(float[] x, int a, float[] y, int b, int d) {
        return squaredBelow(x, a, y, b, d, Float.POSITIVE_INFINITY);
    }

    /**
     * Squared distance, or any value of at least {@code bound} as soon as the partial sum reaches it (callers that
     * look for a minimum need no more).
     */
    static float squaredBelow(float[] x, int a, float[] y, int b, int d, float bound) {
        int i = a * d;
        int j = b * d;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        while (k + 16 <= d) {
            for (int end = k + 16; k < end; k += 4) {
                float t0 = x[i + k] - y[j + k];
                float t1 = x[i + k + 1] - y[j + k + 1];
                float t2 = x[i + k + 2] - y[j + k + 2];
                float t3 = x[i + k + 3] - y[j + k + 3];
                s0 += t0 * t0;
                s1 += t1 * t1;
                s2 += t2 * t2;
                s3 += t3 * t3;
            }
            if (s0 + s1 + s2 + s3 >= bound) {
                return s0 + s1 + s2 + s3;
            }
        }
        for (; k < d; k++) {
            float t = x[i + k] - y[j + k];
            s0 += t * t;
        }
        return s0 + s1 + s2 + s3;
    }
}
