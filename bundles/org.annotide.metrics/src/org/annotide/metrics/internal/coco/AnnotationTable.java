package org.annotide.metrics.internal.coco;

import java.util.Arrays;

/**
 * Annotations (ground truth or detections) stored column by column in primitive arrays, so that millions of
 * them cost no per-object overhead and no boxing. Absent numbers are NaN.
 */
public final class AnnotationTable {

    int size;
    Object[] id = new Object[64];
    Object[] imageId = new Object[64];
    Object[] categoryId = new Object[64];
    double[] area = new double[64];
    double[] score = new double[64];
    /** x, y, w, h per annotation; {@link #hasBbox} says whether the JSON had one. */
    double[] bbox = new double[4 * 64];
    boolean[] hasBbox = new boolean[64];
    /** An empty "bbox": [] list, which makes pycocotools' loadRes skip the box branch. */
    boolean[] emptyBbox = new boolean[64];
    boolean[] crowd = new boolean[64];
    Segmentation[] segmentation = new Segmentation[64];
    boolean[] hasSegmentation = new boolean[64];
    double[][] keypoints = new double[64][];
    int[] numKeypoints = new int[64];
    boolean[] hasCaption = new boolean[64];

    int add() {
        if (size == id.length) {
            int capacity = size * 2;
            id = Arrays.copyOf(id, capacity);
            imageId = Arrays.copyOf(imageId, capacity);
            categoryId = Arrays.copyOf(categoryId, capacity);
            area = Arrays.copyOf(area, capacity);
            score = Arrays.copyOf(score, capacity);
            bbox = Arrays.copyOf(bbox, capacity * 4);
            hasBbox = Arrays.copyOf(hasBbox, capacity);
            emptyBbox = Arrays.copyOf(emptyBbox, capacity);
            crowd = Arrays.copyOf(crowd, capacity);
            segmentation = Arrays.copyOf(segmentation, capacity);
            hasSegmentation = Arrays.copyOf(hasSegmentation, capacity);
            keypoints = Arrays.copyOf(keypoints, capacity);
            numKeypoints = Arrays.copyOf(numKeypoints, capacity);
            hasCaption = Arrays.copyOf(hasCaption, capacity);
        }
        int index = size++;
        area[index] = Double.NaN;
        score[index] = Double.NaN;
        numKeypoints[index] = -1;
        return index;
    }

    public int size() {
        return size;
    }
}
