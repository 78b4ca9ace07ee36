package org.annotide.ui.editor.internal.part;

import java.util.function.BooleanSupplier;

import org.eclipse.jface.action.Action;

/**
 * A workbench action (undo, copy, delete ...) that runs an editor operation and is enabled when the
 * editor says so; the editor calls {@link #update()} when its state changes.
 */
final class EditAction extends Action {

    private final Runnable operation;
    private final BooleanSupplier enablement;

    EditAction(String text, String actionDefinitionId, Runnable operation, BooleanSupplier enablement) {
        super(text);
        this.operation = operation;
        this.enablement = enablement;
        setActionDefinitionId(actionDefinitionId);
        update();
    }

    @Override
    public void run() {
        operation.run();
    }

    void update() {
        setEnabled(enablement.getAsBoolean());
    }
}
