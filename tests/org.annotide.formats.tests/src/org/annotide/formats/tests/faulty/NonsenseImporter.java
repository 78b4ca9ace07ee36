package org.annotide.formats.tests.faulty;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;

/** A faulty plug-in's importer: it claims every file with a certainty no importer can have. */
public final class NonsenseImporter implements FormatImporter {

    @Override
    public int detect(Path source) {
        return 1000;
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        throw new IOException("this importer reads nothing");
    }
}
