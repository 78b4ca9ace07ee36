package org.annotide.formats.internal.coco;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;

/**
 * One COCO annotation as it became model annotations: the region (box, polygon, mask or image class) and the
 * keypoints, which share a group when both exist. Remembered by id so that the same object met again in a
 * second file of the same subset (person_keypoints next to instances) is completed, not duplicated.
 */
final class CocoObject {

    final ImageAsset image;
    final long categoryId;
    Annotation region;
    Annotation keypoints;

    CocoObject(ImageAsset image, long categoryId) {
        this.image = image;
        this.categoryId = categoryId;
    }
}
