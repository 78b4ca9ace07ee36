package org.annotide.ui.internal.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.ExportOptions;
import org.annotide.formats.Exports;
import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ValidationReport;
import org.annotide.model.ImageAsset;
import org.annotide.ui.Problems;
import org.annotide.ui.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Export Annotations: the selected images (or all) of one project in a chosen format into a folder.
 * What the export needs is copied on the UI thread ({@link ExportSnapshot}) and written in a background job,
 * so editing can go on meanwhile.
 */
public final class ExportAnnotationsHandler extends AbstractHandler {

    /**
     * The command's optional parameter: the folder to write into, instead of asking with the system's folder
     * chooser (a key binding or a script can name it; the UI tests do).
     */
    public static final String FOLDER_PARAMETER = "org.annotide.ui.commands.exportAnnotations.folder";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        ProjectStore store = TargetProject.find(shell, selection, "Export Annotations");
        if (store == null) {
            return null;
        }
        List<ImageAsset> selected = Selections.elements(selection, ImageAsset.class);
        if (!selected.isEmpty() && Selections.commonStore(selected) != store) {
            MessageDialog.openInformation(shell, "Export Annotations", "The selection holds images of different "
                    + "projects. Select images of one project (or the project itself, to export all its images).");
            return null;
        }
        List<FormatDescriptor> exporters = FormatRegistry.fromExtensions().all().stream()
                .filter(FormatDescriptor::canExport).toList();
        ListDialog formats = new ListDialog(shell);
        formats.setTitle("Export Annotations");
        formats.setMessage("Format:");
        formats.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        formats.setLabelProvider(org.eclipse.jface.viewers.LabelProvider.createTextProvider(
                f -> ((FormatDescriptor) f).name() + "  (" + ((FormatDescriptor) f).id() + ")"));
        formats.setInput(exporters);
        if (formats.open() != ListDialog.OK || formats.getResult().length == 0) {
            return null;
        }
        FormatDescriptor format = (FormatDescriptor) formats.getResult()[0];
        String chosen = event.getParameter(FOLDER_PARAMETER);
        if (chosen == null || chosen.isBlank()) {
            DirectoryDialog folderDialog = new DirectoryDialog(shell, SWT.SAVE);
            folderDialog.setText("Export Annotations as " + format.name());
            folderDialog.setMessage("Folder to write the dataset into");
            chosen = folderDialog.open();
        }
        if (chosen == null) {
            return null;
        }
        String refusal = Exports.targetProblem(Path.of(chosen));
        if (refusal != null) {
            MessageDialog.openError(shell, "Export Annotations", refusal + ".");
            return null;
        }
        // A copy of what the export reads, taken on the UI thread: the export reads it while the user goes on editing.
        ExportSnapshot snapshot = ExportSnapshot.of(store.project(), selected);
        List<ImageAsset> images = snapshot.images();
        Path output = Path.of(chosen);
        Path projectFolder = store.folder();
        // not shell.getDisplay(): the shell active when the command ran may be a short-lived one, gone by now
        Display display = Display.getCurrent();
        Job job = Job.create("Exporting " + images.size() + " image(s) as " + format.name(), (IProgressMonitor monitor) -> {
            ValidationReport report;
            try {
                report = Exports.write(format, snapshot.project(), projectFolder, images, output, ExportOptions.defaults(), monitor);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.error("Exporting to " + output + " failed: " + TargetProject.reason(e), e);
            }
            String notes = report.issues().isEmpty() ? ""
                    : "\n\nWhat " + format.name() + " cannot carry (each item is in the Problems view):\n"
                            + ExportOutcome.summary(report.issues());
            display.asyncExec(() -> {
                IProject project = TargetProject.workspaceProject(store);
                if (project != null) {
                    // replaced on every export, so the view shows what the latest one could not carry
                    Problems.report(project, "export", ExportOutcome.problems(report.issues(), store.project()));
                }
                MessageDialog.openInformation(TargetProject.dialogShell(), "Export Annotations",
                        "Exported " + images.size() + " image(s) as " + format.name() + " to " + output + "." + notes);
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return null;
    }
}
