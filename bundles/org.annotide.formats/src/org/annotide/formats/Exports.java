package org.annotide.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.eclipse.core.runtime.IProgressMonitor;

/** Runs an exporter and returns what it reported. */
public final class Exports {

    private Exports() {
    }

    public static ValidationReport write(FormatDescriptor format, Project project, Path projectFolder,
            List<ImageAsset> images, Path output, ExportOptions options, IProgressMonitor monitor) throws IOException {
        ValidationReport report = new ValidationReport();
        format.exporter().write(new ExportContext(project, projectFolder, images, output, options, report, monitor));
        return report;
    }
}
