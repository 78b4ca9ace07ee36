package org.annotide.al;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.model.Project;
import org.eclipse.emf.common.util.EMap;

/**
 * How an active-learning episode retrains its model each round, a project setting (the project's metadata entries
 * {@code al.*}, journaled and undoable): {@link Mode#FINE_TUNE} starts from the previous round's model,
 * {@link Mode#FROM_SCRATCH} trains a new one; either with {@code epochs} per round and the learning rate, a new model
 * with the image size (a fine-tuned one keeps its model's input size: its weights are made for it). The first round,
 * before any image is labelled, takes {@code initialBatch} images drawn at random
 * ({@link ActiveLearning#selectRandom}): no model can judge them yet.
 * <p>
 * A project without the entries has the {@link #DEFAULTS}; a round then fine-tunes with the model's own configuration
 * ({@link #stored} tells the two apart). Checkpoints save the settings and restoring puts them back.
 */
public record EpisodeSettings(Mode mode, int epochs, int imageSize, double learningRate, int initialBatch) {

    /** Whether a round continues the previous model or trains a new one. */
    public enum Mode {
        /** Start from the previous round's model's weights. */
        FINE_TUNE("fine-tune", "Fine-tune the previous model"),
        /** Train a new model each round. */
        FROM_SCRATCH("scratch", "Train from scratch");

        private final String id;
        private final String label;

        Mode(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The value stored in the project. */
        public String id() {
            return id;
        }

        /** A name for people. */
        public String label() {
            return label;
        }

        /** The mode a stored value names. */
        public static Mode of(String id) {
            String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
            for (Mode mode : values()) {
                if (mode.id.equals(key)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException(MODE + " must be 'fine-tune' or 'scratch', not '" + id + "'");
        }
    }

    public static final String MODE = "al.mode";
    public static final String EPOCHS = "al.epochs";
    public static final String IMAGE_SIZE = "al.imageSize";
    public static final String LEARNING_RATE = "al.learningRate";
    public static final String INITIAL_BATCH = "al.initialBatch";

    /** Fine-tune, 10 epochs a round (a round should take a minute, not an hour), 64 pixels, 0.01, 10 random images. */
    public static final EpisodeSettings DEFAULTS = new EpisodeSettings(Mode.FINE_TUNE, 10, 64, 0.01, 10);

    public EpisodeSettings {
        if (mode == null) {
            throw new IllegalArgumentException("the retraining mode is missing: fine-tune or from scratch");
        }
        if (epochs < 1 || epochs > 10_000) {
            throw new IllegalArgumentException("the epochs per round must be between 1 and 10000, not " + epochs);
        }
        if (imageSize < 8 || imageSize > 4096) {
            throw new IllegalArgumentException("the image size must be between 8 and 4096 pixels, not " + imageSize);
        }
        if (!(learningRate > 0) || learningRate > 10) {
            throw new IllegalArgumentException("the learning rate must be above 0 and at most 10, not " + learningRate);
        }
        if (initialBatch < 1 || initialBatch > 100_000) {
            throw new IllegalArgumentException("the initial random batch must be between 1 and 100000 images, not "
                    + initialBatch);
        }
    }

    /** True when the project has any of the settings' entries (else a round uses its model's own configuration). */
    public static boolean stored(Project project) {
        EMap<String, String> metadata = project.getMetadata();
        return keys().stream().anyMatch(metadata::containsKey);
    }

    private static java.util.List<String> keys() {
        return java.util.List.of(MODE, EPOCHS, IMAGE_SIZE, LEARNING_RATE, INITIAL_BATCH);
    }

    /**
     * The project's settings, each missing entry at its default; a stored value that is not valid throws
     * {@link IllegalArgumentException} naming the entry. Call where the model may be read.
     */
    public static EpisodeSettings of(Project project) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys()) {
            String value = project.getMetadata().get(key);
            if (value != null) {
                values.put(key, value);
            }
        }
        return fromMap(values);
    }

    /** The settings a map of {@code al.*} entries gives (missing ones at their defaults). */
    public static EpisodeSettings fromMap(Map<String, String> values) {
        String mode = values.get(MODE);
        return new EpisodeSettings(mode == null ? DEFAULTS.mode : Mode.of(mode),
                whole(values, EPOCHS, DEFAULTS.epochs), whole(values, IMAGE_SIZE, DEFAULTS.imageSize),
                number(values, LEARNING_RATE, DEFAULTS.learningRate), whole(values, INITIAL_BATCH, DEFAULTS.initialBatch));
    }

    private static int whole(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static double number(Map<String, String> values, String key, double fallback) {
        String value = values.get(key);
        try {
            return value == null ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + value + "'", e);
        }
    }

    /** The settings as {@code al.*} entries, as stored in the project and in checkpoints. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(MODE, mode.id());
        map.put(EPOCHS, Integer.toString(epochs));
        map.put(IMAGE_SIZE, Integer.toString(imageSize));
        map.put(LEARNING_RATE, Double.toString(learningRate));
        map.put(INITIAL_BATCH, Integer.toString(initialBatch));
        return map;
    }

    /** Stores the settings in the project as one journaled, undoable change (nothing when they are stored already). */
    public void store(ProjectStore store) {
        StoreChange change = new StoreChange(store, "Active learning settings");
        if (addTo(change, store.project())) {
            change.execute();
        }
    }

    /**
     * Adds to {@code change} what makes the project's entries these settings (an entry changed in place, a missing
     * one added); false when the project has them already.
     */
    public boolean addTo(StoreChange change, Project project) {
        boolean changed = false;
        for (Map.Entry<String, String> e : toMap().entrySet()) {
            changed |= MetadataEntries.put(change, project, e.getKey(), e.getValue());
        }
        return changed;
    }
}
