package org.annotide.formats.internal.yolo;

/** Writes an Ultralytics detect dataset. */
public final class YoloDetectExporter extends YoloUltralyticsExporter {

    public YoloDetectExporter() {
        super(YoloTask.DETECT);
    }
}
