package org.annotide.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > New Annotide Project: an empty project folder in the workspace. */
public final class NewProjectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
        InputDialog dialog = new InputDialog(shell, "New Annotide Project",
                "Project name (a folder of that name is created in " + workspace + "):", "", name -> validate(workspace, name));
        if (dialog.open() != Window.OK) {
            return null;
        }
        String name = dialog.getValue().trim();
        Path folder = workspace.resolve(name);
        try {
            ProjectStore.create(folder, name).close();
            WorkspaceProjects.link(folder, new NullProgressMonitor());
        } catch (StoreException | CoreException e) {
            MessageDialog.openError(shell, "New Annotide Project", e.getMessage());
        }
        return null;
    }

    /**
     * Why the name cannot be used, or null. The name is checked as it will be used: without the spaces around
     * it, which the project does not get.
     */
    public static String validate(Path workspace, String typed) {
        String name = typed == null ? "" : typed.trim();
        if (name.isEmpty()) {
            return "Give the project a name";
        }
        if (name.matches(".*[/\\\\:*?\"<>|].*")) {
            return "A project name cannot contain / \\ : * ? \" < > |";
        }
        IStatus valid = ResourcesPlugin.getWorkspace().validateName(name, IResource.PROJECT);
        if (!valid.isOK()) {
            return valid.getMessage();
        }
        return Files.exists(workspace.resolve(name)) || ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists()
                ? "There is already a project or folder named " + name : null;
    }
}
