package org.annotide.formats.internal.yolo;

/** Ultralytics segment datasets: polygons (class x1 y1 ... xn yn). */
public final class YoloSegmentImporter extends YoloUltralyticsImporter {

    public YoloSegmentImporter() {
        super(YoloTask.SEGMENT);
    }
}
