package org.annotide.benchmark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.annotide.model.ClassScore;
import org.annotide.model.Score;
import org.annotide.model.ScoringMode;

/**
 * An annotator's score over their submitted tasks: 100 x (sum of pair scores) / (number of evaluation labels),
 * and per class the same over the labels whose class (of the ground truth, else of the submission) is that class.
 * Classification mode: one label per task; per class, the share of the tasks with the class in the ground truth
 * or the submission that have it in both. An annotator with submitted tasks but no label at all (every task empty
 * on both sides) scores 100; one without a submitted task has no score (NaN).
 */
public final class ScoreTotals {

    private final String annotator;
    private double sum;
    private long labels;
    private int tasks;
    private final Map<String, double[]> perClass = new TreeMap<>();

    public ScoreTotals(String annotator) {
        this.annotator = annotator;
    }

    public void add(TaskResult result) {
        tasks++;
        labels += result.labelCount();
        sum += result.scoreSum();
        if (result.isClassification()) {
            for (int i = 0; i < result.classHitCount(); i++) {
                double[] entry = perClass.computeIfAbsent(result.classHitClass(i), k -> new double[2]);
                entry[0] += result.classHit(i) ? 1 : 0;
                entry[1]++;
            }
        } else {
            for (int i = 0; i < result.labelCount(); i++) {
                double[] entry = perClass.computeIfAbsent(result.labelClass(i), k -> new double[2]);
                entry[0] += result.score(i);
                entry[1]++;
            }
        }
    }

    /**
     * Adds a submitted task by the score recorded on its submission rather than by its evaluation labels: a team
     * server's score in a client's mirror, which holds no ground truth. The sums are the same as
     * {@link #add(TaskResult)} would make, rebuilt from the task score and its class scores: a class's labels are its
     * matched, missed and extra objects; in classification mode a task is one label and each class score one task of that class.
     */
    public void add(Score recorded) {
        boolean classification = recorded.getScoringFunction() != null
                && recorded.getScoringFunction().getMode() == ScoringMode.CLASSIFICATION;
        long taskLabels = 0;
        for (ClassScore classScore : recorded.getClassScores()) {
            String name = classScore.getLabelClass() == null ? "" : classScore.getLabelClass().getName();
            long count = classification ? 1 : classScore.getMatched() + classScore.getMissed() + classScore.getExtra();
            double[] entry = perClass.computeIfAbsent(name, k -> new double[2]);
            entry[0] += classScore.getValue() / 100 * count;
            entry[1] += count;
            taskLabels += count;
        }
        long counted = classification ? 1 : taskLabels;
        tasks++;
        labels += counted;
        sum += recorded.getValue() / 100 * counted;
    }

    public String annotator() {
        return annotator;
    }

    /** The number of submitted tasks added. */
    public int tasks() {
        return tasks;
    }

    public long labels() {
        return labels;
    }

    /** The sum of the labels' pair scores (each in [0, 1]). */
    public double scoreSum() {
        return sum;
    }

    public double score() {
        if (labels == 0) {
            return tasks > 0 ? 100 : Double.NaN;
        }
        return 100 * sum / labels;
    }

    /** Per class: its score in [0, 100], by class name in alphabetical order. */
    public Map<String, Double> classScores() {
        Map<String, Double> scores = new TreeMap<>();
        perClass.forEach((name, entry) -> scores.put(name, 100 * entry[0] / entry[1]));
        return Collections.unmodifiableMap(scores);
    }

    /** Per class: its number of labels. */
    public Map<String, Long> classLabels() {
        Map<String, Long> counts = new TreeMap<>();
        perClass.forEach((name, entry) -> counts.put(name, (long) entry[1]));
        return Collections.unmodifiableMap(counts);
    }
}
