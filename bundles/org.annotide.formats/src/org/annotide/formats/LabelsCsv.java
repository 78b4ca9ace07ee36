package org.annotide.formats;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annotide.formats.internal.ImageFiles;
import org.annotide.imaging.ImageList;
import org.annotide.imaging.ImportReport.Rejection;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of labels CSVs: the image lists of {@code import-images --csv} and the workbench's Import Images,
 * and the {@code csv} annotation format of {@code import}, {@code validate} and the workbench's Import Annotations
 * all read a CSV through {@link #read(Path)}, so the same file gives the same images and labels everywhere.
 *
 * <p>The rules (documented in {@code docs/formats.md}, "Labels CSV"):
 * <ul>
 * <li>UTF-8 (a byte-order mark is skipped); lines starting with {@code #} are comments; empty lines are skipped;
 * values are trimmed; RFC 4180 quoting (a value with a comma, a quote or a line break is in double quotes, a quote
 * inside it doubled).</li>
 * <li>The first row is a header when one of its cells (any case) is an image column name: {@link #IMAGE_COLUMNS}.
 * The first such cell is the image column, the first cell named in {@link #LABEL_COLUMNS} the label column, and
 * every other named column an attribute of the row's labels. A header without a label column lists images
 * without labels.</li>
 * <li>Without a header, the first column is the image and every further non-empty cell holds labels.</li>
 * <li>A label cell may hold several labels separated by {@code ;} or {@code |}; a label given twice for an image
 * (with the same attributes) is one label.</li>
 * <li>Image paths are relative to the CSV's folder (absolute paths are taken as they are); a path not found there
 * is looked up by file name in the CSV's folder and its {@code images/} folder.</li>
 * <li>Rejected with the line and why: a row without an image, a row with more values than the header has
 * columns. A file whose quoting is broken is rejected as a whole, with the line: nothing of it is imported.</li>
 * </ul>
 */
public final class LabelsCsv {

    /** Header names of the image column, in any case. */
    public static final List<String> IMAGE_COLUMNS = List.of("path", "image", "file", "filename", "file_name",
            "location", "image_path");
    /** Header names of the label column, in any case. */
    public static final List<String> LABEL_COLUMNS = List.of("label", "labels", "class", "classes", "category");
    /** The image column's name as {@code export --format csv} writes it. */
    public static final String IMAGE = "image";
    /** The label column's name as {@code export --format csv} writes it. */
    public static final String LABEL = "label";
    /** Separators of several labels in one cell. */
    public static final String SEPARATORS = ";|";

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");

    private LabelsCsv() {
    }

    /**
     * One usable row.
     *
     * @param line       the line the row starts on (1-based)
     * @param image      the image as written (a path relative to the CSV's folder, or absolute)
     * @param labels     the labels, each once, in order (possibly none)
     * @param attributes the non-empty values of the other named columns, in column order
     */
    public record Row(long line, String image, List<String> labels, Map<String, String> attributes) {
    }

    /**
     * A row (or the file) that cannot be used.
     *
     * @param line   the line (1-based)
     * @param reason why, in the file's terms
     */
    public record Problem(long line, String reason) {
        /** The location as reports write it: {@code line N}. */
        public String where() {
            return "line " + line;
        }
    }

    /**
     * What a CSV holds.
     *
     * @param rows       the usable rows in order (none when the file is unreadable)
     * @param rejected   the rows that cannot be used
     * @param unreadable when not null, the file cannot be parsed as a whole and contributes nothing
     */
    public record Table(List<Row> rows, List<Problem> rejected, Problem unreadable) {
        public Table {
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }
    }

    /** True when the first row of the file (comments skipped) is a header naming an image column. */
    public static boolean hasHeader(Path csv) {
        try (Reader reader = open(csv)) {
            CSVParser parser = CSVParser.parse(reader, format());
            for (CSVRecord record : parser) {
                return imageColumn(record) >= 0;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: no header to speak of
        }
        return false;
    }

    /**
     * Reads a labels CSV.
     *
     * @throws IOException when the file cannot be opened or read (not for its content: see {@link Table})
     */
    public static Table read(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        try (Reader reader = open(csv); CSVParser parser = CSVParser.parse(reader, format())) {
            var records = parser.iterator();
            int imageColumn = 0;
            int labelColumn = -1;
            int columns = -1;
            List<String> names = List.of();
            boolean first = true;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // commons-csv reports broken quoting this way; a half-read list would import a misleading part
                    return new Table(List.of(), List.of(), unparseable(e, parser.getCurrentLineNumber() + 1));
                }
                long line = startLine(parser.getCurrentLineNumber(), record);
                if (first) {
                    first = false;
                    int header = imageColumn(record);
                    if (header >= 0) {
                        imageColumn = header;
                        labelColumn = column(record, LABEL_COLUMNS);
                        columns = record.size();
                        names = record.toList().stream().map(String::strip).toList();
                        continue;
                    }
                }
                if (columns >= 0 && record.size() > columns) {
                    rejected.add(new Problem(line, "the row has " + record.size() + " values but the header names "
                            + columns + " columns (a value holding a comma must be in double quotes)"));
                    continue;
                }
                String image = imageColumn < record.size() ? record.get(imageColumn) : "";
                if (image.isEmpty()) {
                    rejected.add(new Problem(line, "the row names no image"));
                    continue;
                }
                Set<String> labels = new LinkedHashSet<>();
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    if (i == imageColumn || value.isEmpty()) {
                        continue;
                    }
                    if (columns < 0 || i == labelColumn) {
                        for (String label : value.split("[" + Pattern.quote(SEPARATORS) + "]")) {
                            if (!label.isBlank()) {
                                labels.add(label.strip());
                            }
                        }
                    } else if (labelColumn >= 0 && !names.get(i).isEmpty()) {
                        attributes.putIfAbsent(names.get(i), value);
                    }
                }
                rows.add(new Row(line, image, List.copyOf(labels), attributes));
            }
        }
        return new Table(rows, rejected, null);
    }

    /**
     * Reads a labels CSV as the image importer's list: each row's image resolved against the CSV's folder (see
     * the class comment), its labels with the row's attributes; rejections as {@code CSV:LINE}.
     */
    public static ImageList imageList(Path csv) throws IOException {
        Table table = read(csv);
        List<ImageList.Entry> entries = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        if (table.unreadable() != null) {
            rejected.add(new Rejection(csv + ":" + table.unreadable().line(), table.unreadable().reason()));
            return new ImageList(entries, rejected);
        }
        Path folder = csv.toAbsolutePath().normalize().getParent();
        for (Problem problem : table.rejected()) {
            rejected.add(new Rejection(csv + ":" + problem.line(), problem.reason()));
        }
        for (Row row : table.rows()) {
            Path file = resolve(row.image(), folder);
            if (file == null) {
                rejected.add(new Rejection(csv + ":" + row.line(), "'" + row.image() + "' is not a valid path"));
                continue;
            }
            List<ImageList.Label> labels = row.labels().stream()
                    .map(label -> new ImageList.Label(label, row.attributes())).toList();
            entries.add(new ImageList.Entry(csv + ":" + row.line(), file, labels));
        }
        return new ImageList(entries, rejected);
    }

    /**
     * The file a row's image names: relative to {@code folder} (or absolute) when it exists, else the same file
     * name in the folder or its {@code images/} folder, else the path as written (which then does not exist);
     * null when it is not a valid path.
     */
    public static Path resolve(String image, Path folder) {
        try {
            Path given = folder.resolve(image).normalize();
            if (Files.isRegularFile(given)) {
                return given;
            }
            Path found = ImageFiles.find(image, List.of(folder, folder.resolve("images")));
            return found != null ? found : given;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Why a label cannot be written to a labels CSV so that it reads back the same, or null when it can. */
    public static String unwritable(String label) {
        if (label.isBlank()) {
            return "an empty label";
        }
        if (!label.equals(label.strip())) {
            return "the label '" + label + "' starts or ends with blanks, which the reader trims";
        }
        for (char separator : SEPARATORS.toCharArray()) {
            if (label.indexOf(separator) >= 0) {
                return "the label '" + label + "' holds '" + separator + "', which separates labels in a cell";
            }
        }
        return null;
    }

    /** The CSV dialect of both the reader and the writer. */
    public static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get();
    }

    /** The file as UTF-8 text without a leading byte-order mark. */
    private static Reader open(Path csv) throws IOException {
        PushbackReader reader = new PushbackReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static int imageColumn(CSVRecord record) {
        return column(record, IMAGE_COLUMNS);
    }

    private static int column(CSVRecord record, List<String> names) {
        for (int i = 0; i < record.size(); i++) {
            if (names.contains(record.get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** The line a record starts on: the parser stands at its last line. */
    private static long startLine(long lastLine, CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            breaks += value.chars().filter(c -> c == '\n').count();
        }
        return Math.max(1, lastLine - breaks);
    }

    /** The file-level rejection for broken quoting, in the file's terms (not the parser's). */
    private static Problem unparseable(RuntimeException e, long current) {
        String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        Matcher start = START_LINE.matcher(message);
        Matcher at = AT_LINE.matcher(message);
        String why;
        long line = current;
        if (message.contains("EOF reached before encapsulated token finished")) {
            if (start.find()) {
                line = Long.parseLong(start.group(1));
            }
            why = "a value opened with a double quote on line " + line + " is never closed";
        } else if (message.contains("Invalid char")) {
            if (at.find()) {
                line = Long.parseLong(at.group(1));
            }
            why = "text follows a closing double quote on line " + line
                    + " (a double quote inside a quoted value is written twice)";
        } else {
            why = "the quoting is not valid CSV near line " + line;
        }
        return new Problem(line, "the CSV cannot be parsed: " + why + "; nothing was imported from it");
    }
}
