package org.annotide.al.internal;

import java.util.Collection;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/** One compound EMF command through the store's command stack (so it is journaled), built step by step. */
public final class Changes {

    private final ProjectStore store;
    private final CompoundCommand command;

    public Changes(ProjectStore store, String label) {
        this.store = store;
        this.command = new CompoundCommand(label);
    }

    public Changes set(EObject owner, EStructuralFeature feature, Object value) {
        command.append(SetCommand.create(store.editingDomain(), owner, feature, value));
        return this;
    }

    public Changes add(EObject owner, EStructuralFeature feature, Collection<?> values) {
        if (!values.isEmpty()) {
            command.append(AddCommand.create(store.editingDomain(), owner, feature, values));
        }
        return this;
    }

    public Changes add(EObject owner, EStructuralFeature feature, Object value) {
        return add(owner, feature, List.of(value));
    }

    public Changes remove(EObject owner, EStructuralFeature feature, Collection<?> values) {
        if (!values.isEmpty()) {
            command.append(RemoveCommand.create(store.editingDomain(), owner, feature, values));
        }
        return this;
    }

    /** Runs the whole change as one command; an empty change does nothing. */
    public void execute() {
        if (command.isEmpty()) {
            return;
        }
        if (!command.canExecute()) {
            throw new IllegalStateException("the change '" + command.getLabel() + "' cannot be made");
        }
        store.commandStack().execute(command);
        if (store.commandStack().getUndoCommand() != command) {
            throw new IllegalStateException("the change '" + command.getLabel() + "' was not made");
        }
    }
}
