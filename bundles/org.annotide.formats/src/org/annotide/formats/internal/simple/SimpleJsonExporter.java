package org.annotide.formats.internal.simple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the simple JSON: every image (its name) with the list of its image-level classes, empty when it has
 * none. A path that does not end in {@code .json} is a folder that gets {@code dataset.json}, the name the
 * seed document's script uses.
 */
public final class SimpleJsonExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path file = context.output().getFileName().toString().toLowerCase().endsWith(".json") ? context.output()
                : context.output().resolve("dataset.json");
        Files.createDirectories(file.getParent());
        try (JsonGenerator json = JsonSupport.createGenerator(file)) {
            json.writeStartObject();
            for (ImageAsset image : context.images()) {
                context.checkCancelled();
                json.writeArrayFieldStart(ImageClasses.key(image));
                for (LabelClass labelClass : ImageClasses.of(image, context.report(), file.getFileName().toString())) {
                    json.writeString(labelClass.getName());
                    context.report().accepted(1);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }
}
