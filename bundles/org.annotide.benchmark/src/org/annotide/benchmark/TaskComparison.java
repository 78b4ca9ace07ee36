package org.annotide.benchmark;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.ImageAsset;

/**
 * A submitted task set beside its ground truth, for the Admin's side-by-side view: the ground-truth objects G (from
 * {@code ground-truth/}, read-only), the submitted objects S, and every evaluation label with the objects it pairs
 * (which ground-truth object each submitted object matched, the similarity, whether the class is right) or leaves
 * alone (a missed ground-truth object, a false positive). Made by {@link TrainingSession#compare} for users who may
 * view the benchmark source only.
 *
 * @param task        the submitted task
 * @param groundTruth G, in the order the scoring used
 * @param submitted   S, in the order the scoring used
 * @param result      the task's result under the project's function
 * @param labels      one entry per evaluation label, in the result's order
 */
public record TaskComparison(AnnotatorTask task, List<Annotation> groundTruth, List<Annotation> submitted,
        TaskResult result, List<Label> labels) {

    /**
     * One evaluation label.
     *
     * @param groundTruth   the ground-truth object, or null for a false positive (an unmatched submitted object)
     * @param submitted     the submitted object, or null for a missed ground-truth object
     * @param labelClass    the class it counts for (the ground truth's, else the submitted one's)
     * @param similarity    sim(g, s) of a matched pair, 0 otherwise
     * @param categoryMatch whether the submitted class equals the ground truth's (false when unmatched)
     * @param score         the label's pair score in [0, 1]
     */
    public record Label(Annotation groundTruth, Annotation submitted, String labelClass, double similarity,
            boolean categoryMatch, double score) {

        public boolean matched() {
            return groundTruth != null && submitted != null;
        }

        /** A ground-truth object nobody matched: a false negative. */
        public boolean missed() {
            return groundTruth != null && submitted == null;
        }

        /** A submitted object that matched no ground-truth object: a false positive. */
        public boolean extra() {
            return groundTruth == null && submitted != null;
        }
    }

    public ImageAsset image() {
        return task.getImage();
    }

    /** The label of a ground-truth or submitted object, or null when it is in none (classification mode). */
    public Label labelOf(Annotation annotation) {
        for (Label label : labels) {
            if (label.groundTruth() == annotation || label.submitted() == annotation) {
                return label;
            }
        }
        return null;
    }
}
