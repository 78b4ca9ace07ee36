package org.annotide.ui.internal.properties;

import java.util.EventObject;

import org.annotide.core.store.ProjectStore;
import org.annotide.ui.CommandStackActions;
import org.annotide.ui.Selections;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for every Annotide part: it follows the project of what it shows, so that
 * <ul>
 * <li>every change of the model (a class key in the editor, a rename with F2, Add Selected Tiles, an undo) shows
 * at once, not only when the selection changes: the page refreshes after each change on that project's command
 * stack;</li>
 * <li>Undo and Redo work while Properties has the focus, on that project's command stack, and stay on it when
 * what was shown is deleted.</li>
 * </ul>
 */
final class ModelPropertySheetPage extends PropertySheetPage implements CommandStackListener {

    private ProjectStore store;
    private CommandStack watched;
    private CommandStackActions undoRedo;
    private boolean refreshQueued;

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        undoRedo = CommandStackActions.install(actionBars, this::store);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        super.selectionChanged(part, selection);
        ProjectStore shown = Selections.store(selection);
        if (shown != null) {
            follow(shown);
        }
    }

    /** The project of what the page shows or showed last, while it is open. */
    private ProjectStore store() {
        return store == null || store.isClosed() ? null : store;
    }

    private void follow(ProjectStore shown) {
        store = shown;
        CommandStack stack = shown.commandStack();
        if (stack != watched) {
            if (watched != null) {
                watched.removeCommandStackListener(this);
            }
            watched = stack;
            stack.addCommandStackListener(this);
        }
        if (undoRedo != null) {
            undoRedo.update();
        }
    }

    @Override
    public void commandStackChanged(EventObject event) {
        Control control = getControl();
        if (control == null || control.isDisposed() || refreshQueued) {
            return;
        }
        // Coalesced: an import or a stroke of many commands refreshes once, after them, on the UI thread.
        refreshQueued = true;
        Display display = control.getDisplay();
        Runnable refresh = () -> {
            refreshQueued = false;
            if (!control.isDisposed()) {
                refresh();
            }
        };
        display.asyncExec(refresh);
    }

    @Override
    public void dispose() {
        if (watched != null) {
            watched.removeCommandStackListener(this);
            watched = null;
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }
}
