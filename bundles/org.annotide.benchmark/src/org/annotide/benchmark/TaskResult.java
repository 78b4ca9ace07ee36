package org.annotide.benchmark;

/**
 * The evaluation labels of one scored task. In dynamic mode each matched pair, each unmatched ground-truth object
 * and each unmatched submitted object is one label; in classification mode the task is one label (its image-level
 * classes equal the ground truth's or not) and the per-class hits are kept apart for per-class scores.
 */
public final class TaskResult {

    private final TaskPairs pairs;
    private final boolean classification;
    private final int[] g;
    private final int[] s;
    private final double[] similarity;
    private final boolean[] categoryMatch;
    private final double[] score;
    private final String[] hitClasses;
    private final boolean[] hits;

    TaskResult(TaskPairs pairs, boolean classification, int[] g, int[] s, double[] similarity, boolean[] categoryMatch,
            double[] score, String[] hitClasses, boolean[] hits) {
        this.pairs = pairs;
        this.classification = classification;
        this.g = g;
        this.s = s;
        this.similarity = similarity;
        this.categoryMatch = categoryMatch;
        this.score = score;
        this.hitClasses = hitClasses;
        this.hits = hits;
    }

    public TaskPairs pairs() {
        return pairs;
    }

    public boolean isClassification() {
        return classification;
    }

    /** The number of evaluation labels. */
    public int labelCount() {
        return score.length;
    }

    /** The sum of the labels' scores, each in [0, 1]. */
    public double scoreSum() {
        double sum = 0;
        for (double value : score) {
            sum += value;
        }
        return sum;
    }

    /** 100 x (sum of pair scores) / (number of labels); 100 for a task with no label (neither G nor S). */
    public double taskScore() {
        return score.length == 0 ? 100 : 100 * scoreSum() / score.length;
    }

    /** The ground-truth index of label i, or -1 for an unmatched submitted object (or a classification label). */
    public int groundTruth(int i) {
        return g[i];
    }

    /** The submitted index of label i, or -1 for an unmatched ground-truth object. */
    public int submitted(int i) {
        return s[i];
    }

    /** sim(g, s) of a matched pair; 0 for an unmatched object; 1 or 0 for a classification label. */
    public double similarity(int i) {
        return similarity[i];
    }

    /** Whether the submitted class equals the ground truth's (false for unmatched objects). */
    public boolean categoryMatch(int i) {
        return categoryMatch[i];
    }

    /** The label's score in [0, 1]. */
    public double score(int i) {
        return score[i];
    }

    /** The class a label counts for: the ground truth's, else the submitted one's; classes joined by + for a task label. */
    public String labelClass(int i) {
        if (classification) {
            return String.join("+", pairs.groundTruthImageClasses());
        }
        return g[i] >= 0 ? pairs.gClass[g[i]] : pairs.sClass[s[i]];
    }

    /** Classification mode: the classes in the ground truth or the submission, and whether each is in both. */
    public int classHitCount() {
        return hitClasses.length;
    }

    public String classHitClass(int i) {
        return hitClasses[i];
    }

    public boolean classHit(int i) {
        return hits[i];
    }
}
