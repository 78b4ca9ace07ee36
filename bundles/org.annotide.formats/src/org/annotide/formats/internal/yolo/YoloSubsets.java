package org.annotide.formats.internal.yolo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.formats.internal.Subsets;
import org.annotide.model.ImageAsset;

/** Groups images by their {@code subset} metadata for the YOLO layouts ("default" or none becomes "train"). */
final class YoloSubsets {

    private YoloSubsets() {
    }

    static Map<String, List<ImageAsset>> of(List<ImageAsset> images) {
        Map<String, List<ImageAsset>> subsets = new LinkedHashMap<>();
        for (ImageAsset image : images) {
            subsets.computeIfAbsent(name(image), key -> new ArrayList<>()).add(image);
        }
        return subsets;
    }

    static String name(ImageAsset image) {
        String subset = image.getMetadata().get(Subsets.KEY);
        if (subset == null || subset.isBlank() || subset.equals("default")) {
            return "train";
        }
        return subset.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** The data.yaml key a subset is listed under: train, val or test. */
    static String split(String subset) {
        return switch (subset) {
            case "val", "valid", "validation" -> "val";
            case "test" -> "test";
            default -> "train";
        };
    }
}
