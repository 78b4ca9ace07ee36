package org.annotide.ui.training.internal;

import org.annotide.core.store.ProjectStore;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Selections;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the New Training Job wizard on the project the user works in: the one the Training view shows, else the
 * project of the selection, else the active editor's.
 */
public final class NewTrainingJobHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ProjectStore store = project(window);
        if (store == null || store.isClosed()) {
            MessageDialog.openInformation(window.getShell(), "New Training Job",
                    "Select an Annotide project (or an image of one) in the Project Explorer first.");
            return null;
        }
        if (store.isReadOnly()) {
            MessageDialog.openInformation(window.getShell(), "New Training Job",
                    store.project().getName() + " is open read-only: it cannot train.");
            return null;
        }
        new TrainingWizardDialog(window.getShell(), new NewTrainingJobWizard(store, null)).open();
        return null;
    }

    static ProjectStore project(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return null;
        }
        if (page.findView(TrainingUi.TRAINING_VIEW_ID) instanceof TrainingView view && view.store() != null) {
            return view.store();
        }
        ProjectStore store = Selections.store(window.getSelectionService().getSelection());
        if (store == null) {
            store = Selections.store(window.getSelectionService().getSelection(org.annotide.ui.AnnotideUi.EXPLORER_VIEW_ID));
        }
        IEditorPart editor = page.getActiveEditor();
        if (store == null && editor != null) {
            store = Adapters.adapt(editor, ProjectStore.class);
        }
        ProjectService projects = window.getWorkbench().getService(ProjectService.class);
        return store != null && projects.project(store) != null ? store : null;
    }
}
