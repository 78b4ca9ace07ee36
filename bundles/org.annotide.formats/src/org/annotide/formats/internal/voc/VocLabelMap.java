package org.annotide.formats.internal.voc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The label list of a VOC dataset with colours, parts and actions: {@code labelmap.txt} as CVAT and datumaro
 * write it ({@code label:r,g,b:part1,part2:action1,action2}), or the 21 classes of Pascal VOC 2012 with the
 * standard colour map when there is none. Index in the list = palette index in SegmentationClass PNGs.
 */
final class VocLabelMap {

    static final List<String> DEFAULT_LABELS = List.of("background", "aeroplane", "bicycle", "bird", "boat", "bottle",
            "bus", "car", "cat", "chair", "cow", "diningtable", "dog", "horse", "motorbike", "person", "pottedplant",
            "sheep", "sofa", "train", "tvmonitor");
    /** Palette index of "void" (object boundaries and regions to ignore). */
    static final int VOID = 255;

    record Entry(String name, int rgb, List<String> parts, List<String> actions) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Integer, Integer> indexByColor = new HashMap<>();
    private final boolean fromFile;

    private VocLabelMap(boolean fromFile) {
        this.fromFile = fromFile;
    }

    static VocLabelMap defaults() {
        VocLabelMap map = new VocLabelMap(false);
        for (int i = 0; i < DEFAULT_LABELS.size(); i++) {
            map.add(new Entry(DEFAULT_LABELS.get(i), color(i), List.of(), List.of()));
        }
        return map;
    }

    static VocLabelMap read(Path file) throws IOException {
        VocLabelMap map = new VocLabelMap(true);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split(":", -1);
            String name = fields[0];
            int rgb = fields.length > 1 && !fields[1].isBlank() ? parseColor(fields[1]) : color(map.entries.size());
            map.add(new Entry(name, rgb, list(fields, 2), list(fields, 3)));
        }
        return map;
    }

    static VocLabelMap of(List<Entry> entries) {
        VocLabelMap map = new VocLabelMap(true);
        entries.forEach(map::add);
        return map;
    }

    private static List<String> list(String[] fields, int index) {
        if (fields.length <= index || fields[index].isBlank()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : fields[index].split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static int parseColor(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a colour is r,g,b: " + text);
        }
        int rgb = 0;
        for (String part : parts) {
            int value = Integer.parseInt(part.strip());
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException("a colour component is 0 to 255: " + text);
            }
            rgb = rgb << 8 | value;
        }
        return rgb;
    }

    private void add(Entry entry) {
        indexByColor.putIfAbsent(entry.rgb(), entries.size());
        entries.add(entry);
    }

    boolean fromFile() {
        return fromFile;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The label of a colour, or null (void and unknown colours). */
    Entry byColor(int rgb) {
        Integer index = indexByColor.get(rgb & 0xffffff);
        return index == null ? null : entries.get(index);
    }

    /** Colour of palette index i in Pascal VOC's colour map (bits of i spread over r, g, b from the top). */
    static int color(int index) {
        int r = 0;
        int g = 0;
        int b = 0;
        int c = index;
        for (int j = 0; j < 8; j++) {
            r |= (c & 1) << (7 - j);
            g |= ((c >> 1) & 1) << (7 - j);
            b |= ((c >> 2) & 1) << (7 - j);
            c >>= 3;
        }
        return r << 16 | g << 8 | b;
    }

    /** Palette index of a colour of the standard colour map, or -1. */
    static int index(int rgb) {
        return INVERSE.getOrDefault(rgb & 0xffffff, -1);
    }

    private static final Map<Integer, Integer> INVERSE = new HashMap<>();

    static {
        for (int i = 0; i < 256; i++) {
            INVERSE.putIfAbsent(color(i), i);
        }
    }

    /** labelmap.txt lines. */
    static List<String> format(List<Entry> entries) {
        List<String> lines = new ArrayList<>();
        lines.add("# label:color_rgb:parts:actions");
        for (Entry entry : entries) {
            lines.add(entry.name() + ":" + ((entry.rgb() >> 16) & 0xff) + "," + ((entry.rgb() >> 8) & 0xff) + ","
                    + (entry.rgb() & 0xff) + ":" + String.join(",", entry.parts()) + ":" + String.join(",", entry.actions()));
        }
        return lines;
    }

    Map<String, Entry> byName() {
        Map<String, Entry> byName = new LinkedHashMap<>();
        entries.forEach(entry -> byName.putIfAbsent(entry.name(), entry));
        return byName;
    }
}
