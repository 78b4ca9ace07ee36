package org.annotide.ui.internal.explorer;

import org.annotide.core.store.ProjectStore;
import org.annotide.ui.CommandStackActions;
import org.annotide.ui.Selections;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;

/**
 * The explorer's Undo and Redo, for every selection, the empty one included: the navigator clears the global
 * action handlers on each selection change and fills in only the providers enabled for the new selection, so
 * after Delete (the deleted node's selection becomes empty) Undo had no handler until another node was
 * selected. They act on the project of the selection, else on the one worked on last, which brings back what
 * Delete just removed.
 */
public final class ExplorerUndoActionProvider extends CommonActionProvider {

    private CommandStackActions undoRedo;
    private ICommonActionExtensionSite site;
    private ProjectStore lastStore;

    @Override
    public void init(ICommonActionExtensionSite extensionSite) {
        site = extensionSite;
        undoRedo = new CommandStackActions(this::undoTarget);
    }

    private ProjectStore undoTarget() {
        ProjectStore selected = Selections.store(selection());
        if (selected != null) {
            lastStore = selected;
        } else if (lastStore != null && lastStore.isClosed()) {
            lastStore = null;
        }
        return lastStore;
    }

    private ISelection selection() {
        return getContext() == null ? site.getStructuredViewer().getSelection() : getContext().getSelection();
    }

    @Override
    public void fillActionBars(IActionBars actionBars) {
        undoRedo.fill(actionBars);
    }

    @Override
    public void updateActionBars() {
        undoRedo.update();
    }

    @Override
    public void dispose() {
        undoRedo.dispose();
        super.dispose();
    }
}
