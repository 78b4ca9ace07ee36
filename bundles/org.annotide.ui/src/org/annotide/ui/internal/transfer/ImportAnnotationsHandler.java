package org.annotide.ui.internal.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportCommand;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
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
 * File > Import Annotations: reads the source in a background job (progress, cancel), then commits what
 * is valid as one undoable command on the UI thread; rejections go to the Problems view.
 */
public final class ImportAnnotationsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ProjectStore store = TargetProject.find(shell, HandlerUtil.getCurrentSelection(event), "Import Annotations");
        if (store == null) {
            return null;
        }
        FormatRegistry registry = FormatRegistry.fromExtensions();
        List<FormatDescriptor> importers = registry.all().stream().filter(FormatDescriptor::canImport).toList();
        ImportAnnotationsDialog dialog = new ImportAnnotationsDialog(shell, importers);
        if (dialog.open() != Window.OK) {
            return null;
        }
        Path source = dialog.source();
        ImportOptions options = new ImportOptions(dialog.strict(), List.of());
        // not shell.getDisplay(): the shell active when the command ran may be a short-lived one, gone by now
        Display display = Display.getCurrent();
        Job job = Job.create("Importing annotations from " + source.getFileName(), (IProgressMonitor monitor) -> {
            ImportResult result;
            try {
                FormatDescriptor format = dialog.format();
                if (format == null) {
                    List<FormatRegistry.Detection> detections = registry.detect(source);
                    if (detections.isEmpty()) {
                        return Status.error("No format recognises " + source + "; choose one in the import dialog.");
                    }
                    format = detections.get(0).format();
                }
                result = ImportResult.read(format, source, options, monitor);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                // A reader's bug must not pass silently: name the file it failed on.
                return Status.error("Reading " + source + " failed: " + TargetProject.reason(e), e);
            }
            display.asyncExec(() -> commit(TargetProject.dialogShell(), store, source, result, options));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    /**
     * Asks what to do with pictures that have the name and size of project images but other content: add them
     * as images of their own (true), or leave them and their annotations out (false, reported).
     */
    private static boolean askAboutOtherPictures(Shell shell, List<org.annotide.model.ImageAsset> others) {
        List<String> names = others.stream().limit(10).map(image -> "  " + image.getName() + "  (" + image.getLocation()
                + ")").toList();
        String more = others.size() > names.size() ? "\n  ... and " + (others.size() - names.size()) + " more" : "";
        MessageDialog dialog = new MessageDialog(shell, "Import Annotations", null, others.size()
                + " image(s) in this import have the name and size of an image already in the project, but their"
                + " files hold other pictures:\n\n" + String.join("\n", names) + more
                + "\n\nAdd them as new images of the same name, or leave them and their annotations out?",
                MessageDialog.QUESTION, 1, "Add as New Images", "Leave Them Out");
        return dialog.open() == 0;
    }

    private static void commit(Shell shell, ProjectStore store, Path source, ImportResult result, ImportOptions options) {
        // planned against the project first, so that duplicates and size conflicts are in the report before
        // the Problems view is filled and before strict mode decides
        ImportCommand command = result.command(store.project());
        List<org.annotide.model.ImageAsset> others = command.otherPictures();
        if (!others.isEmpty()) {
            command.addOtherPictures(askAboutOtherPictures(shell, others));
        }
        command.plan();
        IProject project = TargetProject.workspaceProject(store);
        if (project != null) {
            // located on the project's images where the issue names one, so that opening the marker shows it
            Problems.report(project, "import", ExportOutcome.problems(result.report().issues(), store.project()));
        }
        String rejected = result.report().hasRejections()
                ? "\n" + result.report().rejectedCount() + " item(s) were rejected: see the Problems view." : "";
        String skipped = command.duplicateCount() == 0 ? ""
                : "\n" + command.duplicateCount() + " annotation(s) already in the project were skipped.";
        if (!result.committable(options) || command.isEmpty()) {
            MessageDialog.openWarning(shell, "Import Annotations", "Nothing was imported from " + source + "." + skipped
                    + rejected);
            return;
        }
        try {
            store.commandStack().execute(command);
        } catch (StoreException e) {
            MessageDialog.openError(shell, "Import Annotations", e.getMessage());
            return;
        }
        String message = "Imported " + command.annotationCount() + " annotation(s), " + command.newImages().size()
                + " new image(s) and " + command.newClasses().size() + " new class(es) as " + result.format().name()
                + " from " + source + ". Undo (Ctrl+Z) takes the whole import back." + skipped + rejected;
        if (result.report().hasRejections()) {
            MessageDialog.openWarning(shell, "Import Annotations", message);
        } else {
            MessageDialog.openInformation(shell, "Import Annotations", message);
        }
    }
}
