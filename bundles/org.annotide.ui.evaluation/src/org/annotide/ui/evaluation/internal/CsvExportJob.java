package org.annotide.ui.evaluation.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.annotide.access.Account;
import org.annotide.access.PermissionDeniedException;
import org.annotide.benchmark.TrainingSession;
import org.annotide.core.store.ProjectStore;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.ui.evaluation.EvaluationUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Writes the CSV of every evaluation label of a training project as a job: streamed by the benchmark layer (one
 * task in memory at a time, so a million rows in constant memory), into {@code OUT.tmp} renamed into place when
 * complete; Cancel stops it between tasks and leaves no file. It reads its own read-only snapshot of the project
 * (the workbench's model stays the UI thread's) and asks the permission service for the user who started it.
 */
final class CsvExportJob extends Job {

    private final Path folder;
    private final org.annotide.access.PermissionService permissions;
    private final Account user;
    private final Path target;
    private volatile long rows = -1;

    CsvExportJob(TrainingSession session, Account user, Path target) {
        super("Export the evaluation labels to " + target.getFileName());
        this.folder = session.store().folder();
        this.permissions = EvaluationContext.get().users().permissions();
        this.user = user;
        this.target = target;
    }

    /** Rows written by a complete run, or -1. */
    long rows() {
        return rows;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (ProjectStore snapshot = ProjectStore.openReadOnly(folder);
                TrainingSession session = TrainingSession.over(folder, snapshot, permissions,
                        SimilarityRegistry.fromExtensions())) {
            long written;
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16)) {
                written = session.writeCsv(user, out, null, monitor);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            rows = written;
            return new Status(IStatus.OK, EvaluationUi.PLUGIN_ID, written + " evaluation labels written to " + target);
        } catch (OperationCanceledException e) {
            deleteQuietly(temporary);
            return Status.CANCEL_STATUS;
        } catch (PermissionDeniedException e) {
            deleteQuietly(temporary);
            return Status.error(e.getMessage());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            return new Status(IStatus.ERROR, EvaluationUi.PLUGIN_ID, "Writing " + target + " failed: " + e.getMessage(),
                    e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the temporary file stays; the target was never touched
        }
    }
}
