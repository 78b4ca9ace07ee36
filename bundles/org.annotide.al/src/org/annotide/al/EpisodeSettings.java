package org.annotide.al;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.model.Project;
import org.eclipse.emf.common.util.EMap;

/**
 * How an active-learning episode runs, a project setting (the project's metadata entries {@code al.*}, journaled and
 * undoable), in two {@link Part}s.
 * <p>
 * {@link Part#RETRAINING}: {@link Mode#FINE_TUNE} starts from the previous round's model, {@link Mode#FROM_SCRATCH}
 * trains a new one; either with {@code epochs} per round and the learning rate, a new model with the image size (a
 * fine-tuned one keeps its model's input size: its weights are made for it). The first round, before any image is
 * labelled, takes {@code initialBatch} images drawn at random ({@link ActiveLearning#selectRandom}): no model can judge
 * them yet.
 * <p>
 * {@link Part#ROUND}: the strategy that scores the pool, the batch size, the pool (the unlabelled images, those with
 * tiles in {@code trainingSet} or those whose name matches {@code filter}, not both) and the {@link LabellingOrder}.
 * <p>
 * Each part is stored as a whole (its five entries), so that what the view's form or {@code al settings} shows is what
 * the rounds use. A project without a part has its {@link #DEFAULTS}, and {@link #stored} tells them apart: without the
 * retraining part a round fine-tunes with the model's own configuration; without the round part {@code al round} takes
 * the strategy and batch size of the newest round. Checkpoints save the stored entries and restoring puts them back.
 */
public record EpisodeSettings(Mode mode, int epochs, int imageSize, double learningRate, int initialBatch,
        String strategy, int batch, String trainingSet, String filter, LabellingOrder order) {

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
    public static final String STRATEGY = "al.strategy";
    public static final String BATCH = "al.batch";
    public static final String TRAINING_SET = "al.trainingSet";
    public static final String FILTER = "al.filter";
    /** The labelling order's entry, older than the other round settings: its key is the one it always had. */
    public static final String ORDER = LabellingOrder.KEY;

    /** The two parts of the settings, each stored as a whole. */
    public enum Part {
        /** How each round retrains, and the first round's random batch. */
        RETRAINING(MODE, EPOCHS, IMAGE_SIZE, LEARNING_RATE, INITIAL_BATCH),
        /** What each round selects from and how, and the order in which it is labelled. */
        ROUND(STRATEGY, BATCH, TRAINING_SET, FILTER, ORDER);

        private final List<String> keys;

        Part(String... keys) {
            this.keys = List.of(keys);
        }

        /** The part's metadata keys. */
        public List<String> keys() {
            return keys;
        }
    }

    /** The first strategy the Active Learning view offers, and a round's without settings or an earlier round. */
    public static final String FIRST_STRATEGY = "margin";
    /** What a strategy id looks like (the extension point's rule): lower-case letters, digits and underscores. */
    private static final Pattern STRATEGY_ID = Pattern.compile("[a-z0-9_]+");

    /**
     * Fine-tune, 10 epochs a round (a round should take a minute, not an hour), 64 pixels, 0.01, 10 random images;
     * margin, batches of 10 from all unlabelled images, labelled as the queue is displayed (the view's first choices).
     */
    public static final EpisodeSettings DEFAULTS = new EpisodeSettings(Mode.FINE_TUNE, 10, 64, 0.01, 10);

    /** Retraining settings with the round's at their defaults. */
    public EpisodeSettings(Mode mode, int epochs, int imageSize, double learningRate, int initialBatch) {
        this(mode, epochs, imageSize, learningRate, initialBatch, FIRST_STRATEGY, 10, null, null, LabellingOrder.SCORE);
    }

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
        if (strategy == null || !STRATEGY_ID.matcher(strategy).matches()) {
            throw new IllegalArgumentException("the strategy must be a strategy's id (lower-case letters, digits and"
                    + " underscores, e.g. " + FIRST_STRATEGY + "), not '" + strategy + "'");
        }
        if (batch < 1 || batch > 100_000) {
            throw new IllegalArgumentException("the batch size must be between 1 and 100000 images, not " + batch);
        }
        if (trainingSet != null && trainingSet.isBlank()) {
            throw new IllegalArgumentException("the training set of the pool has no name (none: all unlabelled images)");
        }
        if (filter != null) {
            try {
                Pattern.compile(filter);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("the name filter '" + filter + "' is not a valid regular expression: "
                        + e.getDescription(), e);
            }
        }
        if (trainingSet != null && filter != null) {
            throw new IllegalArgumentException("the pool is a training set or a name filter, not both (training set '"
                    + trainingSet + "', filter '" + filter + "')");
        }
        if (order == null) {
            throw new IllegalArgumentException("the labelling order is missing: score, sequential or random");
        }
    }

    /** These settings with the round's part given (the retraining part kept). */
    public EpisodeSettings withRound(String strategy, int batch, String trainingSet, String filter,
            LabellingOrder order) {
        return new EpisodeSettings(mode, epochs, imageSize, learningRate, initialBatch, strategy, batch, trainingSet,
                filter, order);
    }

    /**
     * Checks what depends on the installation and the project: the strategy is installed (where {@code strategies}
     * lists any: outside OSGi it lists none) and the pool's training set exists. Throws
     * {@link IllegalArgumentException} saying what is missing. Call where the model may be read.
     */
    public void check(Project project, StrategyRegistry strategies) {
        List<String> installed = strategies.entries().stream().map(StrategyRegistry.Entry::id).toList();
        if (!installed.isEmpty() && !installed.contains(strategy)) {
            throw new IllegalArgumentException("unknown strategy '" + strategy + "'; installed: "
                    + String.join(", ", installed));
        }
        if (trainingSet != null && project.getTrainingSets().stream().noneMatch(s -> trainingSet.equals(s.getName()))) {
            List<String> sets = project.getTrainingSets().stream().map(s -> s.getName()).toList();
            throw new IllegalArgumentException("the project has no training set '" + trainingSet + "'"
                    + (sets.isEmpty() ? "" : "; it has " + String.join(", ", sets)));
        }
    }

    /**
     * True when the project has any entry of the part: without the retraining part a round uses its model's own
     * configuration, without the round part {@code al round} follows the newest round.
     */
    public static boolean stored(Project project, Part part) {
        EMap<String, String> metadata = project.getMetadata();
        return part.keys().stream().anyMatch(metadata::containsKey);
    }

    /**
     * The project's settings, each missing entry at its default; a stored value that is not valid throws
     * {@link IllegalArgumentException} naming the entry. Call where the model may be read.
     */
    public static EpisodeSettings of(Project project) {
        return fromMap(storedValues(project));
    }

    /**
     * The entries the project holds, each as the settings write it (validated: throws as {@link #of}); what a
     * checkpoint saves. Call where the model may be read.
     */
    public static Map<String, String> storedEntries(Project project) {
        Map<String, String> stored = storedValues(project);
        Map<String, String> entries = new LinkedHashMap<>(fromMap(stored).toMap());
        entries.keySet().retainAll(stored.keySet());
        return entries;
    }

    private static Map<String, String> storedValues(Project project) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            for (String key : part.keys()) {
                String value = project.getMetadata().get(key);
                if (value != null) {
                    values.put(key, value);
                }
            }
        }
        return values;
    }

    /** The settings a map of {@code al.*} entries gives (missing ones at their defaults). */
    public static EpisodeSettings fromMap(Map<String, String> values) {
        String mode = values.get(MODE);
        String strategy = values.get(STRATEGY);
        return new EpisodeSettings(mode == null ? DEFAULTS.mode : Mode.of(mode),
                whole(values, EPOCHS, DEFAULTS.epochs), whole(values, IMAGE_SIZE, DEFAULTS.imageSize),
                number(values, LEARNING_RATE, DEFAULTS.learningRate), whole(values, INITIAL_BATCH, DEFAULTS.initialBatch),
                strategy == null ? DEFAULTS.strategy : strategy.trim(), whole(values, BATCH, DEFAULTS.batch),
                nameOrNone(values.get(TRAINING_SET)), nameOrNone(values.get(FILTER)), order(values));
    }

    /** An empty entry stands for none: the pool is all unlabelled images. */
    private static String nameOrNone(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static LabellingOrder order(Map<String, String> values) {
        String value = values.get(ORDER);
        if (value == null) {
            return DEFAULTS.order;
        }
        LabellingOrder order = LabellingOrder.of(value);
        if (order == null) {
            throw new IllegalArgumentException(ORDER + " must be 'score', 'sequential' or 'random', not '" + value + "'");
        }
        return order;
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
        map.put(STRATEGY, strategy);
        map.put(BATCH, Integer.toString(batch));
        map.put(TRAINING_SET, trainingSet == null ? "" : trainingSet);
        map.put(FILTER, filter == null ? "" : filter);
        map.put(ORDER, order.id());
        return map;
    }

    /**
     * Stores a part of the settings in the project as one journaled, undoable change (nothing when the project has
     * it already); the other part stays as it is.
     */
    public void store(ProjectStore store, Part part) {
        StoreChange change = new StoreChange(store, part == Part.ROUND ? "Active learning round settings"
                : "Active learning retraining settings");
        if (addTo(change, store.project(), part.keys())) {
            change.execute();
        }
    }

    /**
     * Adds to {@code change} what makes the project's entries {@code keys} these settings' values (an entry changed in
     * place, a missing one added); false when the project has them already.
     */
    public boolean addTo(StoreChange change, Project project, Collection<String> keys) {
        boolean changed = false;
        for (Map.Entry<String, String> e : toMap().entrySet()) {
            if (keys.contains(e.getKey())) {
                changed |= MetadataEntries.put(change, project, e.getKey(), e.getValue());
            }
        }
        return changed;
    }
}
