package org.annotide.formats.internal.yolo;

/** Writes an Ultralytics segment dataset. */
public final class YoloSegmentExporter extends YoloUltralyticsExporter {

    public YoloSegmentExporter() {
        super(YoloTask.SEGMENT);
    }
}
