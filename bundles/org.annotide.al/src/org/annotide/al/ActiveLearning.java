package org.annotide.al;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.annotide.core.store.StoreChange;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.DatasetInfo;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingSet;

/**
 * One selection round on a project's images (image classification, detection or segmentation): the model predicts the pool (probabilities
 * and, when the strategy needs them, embeddings in the same pass) and the labelled images (embeddings and loss),
 * the strategy scores the pool, and the round is recorded as a {@link SelectionRound} through one EMF command:
 * strategy, model, time, batch size, the labelled count and the model's validation top-1 (the points of the
 * learning curve), and an entry per pool image with its score, best first (the queue; its first {@code batch}
 * entries are the batch). Nothing is changed when the round cannot run.
 * <p>
 * Labelled: an image with a class label that is not a prediction (an image-level class annotation whose
 * provenance is not {@code PREDICTED}); with a detector or segmenter, an image with an object annotation (any other
 * shape) that is not a prediction. The pool: the other images, all of them or those whose name matches a
 * regular expression, or those with tiles in a training set.
 * <p>
 * A detector or segmenter gives no class distribution per image: each pool image gets the row of
 * {@link DetectionUncertainty} (its least certain detection above the threshold, parameter {@code min_score},
 * default {@value DetectionUncertainty#DEFAULT_MIN_SCORE}), so the uncertainty strategies and {@code random} work;
 * the strategies that need embeddings or losses are refused with the list of those that work.
 */
public final class ActiveLearning {

    private static final int BATCH = 64;

    /**
     * @param strategy    a strategy id
     * @param batch       how many images to pick
     * @param modelKey    a model id, prefix or name; null: the active classifier
     * @param poolRegex   only images whose name contains a match; null: all
     * @param trainingSet only images with tiles in this training set; null: no such filter
     * @param parameters  strategy parameters (e.g. {@code k})
     * @param includeSkipped whether the pool keeps the images the user skipped ({@link Skips}); false: left out
     */
    public record Request(String strategy, int batch, String modelKey, String poolRegex, String trainingSet, long seed,
            String device, Map<String, String> parameters, boolean includeSkipped) {

        public Request {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
            device = device == null ? "auto" : device;
        }

        /** A request whose pool leaves the skipped images out, as rounds do unless asked otherwise. */
        public Request(String strategy, int batch, String modelKey, String poolRegex, String trainingSet, long seed,
                String device, Map<String, String> parameters) {
            this(strategy, batch, modelKey, poolRegex, trainingSet, seed, device, parameters, false);
        }

        /** The same request with another model. */
        public Request withModel(String key) {
            return new Request(strategy, batch, key, poolRegex, trainingSet, seed, device, parameters, includeSkipped);
        }
    }

    /** An image of the batch and its score. */
    public record Pick(String image, double score) {
    }

    /**
     * What the round recorded; {@code skipped} are the images that could not be read, {@code skippedByUser} how many
     * images the user had skipped were left out of the pool.
     */
    public record Round(int number, String strategy, String modelId, List<Pick> batch, int poolSize, int labelled,
            List<DatasetInfo.Skipped> skipped, int skippedByUser) {
    }

    private final ModelRegistry registry;
    private final ModelAccess access;
    private final ImagePixels pixels;
    private final StrategyRegistry strategies;

    public ActiveLearning(ModelRegistry registry, ModelAccess access, ImagePixels pixels, StrategyRegistry strategies) {
        this.registry = registry;
        this.access = access;
        this.pixels = pixels;
        this.strategies = strategies;
    }

    /** The class a labelled image carries (the first label that is not a prediction), or null when unlabelled. */
    public static LabelClass label(ImageAsset image) {
        for (Annotation a : image.getAnnotations()) {
            if (a.getShape() instanceof ImageClassShape && a.getLabelClass() != null
                    && a.getProvenance() != Provenance.PREDICTED) {
                return a.getLabelClass();
            }
        }
        return null;
    }

    /**
     * Checks that a round could run as asked (strategy, batch size, at least two classes, the model and its classes,
     * the pool filter, a pool that is not empty) without predicting or changing anything: what a caller asks before
     * long work that the round follows, e.g. retraining.
     */
    public void check(Request request) throws ActiveLearningException {
        prepare(request);
    }

    /** What a round reads from the project before predicting; see {@link #prepare}. */
    private record Prepared(Strategy strategy, TrainedModel model, ModelFile file, boolean objects, double minScore,
            List<ImageAsset> pool, List<ImageAsset> labelled, List<Integer> truth, int skippedByUser) {
    }

    /** Runs one round and records it. */
    public Round select(Request request, TrainingMonitor monitor) throws ActiveLearningException {
        Prepared prepared = prepare(request);
        Strategy strategy = prepared.strategy();
        TrainedModel model = prepared.model();
        ModelFile file = prepared.file();
        ModelDescriptor d = file.descriptor();
        boolean objects = prepared.objects();
        double minScore = prepared.minScore();
        ProjectStore store = registry.store();
        Trainer trainer = registry.trainers().byId(d.trainer()).orElseThrow(() -> new ActiveLearningException(
                "the model needs the trainer '" + d.trainer() + "', which is not installed"));
        boolean embeddings = strategy.needsEmbeddings() || strategy.needsLosses();
        List<DatasetInfo.Skipped> skipped = new ArrayList<>();
        Inferred pool;
        Inferred labelled = null;
        try (Predictor predictor = trainer.open(file, request.device())) {
            pool = infer(predictor, store, prepared.pool(), skipped, monitor, objects, minScore);
            if (embeddings) {
                labelled = infer(predictor, store, prepared.labelled(), skipped, monitor, false, 0);
            }
        } catch (ActiveLearningException e) {
            throw e;
        } catch (Exception e) {
            throw new ActiveLearningException("prediction failed: " + e.getMessage(), e);
        }
        if (pool.images.isEmpty()) {
            throw new ActiveLearningException("the pool is empty: none of its " + prepared.pool().size()
                    + " images could be read");
        }
        if (embeddings && pool.embeddings == null) {
            throw new ActiveLearningException("the strategy '" + strategy.id() + "' needs embeddings, which this model"
                    + " (" + d.architecture() + ") does not give; choose an uncertainty strategy or a model trained here");
        }
        StrategyInput input;
        if (embeddings) {
            double[] losses = new double[labelled.images.size()];
            Map<ImageAsset, Integer> truthOf = new HashMap<>();
            for (int i = 0; i < prepared.labelled().size(); i++) {
                truthOf.put(prepared.labelled().get(i), prepared.truth().get(i));
            }
            for (int i = 0; i < losses.length; i++) {
                double p = labelled.probabilities[i][truthOf.get(labelled.images.get(i))];
                losses[i] = -Math.log(Math.max(p, 1e-12));
            }
            input = new StrategyInput(pool.probabilities, pool.embeddings, labelled.embeddings == null
                    ? new float[0][] : labelled.embeddings, losses, request.parameters());
        } else {
            input = new StrategyInput(pool.probabilities, null, null, null, request.parameters());
        }
        monitor.message("scoring " + pool.images.size() + " pool images with " + strategy.id());
        Scored scored;
        try {
            scored = strategy.score(input, request.batch(), new Random(request.seed()));
        } catch (IllegalArgumentException e) {
            throw new ActiveLearningException(e.getMessage(), e);
        }
        int[] order = queueOrder(scored);
        if (monitor.isCancelled()) { // the last moment before anything is recorded
            throw new ActiveLearningException("cancelled; nothing was recorded");
        }
        monitor.message("recording the next batch");
        return record(strategy.id(), model, request.batch(), prepared.labelled().size(), pool.images, scored, order,
                skipped, prepared.skippedByUser());
    }

    /**
     * Records a round in one EMF command: a {@link SelectionRound} (strategy, model, time, batch size, labelled count,
     * the model's validation top-1) with an entry per pool image in queue order.
     */
    private Round record(String strategyId, TrainedModel model, int batchSize, int labelledCount,
            List<ImageAsset> poolImages, Scored scored, int[] order, List<DatasetInfo.Skipped> skipped,
            int skippedByUser) {
        ProjectStore store = registry.store();
        return access.call(store, () -> {
            Project project = store.project();
            int number = project.getSelectionRounds().size() + 1;
            SelectionRound round = AnnotideFactory.eINSTANCE.createSelectionRound();
            round.setId(java.util.UUID.randomUUID().toString());
            round.setName("round " + number);
            round.setDescription("batch " + Math.min(batchSize, order.length) + " of " + order.length
                    + " pool images; " + labelledCount + " labelled"
                    + (skippedByUser == 0 ? "" : "; " + skippedByUser + " skipped images left out"));
            round.setStrategy(strategyId);
            round.setModel(model);
            round.setCreatedAt(new Date());
            round.setBatchSize(Math.min(batchSize, order.length));
            round.setLabelledCount(labelledCount);
            round.setAccuracy(model == null ? null : model.getMetrics().get("top1"));
            List<Pick> batch = new ArrayList<>();
            for (int rank = 0; rank < order.length; rank++) {
                int i = order[rank];
                SelectionEntry entry = AnnotideFactory.eINSTANCE.createSelectionEntry();
                entry.setImage(poolImages.get(i));
                entry.setScore(scored.scores()[i]);
                round.getEntries().add(entry);
                if (rank < scored.batch().length) {
                    batch.add(new Pick(poolImages.get(i).getName(), scored.scores()[i]));
                }
            }
            new StoreChange(store, "Select " + round.getName() + " (" + strategyId + ")")
                    .add(project, Literals.PROJECT__SELECTION_ROUNDS, round).execute();
            return new Round(number, strategyId, model == null ? null : model.getId(), batch, order.length,
                    labelledCount, skipped, skippedByUser);
        });
    }

    /**
     * The episode's initial random batch: before any image is labelled no model can judge the pool, so the first round
     * draws {@code batch} of the unlabelled images (all of them, or those the name filter and the training set leave)
     * uniformly without replacement, as the {@code random} strategy does: each pool image, in the project's order,
     * scores a draw in [0, 1) from {@code new Random(seed)} and the highest scores are the batch, so a seed gives the
     * same batch every time. Recorded as a round of strategy {@code random} without a model, in one EMF command.
     * The images the user skipped are left out unless {@code includeSkipped}. Needs no model and no trainer; throws
     * (recording nothing) when the pool is empty or a filter is not valid.
     */
    public Round selectRandom(int batch, String poolRegex, String trainingSet, long seed, boolean includeSkipped)
            throws ActiveLearningException {
        if (batch < 1) {
            throw new ActiveLearningException("the initial batch must be at least 1 image, not " + batch);
        }
        Pattern pattern;
        try {
            pattern = poolRegex == null ? null : Pattern.compile(poolRegex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new ActiveLearningException("the pool filter is not a valid regular expression: " + e.getDescription());
        }
        ProjectStore store = registry.store();
        record Pool(List<ImageAsset> images, int labelled, int skippedByUser, String problem) {
        }
        Pool pool = access.call(store, () -> {
            Project project = store.project();
            Set<ImageAsset> inSet = null;
            if (trainingSet != null) {
                TrainingSet set = project.getTrainingSets().stream().filter(s -> trainingSet.equals(s.getName()))
                        .findFirst().orElse(null);
                if (set == null) {
                    return new Pool(null, 0, 0, "the project has no training set '" + trainingSet + "'");
                }
                inSet = new LinkedHashSet<>();
                for (var tile : set.getTiles()) {
                    inSet.add(tile.getImage());
                }
            }
            Set<ImageAsset> skippedByUser = includeSkipped ? Set.of() : Skips.images(project);
            List<ImageAsset> images = new ArrayList<>();
            int labelled = 0;
            int leftOut = 0;
            for (ImageAsset image : project.getImages()) {
                if (label(image) != null || hasObjects(image)) {
                    labelled++;
                } else if ((pattern == null || pattern.matcher(image.getName() == null ? "" : image.getName()).find())
                        && (inSet == null || inSet.contains(image))) {
                    if (skippedByUser.contains(image)) {
                        leftOut++;
                    } else {
                        images.add(image);
                    }
                }
            }
            return images.isEmpty() ? new Pool(null, labelled, leftOut, emptyPool(pattern != null || inSet != null, leftOut))
                    : new Pool(images, labelled, leftOut, null);
        });
        if (pool.problem() != null) {
            throw new ActiveLearningException(pool.problem());
        }
        Random random = new Random(seed);
        double[] draws = new double[pool.images().size()];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = random.nextDouble();
        }
        Scored scored = Scored.top(draws, batch);
        return record("random", null, batch, pool.labelled(), pool.images(), scored, queueOrder(scored), List.of(),
                pool.skippedByUser());
    }

    /**
     * The round's input read from the project under the store's lock: the strategy, the model and its file, the
     * pool and the labelled images; throws with the reason when the round cannot run.
     */
    private Prepared prepare(Request request) throws ActiveLearningException {
        if (request.batch() < 1) {
            throw new ActiveLearningException("the batch size must be at least 1, not " + request.batch());
        }
        Strategy strategy = strategies.require(request.strategy());
        ProjectStore store = registry.store();
        List<String> projectClassNames = access.call(store,
                () -> store.project().getLabelClasses().stream().map(LabelClass::getName).distinct().toList());
        if (projectClassNames.size() < 2) {
            throw new ActiveLearningException("an episode needs at least two classes; the project has "
                    + projectClassNames.size() + (projectClassNames.isEmpty() ? "" : " (" + String.join(", ", projectClassNames) + ")"));
        }
        TrainedModel model;
        ModelFile file;
        try {
            if (request.modelKey() != null) {
                model = registry.find(request.modelKey());
            } else {
                model = activeModel(registry);
                if (model == null) {
                    throw new ActiveLearningException("the project has no active model: train one (annotide-cli train"
                            + " PROJECT --task classify|detect|segment) or import one, or name one with --model");
                }
            }
            file = registry.modelFile(model);
        } catch (TrainingException e) {
            throw new ActiveLearningException(e.getMessage(), e);
        }
        ModelDescriptor d = file.descriptor();
        boolean objects = d.task() == TaskType.DETECT || d.task() == TaskType.SEGMENT;
        if (d.task() != TaskType.CLASSIFY && !objects) {
            throw new ActiveLearningException("active learning selects with classifiers, detectors and segmenters;"
                    + " the model is a " + d.task().getLiteral().toLowerCase() + " model");
        }
        double minScore = DetectionUncertainty.DEFAULT_MIN_SCORE;
        if (objects) {
            if (strategy.needsEmbeddings() || strategy.needsLosses()) {
                List<String> working = strategies.entries().stream()
                        .filter(e -> !e.strategy().needsEmbeddings() && !e.strategy().needsLosses())
                        .map(StrategyRegistry.Entry::id).toList();
                throw new ActiveLearningException("the strategy '" + strategy.id() + "' needs image embeddings, which a "
                        + d.task().getLiteral().toLowerCase() + " model does not give; with this model choose one of "
                        + String.join(", ", working));
            }
            String given = request.parameters().get("min_score");
            if (given != null) {
                try {
                    minScore = Double.parseDouble(given.trim());
                } catch (NumberFormatException e) {
                    throw new ActiveLearningException("the detection threshold must be a number, not '" + given + "'");
                }
                if (!(minScore >= 0 && minScore <= 1)) {
                    throw new ActiveLearningException("the detection threshold must lie in [0, 1], not " + given);
                }
            }
        }
        Pattern pattern;
        try {
            pattern = request.poolRegex() == null ? null : Pattern.compile(request.poolRegex());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new ActiveLearningException("the pool filter is not a valid regular expression: " + e.getDescription());
        }
        // the project's side, read under the store's lock
        record Split(List<ImageAsset> pool, List<ImageAsset> labelled, List<Integer> truth, int skippedByUser,
                String problem) {
        }
        Split split = access.call(store, () -> {
            Project project = store.project();
            Set<String> projectClasses = new TreeSet<>();
            project.getLabelClasses().forEach(c -> projectClasses.add(c.getName()));
            if (projectClasses.size() < 2) {
                return new Split(null, null, null, 0, "an episode needs at least two classes; the project has "
                        + projectClasses.size() + (projectClasses.isEmpty() ? "" : " (" + String.join(", ", projectClasses) + ")"));
            }
            Set<String> modelClasses = new TreeSet<>(d.classes());
            if (!modelClasses.equals(projectClasses)) {
                Set<String> missing = new TreeSet<>(projectClasses);
                missing.removeAll(modelClasses);
                Set<String> extra = new TreeSet<>(modelClasses);
                extra.removeAll(projectClasses);
                return new Split(null, null, null, 0, "the model's classes differ from the project's:"
                        + (missing.isEmpty() ? "" : " the model lacks " + String.join(", ", missing) + ";")
                        + (extra.isEmpty() ? "" : " the project lacks " + String.join(", ", extra) + ";")
                        + " train a model on this project's classes");
            }
            Set<ImageAsset> inSet = null;
            if (request.trainingSet() != null) {
                TrainingSet set = project.getTrainingSets().stream().filter(s -> request.trainingSet().equals(s.getName()))
                        .findFirst().orElse(null);
                if (set == null) {
                    return new Split(null, null, null, 0, "the project has no training set '" + request.trainingSet() + "'");
                }
                inSet = new LinkedHashSet<>();
                for (var tile : set.getTiles()) {
                    inSet.add(tile.getImage());
                }
            }
            Set<ImageAsset> skippedByUser = request.includeSkipped() ? Set.of() : Skips.images(project);
            List<ImageAsset> pool = new ArrayList<>();
            List<ImageAsset> labelled = new ArrayList<>();
            List<Integer> truth = new ArrayList<>();
            int leftOut = 0;
            for (ImageAsset image : project.getImages()) {
                LabelClass label = objects ? null : label(image);
                if (objects ? hasObjects(image) : label != null) {
                    labelled.add(image);
                    truth.add(objects ? -1 : d.classes().indexOf(label.getName()));
                } else if ((pattern == null || pattern.matcher(image.getName() == null ? "" : image.getName()).find())
                        && (inSet == null || inSet.contains(image))) {
                    if (skippedByUser.contains(image)) {
                        leftOut++;
                    } else {
                        pool.add(image);
                    }
                }
            }
            if (pool.isEmpty()) {
                return new Split(null, null, null, 0, emptyPool(pattern != null || inSet != null, leftOut));
            }
            return new Split(pool, labelled, truth, leftOut, null);
        });
        if (split.problem() != null) {
            throw new ActiveLearningException(split.problem());
        }
        return new Prepared(strategy, model, file, objects, minScore, split.pool(), split.labelled(), split.truth(),
                split.skippedByUser());
    }

    /** Why the pool is empty: nothing left, nothing matches the filter, or what is left was skipped by the user. */
    private static String emptyPool(boolean filtered, int skippedByUser) {
        return "the pool is empty: no unlabelled image" + (filtered ? " matches the filter" : " is left")
                + (skippedByUser == 0 ? "" : " but the " + skippedByUser + " skipped ones (un-skip them, or include"
                        + " skipped images)");
    }

    /** The active classifier, else the active detector, else the active segmenter; null when none. */
    private static TrainedModel activeModel(ModelRegistry registry) {
        for (TaskType task : List.of(TaskType.CLASSIFY, TaskType.DETECT, TaskType.SEGMENT)) {
            TrainedModel model = registry.active(task);
            if (model != null) {
                return model;
            }
        }
        return null;
    }

    /** The batch in its order, then the rest of the pool by descending score. */
    static int[] queueOrder(Scored scored) {
        int[] rest = Scored.order(scored.scores());
        int[] order = new int[rest.length];
        boolean[] taken = new boolean[rest.length];
        int n = 0;
        for (int i : scored.batch()) {
            order[n++] = i;
            taken[i] = true;
        }
        for (int i : rest) {
            if (!taken[i]) {
                order[n++] = i;
            }
        }
        return order;
    }

    private static final class Inferred {
        final List<ImageAsset> images = new ArrayList<>();
        double[][] probabilities;
        float[][] embeddings;
    }

    /** True when the image has an object annotation (any shape but an image-level class) that is not a prediction. */
    public static boolean hasObjects(ImageAsset image) {
        for (Annotation a : image.getAnnotations()) {
            if (a.getShape() != null && !(a.getShape() instanceof ImageClassShape)
                    && a.getProvenance() != Provenance.PREDICTED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per image the class probabilities and embeddings; for a detector or segmenter ({@code objects}) the image-level
     * row of {@link DetectionUncertainty} and no embeddings.
     */
    private Inferred infer(Predictor predictor, ProjectStore store, List<ImageAsset> images,
            List<DatasetInfo.Skipped> skipped, TrainingMonitor monitor, boolean objects, double minScore) throws Exception {
        Inferred result = new Inferred();
        List<double[]> probabilities = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        boolean withEmbeddings = true;
        for (int from = 0; from < images.size(); from += BATCH) {
            if (monitor.isCancelled()) {
                throw new ActiveLearningException("cancelled; nothing was recorded");
            }
            List<ImageAsset> read = new ArrayList<>();
            List<BufferedImage> pictures = new ArrayList<>();
            for (ImageAsset image : images.subList(from, Math.min(images.size(), from + BATCH))) {
                ImagePixels.Located path = access.call(store, () -> ImagePixels.locate(store.folder(), image));
                String name = access.call(store, image::getName);
                try {
                    if (path == null) {
                        throw new IOException("the image has no file location");
                    }
                    pictures.add(pixels.read(path, null));
                    read.add(image);
                } catch (IOException e) {
                    skipped.add(new DatasetInfo.Skipped(name, "unreadable: " + e.getMessage()));
                }
            }
            if (read.isEmpty()) {
                continue;
            }
            Predictor.Output out;
            if (objects) {
                List<List<Predictor.Detection>> found = predictor.detect(pictures, minScore);
                double[][] rows = new double[found.size()][];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = DetectionUncertainty.row(found.get(i), minScore);
                }
                out = new Predictor.Output(rows, null);
            } else {
                out = predictor.infer(pictures);
            }
            result.images.addAll(read);
            for (double[] row : out.probabilities()) {
                probabilities.add(row);
            }
            if (out.embeddings() == null) {
                withEmbeddings = false;
            } else {
                for (float[] row : out.embeddings()) {
                    embeddings.add(row);
                }
            }
            monitor.message(String.format("predicted %d of %d images", Math.min(images.size(), from + BATCH), images.size()));
        }
        result.probabilities = probabilities.toArray(new double[0][]);
        result.embeddings = withEmbeddings ? embeddings.toArray(new float[0][]) : null;
        return result;
    }
}
