package org.annotide.headless.internal.al;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingQueue;

/** What the active-learning verbs share. */
final class AlVerbs {

    static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    private AlVerbs() {
    }

    /** Opens a project for changes and marks jobs left running by an ended process as failed. */
    static ProjectStore open(Path folder) {
        ProjectStore store = ProjectStore.open(folder);
        TrainingQueue.recover(store, ACCESS);
        return store;
    }

    /**
     * The project's episode settings; null, having said why on {@code err}, when the settings stored (by hand) are not
     * valid, in which case the verb records nothing.
     */
    static Episode episode(ProjectStore store, ModelRegistry registry, String verb, PrintStream err) {
        try {
            return ACCESS.call(store, () -> Episode.of(store, registry));
        } catch (IllegalArgumentException e) {
            err.println("annotide-cli " + verb + ": the episode's settings are not valid: " + e.getMessage()
                    + "; nothing was recorded.");
            return null;
        }
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
