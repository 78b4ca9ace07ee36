package org.annotide.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.core.store.FileErrors;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs an exporter and returns what it reported. The exporter writes into a hidden staging folder beside the
 * output ({@code .annotide-export-*}) under the output's own name, and the result is renamed into place only when
 * the exporter completed (with any file it writes beside a single-file output): a failed or cancelled export
 * leaves nothing (and an earlier file it was to replace stays as it was).
 */
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
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new IOException("cannot export to " + output + ": name a file or folder");
        }
        Path staging;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, ".annotide-export-");
        } catch (IOException e) {
            throw new IOException("cannot write into " + parent + ": " + FileErrors.describe(e), e);
        }
        Path written = staging.resolve(target.getFileName().toString());
        try {
            format.exporter().write(new ExportContext(project, projectFolder, images, written, target, options, report,
                    monitor));
            // files an exporter writes beside its output (Label Studio's label_config.xml) come along; the output last
            List<Path> beside;
            try (Stream<Path> entries = Files.list(staging)) {
                beside = entries.filter(entry -> !entry.equals(written)).toList();
            }
            for (Path entry : beside) {
                move(entry, parent.resolve(entry.getFileName().toString()));
            }
            if (Files.exists(written)) {
                move(written, target);
            }
            return report;
        } finally {
            deleteRecursively(staging);
        }
    }

    /** Renames the complete export into place (replacing a file or an empty folder), atomically where possible. */
    private static void move(Path written, Path target) throws IOException {
        try {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            // a leftover hidden staging folder is untidy, not wrong: the export itself stands or was not made
        }
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
