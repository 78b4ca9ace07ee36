package org.annotide.formats;

/**
 * How to export.
 *
 * @param copyImages copy the image files into the layout when the format defines where images go
 *                   (YOLO, VOC, COCO folders); otherwise only annotation files are written
 */
public record ExportOptions(boolean copyImages) {

    public static ExportOptions defaults() {
        return new ExportOptions(true);
    }
}
