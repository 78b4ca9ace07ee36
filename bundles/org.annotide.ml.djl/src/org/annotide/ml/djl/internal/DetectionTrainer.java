package org.annotide.ml.djl.internal;

import org.annotide.model.TaskType;

/** The grid detector ({@link GridHead}) in sizes n, s and m; the best epoch is the one with the highest mAP50. */
public final class DetectionTrainer extends ObjectTrainer {

    public static final String ID = "org.annotide.ml.djl.detect";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TaskType task() {
        return TaskType.DETECT;
    }

    @Override
    ObjectHead head() {
        return new GridHead();
    }

    @Override
    String bestMetric() {
        return "map50";
    }
}
