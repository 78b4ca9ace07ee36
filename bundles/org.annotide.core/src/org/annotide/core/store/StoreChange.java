package org.annotide.core.store;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * One change to a project made of several steps, run as one EMF command through the store's command stack, so
 * that it is journaled and undone as one. Code without a UI (training, active learning) builds its changes with it.
 */
public final class StoreChange {

    private final ProjectStore store;
    private final CompoundCommand command;

    public StoreChange(ProjectStore store, String label) {
        this.store = store;
        this.command = new CompoundCommand(label);
    }

    public StoreChange set(EObject owner, EStructuralFeature feature, Object value) {
        command.append(SetCommand.create(store.editingDomain(), owner, feature, value));
        return this;
    }

    public StoreChange add(EObject owner, EStructuralFeature feature, Collection<?> values) {
        if (!values.isEmpty()) {
            command.append(AddCommand.create(store.editingDomain(), owner, feature, values));
        }
        return this;
    }

    public StoreChange add(EObject owner, EStructuralFeature feature, Object value) {
        return add(owner, feature, List.of(value));
    }

    public StoreChange remove(EObject owner, EStructuralFeature feature, Collection<?> values) {
        if (!values.isEmpty()) {
            command.append(RemoveCommand.create(store.editingDomain(), owner, feature, values));
        }
        return this;
    }

    public StoreChange append(Command other) {
        command.append(other);
        return this;
    }

    /**
     * Runs the whole change as one command; an empty change does nothing.
     *
     * @throws IllegalStateException when the command cannot run; {@link NotStored} when the store refused it (e.g. disk
     *                               full), and nothing was changed
     */
    public void execute() {
        if (command.isEmpty()) {
            return;
        }
        if (!command.canExecute()) {
            throw new IllegalStateException("the change '" + command.getLabel() + "' cannot be made");
        }
        store.commandStack().execute(command);
        if (store.commandStack().getUndoCommand() != command) {
            throw new NotStored("the change '" + command.getLabel() + "' was not stored; nothing was changed");
        }
    }

    /** The store refused a change (its journal could not be written: a full disk): worth trying again later. */
    public static final class NotStored extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public NotStored(String message) {
            super(message);
        }
    }
}
