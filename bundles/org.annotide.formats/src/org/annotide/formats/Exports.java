package org.annotide.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.core.store.FileErrors;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.eclipse.core.runtime.IProgressMonitor;

/** Runs an exporter and returns what it reported. */
public final class Exports {

    private Exports() {
    }

    /**
     * @throws IOException also when the output is a folder that already holds files: an export mixed into an
     *             earlier one would leave that one's images and labels behind, which trainers then read too
     */
    public static ValidationReport write(FormatDescriptor format, Project project, Path projectFolder,
            List<ImageAsset> images, Path output, ExportOptions options, IProgressMonitor monitor) throws IOException {
        String refusal = targetProblem(output);
        if (refusal != null) {
            throw new IOException(refusal);
        }
        ValidationReport report = new ValidationReport();
        format.exporter().write(new ExportContext(project, projectFolder, images, output, options, report, monitor));
        return report;
    }

    /** Why the output cannot take an export, or null: a folder that is not empty. */
    public static String targetProblem(Path output) {
        if (!Files.isDirectory(output)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(output)) {
            return entries.findAny().isEmpty() ? null
                    : output + " is a folder that already holds files: export into a new or empty folder, so that no file"
                            + " of an earlier export is mixed in with this one";
        } catch (IOException e) {
            return "cannot look into " + output + ": " + FileErrors.describe(e);
        }
    }
}
