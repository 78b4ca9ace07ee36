package org.annotide.ml.internal;

import java.util.List;
import java.util.Map;

import org.annotide.model.AnnotidePackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Model objects the training code adds through a {@link org.annotide.core.store.StoreChange}. */
public final class Edits {

    private Edits() {
    }

    /** Entries for a string-to-string EMap feature, built before they are added. */
    public static List<EObject> stringEntries(Map<String, String> values) {
        return values.entrySet().stream().map(e -> {
            EObject entry = EcoreUtil.create(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY);
            entry.eSet(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY__KEY, e.getKey());
            entry.eSet(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, e.getValue());
            return entry;
        }).toList();
    }
}
