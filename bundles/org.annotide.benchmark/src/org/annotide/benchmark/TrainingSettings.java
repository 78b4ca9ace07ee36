package org.annotide.benchmark;

import java.util.List;

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
 * A training project's settings that are no part of its model's classes but of its project's metadata: the skill
 * bands ({@link SkillBands}), the scoring function an Admin saved and has not applied yet, and the annotation
 * instructions. The workbench's Training Settings, the team server's settings route and a client's mirror read and
 * write them here, by the same keys, each change one undoable command.
 */
public final class TrainingSettings {

    /** "LOWER;UPPER": see {@link SkillBands}. */
    public static final String SKILL_BANDS_KEY = "evaluation.skillBands";
    /** The saved function, not yet applied, as its JSON ({@link ScoringFunctionSpec#toJson}); "" or none: none. */
    public static final String PENDING_FUNCTION_KEY = "evaluation.pendingFunction";
    /** The annotation instructions, plain text. */
    public static final String INSTRUCTIONS_KEY = "evaluation.instructions";
    /** Every key of the settings. */
    public static final List<String> KEYS = List.of(SKILL_BANDS_KEY, PENDING_FUNCTION_KEY, INSTRUCTIONS_KEY);

    private TrainingSettings() {
    }

    /** The saved, not yet applied function, or null when there is none (or its stored text is damaged). */
    public static ScoringFunctionSpec pendingFunction(Project project) {
        String text = project.getMetadata().get(PENDING_FUNCTION_KEY);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return ScoringFunctionSpec.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The annotation instructions, "" when none were written. */
    public static String instructions(Project project) {
        String text = project.getMetadata().get(INSTRUCTIONS_KEY);
        return text == null ? "" : text;
    }

    /** The command that sets one metadata value of the store's project (adding the entry when it has none). */
    public static Command command(ProjectStore store, String key, String value) {
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
