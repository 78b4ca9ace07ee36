/**
 * COCO evaluation (bbox, segm, keypoints) with pycocotools' rules: {@link org.annotide.metrics.coco.CocoEvaluator}
 * and its parameters and results. API for every bundle that evaluates a detector or segmenter.
 */
package org.annotide.metrics.coco;
