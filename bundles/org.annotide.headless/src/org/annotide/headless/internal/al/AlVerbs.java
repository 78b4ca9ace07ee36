package org.annotide.headless.internal.al;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.ImageAsset;

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

    /**
     * The project's images of these names (an image's id is taken where no image has the name), in the order given;
     * call where the project may be read.
     *
     * @throws ActiveLearningException naming the first the project lacks
     */
    static List<ImageAsset> images(ProjectStore store, List<String> names) throws ActiveLearningException {
        Map<String, ImageAsset> byName = new HashMap<>();
        Map<String, ImageAsset> byId = new HashMap<>();
        for (ImageAsset image : store.project().getImages()) {
            byName.putIfAbsent(image.getName(), image);
            byId.putIfAbsent(image.getId(), image);
        }
        List<ImageAsset> images = new ArrayList<>();
        for (String name : names) {
            ImageAsset image = byName.containsKey(name) ? byName.get(name) : byId.get(name);
            if (image == null) {
                throw new ActiveLearningException("the project has no image '" + name + "'");
            }
            images.add(image);
        }
        return images;
    }

    /** Prints {@code SCORED <images scored> (<n> skipped images left out)}: the pool the strategy scored. */
    static void printScored(PrintStream out, ActiveLearning.Round round) {
        out.println("SCORED " + round.poolSize() + " (" + round.skippedByUser() + " skipped images left out)");
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
