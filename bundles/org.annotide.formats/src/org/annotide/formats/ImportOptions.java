package org.annotide.formats;

import java.nio.file.Path;
import java.util.List;

/**
 * How to import.
 *
 * @param strict     when true, an import with any rejected item commits nothing
 * @param imageRoots further folders searched for image files (for sizes and locations) besides the
 *                   places the format itself names
 */
public record ImportOptions(boolean strict, List<Path> imageRoots) {

    public ImportOptions {
        imageRoots = imageRoots == null ? List.of() : List.copyOf(imageRoots);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, List.of());
    }
}
