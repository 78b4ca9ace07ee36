package org.annotide.metrics.internal.coco;

import org.annotide.metrics.coco.CocoDataException;

/**
 * computeOks: object keypoint similarity, {@code mean over labelled gt keypoints of exp(-d^2 / (2 s^2 k^2))}
 * with s^2 the ground truth's area; a ground truth without labelled keypoints measures the distance to the box
 * twice its size. Arithmetic in pycocotools' order.
 */
final class OksComputer implements IouComputer {

    private final GroundTruth gt;
    private final AnnotationTable dt;
    private final double[] variances;
    private final String resultsFile;

    OksComputer(GroundTruth gt, AnnotationTable dt, double[] sigmas, String resultsFile) {
        this.gt = gt;
        this.dt = dt;
        this.resultsFile = resultsFile;
        variances = new double[sigmas.length];
        for (int i = 0; i < sigmas.length; i++) {
            double twice = sigmas[i] * 2;
            variances[i] = twice * twice; // (sigmas * 2) ** 2
        }
    }

    @Override
    public double[] compute(int[] gtRows, int gtFrom, int gtCount, int[] dtRows, int dtCount) {
        if (gtCount == 0 || dtCount == 0) {
            return new double[0];
        }
        int k = variances.length;
        AnnotationTable g = gt.annotations;
        double[] result = new double[dtCount * gtCount];
        double[] e = new double[k];
        for (int j = 0; j < gtCount; j++) {
            int row = gtRows[gtFrom + j];
            double[] gk = keypoints(g, row, gt.file.toString(), "annotation id " + PyKey.describe(g.id[row]));
            if (!g.hasBbox[row]) {
                throw new CocoDataException(gt.file + ": annotation id " + PyKey.describe(g.id[row]) + " has no bbox");
            }
            int labelled = 0;
            for (int i = 0; i < k; i++) {
                if (gk[3 * i + 2] > 0) {
                    labelled++;
                }
            }
            double bx = g.bbox[4 * row];
            double by = g.bbox[4 * row + 1];
            double bw = g.bbox[4 * row + 2];
            double bh = g.bbox[4 * row + 3];
            double x0 = bx - bw;
            double x1 = bx + bw * 2;
            double y0 = by - bh;
            double y1 = by + bh * 2;
            double scale = g.area[row] + NumpyMath.SPACING_1;
            for (int d = 0; d < dtCount; d++) {
                double[] dk = keypoints(dt, dtRows[d], resultsFile, "results[" + dtRows[d] + "]");
                int count = 0;
                for (int i = 0; i < k; i++) {
                    double xd = dk[3 * i];
                    double yd = dk[3 * i + 1];
                    double dx;
                    double dy;
                    if (labelled > 0) {
                        if (!(gk[3 * i + 2] > 0)) {
                            continue;
                        }
                        dx = xd - gk[3 * i];
                        dy = yd - gk[3 * i + 1];
                    } else {
                        dx = Math.max(0, x0 - xd) + Math.max(0, xd - x1);
                        dy = Math.max(0, y0 - yd) + Math.max(0, yd - y1);
                    }
                    e[count++] = Math.exp(-((dx * dx + dy * dy) / variances[i] / scale / 2));
                }
                result[d * gtCount + j] = NumpyMath.sum(e, 0, count) / count;
            }
        }
        return result;
    }

    private double[] keypoints(AnnotationTable table, int row, String file, String what) {
        double[] points = table.keypoints[row];
        if (points == null) {
            throw new CocoDataException(file + ": " + what + " has no keypoints");
        }
        if (points.length != 3 * variances.length) {
            throw new CocoDataException(file + ": " + what + " has " + points.length / 3 + " keypoints, but "
                    + variances.length + " OKS sigmas are set (COCO's 17 person keypoints unless given)");
        }
        return points;
    }
}
