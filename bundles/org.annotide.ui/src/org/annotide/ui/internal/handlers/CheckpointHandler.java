package org.annotide.ui.internal.handlers;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Write Checkpoint: folds the journal of the selected project (or of every open project) into a
 * new checkpoint. Never needed for safety; it makes the next opening faster after many changes.
 */
public final class CheckpointHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ProjectStore selected = Selections.store(HandlerUtil.getCurrentSelection(event));
        ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
        Display display = Display.getCurrent();
        Job job = Job.create("Writing checkpoint", (IProgressMonitor monitor) -> {
            IStatus[] result = {Status.OK_STATUS};
            // The model belongs to the UI thread: the checkpoint reads it there.
            display.syncExec(() -> {
                try {
                    if (selected != null) {
                        selected.checkpoint();
                    } else {
                        projects.openStores().forEach(ProjectStore::checkpoint);
                    }
                } catch (StoreException e) {
                    result[0] = Status.error(e.getMessage(), e);
                }
            });
            return result[0];
        });
        job.setUser(true);
        job.schedule();
        return null;
    }
}
