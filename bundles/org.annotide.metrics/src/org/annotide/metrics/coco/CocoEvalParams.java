package org.annotide.metrics.coco;

import org.annotide.metrics.internal.coco.NumpyMath;

/**
 * COCOeval's Params: IoU thresholds, recall thresholds, detections kept per image, object-size ranges and, for
 * keypoints, the OKS sigmas. {@link #defaults(IouType)} gives pycocotools' defaults, computed the way numpy's
 * linspace computes them (0.8999999999999999 and all), which is what the summary's IoU=.50 and IoU=.75 lookups
 * rely on.
 *
 * @param iouThresholds    matching thresholds (10 by default: 0.50:0.05:0.95)
 * @param recallThresholds recall points of the interpolated precision (101 by default: 0:0.01:1)
 * @param maxDetections    detections per image and category kept, ascending ([1, 10, 100]; keypoints [20])
 * @param areaRanges       object-area ranges {lo, hi} (inclusive), the first one "all"
 * @param areaLabels       their names, as in the summary ("all", "small", "medium", "large")
 * @param keypointSigmas   OKS sigmas per keypoint (COCO's 17 person sigmas by default); unused for bbox and segm
 */
public record CocoEvalParams(IouType iouType, double[] iouThresholds, double[] recallThresholds, int[] maxDetections,
        double[][] areaRanges, String[] areaLabels, double[] keypointSigmas) {

    private static final double[] COCO_PERSON_SIGMAS = personSigmas();

    /** COCO's per-keypoint sigmas for its 17 person keypoints (nose, eyes, ears, shoulders, ...), a copy. */
    public static double[] cocoPersonSigmas() {
        return COCO_PERSON_SIGMAS.clone();
    }

    private static double[] personSigmas() {
        double[] raw = { .26, .25, .25, .35, .35, .79, .79, .72, .72, .62, .62, 1.07, 1.07, .87, .87, .89, .89 };
        double[] sigmas = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            sigmas[i] = raw[i] / 10.0; // as np.array([...]) / 10.0
        }
        return sigmas;
    }

    public static CocoEvalParams defaults(IouType type) {
        double[] iou = NumpyMath.linspace(.5, 0.95, (int) Math.round((0.95 - .5) / .05) + 1);
        double[] recall = NumpyMath.linspace(.0, 1.00, (int) Math.round((1.00 - .0) / .01) + 1);
        double all = Math.pow(1e5, 2);
        if (type == IouType.KEYPOINTS) {
            return new CocoEvalParams(type, iou, recall, new int[] { 20 },
                    new double[][] { { 0, all }, { 32 * 32, 96 * 96 }, { 96 * 96, all } },
                    new String[] { "all", "medium", "large" }, COCO_PERSON_SIGMAS.clone());
        }
        return new CocoEvalParams(type, iou, recall, new int[] { 1, 10, 100 },
                new double[][] { { 0, all }, { 0, 32 * 32 }, { 32 * 32, 96 * 96 }, { 96 * 96, all } },
                new String[] { "all", "small", "medium", "large" }, COCO_PERSON_SIGMAS.clone());
    }

    /** The same parameters with other OKS sigmas (one per keypoint of the evaluated category). */
    public CocoEvalParams withKeypointSigmas(double[] sigmas) {
        return new CocoEvalParams(iouType, iouThresholds, recallThresholds, maxDetections, areaRanges, areaLabels,
                sigmas.clone());
    }
}
