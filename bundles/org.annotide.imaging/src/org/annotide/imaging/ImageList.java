package org.annotide.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.imaging.ImportReport.Rejection;

/**
 * A list of image files with the labels given for each, read from a file (a CSV) by a {@link Reader} that a
 * higher bundle provides (the formats bundle's one CSV reader), so that the image importer and the annotation
 * importers read such lists by one set of rules.
 *
 * @param entries  the usable rows in order
 * @param rejected the rows (or the whole file) that could not be used, each with {@code FILE:LINE} and why
 */
public record ImageList(List<Entry> entries, List<Rejection> rejected) {

    public ImageList {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
    }

    /**
     * One row: the image file it names and its labels.
     *
     * @param source where the row is, {@code FILE:LINE}
     * @param file   the image file, absolute
     * @param labels the image-level classes given for it (possibly none)
     */
    public record Entry(String source, Path file, List<Label> labels) {
        public Entry {
            labels = List.copyOf(labels);
        }
    }

    /**
     * One image-level class with the attributes its annotation gets (the row's other columns).
     *
     * @param name       the class name
     * @param attributes attribute name to value, in column order
     */
    public record Label(String name, Map<String, String> attributes) {
        public Label {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    /** Reads an image list file. */
    @FunctionalInterface
    public interface Reader {
        /** @throws IOException when the file cannot be opened at all */
        ImageList read(Path file) throws IOException;
    }
}
