package org.annotide.formats;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one interchange format into a detached {@link Dataset}. Implementations are registered through
 * the extension point {@code org.annotide.formats.formats} and must be stateless (one instance may serve
 * several imports, one after the other or at once).
 *
 * <p>Rules every importer follows: bad items are reported to {@link ImportContext#report()} with file,
 * location and reason and left out, never thrown; what the model has no field for is kept as annotation
 * attributes or image metadata; cancellation through the context's monitor is honoured.
 */
public interface FormatImporter {

    /** Certainty levels for {@link #detect}. */
    int NO = 0;
    int MAYBE = 30;
    int LIKELY = 60;
    int CERTAIN = 90;

    /**
     * How sure this importer is that it can read {@code source} (a file or a folder): {@link #NO} to
     * {@link #CERTAIN}. Must be cheap: look at names and at most the first few kilobytes of a file.
     */
    int detect(Path source);

    /**
     * Reads {@code context.source()} into the dataset.
     *
     * @throws IOException when the source as a whole cannot be read (missing, unreadable)
     */
    void read(ImportContext context, Dataset dataset) throws IOException;
}
