package org.annotide.ui;

import java.util.function.Supplier;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo for a part: binds the workbench's global Undo/Redo (Ctrl+Z, Ctrl+Shift+Z on GTK) to the command stack
 * of the project the part currently works on, with labels naming the change.
 */
public final class CommandStackActions implements CommandStackListener {

    private final Supplier<ProjectStore> store;
    private final Action undo = new Action() {
        @Override
        public void run() {
            perform(true);
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            perform(false);
        }
    };
    private CommandStack watched;

    public CommandStackActions(Supplier<ProjectStore> store) {
        this.store = store;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
    }

    /** Installs Undo and Redo handlers in the part's action bars; call {@link #update()} when the project may change. */
    public static CommandStackActions install(IActionBars bars, Supplier<ProjectStore> store) {
        CommandStackActions actions = new CommandStackActions(store);
        actions.fill(bars);
        bars.updateActionBars();
        return actions;
    }

    /** Sets the Undo and Redo handlers of the action bars (again, when a framework cleared them). */
    public void fill(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        update();
    }

    /** Follows the current project's command stack and refreshes labels and enablement. */
    public void update() {
        ProjectStore current = store.get();
        CommandStack stack = current == null ? null : current.commandStack();
        if (stack != watched) {
            if (watched != null) {
                watched.removeCommandStackListener(this);
            }
            watched = stack;
            if (stack != null) {
                stack.addCommandStackListener(this);
            }
        }
        Command next = stack == null ? null : stack.getUndoCommand();
        undo.setEnabled(stack != null && stack.canUndo());
        undo.setText("&Undo" + label(next));
        Command previous = stack == null ? null : stack.getRedoCommand();
        redo.setEnabled(stack != null && stack.canRedo());
        redo.setText("&Redo" + label(previous));
    }

    public void dispose() {
        if (watched != null) {
            watched.removeCommandStackListener(this);
            watched = null;
        }
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (Display.getCurrent() == display) {
            update();
        } else {
            display.asyncExec(this::update);
        }
    }

    private void perform(boolean isUndo) {
        ProjectStore current = store.get();
        if (current == null) {
            return;
        }
        try {
            if (isUndo) {
                current.commandStack().undo();
            } else {
                current.commandStack().redo();
            }
        } catch (StoreException e) {
            MessageDialog.openError(null, isUndo ? "Undo" : "Redo", e.getMessage());
        }
    }

    private static String label(Command command) {
        return command == null || command.getLabel() == null ? "" : " " + command.getLabel();
    }
}
