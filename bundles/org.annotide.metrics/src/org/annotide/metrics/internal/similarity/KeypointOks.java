package org.annotide.metrics.internal.similarity;

import org.annotide.metrics.ShapeSimilarity;
import org.annotide.metrics.SimilarityContext;
import org.annotide.metrics.coco.CocoEvalParams;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Shape;

/**
 * COCO's object keypoint similarity: the mean over the reference's labelled keypoints (visibility &gt; 0) of
 * {@code exp(-d^2 / (2 s^2 (2 sigma)^2))}, d the distance to the candidate's keypoint, s^2 the object's area.
 * Sigmas come from the label class ({@link LabelClass#getKeypointSigmas()}), else COCO's person sigmas when there
 * are 17 keypoints, else {@link #FALLBACK_SIGMA} for every keypoint. The area is the context's object area, else
 * the area of the box around the reference's labelled keypoints. A reference without labelled keypoints scores 0.
 */
public final class KeypointOks implements ShapeSimilarity {

    /** Sigma for keypoints without a class-defined one: the mean of COCO's 17 person sigmas, rounded. */
    public static final double FALLBACK_SIGMA = 0.063;

    @Override
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        KeypointsShape gt = (KeypointsShape) reference;
        KeypointsShape dt = (KeypointsShape) candidate;
        double[] g = gt.getPoints() == null ? new double[0] : gt.getPoints();
        double[] d = dt.getPoints() == null ? new double[0] : dt.getPoints();
        int count = g.length / 2;
        if (d.length / 2 != count) {
            throw new IllegalArgumentException("cannot compare " + count + " keypoints with " + d.length / 2);
        }
        int[] visibility = gt.getVisibility();
        double[] sigmas = sigmas(context.labelClass(), count);
        double area = Double.isNaN(context.objectArea()) ? labelledBoxArea(g, visibility) : context.objectArea();
        double sum = 0;
        int labelled = 0;
        for (int i = 0; i < count; i++) {
            if (!labelled(visibility, i)) {
                continue;
            }
            double dx = d[2 * i] - g[2 * i];
            double dy = d[2 * i + 1] - g[2 * i + 1];
            double variance = (2 * sigmas[i]) * (2 * sigmas[i]);
            sum += Math.exp(-((dx * dx + dy * dy) / variance / (area + Math.ulp(1.0)) / 2));
            labelled++;
        }
        return labelled == 0 ? 0 : sum / labelled;
    }

    static double[] sigmas(LabelClass labelClass, int count) {
        double[] own = labelClass == null ? null : labelClass.getKeypointSigmas();
        if (own != null && own.length > 0) {
            if (own.length != count) {
                throw new IllegalArgumentException("label class '" + labelClass.getName() + "' has " + own.length
                        + " keypoint sigmas for " + count + " keypoints");
            }
            return own;
        }
        double[] person = CocoEvalParams.cocoPersonSigmas();
        if (count == person.length) {
            return person;
        }
        double[] fallback = new double[count];
        java.util.Arrays.fill(fallback, FALLBACK_SIGMA);
        return fallback;
    }

    private static boolean labelled(int[] visibility, int i) {
        return visibility == null || i >= visibility.length || visibility[i] > 0;
    }

    private static double labelledBoxArea(double[] g, int[] visibility) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < g.length / 2; i++) {
            if (labelled(visibility, i)) {
                minX = Math.min(minX, g[2 * i]);
                maxX = Math.max(maxX, g[2 * i]);
                minY = Math.min(minY, g[2 * i + 1]);
                maxY = Math.max(maxY, g[2 * i + 1]);
            }
        }
        return minX > maxX ? 0 : (maxX - minX) * (maxY - minY);
    }
}
