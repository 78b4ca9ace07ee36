package org.annotide.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.annotide.benchmark.internal.Assignment;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.metrics.SimilarityContext;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.Annotation;
import org.annotide.model.LabelClass;
import org.annotide.model.ScoringMode;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;

/**
 * Scores a submission against the ground truth exactly as docs/annotator-training.md defines it:
 * <ul>
 * <li>sim(g, s): the shape similarity of {@code org.annotide.metrics} for the two kinds (IoU for boxes, rotated
 * boxes, ellipses, polygons and masks, OKS with the ground-truth class's sigmas for keypoints, buffered band IoU for
 * polylines); two image-level classes: 1 when the classes are equal, else 0; kinds no similarity compares: 0.</li>
 * <li>pair score = (w_iou(c) sim + w_cat(c) [class(s) = class(g)]) / (w_iou(c) + w_cat(c)), c = class(g).</li>
 * <li>one-to-one matching maximising the sum of pair scores over the pairs with sim > 0 (and a pair score above 0);
 * each matched pair, unmatched g and unmatched s is one evaluation label; unmatched ones score 0.</li>
 * </ul>
 * {@link #pairs} does the geometry (once per submission), {@link #score} the weights and the matching (cheap, so
 * re-scoring with an edited function only repeats that).
 */
public final class ScoringEngine {

    private static final Set<ShapeKind> AREA_KINDS = Set.of(ShapeKind.BOX, ShapeKind.ROTATED_BOX, ShapeKind.POLYGON,
            ShapeKind.ELLIPSE, ShapeKind.MASK);

    private final SimilarityRegistry registry;
    /** The contribution per pair of kinds (by ordinal), looked up once: the registry's search is per pair. */
    private final SimilarityRegistry.Contribution[][] contributions =
            new SimilarityRegistry.Contribution[ShapeKind.VALUES.size()][ShapeKind.VALUES.size()];
    private final boolean[][] looked = new boolean[ShapeKind.VALUES.size()][ShapeKind.VALUES.size()];

    public ScoringEngine(SimilarityRegistry registry) {
        this.registry = registry;
    }

    /** The similarities of one task: every pair of a ground-truth and a submitted object with sim above 0. */
    public TaskPairs pairs(List<Annotation> groundTruth, List<Annotation> submitted) {
        int gn = groundTruth.size();
        int sn = submitted.size();
        String[] gClass = new String[gn];
        String[] sClass = new String[sn];
        long[] gId = new long[gn];
        long[] sId = new long[sn];
        double[][] gBounds = new double[gn][];
        double[][] sBounds = new double[sn][];
        SimilarityContext[] contexts = new SimilarityContext[gn];
        Set<String> gImage = new HashSet<>();
        Set<String> sImage = new HashSet<>();
        List<Long> gImageIds = new ArrayList<>();
        List<Long> sImageIds = new ArrayList<>();
        for (int g = 0; g < gn; g++) {
            Annotation a = groundTruth.get(g);
            gClass[g] = className(a);
            gId[g] = a.getId();
            gBounds[g] = boundsForPrefilter(a.getShape());
            contexts[g] = SimilarityContext.of(a.getLabelClass());
            if (kind(a) == ShapeKind.IMAGE_CLASS) {
                gImage.add(gClass[g]);
                gImageIds.add(a.getId());
            }
        }
        for (int s = 0; s < sn; s++) {
            Annotation a = submitted.get(s);
            sClass[s] = className(a);
            sId[s] = a.getId();
            sBounds[s] = boundsForPrefilter(a.getShape());
            if (kind(a) == ShapeKind.IMAGE_CLASS) {
                sImage.add(sClass[s]);
                sImageIds.add(a.getId());
            }
        }
        int capacity = Math.max(4, Math.max(gn, sn) * 2);
        int[] pg = new int[capacity];
        int[] ps = new int[capacity];
        double[] psim = new double[capacity];
        int count = 0;
        for (int g = 0; g < gn; g++) {
            Annotation ga = groundTruth.get(g);
            for (int s = 0; s < sn; s++) {
                double sim = similarity(ga, gClass[g], gBounds[g], submitted.get(s), sClass[s], sBounds[s],
                        contexts[g]);
                if (sim > 0) {
                    if (count == pg.length) {
                        pg = java.util.Arrays.copyOf(pg, count * 2);
                        ps = java.util.Arrays.copyOf(ps, count * 2);
                        psim = java.util.Arrays.copyOf(psim, count * 2);
                    }
                    pg[count] = g;
                    ps[count] = s;
                    psim[count] = Math.min(1, sim);
                    count++;
                }
            }
        }
        return new TaskPairs(gClass, gId, sClass, sId, java.util.Arrays.copyOf(pg, count),
                java.util.Arrays.copyOf(ps, count), java.util.Arrays.copyOf(psim, count), gImage, sImage,
                join(gImageIds), join(sImageIds));
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private double similarity(Annotation g, String gClass, double[] gBounds, Annotation s, String sClass,
            double[] sBounds, SimilarityContext context) {
        ShapeKind gk = kind(g);
        ShapeKind sk = kind(s);
        if (gk == null || sk == null) {
            return 0;
        }
        if (gk == ShapeKind.IMAGE_CLASS || sk == ShapeKind.IMAGE_CLASS) {
            return gk == sk && gClass.equals(sClass) ? 1 : 0;
        }
        if (gBounds != null && sBounds != null && !overlap(gBounds, sBounds,
                gk == ShapeKind.POLYLINE ? 2 * context.polylineTolerance() : 0)) {
            return 0;
        }
        SimilarityRegistry.Contribution contribution = contribution(gk, sk);
        if (contribution == null) {
            return 0;
        }
        double sim = contribution.similarity().similarity(g.getShape(), s.getShape(), context);
        return Double.isFinite(sim) ? sim : 0;
    }

    private SimilarityRegistry.Contribution contribution(ShapeKind g, ShapeKind s) {
        int a = g.getValue();
        int b = s.getValue();
        if (!looked[a][b]) {
            contributions[a][b] = registry.find(g, s).orElse(null);
            looked[a][b] = true;
        }
        return contributions[a][b];
    }

    /**
     * Bounds when a pair can only have sim > 0 if the bounds meet: area shapes (IoU) and polylines (bands of the
     * tolerance); null for keypoints (OKS is above 0 at any distance) and image classes.
     */
    private static double[] boundsForPrefilter(Shape shape) {
        if (shape == null) {
            return null;
        }
        ShapeKind kind = shape.getKind();
        return AREA_KINDS.contains(kind) || kind == ShapeKind.POLYLINE ? ShapeGeometry.bounds(shape) : null;
    }

    /** True unless the boxes (x, y, w, h), the first grown by margin, are apart or only touch. */
    private static boolean overlap(double[] a, double[] b, double margin) {
        return a[0] - margin < b[0] + b[2] && b[0] < a[0] + a[2] + margin && a[1] - margin < b[1] + b[3]
                && b[1] < a[1] + a[3] + margin;
    }

    private static ShapeKind kind(Annotation annotation) {
        return annotation.getShape() == null ? null : annotation.getShape().getKind();
    }

    private static String className(Annotation annotation) {
        LabelClass labelClass = annotation.getLabelClass();
        return labelClass == null || labelClass.getName() == null ? "" : labelClass.getName();
    }

    /** Applies a scoring function to a task's pairs: the weights, the matching, the labels. */
    public static TaskResult score(TaskPairs pairs, ScoringFunctionSpec function) {
        if (function.mode() == ScoringMode.CLASSIFICATION) {
            return classification(pairs);
        }
        int gn = pairs.gClass.length;
        int sn = pairs.sClass.length;
        int pairCount = pairs.pairG.length;
        double[] pairScore = new double[pairCount];
        for (int i = 0; i < pairCount; i++) {
            String c = pairs.gClass[pairs.pairG[i]];
            ScoringFunctionSpec.Weights w = function.weights(c);
            boolean same = c.equals(pairs.sClass[pairs.pairS[i]]);
            pairScore[i] = (w.iou() * pairs.pairSim[i] + (same ? w.category() : 0)) / (w.iou() + w.category());
        }
        int[] matchOfG = match(gn, sn, pairs.pairG, pairs.pairS, pairScore);
        boolean[] sMatched = new boolean[sn];
        int labels = 0;
        for (int g = 0; g < gn; g++) {
            if (matchOfG[g] >= 0) {
                sMatched[pairs.pairS[matchOfG[g]]] = true;
            }
            labels++;
        }
        for (int s = 0; s < sn; s++) {
            if (!sMatched[s]) {
                labels++;
            }
        }
        int[] lg = new int[labels];
        int[] ls = new int[labels];
        double[] lsim = new double[labels];
        boolean[] lcat = new boolean[labels];
        double[] lscore = new double[labels];
        int next = 0;
        for (int g = 0; g < gn; g++) {
            int pair = matchOfG[g];
            lg[next] = g;
            if (pair >= 0) {
                int s = pairs.pairS[pair];
                ls[next] = s;
                lsim[next] = pairs.pairSim[pair];
                lcat[next] = pairs.gClass[g].equals(pairs.sClass[s]);
                lscore[next] = pairScore[pair];
            } else {
                ls[next] = -1;
            }
            next++;
        }
        for (int s = 0; s < sn; s++) {
            if (!sMatched[s]) {
                lg[next] = -1;
                ls[next] = s;
                next++;
            }
        }
        return new TaskResult(pairs, false, lg, ls, lsim, lcat, lscore, new String[0], new boolean[0]);
    }

    private static TaskResult classification(TaskPairs pairs) {
        boolean equal = pairs.gImageClasses.equals(pairs.sImageClasses);
        TreeSet<String> union = new TreeSet<>(pairs.gImageClasses);
        union.addAll(pairs.sImageClasses);
        String[] classes = union.toArray(String[]::new);
        boolean[] hits = new boolean[classes.length];
        for (int i = 0; i < classes.length; i++) {
            hits[i] = pairs.gImageClasses.contains(classes[i]) && pairs.sImageClasses.contains(classes[i]);
        }
        return new TaskResult(pairs, true, new int[] { -1 }, new int[] { -1 }, new double[] { equal ? 1 : 0 },
                new boolean[] { equal }, new double[] { equal ? 1 : 0 }, classes, hits);
    }

    /**
     * The maximum-sum one-to-one matching over the pairs with a positive score, solved per connected component of
     * the pair graph (most components are one ground-truth and one submitted object).
     *
     * @return for each ground-truth object the index of its matched pair, or -1
     */
    static int[] match(int gn, int sn, int[] pairG, int[] pairS, double[] pairScore) {
        int[] result = new int[gn];
        java.util.Arrays.fill(result, -1);
        int[] parent = new int[gn + sn];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int positive = 0;
        for (int i = 0; i < pairG.length; i++) {
            if (pairScore[i] > 0) {
                union(parent, pairG[i], gn + pairS[i]);
                positive++;
            }
        }
        if (positive == 0) {
            return result;
        }
        // group the pairs by component root
        int[] componentPairs = new int[gn + sn];
        for (int i = 0; i < pairG.length; i++) {
            if (pairScore[i] > 0) {
                componentPairs[find(parent, pairG[i])]++;
            }
        }
        boolean[] done = new boolean[gn + sn];
        for (int i = 0; i < pairG.length; i++) {
            if (!(pairScore[i] > 0)) {
                continue;
            }
            int root = find(parent, pairG[i]);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            if (componentPairs[root] == 1) {
                result[pairG[i]] = i;
                continue;
            }
            solveComponent(root, parent, gn, sn, pairG, pairS, pairScore, result);
        }
        return result;
    }

    private static void solveComponent(int root, int[] parent, int gn, int sn, int[] pairG, int[] pairS,
            double[] pairScore, int[] result) {
        int[] rowOf = new int[gn];
        int[] colOf = new int[sn];
        java.util.Arrays.fill(rowOf, -1);
        java.util.Arrays.fill(colOf, -1);
        List<Integer> rows = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < pairG.length; i++) {
            if (pairScore[i] > 0 && find(parent, pairG[i]) == root) {
                if (rowOf[pairG[i]] < 0) {
                    rowOf[pairG[i]] = rows.size();
                    rows.add(pairG[i]);
                }
                if (colOf[pairS[i]] < 0) {
                    colOf[pairS[i]] = columns.size();
                    columns.add(pairS[i]);
                }
            }
        }
        double[][] profit = new double[rows.size()][columns.size()];
        int[][] pairIndex = new int[rows.size()][columns.size()];
        for (int i = 0; i < pairG.length; i++) {
            if (pairScore[i] > 0 && find(parent, pairG[i]) == root) {
                profit[rowOf[pairG[i]]][colOf[pairS[i]]] = pairScore[i];
                pairIndex[rowOf[pairG[i]]][colOf[pairS[i]]] = i;
            }
        }
        int[] assigned = Assignment.maximize(profit);
        for (int r = 0; r < assigned.length; r++) {
            if (assigned[r] >= 0) {
                result[rows.get(r)] = pairIndex[r][assigned[r]];
            }
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
