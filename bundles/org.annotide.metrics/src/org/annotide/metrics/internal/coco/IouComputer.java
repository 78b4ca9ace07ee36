package org.annotide.metrics.internal.coco;

/**
 * COCOeval's computeIoU / computeOks for one (image, category): the similarity of every kept detection with
 * every ground truth, {@code result[d * G + g]} (detections in score order, ground truths in file order).
 */
interface IouComputer {

    /**
     * @param gtRows ground-truth rows, {@code gtCount} of them starting at {@code gtFrom}
     * @param dtRows detection rows in score order
     */
    double[] compute(int[] gtRows, int gtFrom, int gtCount, int[] dtRows, int dtCount);
}
