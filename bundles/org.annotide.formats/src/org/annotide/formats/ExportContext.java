package org.annotide.formats;

import java.nio.file.Path;
import java.util.List;

import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * What an exporter works with: the project (for its classes and folder), the images to write (a subset
 * of the project's), the output file or folder, options, the report of what could not be written as it
 * is, and the progress monitor.
 */
public final class ExportContext {

    private final Project project;
    private final Path projectFolder;
    private final List<ImageAsset> images;
    private final Path output;
    private final Path destination;
    private final ExportOptions options;
    private final ValidationReport report;
    private final IProgressMonitor monitor;

    /**
     * @param projectFolder the project's folder, against which relative image locations resolve; may be null
     */
    public ExportContext(Project project, Path projectFolder, List<ImageAsset> images, Path output,
            ExportOptions options, ValidationReport report, IProgressMonitor monitor) {
        this(project, projectFolder, images, output, output, options, report, monitor);
    }

    /**
     * @param output      where the exporter writes (a staging path of the same name, see {@link Exports#write})
     * @param destination where the export ends up once complete; paths written into the export that are relative
     *                    to its location are relative to this
     */
    public ExportContext(Project project, Path projectFolder, List<ImageAsset> images, Path output, Path destination,
            ExportOptions options, ValidationReport report, IProgressMonitor monitor) {
        this.project = project;
        this.projectFolder = projectFolder;
        this.images = List.copyOf(images);
        this.output = output.toAbsolutePath().normalize();
        this.destination = destination.toAbsolutePath().normalize();
        this.options = options == null ? ExportOptions.defaults() : options;
        this.report = report;
        this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
    }

    public Project project() {
        return project;
    }

    public Path projectFolder() {
        return projectFolder;
    }

    /** Where the export ends up once complete (the output is renamed to it). */
    public Path destination() {
        return destination;
    }

    public List<ImageAsset> images() {
        return images;
    }

    public Path output() {
        return output;
    }

    public ExportOptions options() {
        return options;
    }

    public ValidationReport report() {
        return report;
    }

    public IProgressMonitor monitor() {
        return monitor;
    }

    public void checkCancelled() {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
