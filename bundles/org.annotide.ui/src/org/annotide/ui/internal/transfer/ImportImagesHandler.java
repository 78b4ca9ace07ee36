package org.annotide.ui.internal.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.LabelsCsv;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImportReport;
import org.annotide.imaging.ImportRequest;
import org.annotide.ui.Problems;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Import Images: finds and reads the image headers in a background job (progress, cancel); the
 * images are added on the UI thread as one undoable command, and unreadable files become problems.
 */
public final class ImportImagesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ProjectStore store = TargetProject.find(shell, HandlerUtil.getCurrentSelection(event), "Import Images");
        if (store == null) {
            return null;
        }
        ImportImagesDialog dialog = new ImportImagesDialog(shell);
        if (dialog.open() != Window.OK) {
            return null;
        }
        // not shell.getDisplay(): the shell active when the command ran may be a short-lived one, gone by now
        Display display = Display.getCurrent();
        Job job = Job.create("Importing images", (IProgressMonitor monitor) -> {
            ImportReport report;
            try {
                report = new ImageImporter(ImageFormats.installed(), LabelsCsv::imageList).run(store, dialog.request(), monitor, display::syncExec);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                // A reader's bug must not pass silently: say what was being imported.
                return Status.error("Importing images from " + sources(dialog.request()) + " failed: " + TargetProject.reason(e), e);
            }
            display.asyncExec(() -> report(TargetProject.dialogShell(), store, report));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    private static String sources(ImportRequest request) {
        List<String> sources = new ArrayList<>();
        request.paths().forEach(path -> sources.add(path.toString()));
        if (request.csv() != null) {
            sources.add(request.csv().toString());
        }
        return String.join(", ", sources);
    }

    private static void report(Shell shell, ProjectStore store, ImportReport report) {
        IProject project = TargetProject.workspaceProject(store);
        if (project != null) {
            Problems.report(project, "images", report.rejected().stream()
                    .map(rejection -> Problems.Problem.warning(rejection.source(), rejection.reason())).toList());
        }
        String message = "Imported " + report.imported() + " image(s)"
                + (report.labelsAdded() > 0 ? " with " + report.labelsAdded() + " image label(s)" : "") + "."
                + (report.hasRejections() ? "\n" + report.rejected().size() + " file(s) were rejected: see the Problems view." : "");
        if (report.hasRejections()) {
            MessageDialog.openWarning(shell, "Import Images", message);
        } else {
            MessageDialog.openInformation(shell, "Import Images", message);
        }
    }
}
