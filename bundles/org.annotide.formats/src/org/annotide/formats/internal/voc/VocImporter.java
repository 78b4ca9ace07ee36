package org.annotide.formats.internal.voc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.LabelColors;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.Subsets;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;

/**
 * Pascal VOC: {@code Annotations/*.xml} (see {@link VocAnnotationReader}), {@code SegmentationClass/} and
 * {@code SegmentationObject/} PNG masks (see {@link VocMaskReader}), {@code ImageSets/Main/<subset>.txt} (subsets)
 * and {@code ImageSets/Main/<class>_<subset>.txt} (image-level classes), {@code labelmap.txt} (classes, colours,
 * parts, actions), images in {@code JPEGImages/}. A single annotation XML file can be imported too.
 */
public final class VocImporter implements FormatImporter {

    @Override
    public int detect(Path source) {
        if (Files.isRegularFile(source)) {
            return source.getFileName().toString().toLowerCase().endsWith(".xml")
                    && JsonSupport.head(source, 2048).contains("<annotation") && !JsonSupport.head(source, 2048)
                            .contains("<annotations") ? LIKELY : NO;
        }
        if (Files.isDirectory(source.resolve("Annotations"))) {
            return CERTAIN;
        }
        return Files.isDirectory(source.resolve("SegmentationClass")) || Files.isDirectory(source.resolve("SegmentationObject"))
                ? LIKELY : NO;
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        Path source = context.source();
        if (Files.isRegularFile(source)) {
            VocLabelMap labels = VocLabelMap.defaults();
            // a file that cannot be parsed contributes nothing, not even its image (as in a folder)
            dataset.readWhole(context.report(), () -> new VocAnnotationReader(context, dataset).read(source,
                    image(context, dataset, source.getParent(), ImageFiles.stem(source.getFileName().toString()), null,
                            labels)));
            return;
        }
        if (!Files.isDirectory(source)) {
            throw new IOException("There is no file or folder " + source);
        }
        VocLabelMap labels = labelMap(context, dataset, source);
        Map<String, String> subsets = new LinkedHashMap<>();
        List<VocClassLists.ClassList> classLists = new ArrayList<>();
        readImageSets(context, source, labels, subsets, classLists);
        TreeSet<String> stems = new TreeSet<>(subsets.keySet());
        stems.addAll(stems(source.resolve("Annotations"), ".xml"));
        stems.addAll(stems(source.resolve("SegmentationClass"), ".png"));
        stems.addAll(stems(source.resolve("SegmentationObject"), ".png"));
        for (VocClassLists.ClassList list : classLists) {
            list.rows().forEach(row -> stems.add(row[0]));
        }
        VocAnnotationReader annotations = new VocAnnotationReader(context, dataset);
        VocMaskReader masks = new VocMaskReader(context, dataset, labels);
        context.monitor().beginTask("Importing Pascal VOC", stems.size());
        for (String stem : stems) {
            context.checkCancelled();
            // an annotation file that cannot be parsed takes its image (and the masks grouped with its objects) along
            dataset.readWhole(context.report(), () -> {
                ImageAsset image = image(context, dataset, source, stem, subsets.get(stem), labels);
                Path xml = source.resolve("Annotations").resolve(stem + ".xml");
                List<Annotation> objects = Files.isRegularFile(xml) ? annotations.read(xml, image) : List.of();
                masks.read(source, stem, image, objects);
            });
            context.monitor().worked(1);
        }
        for (VocClassLists.ClassList list : classLists) {
            VocClassLists.apply(context, dataset, list);
        }
        LabelClass background = dataset.findLabelClass("background");
        if (background != null && labels.fromFile() && !labels.entries().isEmpty()
                && isBackground(labels, labels.entries().get(0))) {
            background.setColor("#000000");
        }
        context.monitor().done();
    }

    private static ImageAsset image(ImportContext context, Dataset dataset, Path root, String stem, String subset,
            VocLabelMap labels) {
        ImageAsset image = dataset.image(stem, stem);
        Subsets.set(image, subset);
        if (image.getLocation() == null) {
            List<Path> folders = new ArrayList<>(List.of(root.resolve("JPEGImages"), root));
            folders.addAll(context.options().imageRoots());
            Path found = null;
            for (Path folder : folders) {
                found = ImageFiles.findByStem(folder, stem);
                if (found != null) {
                    break;
                }
            }
            if (found != null) {
                image.setName(found.getFileName().toString());
            }
            ImageFiles.locate(image, image.getName(), found);
        }
        return image;
    }

    private static VocLabelMap labelMap(ImportContext context, Dataset dataset, Path root) throws IOException {
        Path file = root.resolve("labelmap.txt");
        VocLabelMap labels;
        if (Files.isRegularFile(file)) {
            try {
                labels = VocLabelMap.read(file);
            } catch (IllegalArgumentException e) {
                context.report().reject(context.display(file), "", e.getMessage() + "; the standard VOC classes are used");
                labels = VocLabelMap.defaults();
            }
        } else {
            // without a label map a VOC dataset has VOC's classes, as datumaro and CVAT read it
            labels = VocLabelMap.defaults();
        }
        for (VocLabelMap.Entry entry : labels.entries()) {
            if (isBackground(labels, entry)) {
                continue; // VOC's background is no class unless an object uses it (see read)
            }
            LabelClass labelClass = dataset.labelClass(entry.name());
            labelClass.setColor(LabelColors.hex(entry.rgb() >> 16, entry.rgb() >> 8, entry.rgb()));
            for (String part : entry.parts()) {
                dataset.labelClass(part);
            }
            for (String action : entry.actions()) {
                VocAnnotationReader.defineAction(labelClass, VocAnnotationReader.ACTION_PREFIX + action);
            }
        }
        return labels;
    }

    /** The first label map entry when it is VOC's black "background". */
    private static boolean isBackground(VocLabelMap labels, VocLabelMap.Entry entry) {
        return entry == labels.entries().get(0) && entry.name().equals("background") && entry.rgb() == 0;
    }

    /**
     * ImageSets/Main: {@code <subset>.txt} lists an image per line; {@code <class>_<subset>.txt} pairs an image
     * with 1 (has the class), -1 (has not) or 0 (difficult).
     */
    private static void readImageSets(ImportContext context, Path root, VocLabelMap labels, Map<String, String> subsets,
            List<VocClassLists.ClassList> classLists) throws IOException {
        Path main = root.resolve("ImageSets").resolve("Main");
        if (!Files.isDirectory(main)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(main)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String name = ImageFiles.stem(file.getFileName().toString());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String classPrefix = classPrefix(name, labels);
            if (classPrefix != null) {
                List<String[]> rows = new ArrayList<>();
                int number = 0;
                for (String line : lines) {
                    number++;
                    String[] fields = line.strip().split("\\s+");
                    if (fields.length == 2) {
                        rows.add(new String[] {fields[0], fields[1], context.display(file), Integer.toString(number)});
                    } else if (!line.isBlank()) {
                        context.report().reject(context.display(file), "line " + number,
                                "a class list line is an image and 1, 0 or -1");
                    }
                }
                classLists.add(new VocClassLists.ClassList(classPrefix, name.substring(classPrefix.length() + 1), rows));
                continue;
            }
            for (String line : lines) {
                String stem = line.strip();
                if (!stem.isEmpty()) {
                    subsets.putIfAbsent(stem.split("\\s+")[0], name);
                }
            }
        }
    }

    /** The label a class-list file name starts with ({@code cat_train} gives cat), or null. */
    private static String classPrefix(String name, VocLabelMap labels) {
        String best = null;
        for (VocLabelMap.Entry entry : labels.entries()) {
            if (name.startsWith(entry.name() + "_") && (best == null || entry.name().length() > best.length())) {
                best = entry.name();
            }
        }
        return best;
    }

    private static List<String> stems(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase().endsWith(extension))
                    .map(n -> n.substring(0, n.length() - extension.length())).sorted().toList();
        }
    }
}
