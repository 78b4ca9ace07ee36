package org.annotide.imaging;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What to import into a project.
 *
 * @param paths  image files and folders; folders are searched recursively for files whose extension a
 *               reader claims (hidden files and folders are skipped)
 * @param filter only files found in folders whose name contains a match are taken (null: all); files
 *               named directly are always taken
 * @param copy   copy the files into {@code PROJECT/images/} instead of referring to them where they are
 * @param csv    a CSV file listing images, with or without labels (null: none), read by the importer's
 *               {@link ImageList.Reader}
 */
public record ImportRequest(List<Path> paths, Pattern filter, boolean copy, Path csv) {

    public ImportRequest {
        paths = List.copyOf(paths);
    }
}
