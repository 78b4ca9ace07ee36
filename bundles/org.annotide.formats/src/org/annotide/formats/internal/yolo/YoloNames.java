package org.annotide.formats.internal.yolo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.annotide.formats.Dataset;
import org.annotide.model.LabelClass;

/** Class names by index, as YOLO numbers them (0-based, from obj.names or data.yaml's names). */
final class YoloNames {

    private final Map<Integer, LabelClass> classes = new TreeMap<>();

    /** Names from a list (index = position) or a map (index = key), as data.yaml writes them. */
    static YoloNames fromYaml(Object names, Dataset dataset) {
        YoloNames result = new YoloNames();
        if (names instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                result.classes.put(i, dataset.labelClass(String.valueOf(list.get(i))));
            }
        } else if (names instanceof Map<?, ?> map) {
            Map<Integer, String> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                try {
                    sorted.put(Integer.parseInt(String.valueOf(entry.getKey()).trim()), String.valueOf(entry.getValue()));
                } catch (NumberFormatException e) {
                    // a non-numeric key names no class index
                }
            }
            sorted.forEach((index, name) -> result.classes.put(index, dataset.labelClass(name)));
        }
        return result;
    }

    static YoloNames fromLines(List<String> lines, Dataset dataset) {
        YoloNames result = new YoloNames();
        int index = 0;
        for (String line : lines) {
            String name = line.strip();
            if (!name.isEmpty()) {
                result.classes.put(index++, dataset.labelClass(name));
            }
        }
        return result;
    }

    LabelClass get(int index) {
        return classes.get(index);
    }

    int size() {
        return classes.size();
    }

    List<LabelClass> all() {
        return new ArrayList<>(classes.values());
    }
}
