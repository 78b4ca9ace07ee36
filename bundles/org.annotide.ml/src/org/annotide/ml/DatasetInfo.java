package org.annotide.ml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What preparing found: images per split, examples per class, and every image left out with the reason.
 *
 * @param examplesPerClass class name to number of examples (images for classify, objects otherwise)
 */
public record DatasetInfo(int trainImages, int validationImages, Map<String, Integer> examplesPerClass,
        List<Skipped> skipped) {

    /** An image or tile left out of the dataset, and why. */
    public record Skipped(String item, String reason) {
        @Override
        public String toString() {
            return item + ": " + reason;
        }
    }

    public DatasetInfo {
        examplesPerClass = new LinkedHashMap<>(examplesPerClass);
        skipped = List.copyOf(skipped);
    }

    /** As string entries, e.g. for the job's stored configuration ({@code dataset.*} keys). */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("dataset.train", Integer.toString(trainImages));
        map.put("dataset.validation", Integer.toString(validationImages));
        examplesPerClass.forEach((name, count) -> map.put("dataset.class." + name, Integer.toString(count)));
        map.put("dataset.skipped", Integer.toString(skipped.size()));
        int i = 1;
        for (Skipped s : skipped.subList(0, Math.min(skipped.size(), 1000))) {
            map.put("dataset.skipped." + i++, s.toString());
        }
        return map;
    }
}
