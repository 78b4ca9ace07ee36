package org.annotide.formats.internal.labelstudio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.model.ImageAsset;
import org.annotide.model.Provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Label Studio's JSON export: a list of tasks (or one task, or a folder of such files), each with its data
 * (the image reference), its annotations (one per annotator session) and predictions. Results as
 * {@link LabelStudioResultReader} reads them; annotations become provenance IMPORTED with the annotator as
 * author, predictions PREDICTED with their score and model version. A task with several sessions marks each
 * annotation with its session number ({@code ls:annotation}); cancelled sessions are skipped and reported.
 * {@code label_config.xml} beside the file, when present, gives the class colours.
 */
public class LabelStudioImporter implements FormatImporter {

    @Override
    public int detect(Path source) {
        List<Path> files = files(source);
        if (files.isEmpty()) {
            return NO;
        }
        String head = JsonSupport.head(files.get(0), 64 * 1024).stripLeading();
        if (!head.startsWith("[") && !head.startsWith("{")) {
            return NO;
        }
        boolean tasks = head.contains("\"annotations\"") || head.contains("\"completions\"")
                || head.contains("\"predictions\"");
        boolean labelStudio = head.contains("\"from_name\"") || head.contains("\"original_width\"");
        if (tasks && head.contains("\"data\"")) {
            return labelStudio ? CERTAIN : LIKELY;
        }
        return NO;
    }

    static List<Path> files(Path source) {
        if (Files.isRegularFile(source)) {
            return source.getFileName().toString().toLowerCase().endsWith(".json") ? List.of(source) : List.of();
        }
        if (!Files.isDirectory(source)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(source)) {
            return listing.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        List<Path> files = files(context.source());
        if (files.isEmpty()) {
            throw new IOException("No Label Studio JSON file at " + context.source());
        }
        context.monitor().beginTask("Importing Label Studio", files.size());
        for (Path file : files) {
            context.checkCancelled();
            // the label config's classes belong to the file: a file that cannot be read brings none
            dataset.readWhole(context.report(), () -> readFile(context, dataset, file));
            context.monitor().worked(1);
        }
        context.monitor().done();
    }

    private void readFile(ImportContext context, Dataset dataset, Path file) throws IOException {
        LabelStudioConfig.read(LabelStudioConfig.beside(file), dataset);
        JsonNode root;
        try {
            root = JsonSupport.readTree(file);
        } catch (JsonProcessingException e) {
            context.report().rejectFile(context.display(file), JsonSupport.where(e.getLocation()),
                    "the file is not valid JSON (" + JsonSupport.problem(e) + "); nothing was imported from it");
            return;
        }
        readRoot(context, dataset, file, root);
    }

    void readRoot(ImportContext context, Dataset dataset, Path file, JsonNode root) {
        String name = context.display(file);
        List<JsonNode> tasks = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(tasks::add);
        } else if (root.isObject()) {
            tasks.add(root);
        } else {
            context.report().rejectFile(name, "$", "a Label Studio export is a list of tasks");
            return;
        }
        LabelStudioResultReader results = new LabelStudioResultReader(dataset, context.report(), name);
        for (int i = 0; i < tasks.size(); i++) {
            context.checkCancelled();
            String path = root.isArray() ? "$[" + i + "]" : "$";
            readTask(context, dataset, file, tasks.get(i), path, results);
        }
    }

    private static void readTask(ImportContext context, Dataset dataset, Path file, JsonNode task, String path,
            LabelStudioResultReader results) {
        String name = context.display(file);
        if (!task.isObject()) {
            context.report().reject(name, path, "a task must be an object");
            return;
        }
        String reference = imageReference(task.get("data"));
        if (reference == null) {
            context.report().reject(name, path + ".data", "the task names no image");
            return;
        }
        ImageAsset image = image(context, dataset, file, reference);
        JsonNode annotations = task.has("annotations") ? task.get("annotations") : task.get("completions");
        String key = task.has("annotations") ? "annotations" : "completions";
        if (annotations != null && annotations.isArray()) {
            int sessions = 0;
            for (JsonNode annotation : annotations) {
                sessions += cancelled(annotation) ? 0 : 1;
            }
            int session = 0;
            for (int k = 0; k < annotations.size(); k++) {
                JsonNode annotation = annotations.get(k);
                String where = path + "." + key + "[" + k + "]";
                if (cancelled(annotation)) {
                    context.report().warn(name, where, "a cancelled (skipped) annotation was not imported");
                    continue;
                }
                session++;
                results.read(annotation.get("result"), image, where + ".result", new LabelStudioResultReader.Origin(
                        Provenance.IMPORTED, Double.NaN, null, author(annotation.get("completed_by")),
                        sessions > 1 ? session : 0));
            }
        }
        JsonNode predictions = task.get("predictions");
        if (predictions != null && predictions.isArray()) {
            for (int k = 0; k < predictions.size(); k++) {
                JsonNode prediction = predictions.get(k);
                JsonNode score = prediction.get("score");
                results.read(prediction.get("result"), image, path + ".predictions[" + k + "].result",
                        new LabelStudioResultReader.Origin(Provenance.PREDICTED,
                                score != null && score.isNumber() ? score.asDouble() : Double.NaN,
                                prediction.hasNonNull("model_version") ? prediction.get("model_version").asText() : null,
                                null, 0));
            }
        }
    }

    private static boolean cancelled(JsonNode annotation) {
        return annotation.path("was_cancelled").asBoolean(false) || annotation.path("skipped").asBoolean(false);
    }

    private static String author(JsonNode completedBy) {
        if (completedBy == null || completedBy.isNull()) {
            return null;
        }
        if (completedBy.isObject()) {
            return completedBy.hasNonNull("email") ? completedBy.get("email").asText() : completedBy.path("id").asText(null);
        }
        return completedBy.asText();
    }

    /** The task's image: data.image, else the first text value of data. */
    static String imageReference(JsonNode data) {
        if (data == null || !data.isObject()) {
            return null;
        }
        if (data.hasNonNull("image") && data.get("image").isTextual()) {
            return data.get("image").asText();
        }
        var fields = data.fields();
        while (fields.hasNext()) {
            JsonNode value = fields.next().getValue();
            if (value.isTextual() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return null;
    }

    static ImageAsset image(ImportContext context, Dataset dataset, Path file, String reference) {
        ImageAsset image = dataset.image(reference, ImageFiles.baseName(reference));
        if (image.getLocation() == null) {
            List<Path> folders = new ArrayList<>(List.of(file.getParent(), file.getParent().resolve("images")));
            folders.addAll(context.options().imageRoots());
            Path found = reference.contains("://") ? null : ImageFiles.find(reference, folders);
            if (found == null && reference.contains("://")) {
                found = ImageFiles.find(ImageFiles.baseName(reference), folders);
            }
            ImageFiles.locate(image, reference, found);
        }
        return image;
    }
}
