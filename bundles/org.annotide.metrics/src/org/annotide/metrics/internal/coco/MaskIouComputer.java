package org.annotide.metrics.internal.coco;

import java.util.ArrayList;
import java.util.List;

import org.annotide.core.geometry.CocoRle;
import org.annotide.metrics.coco.CocoDataException;

/** computeIoU for iouType "segm": annToRLE on both sides, then maskApi's rleIou. */
final class MaskIouComputer implements IouComputer {

    private final GroundTruth gt;
    private final AnnotationTable dt;
    private final String resultsFile;

    MaskIouComputer(GroundTruth gt, AnnotationTable dt, String resultsFile) {
        this.gt = gt;
        this.dt = dt;
        this.resultsFile = resultsFile;
    }

    @Override
    public double[] compute(int[] gtRows, int gtFrom, int gtCount, int[] dtRows, int dtCount) {
        AnnotationTable g = gt.annotations;
        List<CocoRle> gtRles = new ArrayList<>(gtCount);
        boolean[] crowd = new boolean[gtCount];
        for (int j = 0; j < gtCount; j++) {
            int row = gtRows[gtFrom + j];
            gtRles.add(rle(g, row, gt.file.toString(), "annotation id " + PyKey.describe(g.id[row])));
            crowd[j] = g.crowd[row];
        }
        List<CocoRle> dtRles = new ArrayList<>(dtCount);
        for (int d = 0; d < dtCount; d++) {
            dtRles.add(rle(dt, dtRows[d], resultsFile, "results[" + dtRows[d] + "]"));
        }
        double[][] iou = CocoRle.iou(dtRles, gtRles, crowd);
        double[] result = new double[dtCount * gtCount];
        for (int d = 0; d < dtCount; d++) {
            System.arraycopy(iou[d], 0, result, d * gtCount, gtCount);
        }
        return result;
    }

    private CocoRle rle(AnnotationTable table, int row, String file, String what) {
        Segmentation segmentation = table.segmentation[row];
        if (segmentation == null) {
            throw new CocoDataException(file + ": " + what + " has no segmentation to evaluate");
        }
        if (segmentation instanceof Segmentation.Polygons polygons && polygons.polygons().length == 0) {
            throw new CocoDataException(file + ": " + what + " has an empty segmentation list");
        }
        int[] size = gt.imageSize(table.imageId[row]);
        try {
            return segmentation.toRle(size[0], size[1]);
        } catch (IllegalArgumentException e) {
            throw new CocoDataException(file + ": " + what + ": " + e.getMessage(), e);
        }
    }
}
