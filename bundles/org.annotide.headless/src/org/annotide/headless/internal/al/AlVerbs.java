package org.annotide.headless.internal.al;

import java.nio.file.Path;
import java.util.Locale;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ModelAccess;
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

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
