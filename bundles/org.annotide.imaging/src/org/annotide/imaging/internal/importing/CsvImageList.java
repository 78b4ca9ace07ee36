package org.annotide.imaging.internal.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annotide.imaging.ImportReport.Rejection;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file listing images, with or without labels. With a header row, the image column is the first
 * named path, image, file, filename, file_name, location or image_path, and the label column the first
 * named label, labels, class, classes or category (other columns are ignored). Without a header, the
 * first column is the image and every further non-empty cell a label. A label cell may hold several
 * labels separated by {@code ;} or {@code |}. Relative paths are relative to the CSV file's folder;
 * lines starting with {@code #} are comments.
 */
public final class CsvImageList {

    /** One usable row: an image file and its labels. */
    public record Row(String source, Path file, List<String> labels) {
    }

    /** The usable rows and the rejected ones. */
    public record Parsed(List<Row> rows, List<Rejection> rejected) {
    }

    /** Label column of a list with a header that names none; -1 means "every column but the path". */
    private static final int NO_LABELS = -2;

    private static final Set<String> PATH_HEADERS = Set.of("path", "image", "file", "filename", "file_name", "location",
            "image_path");
    private static final Set<String> LABEL_HEADERS = Set.of("label", "labels", "class", "classes", "category");

    private CsvImageList() {
    }

    public static Parsed read(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Path folder = csv.toAbsolutePath().getParent();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            int pathColumn = 0;
            int labelColumn = -1;
            boolean first = true;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                    rejected.add(new Rejection(csv + ":" + (parser.getCurrentLineNumber() + 1),
                            "malformed CSV (" + reason + "); the rest of the file is not read"));
                    break;
                }
                long line = startLine(parser.getCurrentLineNumber(), record);
                String source = csv + ":" + line;
                if (first) {
                    first = false;
                    int header = headerIndex(record, PATH_HEADERS);
                    if (header >= 0) {
                        pathColumn = header;
                        int labels = headerIndex(record, LABEL_HEADERS);
                        labelColumn = labels >= 0 ? labels : NO_LABELS;
                        continue;
                    }
                    labelColumn = -1;
                }
                String path = pathColumn < record.size() ? record.get(pathColumn) : "";
                if (path.isEmpty()) {
                    rejected.add(new Rejection(source, "no image path in column " + (pathColumn + 1)));
                    continue;
                }
                Path file;
                try {
                    file = folder.resolve(path).normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    rejected.add(new Rejection(source, "'" + path + "' is not a valid path"));
                    continue;
                }
                rows.add(new Row(source, file, labels(record, pathColumn, labelColumn)));
            }
        }
        return new Parsed(rows, rejected);
    }

    /** The line a record starts on: the parser stands at its last line. */
    private static long startLine(long lastLine, CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            breaks += value.chars().filter(c -> c == '\n').count();
        }
        return Math.max(1, lastLine - breaks);
    }

    private static int headerIndex(CSVRecord record, Set<String> names) {
        for (int i = 0; i < record.size(); i++) {
            if (names.contains(record.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> labels(CSVRecord record, int pathColumn, int labelColumn) {
        Set<String> labels = new LinkedHashSet<>();
        if (labelColumn == NO_LABELS) {
            return List.of();
        }
        for (int i = 0; i < record.size(); i++) {
            boolean labelCell = labelColumn >= 0 ? i == labelColumn : i != pathColumn;
            if (labelCell) {
                for (String label : record.get(i).split("[;|]")) {
                    if (!label.isBlank()) {
                        labels.add(label.strip());
                    }
                }
            }
        }
        return List.copyOf(labels);
    }
}
