package org.annotide.formats.internal.simple;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of the simple format: a header with the columns {@code image} and {@code class}, one row per
 * image-level class; a row with an empty class names an image without one. Further columns are kept as
 * attributes of the row's annotation.
 */
public final class CsvImporter implements FormatImporter {

    static final String IMAGE = "image";
    static final String CLASS = "class";

    @Override
    public int detect(Path source) {
        if (!Files.isRegularFile(source) || !source.getFileName().toString().toLowerCase().endsWith(".csv")) {
            return NO;
        }
        String header = JsonSupport.head(source, 4096).lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        List<String> columns = List.of(header.replace("\"", "").split("\\s*,\\s*"));
        return columns.contains(IMAGE) && columns.contains(CLASS) ? CERTAIN : NO;
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        dataset.readWhole(context.report(), () -> readRows(context, dataset));
    }

    private static void readRows(ImportContext context, Dataset dataset) throws IOException {
        Path file = context.source();
        String name = context.display(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        long lastLine = 1;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains(IMAGE) || !header.contains(CLASS)) {
                context.report().rejectFile(name, "line 1", "the header needs the columns image and class, found " + header);
                return;
            }
            for (CSVRecord record : parser) {
                context.checkCancelled();
                lastLine = record.getParser().getCurrentLineNumber();
                String where = "line " + lastLine;
                if (!record.isConsistent()) {
                    context.report().reject(name, where, "the row has " + record.size() + " fields, the header "
                            + header.size());
                    continue;
                }
                String image = record.get(IMAGE);
                if (image.isEmpty()) {
                    context.report().reject(name, where, "the row names no image");
                    continue;
                }
                ImageAsset asset = ImageClasses.image(context, dataset, image);
                String className = record.get(CLASS);
                if (className.isEmpty()) {
                    continue;
                }
                Annotation annotation = ImageClasses.annotate(dataset, asset, className);
                for (String column : header) {
                    if (!column.equals(IMAGE) && !column.equals(CLASS) && !record.get(column).isEmpty()) {
                        annotation.getAttributes().put(column, record.get(column));
                    }
                }
                context.report().accepted(1);
            }
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports malformed quoting this way; a half-read list would import a misleading part
            context.report().rejectFile(name, "after line " + lastLine, "the CSV cannot be parsed ("
                    + e.getMessage() + "); nothing was imported from it");
        }
    }
}
