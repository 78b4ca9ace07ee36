package org.annotide.metrics.coco;

import java.util.Locale;

/** What COCOeval compares: boxes, segmentation masks, or keypoints (by OKS). */
public enum IouType {
    BBOX, SEGM, KEYPOINTS;

    /** The name pycocotools uses: "bbox", "segm", "keypoints". */
    public String cocoName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IouType fromCocoName(String name) {
        for (IouType type : values()) {
            if (type.cocoName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown iou type '" + name + "' (bbox, segm or keypoints)");
    }
}
