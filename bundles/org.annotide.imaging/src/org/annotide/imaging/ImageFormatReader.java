package org.annotide.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one family of image files. Contributed through the extension point
 * {@code org.annotide.imaging.readers}; implementations must be thread-safe and have a public no-argument
 * constructor. The built-in PNG, JPEG, BMP and TIFF readers register exactly this way.
 */
public interface ImageFormatReader {

    /** Lower-case file name extensions without the dot; a folder import picks files by these. */
    Set<String> fileExtensions();

    /** True when the first bytes of a file (up to 64) show it is in this reader's format. */
    boolean canRead(byte[] head);

    /** The header only: sizes, bands, sample type and orientation. Must not decode pixels. */
    ImageInfo readInfo(Path file) throws IOException;

    /** Opens the file for region reads; the caller closes the source. */
    ImageSource open(Path file) throws IOException;
}
