package org.annotide.formats.internal.yolo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;

/**
 * Writes the Darknet layout: {@code obj.names} (every project class), {@code obj.data}, one list per subset
 * ({@code train.txt}, {@code valid.txt}, ... with {@code data/} paths as Darknet expects) and
 * {@code obj_<subset>_data/} with the images and their label files. Darknet holds boxes only: other area shapes
 * are written as their bounds and reported.
 */
public final class YoloDarknetExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path root = context.output();
        Files.createDirectories(root);
        List<LabelClass> classes = context.project().getLabelClasses();
        Map<LabelClass, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
            names.add(classes.get(i).getName());
        }
        Files.write(root.resolve("obj.names"), names, StandardCharsets.UTF_8);
        YoloLineWriter lines = new YoloLineWriter(YoloTask.DETECT, index, 0, context.report(), "obj_data");
        List<String> objData = new ArrayList<>();
        objData.add("classes = " + classes.size());
        context.monitor().beginTask("Exporting YOLO (Darknet)", context.images().size());
        for (Map.Entry<String, List<ImageAsset>> subset : YoloSubsets.of(context.images()).entrySet()) {
            String name = subset.getKey().equals("val") ? "valid" : subset.getKey();
            String folderName = "obj_" + name + "_data";
            Path folder = root.resolve(folderName);
            Files.createDirectories(folder);
            List<String> list = new ArrayList<>();
            for (ImageAsset image : subset.getValue()) {
                context.checkCancelled();
                String fileName = ImageFiles.baseName(image.getName());
                list.add("data/" + folderName + "/" + fileName);
                Files.write(folder.resolve(ImageFiles.stem(fileName) + ".txt"), lines.lines(image), StandardCharsets.UTF_8);
                if (context.options().copyImages()) {
                    ImageFiles.copyImage(context, image, folder, fileName,
                            why -> context.report().warn(folderName, image.getName(), why));
                }
                context.monitor().worked(1);
            }
            Files.write(root.resolve(name + ".txt"), list, StandardCharsets.UTF_8);
            objData.add(name + " = data/" + name + ".txt");
        }
        objData.add("names = data/obj.names");
        objData.add("backup = backup/");
        for (Map.Entry<String, String> entry : context.project().getMetadata().map().entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("yolo:") && !entry.getValue().contains("\n")) {
                objData.add(key.substring("yolo:".length()) + " = " + entry.getValue());
            }
        }
        Files.write(root.resolve("obj.data"), objData, StandardCharsets.UTF_8);
        context.monitor().done();
    }
}
