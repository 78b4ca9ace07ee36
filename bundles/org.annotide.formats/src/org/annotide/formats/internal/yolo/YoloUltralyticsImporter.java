package org.annotide.formats.internal.yolo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Subsets;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.eclipse.core.runtime.IProgressMonitor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The Ultralytics layout: {@code data.yaml} (path, train/val/test as folders, lists of folders or text files of
 * image paths, names as a list or a map, kpt_shape for pose) with {@code images/<split>/} and the label files
 * beside them in {@code labels/<split>/}. One importer per task, because a line of 9 numbers is a 4-point
 * polygon to a segment dataset and a box's corners to an oriented-box dataset.
 */
abstract class YoloUltralyticsImporter implements FormatImporter {

    /** data.yaml keys that describe the layout; every other key is kept as project metadata. */
    private static final Set<String> LAYOUT_KEYS = Set.of("path", "train", "val", "test", "names", "nc",
            "kpt_shape", "kpt_names");

    private final YoloTask task;

    YoloUltralyticsImporter(YoloTask task) {
        this.task = task;
    }

    @Override
    public int detect(Path source) {
        Path yaml = yamlFile(source);
        if (yaml == null) {
            Path bare = bareRoot(source);
            if (bare == null || task == YoloTask.POSE) {
                return NO;
            }
            // no data.yaml: never more than likely, and only a guess without a names file
            return Math.min(byLines(sampleLineLengths(bare)), namesFile(bare) != null ? LIKELY : MAYBE);
        }
        Map<String, Object> data;
        try {
            data = load(yaml);
        } catch (IOException | RuntimeException e) {
            return NO;
        }
        if (!data.containsKey("names")) {
            return NO;
        }
        YoloTask declared = declaredTask(data.get("task"));
        if (declared != null) {
            return declared == task ? CERTAIN : NO;
        }
        if (data.containsKey("kpt_shape")) {
            return task == YoloTask.POSE ? CERTAIN : NO;
        }
        if (task == YoloTask.POSE) {
            return NO;
        }
        return byLines(sampleLineLengths(yaml.getParent()));
    }

    /** How sure this task is of label files with these line lengths. */
    private int byLines(int[] lengths) {
        // by the majority of lines: one odd line must not turn every valid line into a rejection
        boolean mostlyFive = lengths[1] * 2 > lengths[0];
        boolean mostlyNine = lengths[2] * 2 > lengths[0];
        return switch (task) {
            case DETECT -> mostlyFive ? CERTAIN : lengths[0] == 0 ? MAYBE : NO;
            case OBB -> mostlyNine ? LIKELY : NO;
            case SEGMENT -> mostlyNine ? MAYBE : !mostlyFive && lengths[0] > 0 ? CERTAIN : NO;
            default -> NO;
        };
    }

    /** data.yaml's optional {@code task} key (detect, segment, obb, pose), as Ultralytics names its tasks. */
    private static YoloTask declaredTask(Object task) {
        if (task == null) {
            return null;
        }
        return switch (String.valueOf(task).strip().toLowerCase(java.util.Locale.ROOT)) {
            case "detect" -> YoloTask.DETECT;
            case "segment" -> YoloTask.SEGMENT;
            case "obb" -> YoloTask.OBB;
            case "pose" -> YoloTask.POSE;
            default -> null;
        };
    }

    /** {lines sampled, lines with 5 tokens, lines with 9 tokens} over the first label files found. */
    private static int[] sampleLineLengths(Path root) {
        int[] counts = new int[3];
        Path labels = root.resolve("labels");
        if (!Files.isDirectory(labels)) {
            return counts;
        }
        try (Stream<Path> files = Files.walk(labels, 3)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).limit(20)::iterator) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String text = line.strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    int tokens = text.split("\\s+").length;
                    counts[0]++;
                    counts[1] += tokens == 5 ? 1 : 0;
                    counts[2] += tokens == 9 ? 1 : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return counts;
        }
        return counts;
    }

    static Path yamlFile(Path source) {
        if (Files.isRegularFile(source)) {
            String name = source.getFileName().toString().toLowerCase();
            return name.endsWith(".yaml") || name.endsWith(".yml") ? source : null;
        }
        if (!Files.isDirectory(source)) {
            return null;
        }
        for (String name : List.of("data.yaml", "dataset.yaml", "data.yml")) {
            if (Files.isRegularFile(source.resolve(name))) {
                return source.resolve(name);
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path yaml) throws IOException {
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object loaded = new Yaml(new SafeConstructor(options)).load(reader);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IOException(yaml + " is not a YAML mapping");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            map.forEach((key, value) -> data.put(String.valueOf(key), value));
            return data;
        } catch (YAMLException e) {
            throw new IOException(yaml + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        Path yaml = yamlFile(context.source());
        Path bare = yaml == null ? bareRoot(context.source()) : null;
        if (yaml == null && bare == null) {
            throw new IOException("No data.yaml in " + context.source() + ", and no labels/ folder beside it");
        }
        Map<String, Object> data;
        Path root;
        Path described = yaml;
        if (bare != null) {
            if (task == YoloTask.POSE) {
                context.report().rejectFile(context.display(bare), "", "a pose dataset needs a data.yaml with"
                        + " kpt_shape; nothing was imported");
                return;
            }
            root = bare;
            described = namesFile(bare);
            data = bareLayout(context, bare, described);
            if (described == null) {
                described = bare.resolve("labels");
            }
        } else {
            try {
                data = load(yaml);
            } catch (IOException e) {
                context.report().rejectFile(context.display(yaml), "", e.getMessage() + "; nothing was imported");
                return;
            }
            root = root(yaml, data.get("path"));
        }
        int[] keypointShape = task == YoloTask.POSE ? keypointShape(context, yaml, data) : new int[] {0, 0};
        if (keypointShape == null) {
            return;
        }
        YoloNames names = YoloNames.fromYaml(data.get("names"), dataset);
        if (names.size() == 0) {
            context.report().rejectFile(context.display(described), "names", described.getFileName()
                    + " names no classes; nothing was imported");
            return;
        }
        if (task == YoloTask.POSE) {
            applyKeypointNames(data.get("kpt_names"), names);
        }
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            if (!LAYOUT_KEYS.contains(entry.getKey())) {
                dataset.metadata().put("yolo:" + entry.getKey(), new Yaml().dump(entry.getValue()).strip());
            }
        }
        YoloLabelReader labels = new YoloLabelReader(context, dataset, names, task, keypointShape[0], keypointShape[1]);
        context.monitor().beginTask("Importing YOLO " + task.name().toLowerCase(), IProgressMonitor.UNKNOWN);
        Set<String> read = new java.util.HashSet<>();
        for (String split : List.of("train", "val", "test")) {
            Object entry = data.get(split);
            if (entry == null) {
                continue;
            }
            List<Object> entries = entry instanceof List<?> list ? new ArrayList<>(list) : List.of(entry);
            for (Object item : entries) {
                // a folder listed twice (val: images/train when there is no validation set) is read once
                if (read.add(String.valueOf(item).replace('\\', '/').replaceAll("/+$", ""))) {
                    readSplit(context, dataset, labels, root, split, String.valueOf(item));
                }
            }
        }
        if (bare != null && data.keySet().stream().noneMatch(List.of("train", "val", "test")::contains)) {
            readSplit(context, dataset, labels, root, Subsets.DEFAULT, "images");
        }
        context.monitor().done();
    }

    // ------------------------------------------------------------------ without data.yaml

    /** Files that name the classes of a YOLO folder without data.yaml, in the order they are looked for. */
    private static final List<String> NAMES_FILES = List.of("classes.txt", "notes.json", "obj.names");

    /**
     * The root of a YOLO folder without data.yaml: a {@code labels/} folder (label files, flat or in split
     * folders) and usually {@code images/} beside it, as Label Studio's YOLO export writes it ({@code classes.txt},
     * {@code notes.json}, {@code images/}, {@code labels/}) and as many hand-made datasets are. The folder itself,
     * or the folder of its {@code classes.txt} / {@code notes.json}; null otherwise.
     */
    static Path bareRoot(Path source) {
        Path folder = source;
        if (Files.isRegularFile(source)) {
            String name = source.getFileName().toString();
            if (!name.equals("classes.txt") && !name.equals("notes.json")) {
                return null;
            }
            folder = source.toAbsolutePath().getParent();
        }
        if (folder == null || !Files.isDirectory(folder) || yamlFile(folder) != null
                || Files.exists(folder.resolve("obj.data"))) {
            return null;
        }
        return Files.isDirectory(folder.resolve("labels")) ? folder : null;
    }

    private static Path namesFile(Path root) {
        for (String name : NAMES_FILES) {
            if (Files.isRegularFile(root.resolve(name))) {
                return root.resolve(name);
            }
        }
        return null;
    }

    /**
     * What a data.yaml would say for a folder without one: the names (from {@code classes.txt}, one per line;
     * else {@code notes.json}'s categories by id, as Label Studio writes them; else {@code obj.names}; else the
     * class numbers found in the label files, reported) and the splits ({@code images/train}, {@code images/val},
     * {@code images/test} where they exist; else the flat {@code images/}).
     */
    private static Map<String, Object> bareLayout(ImportContext context, Path root, Path namesFile) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        if (namesFile != null && namesFile.getFileName().toString().equals("notes.json")) {
            Map<Integer, String> names = new java.util.TreeMap<>();
            try {
                com.fasterxml.jackson.databind.JsonNode notes = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(namesFile.toFile());
                com.fasterxml.jackson.databind.JsonNode categories = notes == null ? null : notes.get("categories");
                if (categories != null && categories.isArray()) {
                    for (com.fasterxml.jackson.databind.JsonNode category : categories) {
                        if (category.hasNonNull("id") && category.get("id").canConvertToInt()
                                && category.hasNonNull("name")) {
                            names.put(category.get("id").asInt(), category.get("name").asText());
                        }
                    }
                }
            } catch (IOException e) {
                context.report().rejectFile(context.display(namesFile), "", "notes.json is not valid JSON ("
                        + e.getClass().getSimpleName() + "); its class names cannot be read");
            }
            data.put("names", names);
        } else if (namesFile != null) {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(namesFile, StandardCharsets.UTF_8)) {
                if (!line.strip().isEmpty()) {
                    names.add(line.strip());
                }
            }
            data.put("names", names);
        } else {
            int highest = highestClass(root.resolve("labels"));
            List<String> names = new ArrayList<>();
            for (int i = 0; i <= highest; i++) {
                names.add(Integer.toString(i));
            }
            data.put("names", names);
            if (highest >= 0) {
                context.report().warn(context.display(root), "", "no data.yaml, classes.txt, notes.json or obj.names"
                        + " names the classes: they are named by their numbers 0 to " + highest);
            }
        }
        for (String split : List.of("train", "val", "test")) {
            if (Files.isDirectory(root.resolve("images").resolve(split))
                    || Files.isDirectory(root.resolve("labels").resolve(split))) {
                data.put(split, "images/" + split);
            }
        }
        return data;
    }

    /** The highest class number of the label files' lines, -1 when there is none. */
    private static int highestClass(Path labels) {
        int highest = -1;
        try (Stream<Path> files = Files.walk(labels, 3)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt"))::iterator) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] tokens = line.strip().split("\\s+");
                    try {
                        highest = Math.max(highest, Integer.parseInt(tokens[0]));
                    } catch (NumberFormatException e) {
                        // reported when the line is read
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return highest;
        }
        return highest;
    }

    private static Path root(Path yaml, Object path) {
        Path folder = yaml.getParent();
        if (path == null) {
            return folder;
        }
        try {
            Path given = Path.of(String.valueOf(path));
            Path resolved = given.isAbsolute() ? given : folder.resolve(given).normalize();
            return Files.isDirectory(resolved) ? resolved : folder;
        } catch (InvalidPathException e) {
            return folder;
        }
    }

    private static int[] keypointShape(ImportContext context, Path yaml, Map<String, Object> data) {
        Object shape = data.get("kpt_shape");
        if (shape instanceof List<?> list && list.size() == 2 && list.get(0) instanceof Number count
                && list.get(1) instanceof Number dimensions && count.intValue() > 0
                && (dimensions.intValue() == 2 || dimensions.intValue() == 3)) {
            return new int[] {count.intValue(), dimensions.intValue()};
        }
        context.report().rejectFile(context.display(yaml), "kpt_shape",
                "a pose dataset needs kpt_shape: [keypoints, 2 or 3]; found " + shape + "; nothing was imported");
        return null;
    }

    /** {@code kpt_names}: one list for every class, or a map from class index to its list. */
    private static void applyKeypointNames(Object names, YoloNames classes) {
        if (names instanceof List<?> list) {
            for (LabelClass labelClass : classes.all()) {
                setNames(labelClass, list);
            }
        } else if (names instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                try {
                    LabelClass labelClass = classes.get(Integer.parseInt(String.valueOf(key).trim()));
                    if (labelClass != null && value instanceof List<?> list) {
                        setNames(labelClass, list);
                    }
                } catch (NumberFormatException e) {
                    // not a class index
                }
            });
        }
    }

    private static void setNames(LabelClass labelClass, List<?> names) {
        if (labelClass.getKeypointNames().isEmpty()) {
            names.forEach(name -> labelClass.getKeypointNames().add(String.valueOf(name)));
        }
    }

    private void readSplit(ImportContext context, Dataset dataset, YoloLabelReader labels, Path root, String split,
            String entry) throws IOException {
        Path location;
        try {
            location = root.resolve(entry).normalize();
        } catch (InvalidPathException e) {
            context.report().reject(context.display(root), split, "the split path " + entry + " is not a path");
            return;
        }
        Map<String, Path> images = new LinkedHashMap<>();
        Map<String, Path> labelFiles = new LinkedHashMap<>();
        Path imageFolder;
        if (Files.isRegularFile(location)) {
            imageFolder = root;
            for (String line : Files.readAllLines(location, StandardCharsets.UTF_8)) {
                String reference = line.strip();
                if (!reference.isEmpty()) {
                    Path image = root.resolve(reference).normalize();
                    images.put(root.relativize(image).toString(), image);
                }
            }
        } else {
            imageFolder = location;
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(Files::isRegularFile).filter(ImageFiles::isImage).sorted()
                            .forEach(image -> images.put(location.relativize(image).toString(), image));
                }
            }
        }
        Path labelFolder = labelsFor(imageFolder);
        if (labelFolder != null && Files.isDirectory(labelFolder)) {
            try (Stream<Path> files = Files.walk(labelFolder)) {
                files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted()
                        .forEach(file -> labelFiles.put(ImageFiles.stemPath(labelFolder.relativize(file).toString()), file));
            }
        }
        Map<String, Path> byStem = new LinkedHashMap<>();
        images.forEach((relative, image) -> byStem.put(ImageFiles.stemPath(relative), image));
        for (String stem : labelFiles.keySet()) {
            byStem.putIfAbsent(stem, null);
        }
        for (Map.Entry<String, Path> entryOfStem : byStem.entrySet()) {
            context.checkCancelled();
            String stem = entryOfStem.getKey();
            Path imageFile = entryOfStem.getValue();
            if (imageFile == null || !Files.isRegularFile(imageFile)) {
                imageFile = findImage(context, imageFolder, stem);
            }
            Path labelFile = labelFiles.get(stem);
            if (labelFile == null && imageFile != null) {
                labelFile = labelFileBeside(imageFile);
            }
            String name = imageFile != null ? relativeName(imageFolder, imageFile, stem) : stem;
            ImageAsset image = labels.sizedImage(split + "/" + name, name, imageFile, labelFile);
            if (image != null) {
                Subsets.set(image, split);
                ImageFiles.locate(image, name, imageFile);
                if (labelFile != null && Files.isRegularFile(labelFile)) {
                    labels.readWhole(labelFile, image);
                }
            }
            context.monitor().worked(1);
        }
    }

    private static String relativeName(Path folder, Path image, String stem) {
        Path normalized = image.toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        if (normalized.startsWith(base)) {
            return base.relativize(normalized).toString();
        }
        String fileName = image.getFileName().toString();
        int slash = stem.lastIndexOf('/');
        return slash < 0 ? fileName : stem.substring(0, slash + 1) + fileName;
    }

    private static Path findImage(ImportContext context, Path imageFolder, String stem) {
        Path found = ImageFiles.findByStem(imageFolder, stem);
        if (found != null) {
            return found;
        }
        String base = stem.substring(stem.lastIndexOf('/') + 1);
        for (Path root : context.options().imageRoots()) {
            found = ImageFiles.findByStem(root, stem);
            if (found == null) {
                found = ImageFiles.findByStem(root, base);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The labels folder of an images folder: the last path element "images" replaced by "labels". */
    static Path labelsFor(Path imageFolder) {
        Path absolute = imageFolder.toAbsolutePath().normalize();
        for (int i = absolute.getNameCount() - 1; i >= 0; i--) {
            if (absolute.getName(i).toString().equals("images")) {
                Path prefix = absolute.getRoot() == null ? Path.of("") : absolute.getRoot();
                for (int j = 0; j < absolute.getNameCount(); j++) {
                    prefix = prefix.resolve(j == i ? "labels" : absolute.getName(j).toString());
                }
                return prefix;
            }
        }
        return null;
    }

    private static Path labelFileBeside(Path image) {
        Path folder = labelsFor(image.getParent());
        String stem = ImageFiles.stem(image.getFileName().toString()) + ".txt";
        return folder == null ? image.resolveSibling(stem) : folder.resolve(stem);
    }
}
