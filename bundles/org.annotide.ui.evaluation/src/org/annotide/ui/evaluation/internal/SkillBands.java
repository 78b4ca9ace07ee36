package org.annotide.ui.evaluation.internal;

import java.util.Locale;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;
import org.annotide.model.impl.StringToStringMapEntryImpl;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The skill band of an annotator score: Beginner below the lower threshold, Intermediate from it, Expert from the
 * upper one. The Admin sets the thresholds; they are kept in the training project's metadata
 * ({@value #KEY} = "LOWER;UPPER", defaults 50 and 80), changed with an undoable command like every model change.
 */
record SkillBands(double lower, double upper) {

    static final String KEY = "evaluation.skillBands";
    static final SkillBands DEFAULTS = new SkillBands(50, 80);

    SkillBands {
        if (!(lower >= 0 && upper <= 100 && lower <= upper)) {
            throw new IllegalArgumentException("skill thresholds must satisfy 0 <= lower <= upper <= 100, not "
                    + lower + " and " + upper);
        }
    }

    static SkillBands of(Project project) {
        String value = project.getMetadata().get(KEY);
        if (value == null) {
            return DEFAULTS;
        }
        try {
            String[] parts = value.split(";");
            return new SkillBands(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        } catch (RuntimeException e) {
            return DEFAULTS;
        }
    }

    String band(double score) {
        if (Double.isNaN(score)) {
            return "-";
        }
        return score >= upper ? "Expert" : score >= lower ? "Intermediate" : "Beginner";
    }

    String text() {
        return String.format(Locale.ROOT, "%s;%s", strip(lower), strip(upper));
    }

    private static String strip(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Stores the thresholds in the project as one command on its stack. */
    void save(ProjectStore store) {
        store.commandStack().execute(metadataCommand(store, KEY, text()));
    }

    static Command metadataCommand(ProjectStore store, String key, String value) {
        Project project = store.project();
        EMap<String, String> metadata = project.getMetadata();
        int index = metadata.indexOfKey(key);
        if (index >= 0) {
            return SetCommand.create(store.editingDomain(), metadata.get(index),
                    AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, value);
        }
        StringToStringMapEntryImpl entry = (StringToStringMapEntryImpl) AnnotideFactory.eINSTANCE
                .create(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY);
        entry.setTypedKey(key);
        entry.setTypedValue(value);
        return AddCommand.create(store.editingDomain(), project, AnnotidePackage.Literals.PROJECT__METADATA, entry);
    }
}
