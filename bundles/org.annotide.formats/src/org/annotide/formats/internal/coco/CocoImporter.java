package org.annotide.formats.internal.coco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.Subsets;

/**
 * COCO: one JSON file, or a folder in the layout datumaro and CVAT write ({@code annotations/instances_train.json},
 * {@code annotations/person_keypoints_train.json}, {@code labels_}, {@code captions_}, images under
 * {@code images/<subset>/}). Files of the same subset are combined: an object found under the same id in
 * instances and person_keypoints becomes one region plus its keypoints, not two objects.
 */
public final class CocoImporter implements FormatImporter {

    @Override
    public int detect(Path source) {
        if (Files.isDirectory(source)) {
            List<Path> files = annotationFiles(source);
            if (files.isEmpty()) {
                return NO;
            }
            int best = NO;
            for (Path file : files) {
                best = Math.max(best, detectFile(file));
            }
            return best;
        }
        return source.getFileName().toString().toLowerCase().endsWith(".json") ? detectFile(source) : NO;
    }

    private static int detectFile(Path file) {
        String head = JsonSupport.head(file, 64 * 1024).stripLeading();
        if (!head.startsWith("{")) {
            return NO;
        }
        boolean images = head.contains("\"images\"");
        boolean annotations = head.contains("\"annotations\"");
        boolean categories = head.contains("\"categories\"");
        if (images && (annotations || categories)) {
            return CERTAIN;
        }
        if (images || categories && annotations) {
            return LIKELY;
        }
        return CocoFormat.task(file.getFileName().toString()) != null ? MAYBE : NO;
    }

    /** The JSON files of a COCO folder: {@code annotations/*.json}, else the folder's own JSON files. */
    static List<Path> annotationFiles(Path folder) {
        Path annotations = folder.resolve("annotations");
        Path where = Files.isDirectory(annotations) ? annotations : folder;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(where)) {
            listing.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".json"))
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            return List.of();
        }
        // instances before keypoints before the rest, so keypoints complete the objects of instances
        files.sort((a, b) -> Integer.compare(order(a), order(b)));
        return files;
    }

    private static int order(Path file) {
        String task = CocoFormat.task(file.getFileName().toString());
        if (task == null) {
            return 1;
        }
        return switch (task) {
            case "instances" -> 0;
            case "person_keypoints" -> 2;
            default -> 3;
        };
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        Path source = context.source();
        if (!Files.exists(source)) {
            throw new IOException("There is no file or folder " + source);
        }
        List<Path> files = Files.isDirectory(source) ? annotationFiles(source) : List.of(source);
        if (files.isEmpty()) {
            throw new IOException("No COCO JSON files in " + source);
        }
        context.monitor().beginTask("Importing COCO", files.size() * 1000);
        // only instances and person_keypoints files describe the same objects under the same ids
        Map<String, CocoObject> objects = new HashMap<>();
        for (Path file : files) {
            context.checkCancelled();
            context.monitor().subTask(context.display(file));
            String name = file.getFileName().toString();
            String task = CocoFormat.task(name);
            boolean sharesObjects = "instances".equals(task) || "person_keypoints".equals(task);
            CocoFileReader reader = new CocoFileReader(context, dataset, file, Subsets.named(CocoFormat.subset(name)),
                    sharesObjects ? objects : null);
            dataset.readWhole(context.report(), reader::read);
        }
        context.monitor().done();
    }
}
