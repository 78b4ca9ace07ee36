package org.annotide.metrics.classification;

/**
 * Scores of a classifier on labelled samples. The confusion matrix is {@code [true class][predicted class]}.
 * Precision, recall and F1 of a class with nothing to divide by (never predicted, never present) are 0, as
 * scikit-learn reports them by default.
 */
public final class ClassificationReport {

    private final long[][] confusion;
    private final double top5;
    private final long samples;

    ClassificationReport(long[][] confusion, double top5) {
        this.confusion = confusion;
        this.top5 = top5;
        long total = 0;
        for (long[] row : confusion) {
            for (long value : row) {
                total += value;
            }
        }
        this.samples = total;
    }

    public int classes() {
        return confusion.length;
    }

    public long samples() {
        return samples;
    }

    /** A copy of the confusion matrix, rows the true class, columns the predicted one. */
    public long[][] confusionMatrix() {
        long[][] copy = new long[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** Share of samples whose predicted class is the true one (NaN without samples). */
    public double top1Accuracy() {
        long correct = 0;
        for (int c = 0; c < confusion.length; c++) {
            correct += confusion[c][c];
        }
        return samples == 0 ? Double.NaN : (double) correct / samples;
    }

    /**
     * Share of samples whose true class is among the five highest scores (all classes when there are fewer);
     * NaN when the report was made from predicted classes only.
     */
    public double top5Accuracy() {
        return top5;
    }

    /** Samples whose true class is {@code c}. */
    public long support(int c) {
        long support = 0;
        for (long value : confusion[c]) {
            support += value;
        }
        return support;
    }

    public double precision(int c) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    public double recall(int c) {
        long support = support(c);
        return support == 0 ? 0 : (double) confusion[c][c] / support;
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Unweighted mean of the per-class F1 scores. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < confusion.length; c++) {
            sum += f1(c);
        }
        return confusion.length == 0 ? Double.NaN : sum / confusion.length;
    }
}
