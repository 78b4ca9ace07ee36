package org.annotide.formats.internal.yolo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Subsets;
import org.annotide.model.ImageAsset;

/**
 * Ultralytics classification folders: {@code <split>/<class>/<image>} (splits train, val, test), or
 * {@code <class>/<image>} without splits. Each image gets an image-level class annotation.
 */
public final class YoloClassifyImporter implements FormatImporter {

    private static final Set<String> SPLITS = Set.of("train", "val", "valid", "test");

    @Override
    public int detect(Path source) {
        if (!Files.isDirectory(source) || Files.exists(source.resolve("data.yaml")) || Files.exists(source.resolve("obj.data"))
                || Files.isDirectory(source.resolve("labels")) || Files.isDirectory(source.resolve("Annotations"))) {
            return NO;
        }
        List<Path> splits = folders(source).stream().filter(f -> SPLITS.contains(f.getFileName().toString())).toList();
        List<Path> classFolders = splits.isEmpty() ? folders(source)
                : splits.stream().flatMap(s -> folders(s).stream()).toList();
        if (classFolders.isEmpty()) {
            return NO;
        }
        for (Path folder : classFolders) {
            if (!folders(folder).isEmpty() || !hasImages(folder)) {
                return NO;
            }
        }
        return splits.isEmpty() ? MAYBE : LIKELY;
    }

    private static List<Path> folders(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean hasImages(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.anyMatch(ImageFiles::isImage);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        Path root = context.source();
        if (!Files.isDirectory(root)) {
            throw new IOException("A classification dataset is a folder: " + root);
        }
        List<Path> splits = folders(root).stream().filter(f -> SPLITS.contains(f.getFileName().toString())).toList();
        List<Path[]> classFolders = new ArrayList<>();
        if (splits.isEmpty()) {
            folders(root).forEach(folder -> classFolders.add(new Path[] {null, folder}));
        } else {
            for (Path split : splits) {
                folders(split).forEach(folder -> classFolders.add(new Path[] {split, folder}));
            }
        }
        context.monitor().beginTask("Importing YOLO classification", classFolders.size());
        for (Path[] entry : classFolders) {
            String subset = entry[0] == null ? null : entry[0].getFileName().toString();
            Path classFolder = entry[1];
            String className = classFolder.getFileName().toString();
            try (Stream<Path> listing = Files.list(classFolder)) {
                for (Path file : (Iterable<Path>) listing.sorted()::iterator) {
                    context.checkCancelled();
                    if (Files.isDirectory(file)) {
                        context.report().warn(context.display(file), "", "a folder inside a class folder; not read");
                        continue;
                    }
                    if (!ImageFiles.isImage(file)) {
                        continue;
                    }
                    String name = file.getFileName().toString();
                    ImageAsset image = dataset.image((subset == null ? "" : subset + "/") + className + "/" + name, name);
                    if (subset != null) {
                        Subsets.set(image, subset);
                    }
                    ImageFiles.locate(image, name, file.toAbsolutePath().normalize());
                    dataset.annotate(image, dataset.labelClass(className), org.annotide.formats.internal.Shapes.imageClass());
                    context.report().accepted(1);
                }
            }
            context.monitor().worked(1);
        }
        context.monitor().done();
    }
}
