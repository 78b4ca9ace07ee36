package org.annotide.formats;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** What an importer works with: the source, the options, the report to fill and the progress monitor. */
public final class ImportContext {

    private final Path source;
    private final ImportOptions options;
    private final ValidationReport report;
    private final IProgressMonitor monitor;

    public ImportContext(Path source, ImportOptions options, ValidationReport report, IProgressMonitor monitor) {
        this.source = source.toAbsolutePath().normalize();
        this.options = options == null ? ImportOptions.defaults() : options;
        this.report = report;
        this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
    }

    /** The file or folder the user named, absolute. */
    public Path source() {
        return source;
    }

    /** The folder of the source (the source itself when it is a folder). */
    public Path sourceFolder() {
        return java.nio.file.Files.isDirectory(source) ? source : source.getParent();
    }

    public ImportOptions options() {
        return options;
    }

    public ValidationReport report() {
        return report;
    }

    public IProgressMonitor monitor() {
        return monitor;
    }

    /** A file's name for the report: relative to the source folder when inside it. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = sourceFolder();
        if (folder != null && absolute.startsWith(folder) && !absolute.equals(folder)) {
            return folder.relativize(absolute).toString();
        }
        return absolute.getFileName() == null ? absolute.toString() : absolute.toString();
    }

    /** Throws {@link OperationCanceledException} when the user cancelled. */
    public void checkCancelled() {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
