package org.annotide.al;

import org.annotide.core.store.StoreChange;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Project;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The project settings of active learning are entries of the project's metadata map: one way to change one. */
final class MetadataEntries {

    private MetadataEntries() {
    }

    /**
     * Adds to {@code change} what gives the project's entry {@code key} the value (the entry changed in place, or a new
     * one added); false, adding nothing, when it has that value already.
     */
    static boolean put(StoreChange change, Project project, String key, String value) {
        int index = project.getMetadata().indexOfKey(key);
        if (index < 0) {
            EObject entry = EcoreUtil.create(Literals.STRING_TO_STRING_MAP_ENTRY);
            entry.eSet(Literals.STRING_TO_STRING_MAP_ENTRY__KEY, key);
            entry.eSet(Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, value);
            change.add(project, Literals.PROJECT__METADATA, entry);
            return true;
        }
        if (value.equals(project.getMetadata().get(index).getValue())) {
            return false;
        }
        change.set((EObject) project.getMetadata().get(index), Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, value);
        return true;
    }
}
