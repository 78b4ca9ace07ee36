package org.annotide.metrics.internal.coco;

import org.annotide.core.geometry.CocoRle;
import org.annotide.metrics.coco.CocoDataException;

/** computeIoU for iouType "bbox": maskApi's bbIou on the "bbox" fields. */
final class BoxIouComputer implements IouComputer {

    private final GroundTruth gt;
    private final AnnotationTable dt;

    BoxIouComputer(GroundTruth gt, AnnotationTable dt) {
        this.gt = gt;
        this.dt = dt;
    }

    @Override
    public double[] compute(int[] gtRows, int gtFrom, int gtCount, int[] dtRows, int dtCount) {
        AnnotationTable g = gt.annotations;
        double[] result = new double[dtCount * gtCount];
        for (int j = 0; j < gtCount; j++) {
            int row = gtRows[gtFrom + j];
            if (!g.hasBbox[row]) {
                throw new CocoDataException(gt.file + ": annotation id " + PyKey.describe(g.id[row]) + " has no bbox");
            }
            boolean crowd = g.crowd[row];
            for (int d = 0; d < dtCount; d++) {
                result[d * gtCount + j] = CocoRle.boxIou(dt.bbox, 4 * dtRows[d], g.bbox, 4 * row, crowd);
            }
        }
        return result;
    }
}
