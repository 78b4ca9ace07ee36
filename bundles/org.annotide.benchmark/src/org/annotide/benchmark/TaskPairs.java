package org.annotide.benchmark;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The weight-independent part of scoring one task: the ground-truth objects G and submitted objects S (class
 * name, annotation id) and every pair with a similarity above 0. Computed once per submission by
 * {@link ScoringEngine#pairs}; re-scoring with other weights reuses it.
 */
public final class TaskPairs {

    final String[] gClass;
    final String[] sClass;
    final long[] gId;
    final long[] sId;
    final int[] pairG;
    final int[] pairS;
    final double[] pairSim;
    final Set<String> gImageClasses;
    final Set<String> sImageClasses;
    final String gImageIds;
    final String sImageIds;

    TaskPairs(String[] gClass, long[] gId, String[] sClass, long[] sId, int[] pairG, int[] pairS, double[] pairSim,
            Set<String> gImageClasses, Set<String> sImageClasses, String gImageIds, String sImageIds) {
        this.gClass = gClass;
        this.gId = gId;
        this.sClass = sClass;
        this.sId = sId;
        this.pairG = pairG;
        this.pairS = pairS;
        this.pairSim = pairSim;
        this.gImageClasses = gImageClasses;
        this.sImageClasses = sImageClasses;
        this.gImageIds = gImageIds;
        this.sImageIds = sImageIds;
    }

    public int groundTruthCount() {
        return gClass.length;
    }

    public int submittedCount() {
        return sClass.length;
    }

    /** The number of pairs with similarity above 0. */
    public int pairCount() {
        return pairG.length;
    }

    public String groundTruthClass(int g) {
        return gClass[g];
    }

    public String submittedClass(int s) {
        return sClass[s];
    }

    public long groundTruthId(int g) {
        return gId[g];
    }

    public long submittedId(int s) {
        return sId[s];
    }

    /** The similarity of pair i (0 <= i < pairCount()) and its two sides. */
    public double pairSimilarity(int i) {
        return pairSim[i];
    }

    public int pairGroundTruth(int i) {
        return pairG[i];
    }

    public int pairSubmitted(int i) {
        return pairS[i];
    }

    /** The image-level classes of the ground truth and of the submission (classification mode), sorted. */
    public List<String> groundTruthImageClasses() {
        return List.copyOf(new TreeSet<>(gImageClasses));
    }

    public List<String> submittedImageClasses() {
        return List.copyOf(new TreeSet<>(sImageClasses));
    }
}
