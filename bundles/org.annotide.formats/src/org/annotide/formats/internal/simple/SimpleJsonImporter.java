package org.annotide.formats.internal.simple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.model.ImageAsset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The simple JSON of the Label Studio workflow (the third seed document): one object whose keys are images and
 * whose values are the lists of their image-level classes ({@code {"a.png": ["cat", "indoor"], "b.png": []}}).
 * A single class may be written as a string. Each class becomes an image-level annotation.
 */
public final class SimpleJsonImporter implements FormatImporter {

    private static final Set<String> OTHER_FORMATS = Set.of("images", "annotations", "categories", "info", "licenses");

    @Override
    public int detect(Path source) {
        if (!Files.isRegularFile(source) || !source.getFileName().toString().toLowerCase().endsWith(".json")) {
            return NO;
        }
        try (InputStream in = Files.newInputStream(source); JsonParser parser = JsonSupport.FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return NO;
            }
            int checked = 0;
            while (checked < 5 && parser.nextToken() == JsonToken.FIELD_NAME) {
                if (OTHER_FORMATS.contains(parser.currentName())) {
                    return NO;
                }
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    JsonToken first;
                    while ((first = parser.nextToken()) != JsonToken.END_ARRAY) {
                        if (first != JsonToken.VALUE_STRING) {
                            return NO;
                        }
                    }
                } else if (value != JsonToken.VALUE_STRING) {
                    return NO;
                }
                checked++;
            }
            return checked > 0 ? LIKELY : NO;
        } catch (IOException | RuntimeException e) {
            return NO;
        }
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        Path file = context.source();
        String name = context.display(file);
        JsonNode root;
        try {
            root = JsonSupport.readTree(file);
        } catch (JsonProcessingException e) {
            context.report().rejectFile(name, JsonSupport.where(e.getLocation()), "the file is not valid JSON ("
                    + JsonSupport.problem(e) + "); nothing was imported from it");
            return;
        }
        if (root == null || !root.isObject()) {
            context.report().rejectFile(name, "$", "the simple JSON format is one object: image to list of classes");
            return;
        }
        var fields = root.fields();
        while (fields.hasNext()) {
            context.checkCancelled();
            var field = fields.next();
            String path = "$['" + field.getKey().replace("'", "\\'") + "']";
            JsonNode value = field.getValue();
            if (!value.isArray() && !value.isTextual()) {
                context.report().reject(name, path, "expected a list of class names");
                continue;
            }
            ImageAsset image = ImageClasses.image(context, dataset, field.getKey());
            if (value.isTextual()) {
                ImageClasses.annotate(dataset, image, value.asText());
                context.report().accepted(1);
                continue;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode className = value.get(i);
                if (!className.isTextual() || className.asText().isEmpty()) {
                    context.report().reject(name, path + "[" + i + "]", "a class name must be non-empty text");
                    continue;
                }
                ImageClasses.annotate(dataset, image, className.asText());
                context.report().accepted(1);
            }
        }
    }
}
