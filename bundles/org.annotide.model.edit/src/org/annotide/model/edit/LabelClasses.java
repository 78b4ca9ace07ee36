package org.annotide.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;

/**
 * The project's label classes as a user manages them: distinct colours and free hotkeys for new (or imported)
 * classes, what carries a class, and what deleting a class or narrowing its shapes would do to the annotations
 * that carry it. Free of UI and of commands, so the Label Classes view, import and the server ask the same.
 */
public final class LabelClasses {

    /** Display colours that stay apart from each other, in the order new classes take them. */
    public static final List<String> PALETTE = List.of("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4",
            "#46f0f0", "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#fffac8", "#800000",
            "#aaffc3", "#808000", "#ffd8b1", "#000075", "#808080", "#ffe119");

    /**
     * Hotkeys the editor gives to classes, in the order new classes take them: 1 to 9. Not 0: the editor's
     * 0 is Actual Size, so a class given 0 could never be chosen with its key.
     */
    public static final List<String> HOTKEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

    private LabelClasses() {
    }

    /**
     * The first palette colour no class in {@code taken} uses; when all are used, the one used least (ties
     * going to the earlier), so that twenty-one classes still spread over the palette.
     */
    public static String distinctColor(Collection<LabelClass> taken) {
        Map<String, Integer> uses = new java.util.HashMap<>();
        for (LabelClass labelClass : taken) {
            if (labelClass.getColor() != null) {
                uses.merge(labelClass.getColor().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        String best = PALETTE.get(0);
        int bestUses = Integer.MAX_VALUE;
        for (String color : PALETTE) {
            int count = uses.getOrDefault(color, 0);
            if (count < bestUses) {
                best = color;
                bestUses = count;
            }
        }
        return best;
    }

    /** The first of {@link #HOTKEYS} no class in {@code taken} uses, or null when all nine are taken. */
    public static String freeHotkey(Collection<LabelClass> taken) {
        Set<String> used = taken.stream().map(LabelClass::getHotkey).filter(k -> k != null)
                .collect(Collectors.toSet());
        return HOTKEYS.stream().filter(k -> !used.contains(k)).findFirst().orElse(null);
    }

    /**
     * Gives classes that arrive (from an import, or made by the user) a colour that no class of the project
     * or an earlier arrival has, when theirs is missing or already taken, and a free hotkey when they have
     * none (or one that is taken). Colours a file chose and that are free are kept.
     */
    public static void assignDistinct(Collection<LabelClass> existing, Collection<LabelClass> arriving) {
        List<LabelClass> taken = new ArrayList<>(existing);
        for (LabelClass labelClass : arriving) {
            String color = labelClass.getColor() == null ? null : labelClass.getColor().toLowerCase(Locale.ROOT);
            boolean colorTaken = color == null || taken.stream()
                    .anyMatch(other -> other.getColor() != null && other.getColor().equalsIgnoreCase(color));
            if (colorTaken) {
                labelClass.setColor(distinctColor(taken));
            }
            String hotkey = labelClass.getHotkey();
            boolean hotkeyTaken = hotkey == null || hotkey.isEmpty()
                    || taken.stream().anyMatch(other -> hotkey.equals(other.getHotkey()));
            if (hotkeyTaken) {
                labelClass.setHotkey(freeHotkey(taken));
            }
            taken.add(labelClass);
        }
    }

    /** A new class for the project: "class N" not yet used, a distinct colour, a free hotkey, any shape. */
    public static LabelClass newClass(Project project) {
        Set<String> names = new HashSet<>();
        project.getLabelClasses().forEach(c -> names.add(c.getName()));
        int n = project.getLabelClasses().size() + 1;
        while (names.contains("class " + n)) {
            n++;
        }
        LabelClass labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
        labelClass.setId(UUID.randomUUID().toString());
        labelClass.setName("class " + n);
        labelClass.setColor(distinctColor(project.getLabelClasses()));
        labelClass.setHotkey(freeHotkey(project.getLabelClasses()));
        return labelClass;
    }

    /** Why the name cannot be the class's: empty, or another class of the project has it; null when it can. */
    public static String nameRefusal(LabelClass labelClass, String name) {
        if (name == null || name.isBlank()) {
            return "a class needs a name";
        }
        if (labelClass.eContainer() instanceof Project project) {
            for (LabelClass other : project.getLabelClasses()) {
                if (other != labelClass && name.trim().equals(other.getName())) {
                    return "another class is called \"" + name.trim() + "\"";
                }
            }
        }
        return null;
    }

    /**
     * Why the hotkey cannot be the class's: not one of {@link #HOTKEYS}, or another class has it; null when it
     * can (an empty hotkey means none).
     */
    public static String hotkeyRefusal(LabelClass labelClass, String hotkey) {
        if (hotkey == null || hotkey.isEmpty()) {
            return null;
        }
        if (!HOTKEYS.contains(hotkey)) {
            return "a class hotkey is one of the keys 1 to 9 (0 is Actual Size; letters are the tools' keys)";
        }
        if (labelClass.eContainer() instanceof Project project) {
            for (LabelClass other : project.getLabelClasses()) {
                if (other != labelClass && hotkey.equals(other.getHotkey())) {
                    return "\"" + other.getName() + "\" has the hotkey " + hotkey;
                }
            }
        }
        return null;
    }

    /** Whether the text is a display colour {@code #rrggbb}. */
    public static boolean isColor(String text) {
        return text != null && text.matches("#[0-9a-fA-F]{6}");
    }

    /** The annotations of the class's project that carry it, counted by shape kind (kinds in model order). */
    public static Map<ShapeKind, Long> usage(LabelClass labelClass) {
        Map<ShapeKind, Long> counts = new EnumMap<>(ShapeKind.class);
        if (labelClass.eContainer() instanceof Project project) {
            for (ImageAsset image : project.getImages()) {
                for (Annotation annotation : image.getAnnotations()) {
                    if (annotation.getLabelClass() == labelClass && annotation.getShape() != null) {
                        counts.merge(annotation.getShape().getKind(), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** "12 polygons, 1 box", or "no annotation". */
    public static String describe(Map<ShapeKind, Long> usage) {
        if (usage.isEmpty()) {
            return "no annotation";
        }
        return usage.entrySet().stream().map(e -> ClassRules.count(e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** What deleting the class does, in words, for the confirmation. */
    public static String deletionEffect(LabelClass labelClass) {
        Map<ShapeKind, Long> usage = usage(labelClass);
        if (usage.isEmpty()) {
            return "No annotation carries \"" + labelClass.getName() + "\".";
        }
        long total = usage.values().stream().mapToLong(Long::longValue).sum();
        return total + " annotation(s) carry \"" + labelClass.getName() + "\" (" + describe(usage) + "): they stay, "
                + "without a class" + (usage.containsKey(ShapeKind.IMAGE_CLASS) ? " (image-level classes too)" : "")
                + ".";
    }

    /**
     * Why the class cannot be narrowed to these shape kinds: annotations of other kinds carry it, and the model
     * never holds what the class rules forbid. Null when it can (an empty set means any kind).
     */
    public static String allowedShapesRefusal(LabelClass labelClass, Collection<ShapeKind> allowed) {
        if (allowed.isEmpty()) {
            return null;
        }
        Map<ShapeKind, Long> usage = usage(labelClass);
        usage.keySet().removeAll(allowed);
        if (usage.isEmpty()) {
            return null;
        }
        return describe(usage) + " carry \"" + labelClass.getName() + "\": give them another class first, or allow "
                + usage.keySet().stream().map(ClassRules::name).collect(Collectors.joining(" and "));
    }

    /**
     * Reads a skeleton as the user writes it, "1-2, 2-3" (1-based keypoint numbers) or with names
     * ("pole A-centre"), into pairs of 0-based indices.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static int[] parseSkeleton(String text, List<String> keypointNames) {
        if (text == null || text.isBlank()) {
            return new int[0];
        }
        List<Integer> edges = new ArrayList<>();
        for (String bone : text.split(",")) {
            String trimmed = bone.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int dash = trimmed.indexOf('-');
            if (dash <= 0 || dash == trimmed.length() - 1) {
                throw new IllegalArgumentException("\"" + trimmed + "\" is no bone: write two keypoints joined by '-', e.g. 1-2");
            }
            edges.add(keypoint(trimmed.substring(0, dash).trim(), keypointNames));
            edges.add(keypoint(trimmed.substring(dash + 1).trim(), keypointNames));
        }
        return edges.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int keypoint(String name, List<String> keypointNames) {
        int index = keypointNames.indexOf(name);
        if (index >= 0) {
            return index;
        }
        try {
            int number = Integer.parseInt(name);
            if (number >= 1 && number <= keypointNames.size()) {
                return number - 1;
            }
        } catch (NumberFormatException e) {
            // not a number: named below
        }
        throw new IllegalArgumentException("no keypoint \"" + name + "\": the class has " + keypointNames.size()
                + " keypoint(s)" + (keypointNames.isEmpty() ? "" : " (" + String.join(", ", keypointNames) + ")"));
    }

    /**
     * Why the value does not fit the attribute (a number that is none, a checkbox that is not true or false, a
     * choice not among the values); null when it fits. An empty value always fits (no value).
     */
    public static String attributeValueRefusal(AttributeDefinition attribute, String value) {
        if (value == null || value.isEmpty() || attribute.getType() == null) {
            return null;
        }
        switch (attribute.getType()) {
            case NUMBER:
                try {
                    double number = Double.parseDouble(value.trim());
                    return Double.isFinite(number) ? null : "\"" + value + "\" is no finite number";
                } catch (NumberFormatException e) {
                    return "\"" + attribute.getName() + "\" is a number, not \"" + value + "\"";
                }
            case CHECKBOX:
                return value.equals("true") || value.equals("false") ? null
                        : "\"" + attribute.getName() + "\" is a checkbox: true or false, not \"" + value + "\"";
            case RADIO:
            case SELECT:
                return attribute.getValues().contains(value) ? null
                        : "\"" + attribute.getName() + "\" is one of " + String.join(", ", attribute.getValues())
                                + ", not \"" + value + "\"";
            default:
                return null;
        }
    }

    /** The skeleton as {@link #parseSkeleton} reads it: "1-2, 2-3". */
    public static String formatSkeleton(int[] edges) {
        if (edges == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < edges.length; i += 2) {
            text.append(text.isEmpty() ? "" : ", ").append(edges[i] + 1).append('-').append(edges[i + 1] + 1);
        }
        return text.toString();
    }
}
