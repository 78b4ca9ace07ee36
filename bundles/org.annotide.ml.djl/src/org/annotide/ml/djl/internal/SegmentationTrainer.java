package org.annotide.ml.djl.internal;

import org.annotide.model.TaskType;

/**
 * Instance segmentation by semantic segmentation and connected components ({@link SegmentHead}) in sizes n, s
 * and m; the best epoch is the one with the highest mask mAP50.
 */
public final class SegmentationTrainer extends ObjectTrainer {

    public static final String ID = "org.annotide.ml.djl.segment";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TaskType task() {
        return TaskType.SEGMENT;
    }

    @Override
    ObjectHead head() {
        return new SegmentHead();
    }

    @Override
    String bestMetric() {
        return "mask_map50";
    }
}
