package org.annotide.ui.internal.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.FileErrors;
import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Selections;
import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** The project a command works on: the one of the selection, or the only Annotide project there is. */
final class TargetProject {

    private TargetProject() {
    }

    static ProjectStore find(Shell shell, ISelection selection, String title) {
        ProjectStore store = Selections.store(selection);
        if (store != null) {
            return store;
        }
        List<IProject> projects = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (WorkspaceProjects.isAnnotideProject(project)) {
                projects.add(project);
            }
        }
        if (projects.size() != 1) {
            MessageDialog.openInformation(shell, title, projects.isEmpty()
                    ? "Create or open an Annotide project first (File > New Annotide Project)."
                    : "Select the project to work on in the Project Explorer first.");
            return null;
        }
        try {
            return PlatformUI.getWorkbench().getService(ProjectService.class).store(projects.get(0));
        } catch (StoreException e) {
            MessageDialog.openError(shell, title, e.getMessage());
            return null;
        }
    }

    /**
     * The shell to parent a dialog that a background job opens when it is done: the one a modal dialog
     * belongs on now. The shell the command started from may be gone by then.
     */
    static Shell dialogShell() {
        return PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
    }

    /** Why something failed, for a message: the exception's message, or its type when it has none (a bug). */
    static String reason(Exception e) {
        if (e instanceof IOException io) {
            return FileErrors.describe(io);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static IProject workspaceProject(ProjectStore store) {
        return PlatformUI.getWorkbench().getService(ProjectService.class).project(store);
    }
}
