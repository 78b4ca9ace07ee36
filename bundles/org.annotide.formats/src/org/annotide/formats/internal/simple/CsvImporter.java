package org.annotide.formats.internal.simple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.LabelsCsv;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;

/**
 * The {@code csv} format: a labels CSV read by {@link LabelsCsv} (the same reader as {@code import-images --csv}),
 * each label an image-level class annotation carrying the row's attribute columns; a row without labels names an
 * image without any.
 */
public final class CsvImporter implements FormatImporter {

    @Override
    public int detect(Path source) {
        if (!Files.isRegularFile(source) || !source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return NO;
        }
        return LabelsCsv.hasHeader(source) ? CERTAIN : LIKELY;
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        dataset.readWhole(context.report(), () -> readRows(context, dataset));
    }

    private static void readRows(ImportContext context, Dataset dataset) throws IOException {
        Path file = context.source();
        String name = context.display(file);
        LabelsCsv.Table table = LabelsCsv.read(file);
        if (table.unreadable() != null) {
            context.report().rejectFile(name, table.unreadable().where(), table.unreadable().reason());
            return;
        }
        for (LabelsCsv.Problem problem : table.rejected()) {
            context.report().reject(name, problem.where(), problem.reason());
        }
        Set<List<Object>> seen = new HashSet<>();
        for (LabelsCsv.Row row : table.rows()) {
            context.checkCancelled();
            ImageAsset image = ImageClasses.image(context, dataset, row.image());
            for (String label : row.labels()) {
                if (!seen.add(List.of(image, label, row.attributes()))) {
                    continue;
                }
                Annotation annotation = ImageClasses.annotate(dataset, image, label);
                annotation.getAttributes().putAll(row.attributes());
                context.report().accepted(1);
            }
        }
    }
}
