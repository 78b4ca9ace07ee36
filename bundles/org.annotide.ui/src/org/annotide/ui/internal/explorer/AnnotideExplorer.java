package org.annotide.ui.internal.explorer;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.CommandStackActions;
import org.annotide.ui.Selections;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The Project Explorer: a Common Navigator over the workspace's Annotide projects. Double-click opens
 * the selection through the Open command, so whichever bundle can open it (the annotation editor) does.
 */
public final class AnnotideExplorer extends CommonNavigator {

    @Override
    protected Object getInitialInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    private CommandStackActions undoRedo;

    @Override
    public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
        super.createPartControl(parent);
        getSite().getService(IContextService.class).activateContext(AnnotideUi.CONTEXT_ID);
        undoRedo = CommandStackActions.install(getViewSite().getActionBars(),
                () -> Selections.store(getCommonViewer().getSelection()));
        getCommonViewer().addSelectionChangedListener(event -> undoRedo.update());
        Action delete = new Action("Delete") {
            @Override
            public void run() {
                deleteSelection();
            }
        };
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    /** Deletes the selected images, tiles, label classes or training sets, and references to them, as one command. */
    private void deleteSelection() {
        List<EObject> objects = Selections.elements(getCommonViewer().getSelection(), EObject.class).stream()
                .filter(o -> !(o instanceof org.annotide.model.Project)).toList();
        ProjectStore store = objects.isEmpty() ? null : ProjectStore.of(objects.get(0));
        if (store == null || objects.stream().anyMatch(o -> ProjectStore.of(o) != store)) {
            return;
        }
        if (!MessageDialog.openConfirm(getSite().getShell(), "Delete", "Delete " + objects.size()
                + " selected item(s)? Undo (Ctrl+Z) brings them back.")) {
            return;
        }
        try {
            store.commandStack().execute(DeleteCommand.create(store.editingDomain(), objects));
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), "Delete", e.getMessage());
        }
    }

    @Override
    public void dispose() {
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }

    @Override
    protected void handleDoubleClick(DoubleClickEvent event) {
        IStructuredSelection selection = (IStructuredSelection) event.getSelection();
        Object element = selection.getFirstElement();
        if (element instanceof org.eclipse.emf.ecore.EObject) {
            IHandlerService handlers = getSite().getService(IHandlerService.class);
            try {
                handlers.executeCommand(AnnotideUi.OPEN_COMMAND_ID, null);
                return;
            } catch (NotDefinedException | org.eclipse.core.commands.NotHandledException e) {
                // nothing can open it: expand it instead
            } catch (Exception e) {
                ILog.of(getClass()).error("Opening " + element + " failed", e);
                return;
            }
        }
        TreeViewer viewer = getCommonViewer();
        if (viewer.isExpandable(element)) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }
}
