package org.annotide.ui.internal.handlers;

import java.util.Collection;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Write Checkpoint: folds the journal of the selected project (or of every open project) into a
 * new checkpoint. Never needed for safety; it makes the next opening faster after many changes. A
 * checkpoint reads the model, which belongs to the UI thread, so it runs there under a busy cursor.
 */
public final class CheckpointHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ProjectStore selected = Selections.store(HandlerUtil.getCurrentSelection(event));
        ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
        Collection<ProjectStore> stores = selected != null ? List.of(selected) : projects.openStores();
        MultiStatus[] result = new MultiStatus[1];
        BusyIndicator.showWhile(shell == null ? null : shell.getDisplay(), () -> result[0] = checkpoint(stores, projects));
        if (!result[0].isOK()) {
            ErrorDialog.openError(shell, "Write Checkpoint", null, result[0]);
        }
        return null;
    }

    /**
     * Writes a checkpoint of each store; one that fails does not stop the others.
     *
     * @return OK, or an error per store that failed, naming its project
     */
    public static MultiStatus checkpoint(Collection<ProjectStore> stores, ProjectService projects) {
        MultiStatus result = new MultiStatus(AnnotideUi.PLUGIN_ID, 0,
                "Some checkpoints could not be written. Nothing is lost: the journals hold every change.", null);
        for (ProjectStore store : stores) {
            try {
                store.checkpoint();
            } catch (StoreException e) {
                IProject project = projects.project(store);
                String name = project != null ? project.getName() : store.folder().toString();
                result.add(Status.error(name + ": " + e.getMessage(), e));
            }
        }
        return result;
    }
}
