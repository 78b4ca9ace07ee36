package org.annotide.formats.internal.yolo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes the Ultralytics layout for one task: {@code data.yaml} (no {@code path}, so Ultralytics resolves the
 * folders against the YAML file's own folder; train/val/test; names of EVERY project class by index; kpt_shape
 * for pose), {@code images/<subset>/} (copies) and {@code labels/<subset>/<stem>.txt} for every image, empty when
 * it has no objects. Lines as {@link YoloLineWriter} describes.
 */
abstract class YoloUltralyticsExporter implements FormatExporter {

    private final YoloTask task;

    YoloUltralyticsExporter(YoloTask task) {
        this.task = task;
    }

    @Override
    public void write(ExportContext context) throws IOException {
        Path root = context.output();
        Files.createDirectories(root);
        List<LabelClass> classes = context.project().getLabelClasses();
        Map<LabelClass, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        int keypoints = task == YoloTask.POSE ? keypointCount(context) : 0;
        Map<String, List<ImageAsset>> subsets = YoloSubsets.of(context.images());
        YoloLineWriter lines = new YoloLineWriter(task, index, keypoints, context.report(), "labels");
        context.monitor().beginTask("Exporting YOLO " + task.name().toLowerCase(), context.images().size());
        for (Map.Entry<String, List<ImageAsset>> subset : subsets.entrySet()) {
            Path images = root.resolve("images").resolve(subset.getKey());
            Path labels = root.resolve("labels").resolve(subset.getKey());
            Files.createDirectories(images);
            Files.createDirectories(labels);
            for (ImageAsset image : subset.getValue()) {
                context.checkCancelled();
                Path labelFile = labels.resolve(ImageFiles.stemPath(image.getName()) + ".txt").normalize();
                if (!labelFile.startsWith(labels)) {
                    labelFile = labels.resolve(ImageFiles.stem(image.getName()) + ".txt");
                }
                Files.createDirectories(labelFile.getParent());
                Files.write(labelFile, lines.lines(image), StandardCharsets.UTF_8);
                if (context.options().copyImages()) {
                    ImageFiles.copyImage(context, image, images, image.getName(),
                            why -> context.report().warn("images", image.getName(), why));
                }
                context.monitor().worked(1);
            }
        }
        writeYaml(context, root.resolve("data.yaml"), classes, subsets.keySet(), keypoints);
        context.monitor().done();
    }

    /** kpt_shape's first number: the keypoints of the first class that names them, else of the first keypoints. */
    private static int keypointCount(ExportContext context) {
        for (LabelClass labelClass : context.project().getLabelClasses()) {
            if (!labelClass.getKeypointNames().isEmpty()) {
                return labelClass.getKeypointNames().size();
            }
        }
        for (ImageAsset image : context.images()) {
            for (Annotation annotation : image.getAnnotations()) {
                if (annotation.getShape() instanceof KeypointsShape keypoints && keypoints.getPoints() != null) {
                    return keypoints.getPoints().length / 2;
                }
            }
        }
        return 0;
    }

    private void writeYaml(ExportContext context, Path file, List<LabelClass> classes, Iterable<String> subsets,
            int keypoints) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, List<String>> splits = new LinkedHashMap<>();
        for (String subset : subsets) {
            splits.computeIfAbsent(YoloSubsets.split(subset), key -> new ArrayList<>()).add("images/" + subset);
        }
        if (!splits.containsKey("train")) {
            splits.put("train", splits.values().iterator().next());
        }
        if (!splits.containsKey("val")) {
            // Ultralytics requires val: validate on the training images rather than refuse to train
            splits.put("val", splits.get("train"));
        }
        for (String split : List.of("train", "val", "test")) {
            List<String> folders = splits.get(split);
            if (folders != null) {
                data.put(split, folders.size() == 1 ? folders.get(0) : folders);
            }
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            names.put(i, classes.get(i).getName());
        }
        data.put("names", names);
        if (task == YoloTask.POSE) {
            data.put("kpt_shape", List.of(keypoints, 3));
            Map<Integer, List<String>> keypointNames = new LinkedHashMap<>();
            for (int i = 0; i < classes.size(); i++) {
                if (!classes.get(i).getKeypointNames().isEmpty()) {
                    keypointNames.put(i, new ArrayList<>(classes.get(i).getKeypointNames()));
                }
            }
            if (!keypointNames.isEmpty()) {
                data.put("kpt_names", keypointNames);
            }
        }
        Yaml reader = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Map.Entry<String, String> entry : context.project().getMetadata().map().entrySet()) {
            if (entry.getKey().startsWith("yolo:")) {
                data.putIfAbsent(entry.getKey().substring("yolo:".length()), reader.load(entry.getValue()));
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(file, new Yaml(options).dump(data), StandardCharsets.UTF_8);
    }
}
