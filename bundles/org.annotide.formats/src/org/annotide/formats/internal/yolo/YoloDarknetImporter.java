package org.annotide.formats.internal.yolo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Subsets;
import org.annotide.model.ImageAsset;

/**
 * The Darknet layout CVAT and datumaro write: {@code obj.data} (classes, train, valid, names, backup),
 * {@code obj.names} (one class per line), {@code train.txt} / {@code valid.txt} listing the images, and
 * {@code obj_<subset>_data/<image>} with {@code <image stem>.txt} beside each image (class cx cy w h). Paths in
 * obj.data and the lists start with {@code data/}, Darknet's name for the dataset folder.
 */
public final class YoloDarknetImporter implements FormatImporter {

    private static final Pattern SUBSET_FOLDER = Pattern.compile("obj_(.+)_data");

    @Override
    public int detect(Path source) {
        Path root = root(source);
        if (root == null) {
            return NO;
        }
        return Files.isRegularFile(root.resolve("obj.data")) ? CERTAIN
                : Files.isRegularFile(root.resolve("obj.names")) ? LIKELY : NO;
    }

    private static Path root(Path source) {
        if (Files.isDirectory(source)) {
            return source;
        }
        String name = source.getFileName().toString();
        return Files.isRegularFile(source) && (name.equals("obj.data") || name.equals("obj.names")) ? source.getParent()
                : null;
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        Path root = root(context.source());
        if (root == null) {
            throw new IOException("No Darknet YOLO dataset (obj.data, obj.names) at " + context.source());
        }
        Map<String, String> objData = new LinkedHashMap<>();
        Path dataFile = root.resolve("obj.data");
        if (Files.isRegularFile(dataFile)) {
            for (String line : Files.readAllLines(dataFile, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    objData.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
        }
        Path namesFile = resolve(root, objData.getOrDefault("names", "obj.names"));
        if (namesFile == null || !Files.isRegularFile(namesFile)) {
            namesFile = root.resolve("obj.names");
        }
        if (!Files.isRegularFile(namesFile)) {
            context.report().rejectFile(context.display(root), "obj.names", "the class names file is missing; nothing was imported");
            return;
        }
        YoloNames names = YoloNames.fromLines(Files.readAllLines(namesFile, StandardCharsets.UTF_8), dataset);
        objData.forEach((key, value) -> {
            if (!List.of("classes", "train", "valid", "names", "backup").contains(key)) {
                dataset.metadata().put("yolo:" + key, value);
            }
        });
        String classes = objData.get("classes");
        if (classes != null && !classes.equals(Integer.toString(names.size()))) {
            context.report().warn(context.display(dataFile), "classes", "obj.data says " + classes
                    + " classes, obj.names names " + names.size() + "; the names are used");
        }
        YoloLabelReader labels = new YoloLabelReader(context, dataset, names, YoloTask.DETECT, 0, 0);
        Map<String, List<Path>> subsets = new LinkedHashMap<>();
        for (String key : List.of("train", "valid")) {
            Path list = objData.containsKey(key) ? resolve(root, objData.get(key)) : root.resolve(key + ".txt");
            if (list != null && Files.isRegularFile(list)) {
                List<Path> images = new ArrayList<>();
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    Path image = resolve(root, line.strip());
                    if (!line.isBlank() && image != null) {
                        images.add(image);
                    }
                }
                subsets.put(key, images);
            }
        }
        addUnlistedFolders(root, subsets);
        context.monitor().beginTask("Importing YOLO (Darknet)", subsets.values().stream().mapToInt(List::size).sum());
        for (Map.Entry<String, List<Path>> subset : subsets.entrySet()) {
            for (Path imageFile : subset.getValue()) {
                context.checkCancelled();
                readImage(context, dataset, labels, subset.getKey(), imageFile);
                context.monitor().worked(1);
            }
        }
        context.monitor().done();
    }

    /** Images in obj_<subset>_data folders that no list names (CVAT writes the lists; hand-made sets may not). */
    private static void addUnlistedFolders(Path root, Map<String, List<Path>> subsets) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory).sorted()::iterator) {
                Matcher matcher = SUBSET_FOLDER.matcher(folder.getFileName().toString());
                if (!matcher.matches()) {
                    continue;
                }
                String subset = matcher.group(1);
                List<Path> listed = subsets.computeIfAbsent(subset.equals("valid") ? "valid" : subset,
                        key -> new ArrayList<>());
                List<Path> normalized = listed.stream().map(p -> p.toAbsolutePath().normalize()).toList();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                        Path absolute = file.toAbsolutePath().normalize();
                        if (ImageFiles.isImage(file) && !normalized.contains(absolute)) {
                            listed.add(absolute);
                        } else if (file.getFileName().toString().endsWith(".txt")
                                && ImageFiles.findByStem(folder, ImageFiles.stem(file.getFileName().toString())) == null) {
                            // labels whose image is elsewhere: read with the image found by its stem
                            listed.add(absolute.resolveSibling(ImageFiles.stem(file.getFileName().toString())));
                        }
                    }
                }
            }
        }
    }

    private static void readImage(ImportContext context, Dataset dataset, YoloLabelReader labels, String subset,
            Path imageFile) throws IOException {
        Path found = Files.isRegularFile(imageFile) ? imageFile : null;
        String stem = ImageFiles.stem(imageFile.getFileName().toString());
        if (found == null) {
            for (Path root : context.options().imageRoots()) {
                found = ImageFiles.findByStem(root, stem);
                if (found != null) {
                    break;
                }
            }
        }
        String name = found != null ? found.getFileName().toString() : imageFile.getFileName().toString();
        Path labelFile = imageFile.resolveSibling(stem + ".txt");
        ImageAsset image = labels.sizedImage(subset + "/" + name, name, found,
                Files.isRegularFile(labelFile) ? labelFile : null);
        if (image == null) {
            return;
        }
        Subsets.set(image, subset);
        ImageFiles.locate(image, name, found);
        if (Files.isRegularFile(labelFile)) {
            labels.readWhole(labelFile, image);
        }
    }

    /** A path of obj.data or a list: relative to the dataset folder, with Darknet's "data/" prefix dropped. */
    private static Path resolve(Path root, String reference) {
        if (reference == null || reference.isEmpty()) {
            return null;
        }
        try {
            Path direct = root.resolve(reference).normalize();
            if (Files.exists(direct)) {
                return direct;
            }
            String stripped = reference.replace('\\', '/');
            if (stripped.startsWith("data/")) {
                stripped = stripped.substring("data/".length());
            } else if (stripped.startsWith("./")) {
                stripped = stripped.substring(2);
            }
            return root.resolve(stripped).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
