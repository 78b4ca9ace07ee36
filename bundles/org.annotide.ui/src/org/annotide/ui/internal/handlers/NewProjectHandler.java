package org.annotide.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IInputValidator;
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
        IInputValidator validator = name -> {
            if (name == null || name.isBlank()) {
                return "Give the project a name";
            }
            if (name.matches(".*[/\\\\:*?\"<>|].*")) {
                return "A project name cannot contain / \\ : * ? \" < > |";
            }
            return Files.exists(workspace.resolve(name)) || ResourcesPlugin.getWorkspace().getRoot()
                    .getProject(name).exists() ? "There is already a project or folder named " + name : null;
        };
        InputDialog dialog = new InputDialog(shell, "New Annotide Project",
                "Project name (a folder of that name is created in " + workspace + "):", "", validator);
        if (dialog.open() != Window.OK) {
            return null;
        }
        Path folder = workspace.resolve(dialog.getValue().trim());
        try {
            ProjectStore.create(folder, dialog.getValue().trim()).close();
            WorkspaceProjects.link(folder, new NullProgressMonitor());
        } catch (StoreException | CoreException e) {
            MessageDialog.openError(shell, "New Annotide Project", e.getMessage());
        }
        return null;
    }
}
