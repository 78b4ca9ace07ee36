package org.annotide.metrics.coco;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.annotide.metrics.internal.coco.NumpyMath;

/**
 * What COCOeval's accumulate and summarize produce: precision {@code [T][R][K][A][M]} and recall
 * {@code [T][K][A][M]} (flat, C order, -1 where a category has no ground truth), the summary statistics and
 * the summary text in pycocotools' layout.
 */
public final class CocoEvalResult {

    /** Names of the 12 detection statistics, in order. */
    public static final List<String> DETECTION_STAT_NAMES = List.of("AP", "AP50", "AP75", "APs", "APm", "APl",
            "AR1", "AR10", "AR100", "ARs", "ARm", "ARl");
    /** Names of the 10 keypoint statistics, in order. */
    public static final List<String> KEYPOINT_STAT_NAMES = List.of("AP", "AP50", "AP75", "APm", "APl", "AR",
            "AR50", "AR75", "ARm", "ARl");

    private final CocoEvalParams params;
    private final List<Object> categoryIds;
    private final int images;
    private final double[] precision;
    private final double[] recall;
    private final Function<Object, String> categoryNames;
    private final double[] stats;
    private final List<String> summary;

    public CocoEvalResult(CocoEvalParams params, List<Object> categoryIds, int images, double[] precision,
            double[] recall, Function<Object, String> categoryNames) {
        this.params = params;
        this.categoryIds = List.copyOf(categoryIds);
        this.images = images;
        this.precision = precision;
        this.recall = recall;
        this.categoryNames = categoryNames;
        List<String> lines = new ArrayList<>();
        this.stats = params.iouType() == IouType.KEYPOINTS ? summarizeKeypoints(lines) : summarizeDetections(lines);
        this.summary = Collections.unmodifiableList(lines);
    }

    public CocoEvalParams params() {
        return params;
    }

    public IouType iouType() {
        return params.iouType();
    }

    /** The summary statistics: 12 for bbox and segm, 10 for keypoints; -1 where nothing could be measured. */
    public double[] stats() {
        return stats.clone();
    }

    public List<String> statNames() {
        return params.iouType() == IouType.KEYPOINTS ? KEYPOINT_STAT_NAMES : DETECTION_STAT_NAMES;
    }

    /** The summary lines exactly as pycocotools' summarize() prints them. */
    public List<String> summaryLines() {
        return summary;
    }

    /** Evaluated category ids, sorted as pycocotools sorts them. */
    public List<Object> categoryIds() {
        return categoryIds;
    }

    public String categoryName(Object id) {
        return categoryNames.apply(id);
    }

    public int imageCount() {
        return images;
    }

    /** precision[T][R][K][A][M], flat in C order. */
    public double[] precision() {
        return precision.clone();
    }

    /** recall[T][K][A][M], flat in C order. */
    public double[] recall() {
        return recall.clone();
    }

    /**
     * AP of one category over all IoU thresholds, area "all" and the largest detection limit (mean of its
     * precision values above -1; -1 if none).
     */
    public double categoryAp(int category) {
        return meanPrecision(allThresholds(), new int[] { category }, 0, params.maxDetections().length - 1);
    }

    /** AP of one category at the first IoU threshold (0.50), area "all", the largest detection limit. */
    public double categoryAp50(int category) {
        return meanPrecision(new int[] { 0 }, new int[] { category }, 0, params.maxDetections().length - 1);
    }

    private double[] summarizeDetections(List<String> lines) {
        int[] maxDets = params.maxDetections();
        double[] s = new double[12];
        s[0] = summarize(lines, true, Double.NaN, "all", maxDets[2]);
        s[1] = summarize(lines, true, .5, "all", maxDets[2]);
        s[2] = summarize(lines, true, .75, "all", maxDets[2]);
        s[3] = summarize(lines, true, Double.NaN, "small", maxDets[2]);
        s[4] = summarize(lines, true, Double.NaN, "medium", maxDets[2]);
        s[5] = summarize(lines, true, Double.NaN, "large", maxDets[2]);
        s[6] = summarize(lines, false, Double.NaN, "all", maxDets[0]);
        s[7] = summarize(lines, false, Double.NaN, "all", maxDets[1]);
        s[8] = summarize(lines, false, Double.NaN, "all", maxDets[2]);
        s[9] = summarize(lines, false, Double.NaN, "small", maxDets[2]);
        s[10] = summarize(lines, false, Double.NaN, "medium", maxDets[2]);
        s[11] = summarize(lines, false, Double.NaN, "large", maxDets[2]);
        return s;
    }

    private double[] summarizeKeypoints(List<String> lines) {
        double[] s = new double[10];
        s[0] = summarize(lines, true, Double.NaN, "all", 20);
        s[1] = summarize(lines, true, .5, "all", 20);
        s[2] = summarize(lines, true, .75, "all", 20);
        s[3] = summarize(lines, true, Double.NaN, "medium", 20);
        s[4] = summarize(lines, true, Double.NaN, "large", 20);
        s[5] = summarize(lines, false, Double.NaN, "all", 20);
        s[6] = summarize(lines, false, .5, "all", 20);
        s[7] = summarize(lines, false, .75, "all", 20);
        s[8] = summarize(lines, false, Double.NaN, "medium", 20);
        s[9] = summarize(lines, false, Double.NaN, "large", 20);
        return s;
    }

    /** pycocotools' _summarize: the mean of the selected values above -1, or -1; prints one line. */
    private double summarize(List<String> lines, boolean ap, double iouThr, String areaLabel, int maxDets) {
        double[] iouThrs = params.iouThresholds();
        int[] thresholds;
        if (Double.isNaN(iouThr)) {
            thresholds = allThresholds();
        } else {
            // np.where(iouThr == p.iouThrs): exact equality with the linspace values
            thresholds = java.util.stream.IntStream.range(0, iouThrs.length).filter(i -> iouThrs[i] == iouThr)
                    .toArray();
        }
        int area = indexOf(params.areaLabels(), areaLabel);
        int maxDet = -1;
        for (int i = 0; i < params.maxDetections().length; i++) {
            if (params.maxDetections()[i] == maxDets) {
                maxDet = i;
                break;
            }
        }
        int[] allCategories = java.util.stream.IntStream.range(0, categoryIds.size()).toArray();
        double mean = area < 0 || maxDet < 0 ? -1
                : ap ? meanPrecision(thresholds, allCategories, area, maxDet)
                        : meanRecall(thresholds, allCategories, area, maxDet);
        String iouText = Double.isNaN(iouThr) ? fixed(iouThrs[0], 2) + ":" + fixed(iouThrs[iouThrs.length - 1], 2)
                : fixed(iouThr, 2);
        lines.add(String.format(Locale.ROOT, " %-18s %s @[ IoU=%-9s | area=%6s | maxDets=%3d ] = %s",
                ap ? "Average Precision" : "Average Recall", ap ? "(AP)" : "(AR)", iouText, areaLabel, maxDets,
                fixed(mean, 3)));
        return mean;
    }

    private double meanPrecision(int[] thresholds, int[] categories, int area, int maxDet) {
        int r = params.recallThresholds().length;
        int k = categoryIds.size();
        int a = params.areaRanges().length;
        int m = params.maxDetections().length;
        double[] values = new double[thresholds.length * r * categories.length];
        int count = 0;
        for (int t : thresholds) {
            for (int ri = 0; ri < r; ri++) {
                for (int category : categories) {
                    double value = precision[(((t * r + ri) * k + category) * a + area) * m + maxDet];
                    if (value > -1) {
                        values[count++] = value;
                    }
                }
            }
        }
        return count == 0 ? -1 : NumpyMath.mean(values, count);
    }

    private double meanRecall(int[] thresholds, int[] categories, int area, int maxDet) {
        int k = categoryIds.size();
        int a = params.areaRanges().length;
        int m = params.maxDetections().length;
        double[] values = new double[thresholds.length * categories.length];
        int count = 0;
        for (int t : thresholds) {
            for (int category : categories) {
                double value = recall[((t * k + category) * a + area) * m + maxDet];
                if (value > -1) {
                    values[count++] = value;
                }
            }
        }
        return count == 0 ? -1 : NumpyMath.mean(values, count);
    }

    private int[] allThresholds() {
        return java.util.stream.IntStream.range(0, params.iouThresholds().length).toArray();
    }

    private static int indexOf(String[] labels, String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** Python's '{:0.Nf}': correctly rounded, ties to even on the exact binary value. */
    static String fixed(double value, int digits) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
