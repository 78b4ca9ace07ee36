package org.annotide.formats.internal.yolo;

/** Ultralytics detect datasets: boxes (class cx cy w h). */
public final class YoloDetectImporter extends YoloUltralyticsImporter {

    public YoloDetectImporter() {
        super(YoloTask.DETECT);
    }
}
