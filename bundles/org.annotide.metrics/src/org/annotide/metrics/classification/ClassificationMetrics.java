package org.annotide.metrics.classification;

/**
 * Image-classification scores: top-1 and top-5 accuracy, per-class precision, recall and F1, and the
 * confusion matrix. Classes are numbered 0..C-1.
 */
public final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    /**
     * @param truth  the true class of each sample
     * @param scores per sample, one score per class (higher is more likely); the prediction is the highest,
     *               ties going to the lower class number
     */
    public static ClassificationReport fromScores(int[] truth, double[][] scores) {
        if (truth.length != scores.length) {
            throw new IllegalArgumentException(truth.length + " labels for " + scores.length + " score rows");
        }
        int classes = scores.length == 0 ? 0 : scores[0].length;
        int[] predicted = new int[truth.length];
        int top5 = 0;
        for (int i = 0; i < truth.length; i++) {
            double[] row = scores[i];
            if (row.length != classes) {
                throw new IllegalArgumentException("score row " + i + " has " + row.length + " classes, not " + classes);
            }
            checkClass(truth[i], classes, i);
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (row[c] > row[best]) {
                    best = c;
                }
            }
            predicted[i] = best;
            if (rank(row, truth[i]) < 5) {
                top5++;
            }
        }
        ConfusionCounts counts = count(truth, predicted, classes);
        return new ClassificationReport(counts.matrix, truth.length == 0 ? Double.NaN : (double) top5 / truth.length);
    }

    /** Top-1 metrics from predicted classes; top-5 is not known and reported as NaN. */
    public static ClassificationReport fromPredictions(int[] truth, int[] predicted, int classes) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " labels for " + predicted.length + " predictions");
        }
        for (int i = 0; i < truth.length; i++) {
            checkClass(truth[i], classes, i);
            checkClass(predicted[i], classes, i);
        }
        return new ClassificationReport(count(truth, predicted, classes).matrix, Double.NaN);
    }

    /** How many classes rank before {@code label}: higher score, or equal score and lower number. */
    private static int rank(double[] row, int label) {
        int before = 0;
        for (int c = 0; c < row.length; c++) {
            if (row[c] > row[label] || (row[c] == row[label] && c < label)) {
                before++;
            }
        }
        return before;
    }

    private record ConfusionCounts(long[][] matrix) {
    }

    private static ConfusionCounts count(int[] truth, int[] predicted, int classes) {
        long[][] matrix = new long[classes][classes];
        for (int i = 0; i < truth.length; i++) {
            matrix[truth[i]][predicted[i]]++;
        }
        return new ConfusionCounts(matrix);
    }

    private static void checkClass(int label, int classes, int sample) {
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException("sample " + sample + ": class " + label + " is not in 0.." + (classes - 1));
        }
    }
}
