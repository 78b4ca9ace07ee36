package org.annotide.formats.internal.simple;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV form: {@code image,class} and one column per attribute key used, one row per image-level class,
 * and one row with an empty class for an image without any. A path not ending in {@code .csv} is a folder that
 * gets {@code dataset.csv}.
 */
public final class CsvExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path file = context.output().getFileName().toString().toLowerCase().endsWith(".csv") ? context.output()
                : context.output().resolve("dataset.csv");
        Files.createDirectories(file.getParent());
        Set<String> attributes = new LinkedHashSet<>();
        for (ImageAsset image : context.images()) {
            for (Annotation annotation : image.getAnnotations()) {
                if (annotation.getShape().getKind() == ShapeKind.IMAGE_CLASS) {
                    attributes.addAll(annotation.getAttributes().keySet());
                }
            }
        }
        List<String> header = new ArrayList<>(List.of(CsvImporter.IMAGE, CsvImporter.CLASS));
        header.addAll(attributes);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader(header.toArray(String[]::new)).get())) {
            for (ImageAsset image : context.images()) {
                context.checkCancelled();
                Set<LabelClass> classes = ImageClasses.of(image, context.report(), file.getFileName().toString());
                if (classes.isEmpty()) {
                    printer.printRecord(row(image, null, null, attributes));
                }
                for (Annotation annotation : image.getAnnotations()) {
                    if (annotation.getShape().getKind() == ShapeKind.IMAGE_CLASS && annotation.getLabelClass() != null) {
                        printer.printRecord(row(image, annotation.getLabelClass(), annotation, attributes));
                        context.report().accepted(1);
                    }
                }
            }
        }
    }

    private static List<String> row(ImageAsset image, LabelClass labelClass, Annotation annotation,
            Set<String> attributes) {
        List<String> row = new ArrayList<>();
        row.add(ImageClasses.key(image));
        row.add(labelClass == null ? "" : labelClass.getName());
        for (String key : attributes) {
            String value = annotation == null ? null : annotation.getAttributes().get(key);
            row.add(value == null ? "" : value);
        }
        return row;
    }
}
