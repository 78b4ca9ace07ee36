package org.annotide.formats.internal.voc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.LabelColors;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Subsets;
import org.annotide.model.Annotation;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;

/**
 * Writes Pascal VOC: {@code Annotations/<image>.xml} with an object per region (box = bndbox; any other area
 * shape = its bounds as bndbox plus its exact pixels in the segmentation PNGs), parts, actions and flags;
 * {@code SegmentationClass/} and {@code SegmentationObject/} palette PNGs when an image has non-box regions or
 * masks; {@code ImageSets/Main/<subset>.txt}, {@code <class>_<subset>.txt} for image-level classes and
 * {@code ImageSets/Segmentation/<subset>.txt}; {@code labelmap.txt} with every project class; images in
 * {@code JPEGImages/}. Keypoints and polylines have no VOC form and are reported.
 */
public final class VocExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path root = context.output();
        for (String folder : List.of("Annotations", "ImageSets/Main")) {
            Files.createDirectories(root.resolve(folder));
        }
        List<VocLabelMap.Entry> labelMap = labelMap(context);
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < labelMap.size(); i++) {
            classIndex.putIfAbsent(labelMap.get(i).name(), i);
        }
        VocAnnotationWriter writer = new VocAnnotationWriter(context.report());
        VocMaskWriter masks = new VocMaskWriter(labelMap, classIndex, context.report());
        Map<String, List<String>> subsets = new LinkedHashMap<>();
        Map<String, List<String>> segmented = new LinkedHashMap<>();
        Map<String, Map<LabelClass, Map<String, String>>> classFlags = new LinkedHashMap<>();
        Set<String> stems = new HashSet<>();
        context.monitor().beginTask("Exporting Pascal VOC", context.images().size());
        for (ImageAsset image : context.images()) {
            context.checkCancelled();
            String stem = ImageFiles.stem(image.getName());
            if (!stems.add(stem)) {
                context.report().reject(image.getName(), "", "another image already has the VOC name " + stem
                        + " (VOC names files by the image name without extension)");
                continue;
            }
            String subset = subset(image);
            subsets.computeIfAbsent(subset, key -> new ArrayList<>()).add(stem);
            List<VocObject> objects = VocObject.collect(image, context.report());
            writer.write(root.resolve("Annotations").resolve(stem + ".xml"), image, objects, masks.needed(objects));
            if (masks.needed(objects)) {
                if (masks.write(root, stem, image, objects)) {
                    segmented.computeIfAbsent(subset, key -> new ArrayList<>()).add(stem);
                }
            }
            for (Annotation annotation : image.getAnnotations()) {
                if (annotation.getShape().getKind() == ShapeKind.IMAGE_CLASS && annotation.getLabelClass() != null) {
                    classFlags.computeIfAbsent(subset, key -> new LinkedHashMap<>())
                            .computeIfAbsent(annotation.getLabelClass(), key -> new LinkedHashMap<>())
                            .merge(stem, "1".equals(annotation.getAttributes().get("difficult")) ? "0" : "1",
                                    (a, b) -> a.equals("1") || b.equals("1") ? "1" : "0");
                    context.report().accepted(1);
                }
            }
            copyImage(context, root, image);
            context.monitor().worked(1);
        }
        writeImageSets(root, subsets, segmented, classFlags);
        Files.write(root.resolve("labelmap.txt"), VocLabelMap.format(labelMap), StandardCharsets.UTF_8);
        context.monitor().done();
    }

    private static String subset(ImageAsset image) {
        return Subsets.of(image).replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /**
     * VOC's own 21 classes when the project's are among them ({@link #vocClassesOnly}); otherwise every project
     * class with a unique colour (its own unless taken or black, else the next free colour of the VOC colour
     * map), "background" (black) first whether or not the project has a class of that name.
     */
    private static List<VocLabelMap.Entry> labelMap(ExportContext context) {
        List<LabelClass> classes = context.project().getLabelClasses();
        Map<LabelClass, Set<String>> parts = new HashMap<>();
        Map<LabelClass, Set<String>> actions = new HashMap<>();
        for (LabelClass labelClass : classes) {
            Set<String> classActions = new LinkedHashSet<>();
            for (AttributeDefinition definition : labelClass.getAttributes()) {
                if (definition.getName() != null && definition.getName().startsWith(VocAnnotationReader.ACTION_PREFIX)) {
                    classActions.add(definition.getName().substring(VocAnnotationReader.ACTION_PREFIX.length()));
                }
            }
            actions.put(labelClass, classActions);
            parts.put(labelClass, new LinkedHashSet<>());
        }
        for (ImageAsset image : context.images()) {
            for (VocObject object : VocObject.collect(image, null)) {
                LabelClass labelClass = object.box().getLabelClass();
                for (String key : object.box().getAttributes().keySet()) {
                    if (key.startsWith(VocAnnotationReader.ACTION_PREFIX)) {
                        actions.get(labelClass).add(key.substring(VocAnnotationReader.ACTION_PREFIX.length()));
                    }
                }
                for (Annotation part : object.parts()) {
                    parts.get(labelClass).add(part.getLabelClass().getName());
                }
            }
        }
        if (vocClassesOnly(classes, parts)) {
            return standardLabelMap(classes, parts, actions);
        }
        List<VocLabelMap.Entry> entries = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        // palette index 0 is background in VOC masks, so background comes first, the project's class or not
        entries.add(new VocLabelMap.Entry("background", 0, List.of(), List.of()));
        used.add(0);
        int next = 1;
        for (LabelClass labelClass : classes) {
            int[] own = LabelColors.parse(labelClass.getColor());
            int rgb = own == null ? -1 : own[0] << 16 | own[1] << 8 | own[2];
            if ("background".equals(labelClass.getName())) {
                entries.set(0, new VocLabelMap.Entry("background", 0, new ArrayList<>(parts.get(labelClass)),
                        new ArrayList<>(actions.get(labelClass))));
                continue;
            }
            if (rgb == -1 || used.contains(rgb)) {
                while (used.contains(VocLabelMap.color(next))) {
                    next++;
                }
                rgb = VocLabelMap.color(next);
            }
            used.add(rgb);
            entries.add(new VocLabelMap.Entry(labelClass.getName(), rgb, new ArrayList<>(parts.get(labelClass)),
                    new ArrayList<>(actions.get(labelClass))));
        }
        return entries;
    }

    /**
     * Whether every class is one of Pascal VOC's 20 (or background) or a part of another class: then the
     * masks use VOC's own palette indices and colours, which readers that go by index (torchvision, mmseg)
     * take for VOC's classes, and the label map lists all 21 in VOC's order, then the part classes.
     */
    private static boolean vocClassesOnly(List<LabelClass> classes, Map<LabelClass, Set<String>> parts) {
        Set<String> partNames = new HashSet<>();
        parts.values().forEach(partNames::addAll);
        boolean anyVocClass = false;
        for (LabelClass labelClass : classes) {
            boolean voc = VocLabelMap.DEFAULT_LABELS.contains(labelClass.getName());
            if (!voc && !partNames.contains(labelClass.getName())) {
                return false;
            }
            anyVocClass |= voc && !"background".equals(labelClass.getName());
        }
        return anyVocClass;
    }

    private static List<VocLabelMap.Entry> standardLabelMap(List<LabelClass> classes, Map<LabelClass, Set<String>> parts,
            Map<LabelClass, Set<String>> actions) {
        Map<String, LabelClass> byName = new HashMap<>();
        classes.forEach(labelClass -> byName.put(labelClass.getName(), labelClass));
        List<VocLabelMap.Entry> entries = new ArrayList<>();
        for (int index = 0; index < VocLabelMap.DEFAULT_LABELS.size(); index++) {
            String name = VocLabelMap.DEFAULT_LABELS.get(index);
            LabelClass labelClass = byName.get(name);
            entries.add(new VocLabelMap.Entry(name, VocLabelMap.color(index),
                    labelClass == null ? List.of() : new ArrayList<>(parts.get(labelClass)),
                    labelClass == null ? List.of() : new ArrayList<>(actions.get(labelClass))));
        }
        // part classes (head, hand, foot) follow with their own colours, after every index VOC uses
        Set<Integer> used = new HashSet<>();
        entries.forEach(entry -> used.add(entry.rgb()));
        int next = entries.size();
        for (LabelClass labelClass : classes) {
            if (!VocLabelMap.DEFAULT_LABELS.contains(labelClass.getName())) {
                int[] own = LabelColors.parse(labelClass.getColor());
                int rgb = own == null ? -1 : own[0] << 16 | own[1] << 8 | own[2];
                while (rgb == -1 || used.contains(rgb)) {
                    rgb = VocLabelMap.color(next++);
                }
                used.add(rgb);
                entries.add(new VocLabelMap.Entry(labelClass.getName(), rgb, new ArrayList<>(parts.get(labelClass)),
                        new ArrayList<>(actions.get(labelClass))));
            }
        }
        return entries;
    }

    private static void writeImageSets(Path root, Map<String, List<String>> subsets, Map<String, List<String>> segmented,
            Map<String, Map<LabelClass, Map<String, String>>> classFlags) throws IOException {
        Path main = root.resolve("ImageSets").resolve("Main");
        for (Map.Entry<String, List<String>> subset : subsets.entrySet()) {
            Files.write(main.resolve(subset.getKey() + ".txt"), subset.getValue(), StandardCharsets.UTF_8);
            Map<LabelClass, Map<String, String>> flags = classFlags.get(subset.getKey());
            if (flags != null) {
                for (Map.Entry<LabelClass, Map<String, String>> entry : flags.entrySet()) {
                    List<String> lines = new ArrayList<>();
                    for (String stem : subset.getValue()) {
                        lines.add(stem + " " + entry.getValue().getOrDefault(stem, "-1"));
                    }
                    Files.write(main.resolve(entry.getKey().getName() + "_" + subset.getKey() + ".txt"), lines,
                            StandardCharsets.UTF_8);
                }
            }
        }
        if (!segmented.isEmpty()) {
            Path segmentation = root.resolve("ImageSets").resolve("Segmentation");
            Files.createDirectories(segmentation);
            for (Map.Entry<String, List<String>> subset : segmented.entrySet()) {
                Files.write(segmentation.resolve(subset.getKey() + ".txt"), subset.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    private static void copyImage(ExportContext context, Path root, ImageAsset image) throws IOException {
        if (!context.options().copyImages()) {
            return;
        }
        ImageFiles.copyImage(context, image, root.resolve("JPEGImages"), ImageFiles.baseName(image.getName()),
                why -> context.report().warn("JPEGImages", image.getName(), why));
    }
}
