package com.example.annotide.acme;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;

/**
 * Writes an ACME box list (see {@link AcmeBoxes}): every box of the exported images; any other shape cannot be
 * carried and is reported as rejected, naming the image and the shape. An output path that does not end in
 * {@code .boxes} is a folder that gets {@code annotations.boxes}.
 */
public final class AcmeBoxesExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path file = context.output().getFileName().toString().endsWith(AcmeBoxes.EXTENSION) ? context.output()
                : context.output().resolve("annotations" + AcmeBoxes.EXTENSION);
        Files.createDirectories(file.getParent());
        String fileName = file.getFileName().toString();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(AcmeBoxes.HEADER + "\n");
            for (ImageAsset image : context.images()) {
                context.checkCancelled();
                String prefix = image.getName() + "\t" + image.getWidth() + "\t" + image.getHeight();
                int written = 0;
                for (Annotation annotation : image.getAnnotations()) {
                    if (!(annotation.getShape() instanceof BoxShape box) || annotation.getLabelClass() == null) {
                        context.report().reject(fileName, image.getName(), "an ACME box list carries labelled boxes only, not a "
                                + annotation.getShape().getKind().getLiteral());
                        continue;
                    }
                    writer.write(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s%n", prefix,
                            annotation.getLabelClass().getName(), number(box.getX()), number(box.getY()),
                            number(box.getWidth()), number(box.getHeight())));
                    context.report().accepted(1);
                    written++;
                }
                if (written == 0) {
                    writer.write(prefix + "\n");
                }
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
