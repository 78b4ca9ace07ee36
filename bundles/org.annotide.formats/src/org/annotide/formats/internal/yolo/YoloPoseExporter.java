package org.annotide.formats.internal.yolo;

/** Writes an Ultralytics pose dataset. */
public final class YoloPoseExporter extends YoloUltralyticsExporter {

    public YoloPoseExporter() {
        super(YoloTask.POSE);
    }
}
