package org.annotide.formats.internal.yolo;

/** Ultralytics obb datasets: oriented boxes (class and four corners). */
public final class YoloObbImporter extends YoloUltralyticsImporter {

    public YoloObbImporter() {
        super(YoloTask.OBB);
    }
}
