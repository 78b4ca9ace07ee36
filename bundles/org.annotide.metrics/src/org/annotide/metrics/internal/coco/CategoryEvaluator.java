package org.annotide.metrics.internal.coco;

import org.annotide.metrics.coco.CocoDataException;
import org.annotide.metrics.coco.CocoEvalParams;
import org.annotide.metrics.coco.IouType;

/**
 * COCOeval's evaluateImg and accumulate for one category over all images, on flat primitive arrays. The
 * matching loop, the ignore rules and the interpolation are pycocotools' line for line; what differs is only
 * the layout: per detection and (area range, threshold) one byte of flags instead of dicts of numpy arrays.
 */
final class CategoryEvaluator {

    private static final byte MATCHED = 1;
    private static final byte IGNORED = 2;

    private final EvaluationIndex index;
    private final GroundTruth gt;
    private final AnnotationTable dt;
    private final CocoEvalParams params;
    private final IouComputer iou;
    private final int t;
    private final int r;
    private final int a;
    private final int m;

    CategoryEvaluator(EvaluationIndex index, GroundTruth gt, AnnotationTable dt, CocoEvalParams params,
            IouComputer iou) {
        this.index = index;
        this.gt = gt;
        this.dt = dt;
        this.params = params;
        this.iou = iou;
        t = params.iouThresholds().length;
        r = params.recallThresholds().length;
        a = params.areaRanges().length;
        m = params.maxDetections().length;
    }

    /**
     * Evaluates category {@code k} and writes its slices of precision {@code [T][R][K][A][M]} and recall
     * {@code [T][K][A][M]} (both flat, pre-filled with -1).
     */
    void evaluate(int k, double[] precision, double[] recall) {
        int images = index.images();
        int maxDet = params.maxDetections()[m - 1];
        int[] detOffset = new int[images + 1];
        boolean[] present = new boolean[images];
        int anyPresent = 0;
        for (int i = 0; i < images; i++) {
            int pair = k * images + i;
            int gtCount = index.gtStart[pair + 1] - index.gtStart[pair];
            int dtCount = index.dtStart[pair + 1] - index.dtStart[pair];
            present[i] = gtCount > 0 || dtCount > 0;
            anyPresent += present[i] ? 1 : 0;
            detOffset[i + 1] = detOffset[i] + Math.min(dtCount, maxDet);
        }
        if (anyPresent == 0) {
            return; // no evaluated image has this category: precision and recall stay -1
        }
        int totalDets = detOffset[images];
        double[] scores = new double[totalDets];
        byte[][] flags = new byte[a][totalDets * t];
        int[][] notIgnoredGts = new int[a][images];
        // images are independent and write disjoint slices: with few categories they are the parallelism
        java.util.stream.IntStream.range(0, images).parallel().filter(i -> present[i]).forEach(i -> {
            int pair = k * images + i;
            int dtFrom = index.dtStart[pair];
            int dtCount = index.dtStart[pair + 1] - dtFrom;
            int[] dets = java.util.Arrays.copyOfRange(index.dtMembers, dtFrom, dtFrom + dtCount);
            NumpyMath.stableSortDescending(dets, 0, dtCount, dt.score, new int[dtCount]);
            int kept = detOffset[i + 1] - detOffset[i];
            for (int d = 0; d < kept; d++) {
                scores[detOffset[i] + d] = dt.score[dets[d]];
            }
            evaluateImage(pair, dets, kept, detOffset[i], flags, notIgnoredGts, i);
        });
        accumulate(k, present, detOffset, scores, flags, notIgnoredGts, precision, recall);
    }

    /** evaluateImg for every area range of one (image, category). */
    private void evaluateImage(int pair, int[] dets, int dtCount, int detBase, byte[][] flags, int[][] notIgnoredGts,
            int image) {
        AnnotationTable g = gt.annotations;
        int gtFrom = index.gtStart[pair];
        int gtCount = index.gtStart[pair + 1] - gtFrom;
        int[] gtRows = index.gtMembers;
        double[] ious = gtCount == 0 || dtCount == 0 ? null : iou.compute(gtRows, gtFrom, gtCount, dets, dtCount);
        if (ious != null && ious.length == 0) {
            ious = null;
        }
        boolean[] baseIgnore = new boolean[gtCount];
        for (int j = 0; j < gtCount; j++) {
            int row = gtRows[gtFrom + j];
            if (Double.isNaN(g.area[row])) {
                throw new CocoDataException(gt.file + ": annotation id " + PyKey.describe(g.id[row]) + " has no area");
            }
            baseIgnore[j] = g.crowd[row];
            if (params.iouType() == IouType.KEYPOINTS) {
                baseIgnore[j] = numKeypoints(row) == 0 || baseIgnore[j];
            }
        }
        int[] gtOrder = new int[gtCount];
        boolean[] gtIgnore = new boolean[gtCount];
        boolean[] gtMatched = new boolean[t * gtCount];
        double[] thresholds = params.iouThresholds();
        for (int ai = 0; ai < a; ai++) {
            double lo = params.areaRanges()[ai][0];
            double hi = params.areaRanges()[ai][1];
            // ground truths sorted ignore-last, stable
            int next = 0;
            int notIgnored = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < gtCount; j++) {
                    double area = g.area[gtRows[gtFrom + j]];
                    boolean ignore = baseIgnore[j] || area < lo || area > hi;
                    if (ignore == (pass == 1)) {
                        gtOrder[next] = j;
                        gtIgnore[next] = ignore;
                        next++;
                        notIgnored += ignore ? 0 : 1;
                    }
                }
            }
            notIgnoredGts[ai][image] = notIgnored;
            java.util.Arrays.fill(gtMatched, false);
            byte[] out = flags[ai];
            for (int ti = 0; ti < t; ti++) {
                for (int d = 0; d < dtCount; d++) {
                    boolean matchedNonZero = false;
                    boolean ignored = false;
                    if (ious != null) {
                        double best = Math.min(thresholds[ti], 1 - 1e-10);
                        int match = -1;
                        for (int gi = 0; gi < gtCount; gi++) {
                            int j = gtOrder[gi];
                            if (gtMatched[ti * gtCount + gi] && !g.crowd[gtRows[gtFrom + j]]) {
                                continue;
                            }
                            if (match > -1 && !gtIgnore[match] && gtIgnore[gi]) {
                                break;
                            }
                            double value = ious[d * gtCount + j];
                            if (value < best) {
                                continue;
                            }
                            best = value;
                            match = gi;
                        }
                        if (match != -1) {
                            ignored = gtIgnore[match];
                            // dtMatches holds the gt's id: an id of 0 reads as "unmatched" later, as in pycocotools
                            matchedNonZero = PyKey.asDouble(g.id[gtRows[gtFrom + gtOrder[match]]]) != 0;
                            gtMatched[ti * gtCount + match] = true;
                        }
                    }
                    double dtArea = dt.area[dets[d]];
                    boolean outside = dtArea < lo || dtArea > hi;
                    ignored = ignored || (!matchedNonZero && outside);
                    out[(detBase + d) * t + ti] = (byte) ((matchedNonZero ? MATCHED : 0) | (ignored ? IGNORED : 0));
                }
            }
        }
    }

    private int numKeypoints(int row) {
        AnnotationTable g = gt.annotations;
        if (g.numKeypoints[row] >= 0) {
            return g.numKeypoints[row];
        }
        // pycocotools needs "num_keypoints"; without it we count the labelled keypoints
        double[] points = g.keypoints[row];
        int labelled = 0;
        for (int i = 2; points != null && i < points.length; i += 3) {
            labelled += points[i] > 0 ? 1 : 0;
        }
        return labelled;
    }

    /** accumulate: precision-recall per threshold for each area range and detection limit. */
    private void accumulate(int k, boolean[] present, int[] detOffset, double[] scores, byte[][] flags,
            int[][] notIgnoredGts, double[] precision, double[] recall) {
        int images = present.length;
        int categories = index.categories();
        double[] recallThresholds = params.recallThresholds();
        int[] order = new int[detOffset[images]];
        int[] scratch = new int[order.length];
        double[] rc = new double[order.length];
        double[] pr = new double[order.length];
        for (int ai = 0; ai < a; ai++) {
            int npig = 0;
            for (int i = 0; i < images; i++) {
                if (present[i]) {
                    npig += notIgnoredGts[ai][i];
                }
            }
            if (npig == 0) {
                continue;
            }
            for (int mi = 0; mi < m; mi++) {
                int maxDet = params.maxDetections()[mi];
                int nd = 0;
                for (int i = 0; i < images; i++) {
                    int end = Math.min(detOffset[i + 1], detOffset[i] + maxDet);
                    for (int d = detOffset[i]; d < end; d++) {
                        order[nd++] = d;
                    }
                }
                NumpyMath.stableSortDescending(order, 0, nd, scores, scratch);
                byte[] f = flags[ai];
                for (int ti = 0; ti < t; ti++) {
                    double tp = 0;
                    double fp = 0;
                    for (int j = 0; j < nd; j++) {
                        byte flag = f[order[j] * t + ti];
                        if ((flag & IGNORED) == 0) {
                            if ((flag & MATCHED) != 0) {
                                tp++;
                            } else {
                                fp++;
                            }
                        }
                        rc[j] = tp / npig;
                        pr[j] = tp / (fp + tp + NumpyMath.SPACING_1);
                    }
                    recall[((ti * categories + k) * a + ai) * m + mi] = nd > 0 ? rc[nd - 1] : 0;
                    for (int j = nd - 1; j > 0; j--) {
                        if (pr[j] > pr[j - 1]) {
                            pr[j - 1] = pr[j];
                        }
                    }
                    int base = ti * r;
                    for (int ri = 0; ri < r; ri++) {
                        int pi = NumpyMath.searchLeft(rc, nd, recallThresholds[ri]);
                        double q = pi < nd ? pr[pi] : 0;
                        if (pi >= nd) {
                            // pycocotools' IndexError leaves this and every later recall point at 0
                            for (int rest = ri; rest < r; rest++) {
                                precision[(((base + rest) * categories + k) * a + ai) * m + mi] = 0;
                            }
                            break;
                        }
                        precision[(((base + ri) * categories + k) * a + ai) * m + mi] = q;
                    }
                }
            }
        }
    }
}
