package org.annotide.formats.internal.yolo;

/** Writes an Ultralytics obb dataset. */
public final class YoloObbExporter extends YoloUltralyticsExporter {

    public YoloObbExporter() {
        super(YoloTask.OBB);
    }
}
