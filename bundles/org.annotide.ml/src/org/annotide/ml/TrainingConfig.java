package org.annotide.ml;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;

/**
 * Everything a training job is asked to do: the fields of the New Training Job wizard and of
 * {@code annotide-cli train}. Immutable; {@link #builder(String, TaskType)} starts from the defaults.
 *
 * @param trainingSets names of the project's training sets whose tiles make the dataset; empty: every image
 * @param classes      class names in output order (ids 0, 1, 2, ...); empty: every class with examples, in
 *                     the project's order
 * @param kinds        for detect and segment, the annotation kinds to include; empty: every kind
 * @param modelSize    architecture: {@code n}, {@code s}, {@code m}, {@code resnet} (the built-in trainers) or one
 *                     that an installed trainer lists in {@link Trainer#architectures()}; the queue refuses a
 *                     name no installed trainer of the task offers
 * @param imageSize    side of the square network input in pixels
 * @param device       {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}
 * @param fromModelId  a registered model to start from (fine-tuning), or null
 */
public record TrainingConfig(String name, String description, TaskType task, List<String> trainingSets,
        List<String> classes, Set<ShapeKind> kinds, String modelSize, int epochs, int batchSize, int imageSize,
        double learningRate, double trainRatio, long seed, String device, String fromModelId) {

    public static final int DEFAULT_EPOCHS = 100;
    public static final int DEFAULT_BATCH = 16;
    public static final int DEFAULT_IMAGE_SIZE = 64;
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_TRAIN_RATIO = 0.8;
    public static final long DEFAULT_SEED = 42;

    public TrainingConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a training job needs a name");
        }
        if (task == null) {
            throw new IllegalArgumentException("a training job needs a task type");
        }
        trainingSets = List.copyOf(trainingSets);
        classes = List.copyOf(classes);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, not " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
        }
        if (imageSize < 8 || imageSize > 4096) {
            throw new IllegalArgumentException("the image size must be between 8 and 4096 pixels, not " + imageSize);
        }
        if (!(learningRate > 0) || learningRate > 10) {
            throw new IllegalArgumentException("the learning rate must be above 0 and at most 10, not " + learningRate);
        }
        if (!(trainRatio > 0) || !(trainRatio < 1)) {
            throw new IllegalArgumentException("the train ratio must lie between 0 and 1 (e.g. 0.8), not " + trainRatio);
        }
        if (!device.matches("auto|cpu|gpu(:\\d+)?")) {
            throw new IllegalArgumentException("the device must be auto, cpu, gpu or gpu:N, not " + device);
        }
        if (modelSize == null || !modelSize.matches("[a-z0-9][a-z0-9_.-]{0,39}")) {
            throw new IllegalArgumentException("the model must be an architecture name such as n, s, m, resnet or one"
                    + " an installed trainer offers (lower-case letters, digits, '_', '.', '-'), not " + modelSize);
        }
    }

    public static Builder builder(String name, TaskType task) {
        return new Builder(name, task);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name, task);
        b.description = description;
        b.trainingSets = new ArrayList<>(trainingSets);
        b.classes = new ArrayList<>(classes);
        b.kinds = kinds.isEmpty() ? EnumSet.noneOf(ShapeKind.class) : EnumSet.copyOf(kinds);
        b.modelSize = modelSize;
        b.epochs = epochs;
        b.batchSize = batchSize;
        b.imageSize = imageSize;
        b.learningRate = learningRate;
        b.trainRatio = trainRatio;
        b.seed = seed;
        b.device = device;
        b.fromModelId = fromModelId;
        return b;
    }

    /** The key of {@link #toMap()} that holds the model a job starts from (fine-tuning), when it has one. */
    public static final String FROM_MODEL = "from";

    /** The settings as the string map stored with the job and the model (TrainingJob.configuration). */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("task", task.getLiteral().toLowerCase(Locale.ROOT));
        if (description != null && !description.isEmpty()) {
            map.put("description", description);
        }
        map.put("trainingSets", String.join("\n", trainingSets));
        map.put("classes", String.join("\n", classes));
        map.put("kinds", String.join(",", kinds.stream().map(k -> k.getLiteral().toLowerCase(Locale.ROOT)).sorted().toList()));
        map.put("model", modelSize);
        map.put("epochs", Integer.toString(epochs));
        map.put("batch", Integer.toString(batchSize));
        map.put("imageSize", Integer.toString(imageSize));
        map.put("lr", Double.toString(learningRate));
        map.put("trainRatio", Double.toString(trainRatio));
        map.put("seed", Long.toString(seed));
        map.put("device", device);
        if (fromModelId != null) {
            map.put(FROM_MODEL, fromModelId);
        }
        return map;
    }

    /** Reads {@link #toMap()} back; keys that are missing take the defaults. */
    public static TrainingConfig fromMap(String name, Map<String, String> map) {
        TaskType task = TaskType.get(map.getOrDefault("task", "classify").toUpperCase(Locale.ROOT));
        Builder b = builder(name, task == null ? TaskType.CLASSIFY : task);
        b.description = map.get("description");
        b.trainingSets = lines(map.get("trainingSets"));
        b.classes = lines(map.get("classes"));
        for (String kind : map.getOrDefault("kinds", "").split(",")) {
            if (!kind.isBlank()) {
                b.kinds.add(ShapeKind.get(kind.trim().toUpperCase(Locale.ROOT)));
            }
        }
        b.modelSize = map.getOrDefault("model", b.modelSize);
        b.epochs = Integer.parseInt(map.getOrDefault("epochs", Integer.toString(b.epochs)));
        b.batchSize = Integer.parseInt(map.getOrDefault("batch", Integer.toString(b.batchSize)));
        b.imageSize = Integer.parseInt(map.getOrDefault("imageSize", Integer.toString(b.imageSize)));
        b.learningRate = Double.parseDouble(map.getOrDefault("lr", Double.toString(b.learningRate)));
        b.trainRatio = Double.parseDouble(map.getOrDefault("trainRatio", Double.toString(b.trainRatio)));
        b.seed = Long.parseLong(map.getOrDefault("seed", Long.toString(b.seed)));
        b.device = map.getOrDefault("device", b.device);
        b.fromModelId = map.get(FROM_MODEL);
        return b.build();
    }

    private static List<String> lines(String value) {
        List<String> list = new ArrayList<>();
        if (value != null) {
            for (String line : value.split("\n")) {
                if (!line.isEmpty()) {
                    list.add(line);
                }
            }
        }
        return list;
    }

    /** Mutable builder with the seed's defaults (epochs 100, batch 16, lr 0.01, 80/20, seed 42, device auto). */
    public static final class Builder {
        private final String name;
        private final TaskType task;
        private String description;
        private List<String> trainingSets = new ArrayList<>();
        private List<String> classes = new ArrayList<>();
        private Set<ShapeKind> kinds = EnumSet.noneOf(ShapeKind.class);
        private String modelSize = "n";
        private int epochs = DEFAULT_EPOCHS;
        private int batchSize = DEFAULT_BATCH;
        private int imageSize = DEFAULT_IMAGE_SIZE;
        private double learningRate = DEFAULT_LEARNING_RATE;
        private double trainRatio = DEFAULT_TRAIN_RATIO;
        private long seed = DEFAULT_SEED;
        private String device = "auto";
        private String fromModelId;

        private Builder(String name, TaskType task) {
            this.name = name;
            this.task = task;
        }

        public Builder description(String value) { description = value; return this; }
        public Builder trainingSets(List<String> value) { trainingSets = new ArrayList<>(value); return this; }
        public Builder classes(List<String> value) { classes = new ArrayList<>(value); return this; }
        public Builder kinds(Set<ShapeKind> value) { kinds = value.isEmpty() ? EnumSet.noneOf(ShapeKind.class) : EnumSet.copyOf(value); return this; }
        public Builder modelSize(String value) { modelSize = value; return this; }
        public Builder epochs(int value) { epochs = value; return this; }
        public Builder batchSize(int value) { batchSize = value; return this; }
        public Builder imageSize(int value) { imageSize = value; return this; }
        public Builder learningRate(double value) { learningRate = value; return this; }
        public Builder trainRatio(double value) { trainRatio = value; return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder device(String value) { device = value; return this; }
        public Builder fromModelId(String value) { fromModelId = value; return this; }

        /** @throws IllegalArgumentException naming the first setting that is out of range */
        public TrainingConfig build() {
            return new TrainingConfig(name, description, task, trainingSets, classes, kinds, modelSize, epochs,
                    batchSize, imageSize, learningRate, trainRatio, seed, device, fromModelId);
        }
    }
}
