package org.annotide.formats;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.model.Project;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A read source: the format, the detached dataset and the validation report. Commit it with
 * {@link #command(Project)} on the project's command stack, which makes the whole import one undoable change.
 */
public record ImportResult(FormatDescriptor format, Dataset dataset, ValidationReport report) {

    /** Reads {@code source} with the format's importer, then applies the one {@link GeometryCheck} of every import. */
    public static ImportResult read(FormatDescriptor format, Path source, ImportOptions options,
            IProgressMonitor monitor) throws IOException {
        ValidationReport report = new ValidationReport();
        Dataset dataset = new Dataset();
        Path name = source.getFileName();
        dataset.setSource(name == null ? source.toString() : name.toString());
        format.importer().read(new ImportContext(source, options, report, monitor), dataset);
        GeometryCheck.apply(dataset, report);
        return new ImportResult(format, dataset, report);
    }

    /** False when the options are strict and something was rejected: then nothing may be committed. */
    public boolean committable(ImportOptions options) {
        return !(options.strict() && report.hasRejections());
    }

    /**
     * True when nothing at all could be read because the source's files cannot be parsed (JSON or XML cut
     * short, ...): then there is nothing to commit and the caller should fail rather than report a partial import.
     */
    public boolean unreadable() {
        return report.unreadableFileCount() > 0 && dataset.isEmpty();
    }

    /**
     * The command that merges the dataset into the project; its {@link ImportCommand#plan()} adds what the
     * project already holds or contradicts to this result's report.
     */
    public ImportCommand command(Project project) {
        return new ImportCommand(project, dataset, report);
    }
}
