package org.annotide.ui.internal.handlers;

import java.nio.file.Path;

import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Project Folder: adds an existing Annotide project folder to the workspace, where it is. */
public final class OpenProjectFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Annotide Project Folder");
        dialog.setMessage("Choose a folder that contains an annotide.project file");
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        try {
            WorkspaceProjects.link(Path.of(chosen), new NullProgressMonitor());
        } catch (CoreException e) {
            MessageDialog.openError(shell, "Open Project Folder", e.getMessage());
        }
        return null;
    }
}
