package org.annotide.formats;

import java.io.IOException;

/**
 * Writes a project's images and annotations in one interchange format, following that tool's schema
 * exactly so that the tool opens the result. Registered through {@code org.annotide.formats.formats};
 * stateless. What the format cannot carry is converted where a faithful conversion exists and reported
 * as a warning, or left out and reported as rejected: never dropped silently.
 */
public interface FormatExporter {

    /**
     * @throws IOException when the output cannot be written
     */
    void write(ExportContext context) throws IOException;
}
