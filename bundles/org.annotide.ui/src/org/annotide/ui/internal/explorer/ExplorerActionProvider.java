package org.annotide.ui.internal.explorer;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Named;
import org.annotide.model.Project;
import org.annotide.ui.Selections;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/**
 * The explorer's Delete and Rename (also in the context menu, where they fit the node), and Try Opening Again
 * on a project that could not be opened. They go through the Common Navigator's action providers because the
 * navigator resets the global action handlers whenever the selection changes; Undo and Redo come from
 * {@link ExplorerUndoActionProvider}.
 */
public final class ExplorerActionProvider extends CommonActionProvider {

    private Action delete;
    private Action rename;
    private ICommonActionExtensionSite site;

    @Override
    public void init(ICommonActionExtensionSite extensionSite) {
        site = extensionSite;
        delete = new Action("&Delete") {
            @Override
            public void run() {
                deleteSelection();
            }
        };
        delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        rename = new Action("Re&name...") {
            @Override
            public void run() {
                renameSelection();
            }
        };
        rename.setActionDefinitionId("org.eclipse.ui.edit.rename");
    }

    private ISelection selection() {
        return getContext() == null ? site.getStructuredViewer().getSelection() : getContext().getSelection();
    }

    @Override
    public void fillActionBars(IActionBars actionBars) {
        actionBars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        actionBars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        delete.setEnabled(!deletable().isEmpty());
        rename.setEnabled(renamable() != null);
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (!deletable().isEmpty()) {
            menu.appendToGroup("group.edit", delete);
        }
        if (renamable() != null) {
            menu.appendToGroup("group.edit", rename);
        }
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
        delete.setEnabled(!deletable().isEmpty());
        rename.setEnabled(renamable() != null);
    }

    /** Images, tiles, label classes and training sets of one project; projects themselves are not deleted here. */
    private List<EObject> deletable() {
        List<EObject> objects = Selections.elements(selection(), EObject.class).stream()
                .filter(o -> !(o instanceof Project)).toList();
        return Selections.commonStore(objects) != null ? objects : List.of();
    }

    /** The one selected image, label class or training set of an open project, or null. */
    private Named renamable() {
        List<EObject> objects = Selections.elements(selection(), EObject.class);
        return objects.size() == 1 && objects.get(0) instanceof Named named && !(named instanceof Project)
                && Selections.commonStore(objects) != null ? named : null;
    }

    private void renameSelection() {
        Named named = renamable();
        if (named == null) {
            return;
        }
        InputDialog dialog = new InputDialog(site.getViewSite().getShell(), "Rename", "New name:", named.getName(),
                name -> name == null || name.isBlank() ? "Give it a name" : null);
        if (dialog.open() != Window.OK || dialog.getValue().trim().equals(named.getName())) {
            return;
        }
        ProjectStore store = ProjectStore.of(named);
        try {
            store.commandStack().execute(SetCommand.create(store.editingDomain(), named,
                    AnnotidePackage.Literals.NAMED__NAME, dialog.getValue().trim()));
        } catch (StoreException e) {
            MessageDialog.openError(site.getViewSite().getShell(), "Rename", e.getMessage());
        }
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

}
