package org.annotide.metrics.internal.coco;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A COCO ground-truth dataset: images (id, size), categories and annotations, as pycocotools indexes them. */
public final class GroundTruth {

    final Path file;
    /** Image id to its entry in the lists below; a repeated id keeps its last entry, like pycocotools' imgs dict. */
    final Map<Object, Integer> imageIndex = new HashMap<>();
    final List<Object> imageIds = new ArrayList<>();
    final List<int[]> imageSizes = new ArrayList<>();
    final List<Object> categoryIds = new ArrayList<>();
    final Map<Object, String> categoryNames = new HashMap<>();
    final AnnotationTable annotations = new AnnotationTable();
    boolean hasAnnotations;

    GroundTruth(Path file) {
        this.file = file;
    }

    void addImage(Object id, int height, int width) {
        Integer existing = imageIndex.get(id);
        if (existing != null) {
            imageSizes.set(existing, new int[] { height, width });
            return;
        }
        imageIndex.put(id, imageIds.size());
        imageIds.add(id);
        imageSizes.add(new int[] { height, width });
    }

    void addCategory(Object id, String name) {
        categoryIds.add(id);
        categoryNames.put(id, name);
    }

    public Path file() {
        return file;
    }

    public AnnotationTable annotations() {
        return annotations;
    }

    public List<Object> categoryIds() {
        return categoryIds;
    }

    public String categoryName(Object id) {
        return categoryNames.get(id);
    }

    /** Height and width of an image, or null when the ground truth has no such image. */
    int[] imageSize(Object id) {
        Integer index = imageIndex.get(id);
        return index == null ? null : imageSizes.get(index);
    }

    boolean hasImage(Object id) {
        return imageIndex.containsKey(id);
    }
}
