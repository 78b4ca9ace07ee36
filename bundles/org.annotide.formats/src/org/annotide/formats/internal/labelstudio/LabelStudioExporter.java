package org.annotide.formats.internal.labelstudio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Provenance;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes Label Studio's JSON: one task per image ({@code data.image} = the image's location), one annotation per
 * session ({@code ls:annotation}, else one), one prediction per model version for predicted annotations, and
 * {@code label_config.xml} beside it describing the controls used, so a new Label Studio project can take the
 * file as it is. A path ending in {@code .json} is the file; otherwise the folder gets {@code result.json}.
 */
public class LabelStudioExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path file = context.output().getFileName().toString().toLowerCase().endsWith(".json") ? context.output()
                : context.output().resolve("result.json");
        Files.createDirectories(file.getParent());
        LabelStudioResultWriter writer = new LabelStudioResultWriter(context.report());
        context.monitor().beginTask("Exporting Label Studio", context.images().size());
        try (JsonGenerator json = JsonSupport.createGenerator(file)) {
            json.writeStartArray();
            List<ImageAsset> images = context.images();
            for (int i = 0; i < images.size(); i++) {
                context.checkCancelled();
                json.writeTree(record(images.get(i), i + 1, writer));
                context.monitor().worked(1);
            }
            json.writeEndArray();
        }
        writer.listUnused(context.project().getLabelClasses());
        Files.writeString(file.resolveSibling("label_config.xml"),
                LabelStudioConfig.write(writer.controls, writer.controlLabels), StandardCharsets.UTF_8);
        context.monitor().done();
    }

    /** The image's reference for {@code data.image}: its location, else its name. */
    static String reference(ImageAsset image) {
        return image.getLocation() != null && !image.getLocation().isEmpty() ? image.getLocation() : image.getName();
    }

    ObjectNode record(ImageAsset image, int id, LabelStudioResultWriter writer) {
        ObjectNode task = JsonSupport.NODES.objectNode();
        task.put("id", id);
        task.putObject("data").put("image", reference(image));
        Map<String, List<Annotation>> sessions = new LinkedHashMap<>();
        Map<String, List<Annotation>> predictions = new LinkedHashMap<>();
        for (Annotation annotation : image.getAnnotations()) {
            if (annotation.getProvenance() == Provenance.PREDICTED) {
                predictions.computeIfAbsent(String.valueOf(annotation.getModelVersion()), key -> new ArrayList<>())
                        .add(annotation);
            } else {
                // one session per imported session and author: tasks merged from two exports keep their annotators
                String session = annotation.getAttributes().map().getOrDefault(LabelStudioResultReader.SESSION, "1");
                sessions.computeIfAbsent(session + '\u0000' + annotation.getAuthor(), key -> new ArrayList<>())
                        .add(annotation);
            }
        }
        ArrayNode annotations = task.putArray("annotations");
        int number = 0;
        for (List<Annotation> session : sessions.values()) {
            ObjectNode annotation = annotations.addObject();
            annotation.put("id", id * 1000 + ++number);
            String author = session.get(0).getAuthor();
            if (author != null && author.matches("\\d{1,18}")) {
                annotation.put("completed_by", Long.parseLong(author)); // a Label Studio user id, a number there
            } else if (author != null) {
                annotation.put("completed_by", author);
            }
            annotation.put("was_cancelled", false);
            annotation.set("result", writer.results(session, image));
        }
        ArrayNode predicted = task.putArray("predictions");
        for (List<Annotation> prediction : predictions.values()) {
            ObjectNode node = predicted.addObject();
            String version = prediction.get(0).getModelVersion();
            if (version != null) {
                node.put("model_version", version);
            }
            node.put("score", prediction.stream().mapToDouble(Annotation::getScore).average().orElse(0));
            node.set("result", writer.results(prediction, image));
        }
        return task;
    }
}
