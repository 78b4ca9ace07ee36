package org.annotide.ml.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/** EMF commands of the training code: every change goes through the store's command stack (the journal). */
public final class Edits {

    private final ProjectStore store;
    private final CompoundCommand command;

    public Edits(ProjectStore store, String label) {
        this.store = store;
        this.command = new CompoundCommand(label);
    }

    public Edits set(EObject owner, EStructuralFeature feature, Object value) {
        command.append(SetCommand.create(store.editingDomain(), owner, feature, value));
        return this;
    }

    public Edits add(EObject owner, EStructuralFeature feature, Collection<?> values) {
        if (!values.isEmpty()) {
            command.append(AddCommand.create(store.editingDomain(), owner, feature, values));
        }
        return this;
    }

    public Edits add(EObject owner, EStructuralFeature feature, Object value) {
        return add(owner, feature, List.of(value));
    }

    public Edits remove(EObject owner, EStructuralFeature feature, Collection<?> values) {
        if (!values.isEmpty()) {
            command.append(RemoveCommand.create(store.editingDomain(), owner, feature, values));
        }
        return this;
    }

    public Edits append(Command other) {
        command.append(other);
        return this;
    }

    /**
     * Executes the whole change as one command.
     *
     * @throws IllegalStateException when the command cannot run or the store refused it (e.g. disk full)
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
            throw new IllegalStateException("the change '" + command.getLabel() + "' was not made");
        }
    }

    /** Map entries for an EMap feature (StringToString / StringToDouble), built off-line. */
    public static List<EObject> stringEntries(Map<String, String> values) {
        return values.entrySet().stream().map(e -> {
            EObject entry = EcoreUtil.create(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY);
            entry.eSet(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY__KEY, e.getKey());
            entry.eSet(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, e.getValue());
            return entry;
        }).toList();
    }

    public static List<EObject> doubleEntries(Map<String, Double> values) {
        return values.entrySet().stream().map(e -> {
            EObject entry = EcoreUtil.create(AnnotidePackage.Literals.STRING_TO_DOUBLE_MAP_ENTRY);
            entry.eSet(AnnotidePackage.Literals.STRING_TO_DOUBLE_MAP_ENTRY__KEY, e.getKey());
            entry.eSet(AnnotidePackage.Literals.STRING_TO_DOUBLE_MAP_ENTRY__VALUE, e.getValue());
            return entry;
        }).toList();
    }
}
