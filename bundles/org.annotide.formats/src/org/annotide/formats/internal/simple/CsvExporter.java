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
import org.annotide.formats.LabelsCsv;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ShapeKind;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a labels CSV that {@link LabelsCsv} reads back unchanged: the header {@code image,label} and one column
 * per attribute key used, one row per image-level class (quoted where it holds a comma, a quote or a line break),
 * and one row with an empty label for an image without any. Images are written as their file relative to the CSV's
 * folder when the file is found, else by name. A label that cannot be read back as written (one
 * holding {@code ;} or {@code |}, which separate labels, or outer blanks) is reported as rejected. A path not
 * ending in {@code .csv} is a folder that gets {@code dataset.csv}.
 */
public final class CsvExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path file = context.output().getFileName().toString().toLowerCase().endsWith(".csv") ? context.output()
                : context.output().resolve("dataset.csv");
        Files.createDirectories(file.getParent());
        String fileName = file.getFileName().toString();
        // paths are relative to where the CSV ends up, not to where it is written first
        Path destinationFolder = context.destination().equals(context.output()) ? file.toAbsolutePath().normalize().getParent()
                : context.destination().resolve(context.output().relativize(file.toAbsolutePath().normalize())).getParent();
        Set<String> attributes = new LinkedHashSet<>();
        for (ImageAsset image : context.images()) {
            for (Annotation annotation : image.getAnnotations()) {
                if (annotation.getShape().getKind() == ShapeKind.IMAGE_CLASS) {
                    attributes.addAll(annotation.getAttributes().keySet());
                }
            }
        }
        List<String> header = new ArrayList<>(List.of(LabelsCsv.IMAGE, LabelsCsv.LABEL));
        header.addAll(attributes);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, LabelsCsv.format().builder()
                        .setHeader(header.toArray(String[]::new)).get())) {
            for (ImageAsset image : context.images()) {
                context.checkCancelled();
                ImageClasses.of(image, context.report(), fileName);
                String key = key(image, context.projectFolder(), destinationFolder);
                int written = 0;
                for (Annotation annotation : image.getAnnotations()) {
                    if (annotation.getShape().getKind() != ShapeKind.IMAGE_CLASS || annotation.getLabelClass() == null) {
                        continue;
                    }
                    String label = annotation.getLabelClass().getName();
                    String why = LabelsCsv.unwritable(label);
                    if (why != null) {
                        context.report().reject(fileName, image.getName(), why);
                        continue;
                    }
                    printer.printRecord(row(key, label, annotation, attributes));
                    context.report().accepted(1);
                    written++;
                }
                if (written == 0) {
                    printer.printRecord(row(key, "", null, attributes));
                }
            }
        }
    }

    /**
     * The image's file relative to the CSV's folder when the file is found (so that {@code import-images --csv}
     * finds it, and the name read back is the same), else its name.
     */
    private static String key(ImageAsset image, Path projectFolder, Path csvFolder) {
        Path found = ImageFiles.resolve(image, projectFolder);
        if (found != null && found.getFileName().toString().equals(image.getName())) {
            Path absolute = found.toAbsolutePath().normalize();
            try {
                return csvFolder.relativize(absolute).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) {
                return absolute.toString();
            }
        }
        return ImageClasses.key(image);
    }

    private static List<String> row(String key, String label, Annotation annotation, Set<String> attributes) {
        List<String> row = new ArrayList<>();
        row.add(key);
        row.add(label);
        for (String attribute : attributes) {
            String value = annotation == null ? null : annotation.getAttributes().get(attribute);
            row.add(value == null ? "" : value);
        }
        return row;
    }
}
