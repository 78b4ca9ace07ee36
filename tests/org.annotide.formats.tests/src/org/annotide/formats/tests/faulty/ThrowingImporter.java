package org.annotide.formats.tests.faulty;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;

/** A faulty plug-in's importer: its constructor throws, as one whose licence file is missing would. */
public final class ThrowingImporter implements FormatImporter {

    public ThrowingImporter() {
        throw new IllegalStateException("licence file acme.lic is missing");
    }

    @Override
    public int detect(java.nio.file.Path source) {
        return NO;
    }

    @Override
    public void read(ImportContext context, Dataset dataset) {
    }
}
