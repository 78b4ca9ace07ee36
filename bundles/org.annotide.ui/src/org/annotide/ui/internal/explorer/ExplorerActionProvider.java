package org.annotide.ui.internal.explorer;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.CommandStackActions;
import org.annotide.ui.Selections;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/**
 * The explorer's Undo, Redo and Delete, and Try Opening Again on a project that could not be opened. Undo, Redo
 * and Delete go through the Common Navigator's action providers because the navigator resets the global
 * action handlers whenever the selection changes.
 */
public final class ExplorerActionProvider extends CommonActionProvider {

    private CommandStackActions undoRedo;
    private Action delete;
    private ICommonActionExtensionSite site;

    @Override
    public void init(ICommonActionExtensionSite extensionSite) {
        site = extensionSite;
        undoRedo = new CommandStackActions(() -> Selections.store(selection()));
        delete = new Action("&Delete") {
            @Override
            public void run() {
                deleteSelection();
            }
        };
        delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
    }

    private ISelection selection() {
        return getContext() == null ? site.getStructuredViewer().getSelection() : getContext().getSelection();
    }

    @Override
    public void fillActionBars(IActionBars actionBars) {
        undoRedo.fill(actionBars);
        actionBars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        delete.setEnabled(!deletable().isEmpty());
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        List<ProblemNode> problems = Selections.elements(selection(), ProblemNode.class);
        if (problems.size() == 1 && site.getViewSite() instanceof ICommonViewerWorkbenchSite viewSite
                && viewSite.getPart() instanceof AnnotideExplorer explorer) {
            menu.appendToGroup("group.open", new Action("Try Opening Again") {
                @Override
                public void run() {
                    explorer.retry(problems.get(0));
                }
            });
        }
    }

    @Override
    public void updateActionBars() {
        undoRedo.update();
        delete.setEnabled(!deletable().isEmpty());
    }

    /** Images, tiles, label classes and training sets of one project; projects themselves are not deleted here. */
    private List<EObject> deletable() {
        List<EObject> objects = Selections.elements(selection(), EObject.class).stream()
                .filter(o -> !(o instanceof org.annotide.model.Project)).toList();
        return Selections.commonStore(objects) != null ? objects : List.of();
    }

    private void deleteSelection() {
        List<EObject> objects = deletable();
        if (objects.isEmpty()) {
            return;
        }
        ProjectStore store = ProjectStore.of(objects.get(0));
        if (!MessageDialog.openConfirm(site.getViewSite().getShell(), "Delete", "Delete " + objects.size()
                + " selected item(s) and every reference to them? Undo (Ctrl+Z) brings them back.")) {
            return;
        }
        try {
            store.commandStack().execute(DeleteCommand.create(store.editingDomain(), objects));
        } catch (StoreException e) {
            MessageDialog.openError(site.getViewSite().getShell(), "Delete", e.getMessage());
        }
    }

    @Override
    public void dispose() {
        undoRedo.dispose();
        super.dispose();
    }
}
