package org.annotide.benchmark;

import java.util.Locale;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Project;

/**
 * The skill band of an annotator score: Beginner below the lower threshold, Intermediate from it, Expert from the
 * upper one. The Admin sets the thresholds; they are kept in the training project's metadata
 * ({@link TrainingSettings#SKILL_BANDS_KEY} = "LOWER;UPPER", defaults 50 and 80), changed with an undoable command like
 * every model change. One home for the workbench's Training Settings and the team server's settings route.
 */
public record SkillBands(double lower, double upper) {

    public static final SkillBands DEFAULTS = new SkillBands(50, 80);

    /** @throws IllegalArgumentException unless 0 <= lower <= upper <= 100 */
    public SkillBands {
        if (!(lower >= 0 && upper <= 100 && lower <= upper)) {
            throw new IllegalArgumentException("skill thresholds must satisfy 0 <= lower <= upper <= 100, not "
                    + lower + " and " + upper);
        }
    }

    /** The project's thresholds; the defaults when none are set or the stored text is damaged. */
    public static SkillBands of(Project project) {
        String value = project.getMetadata().get(TrainingSettings.SKILL_BANDS_KEY);
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

    public String band(double score) {
        if (Double.isNaN(score)) {
            return "-";
        }
        return score >= upper ? "Expert" : score >= lower ? "Intermediate" : "Beginner";
    }

    /** The stored form, "LOWER;UPPER" (whole numbers without a fraction). */
    public String text() {
        return String.format(Locale.ROOT, "%s;%s", strip(lower), strip(upper));
    }

    private static String strip(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Stores the thresholds in the project as one command on its stack. */
    public void save(ProjectStore store) {
        store.commandStack().execute(TrainingSettings.command(store, TrainingSettings.SKILL_BANDS_KEY, text()));
    }
}
