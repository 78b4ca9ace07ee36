package org.annotide.formats.internal.yolo;

/** Ultralytics pose datasets: boxes with keypoints (kpt_shape). */
public final class YoloPoseImporter extends YoloUltralyticsImporter {

    public YoloPoseImporter() {
        super(YoloTask.POSE);
    }
}
