package org.annotide.ml;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.TileWindows;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.Shape;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.edit.ClassRules;

/**
 * Runs a registered model (classifier, detector or segmenter) over images and stores what it predicts as annotations with provenance PREDICTED,
 * the model's id and the score; the editor shows them as predictions to accept or reject. Predictions of the
 * same model on the same image that nobody reviewed yet are replaced, so predicting twice does not double them.
 * <p>
 * An image up to {@link #WHOLE_IMAGE_PIXELS} is read whole and scaled to the model's input, as in training on whole
 * images. A larger one (a gigapixel slide, a mirror's tiled image) is never read whole: a detector or segmenter runs
 * over it in overlapping windows read through its pyramid ({@link WindowedDetection}), a classifier labels its tiles.
 */
public final class Inference {

    /** One stored prediction; {@code box} is null for classification. */
    public record Prediction(String image, String labelClass, double score, double[] box) {
    }

    /**
     * What a run gave: the predictions stored, the images that could not be read, and the predictions not stored because
     * their class does not allow their shape ({@link ClassRules}: a box of a class that is for polygons only), counted by
     * the rule's words, e.g. {@code "cell" is for polygon only, not box} → 12.
     */
    public record Result(List<Prediction> predictions, List<DatasetInfo.Skipped> skipped, boolean cancelled,
            Map<String, Integer> refused) {

        /** The refusals in one line, e.g. {@code 12 × "cell" is for polygon only, not box}; empty when none. */
        public String refusedSummary() {
            return refused.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
    }

    private static final int BATCH = 64;

    /**
     * Images up to this many pixels (16 megapixels, a 64 MB raster) are read whole and shown to the model at once, as
     * they always were; larger ones are predicted in windows ({@link WindowedDetection}) or, by a classifier, per tile.
     */
    public static final long WHOLE_IMAGE_PIXELS = 4096L * 4096L;

    private final ModelRegistry registry;
    private final ModelAccess access;
    private final ImagePixels pixels;

    public Inference(ModelRegistry registry, ModelAccess access, ImagePixels pixels) {
        this.registry = registry;
        this.access = access;
        this.pixels = pixels;
    }

    /** The images of the project whose name matches {@code regex} (find), or all when it is null. */
    public List<ImageAsset> images(String regex) {
        Pattern pattern = regex == null ? null : Pattern.compile(regex);
        ProjectStore store = registry.store();
        return access.call(store, () -> store.project().getImages().stream()
                .filter(i -> pattern == null || pattern.matcher(i.getName() == null ? "" : i.getName()).find()).toList());
    }

    /**
     * Predicts and stores the predictions with at least {@code minScore}, in commands of up to a few hundred images.
     *
     * @param device {@code auto}, {@code cpu} or {@code gpu[:N]}
     */
    public Result run(TrainedModel model, List<ImageAsset> images, double minScore, String device, TrainingMonitor monitor)
            throws TrainingException {
        ModelFile file = registry.modelFile(model);
        ModelDescriptor d = file.descriptor();
        Trainer trainer = registry.trainers().byId(d.trainer()).orElseThrow(() -> new TrainingException(
                "the model needs the trainer '" + d.trainer() + "', which is not installed"));
        ProjectStore store = registry.store();
        List<Prediction> predictions = new ArrayList<>();
        List<DatasetInfo.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> refused = new LinkedHashMap<>();
        try (Predictor predictor = trainer.open(file, device)) {
            for (int from = 0; from < images.size(); from += BATCH) {
                if (monitor.isCancelled()) {
                    return new Result(predictions, skipped, true, refused);
                }
                List<ImageAsset> batch = images.subList(from, Math.min(images.size(), from + BATCH));
                List<ImageAsset> read = new ArrayList<>();
                List<BufferedImage> pictures = new ArrayList<>();
                for (ImageAsset image : batch) {
                    ImagePixels.Located path = access.call(store, () -> ImagePixels.locate(store.folder(), image));
                    String name = access.call(store, image::getName);
                    try {
                        if (path == null) {
                            throw new IOException("the image has no file location");
                        }
                        Dimension size = pixels.size(path);
                        if (isSmall(size)) {
                            pictures.add(pixels.read(path, null));
                            read.add(image);
                        } else if (d.task() == TaskType.CLASSIFY) {
                            predictions.addAll(classifyTiles(model, d, predictor, image, path, size, minScore, refused));
                        } else {
                            List<Predictor.Detection> found = detectWindowed(predictor, d, path, name, minScore, monitor);
                            predictions.addAll(storeObjects(model, d, List.of(image), List.of(found), refused));
                        }
                    } catch (CancellationException e) {
                        return new Result(predictions, skipped, true, refused);
                    } catch (IOException e) {
                        skipped.add(new DatasetInfo.Skipped(name, "unreadable: " + e.getMessage()));
                    } catch (TooLarge e) {
                        skipped.add(new DatasetInfo.Skipped(name, e.getMessage()));
                    }
                }
                if (read.isEmpty()) {
                    continue;
                }
                if (d.task() == TaskType.CLASSIFY) {
                    double[][] scores = predictor.classify(pictures);
                    predictions.addAll(store(model, d, read, scores, minScore, refused));
                } else {
                    List<List<Predictor.Detection>> found = predictor.detect(pictures, minScore);
                    predictions.addAll(storeObjects(model, d, read, found, refused));
                }
                monitor.message(String.format("predicted %d of %d images", Math.min(images.size(), from + BATCH), images.size()));
            }
        } catch (TrainingException e) {
            throw e;
        } catch (Exception e) {
            throw new TrainingException("prediction failed: " + e.getMessage(), e);
        }
        return new Result(predictions, skipped, false, refused);
    }

    /**
     * What the model predicts for one image, stored nowhere (a server answers it; the caller decides what to keep). A
     * classifier gives every class of the model with its probability, most probable first, {@code box} null; a
     * detector or segmenter its objects scoring at least {@code minScore}, best first, as boxes in image pixels.
     *
     * @param device {@code auto}, {@code cpu} or {@code gpu[:N]}
     * @throws TrainingException when the model's trainer is missing, the image cannot be read or prediction fails
     */
    public List<Prediction> predict(TrainedModel model, ImageAsset image, double minScore, String device)
            throws TrainingException {
        ModelFile file = registry.modelFile(model);
        ModelDescriptor d = file.descriptor();
        Trainer trainer = registry.trainers().byId(d.trainer()).orElseThrow(() -> new TrainingException(
                "the model needs the trainer '" + d.trainer() + "', which is not installed"));
        ProjectStore store = registry.store();
        ImagePixels.Located path = access.call(store, () -> ImagePixels.locate(store.folder(), image));
        String name = access.call(store, image::getName);
        if (path == null) {
            throw new TrainingException("the image " + name + " has no file location");
        }
        Dimension size;
        try {
            size = pixels.size(path);
        } catch (IOException e) {
            throw new TrainingException("the image " + name + " cannot be read: " + e.getMessage(), e);
        }
        if (!isSmall(size) && d.task() == TaskType.CLASSIFY) {
            throw new TrainingException("the image " + name + " " + TooLarge.toClassify(size).getMessage());
        }
        List<Prediction> predictions = new ArrayList<>();
        try (Predictor predictor = trainer.open(file, device)) {
            if (d.task() == TaskType.CLASSIFY) {
                double[] row = predictor.classify(List.of(read(path, name)))[0];
                for (int c = 0; c < row.length && c < d.classes().size(); c++) {
                    predictions.add(new Prediction(name, d.classes().get(c), row[c], null));
                }
                predictions.sort(java.util.Comparator.comparingDouble(Prediction::score).reversed());
            } else {
                List<Predictor.Detection> found = isSmall(size) ? predictor.detect(List.of(read(path, name)), minScore).get(0)
                        : detectWindowed(predictor, d, path, name, minScore, TrainingMonitor.none());
                for (Predictor.Detection o : found) {
                    predictions.add(new Prediction(name, d.classes().get(o.label()), o.score(),
                            new double[] {o.x(), o.y(), o.width(), o.height()}));
                }
            }
        } catch (TrainingException e) {
            throw e;
        } catch (Exception e) {
            throw new TrainingException("prediction failed: " + e.getMessage(), e);
        }
        return predictions;
    }

    /** Whether an image is read whole and seen by the model at once, as it was before images grew large. */
    static boolean isSmall(Dimension size) {
        return (long) size.width * size.height <= WHOLE_IMAGE_PIXELS;
    }

    private BufferedImage read(ImagePixels.Located path, String name) throws TrainingException {
        try {
            return pixels.read(path, null);
        } catch (IOException e) {
            throw new TrainingException("the image " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A large image's objects: the model runs over it in windows of its input size ({@link WindowedDetection}), read
     * through the image's pyramid; the monitor shows the windows done.
     */
    private List<Predictor.Detection> detectWindowed(Predictor predictor, ModelDescriptor d, ImagePixels.Located path,
            String name, double minScore, TrainingMonitor monitor) throws Exception {
        WindowedDetection windows = new WindowedDetection(d.imageSize());
        try (ImagePyramid pyramid = pixels.open(path)) {
            return windows.detect(predictor, pyramid, minScore, monitor, (done, total) -> monitor
                    .message(String.format("%s: %d of %d windows", name, done, total)));
        }
    }

    /** An image that the model cannot take the way it is asked to; the message says why and what to do. */
    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }

        static TooLarge toClassify(Dimension size) {
            return new TooLarge("is " + size.width + "x" + size.height + " pixels, too large to classify whole (above "
                    + WHOLE_IMAGE_PIXELS / 1_000_000 + " megapixels); tile it (Tile Image) to classify its tiles");
        }
    }

    /** A tile of a large image: its id and region in level-0 pixels. */
    private record TileRegion(String id, Rectangle region) {
    }

    /**
     * A classifier on an image too large to see whole labels the image's tiles instead, as a person labels them in a
     * tile editor: one image-level class per tile, pinned to it ({@link TileWindows#TILE_ATTRIBUTE}). Each tile is read
     * at the coarsest pyramid level that still gives the model at least its input size, so a large tile costs no more
     * than the model sees. An image without tiles is refused with what to do.
     */
    private List<Prediction> classifyTiles(TrainedModel model, ModelDescriptor d, Predictor predictor, ImageAsset image,
            ImagePixels.Located path, Dimension size, double minScore, Map<String, Integer> refused) throws Exception {
        ProjectStore store = registry.store();
        List<TileRegion> tiles = access.call(store, () -> image.getTiles().stream()
                .map(t -> new TileRegion(t.getId(), new Rectangle(t.getX(), t.getY(), t.getWidth(), t.getHeight())))
                .toList());
        if (tiles.isEmpty()) {
            throw TooLarge.toClassify(size);
        }
        double[][] scores = new double[tiles.size()][];
        try (ImagePyramid pyramid = pixels.open(path)) {
            for (int from = 0; from < tiles.size(); from += WindowedDetection.BATCH) {
                List<BufferedImage> pictures = new ArrayList<>();
                int to = Math.min(tiles.size(), from + WindowedDetection.BATCH);
                for (TileRegion tile : tiles.subList(from, to)) {
                    pictures.add(readTile(pyramid, tile, d.imageSize()));
                }
                double[][] batch = predictor.classify(pictures);
                System.arraycopy(batch, 0, scores, from, to - from);
            }
        }
        return storeTiles(model, d, image, tiles, scores, minScore, refused);
    }

    private static BufferedImage readTile(ImagePyramid pyramid, TileRegion tile, int modelSize)
            throws IOException, TooLarge {
        Rectangle r = tile.region().intersection(new Rectangle(0, 0, pyramid.width(), pyramid.height()));
        if (r.isEmpty()) {
            throw new IOException("the tile " + tile.id() + " lies outside the image");
        }
        int level = 0;
        for (int l = 1; l < pyramid.levelCount(); l++) {
            double ds = pyramid.downsample(l);
            if (r.width / ds < modelSize || r.height / ds < modelSize) {
                break;
            }
            level = l;
        }
        double ds = pyramid.downsample(level);
        int x = (int) Math.floor(r.x / ds);
        int y = (int) Math.floor(r.y / ds);
        int w = Math.max(1, Math.min(pyramid.levelWidth(level) - x, (int) Math.ceil(r.width / ds)));
        int h = Math.max(1, Math.min(pyramid.levelHeight(level) - y, (int) Math.ceil(r.height / ds)));
        if ((long) w * h > WHOLE_IMAGE_PIXELS) {
            throw new TooLarge("has a tile (" + tile.id() + ") of " + r.width + "x" + r.height
                    + " pixels and no pyramid level that brings it within " + WHOLE_IMAGE_PIXELS / 1_000_000
                    + " megapixels; tile it smaller");
        }
        BufferedImage pixels = pyramid.readRegion(level, x, y, w, h);
        if (pyramid.missing() != null) {
            throw new IOException("not all of its pixels are at hand: " + pyramid.missing());
        }
        return pixels;
    }

    /** Stores the best class of each tile scoring at least {@code minScore}, pinned to the tile. */
    private List<Prediction> storeTiles(TrainedModel model, ModelDescriptor d, ImageAsset image, List<TileRegion> tiles,
            double[][] scores, double minScore, Map<String, Integer> refused) {
        ProjectStore store = registry.store();
        return access.call(store, () -> {
            Project project = store.project();
            List<Prediction> stored = new ArrayList<>();
            StoreChange edits = new StoreChange(store, "Predict with " + model.getName());
            long nextId = project.getNextAnnotationId();
            Date now = new Date();
            removeOld(edits, image, model.getId());
            List<Annotation> added = new ArrayList<>();
            for (int t = 0; t < tiles.size(); t++) {
                int best = best(scores[t]);
                if (scores[t][best] < minScore) {
                    continue;
                }
                String className = d.classes().get(best);
                LabelClass labelClass = classNamed(model, className);
                ImageClassShape shape = AnnotideFactory.eINSTANCE.createImageClassShape();
                if (!allowed(labelClass, shape, refused)) {
                    continue;
                }
                Annotation annotation = predicted(model, nextId++, labelClass, shape, scores[t][best], now);
                annotation.getAttributes().put(TileWindows.TILE_ATTRIBUTE, tiles.get(t).id());
                added.add(annotation);
                Rectangle r = tiles.get(t).region();
                stored.add(new Prediction(image.getName(), className, scores[t][best],
                        new double[] { r.x, r.y, r.width, r.height }));
            }
            edits.add(image, Literals.IMAGE_ASSET__ANNOTATIONS, added);
            edits.set(project, Literals.PROJECT__NEXT_ANNOTATION_ID, nextId);
            edits.execute();
            return stored;
        });
    }

    private static int best(double[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }

    private static LabelClass classNamed(TrainedModel model, String name) {
        return model.getLabelClasses().stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
    }

    /**
     * Whether the class may be given to a prediction of this shape ({@link ClassRules}, the rule every other way into the
     * model asks too); when not, the refusal is counted under the rule's words and the prediction is not stored.
     */
    private static boolean allowed(LabelClass labelClass, Shape shape, Map<String, Integer> refused) {
        String why = ClassRules.refusal(shape, labelClass);
        if (why != null) {
            refused.merge(why, 1, Integer::sum);
        }
        return why == null;
    }

    /** Removes the unreviewed predictions of this model from an image. */
    private static void removeOld(StoreChange edits, ImageAsset image, String modelId) {
        List<Annotation> old = image.getAnnotations().stream()
                .filter(a -> a.getProvenance() == Provenance.PREDICTED && modelId.equals(a.getModelVersion())
                        && a.getReview() == ReviewState.NONE)
                .toList();
        edits.remove(image, Literals.IMAGE_ASSET__ANNOTATIONS, old);
    }

    private static Annotation predicted(TrainedModel model, long id, LabelClass labelClass, Shape shape, double score,
            Date now) {
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setId(id);
        annotation.setLabelClass(labelClass);
        annotation.setShape(shape);
        annotation.setProvenance(Provenance.PREDICTED);
        annotation.setModelVersion(model.getId());
        annotation.setScore(score);
        annotation.setReview(ReviewState.NONE);
        annotation.setCreatedAt(now);
        annotation.setAuthor(model.getName() + ":" + model.getVersion());
        return annotation;
    }

    /**
     * Detections become boxes; segments become masks (a box when the model gives no mask). Boxes are clipped to
     * the image.
     */
    private List<Prediction> storeObjects(TrainedModel model, ModelDescriptor d, List<ImageAsset> images,
            List<List<Predictor.Detection>> found, Map<String, Integer> refused) {
        ProjectStore store = registry.store();
        return access.call(store, () -> {
            Project project = store.project();
            List<Prediction> stored = new ArrayList<>();
            StoreChange edits = new StoreChange(store, "Predict with " + model.getName());
            long nextId = project.getNextAnnotationId();
            Date now = new Date();
            Map<String, LabelClass> classes = new java.util.HashMap<>();
            for (LabelClass c : model.getLabelClasses()) {
                classes.put(c.getName(), c);
            }
            List<Annotation> added = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                ImageAsset image = images.get(i);
                removeOld(edits, image, model.getId());
                added.clear();
                for (Predictor.Detection detection : found.get(i)) {
                    String className = d.classes().get(detection.label());
                    Shape shape = null;
                    if (detection.mask() != null) {
                        Predictor.Mask m = detection.mask();
                        shape = org.annotide.core.geometry.MaskRuns.encodeCropped(m.pixels(), m.x(), m.y(), m.width(),
                                m.height());
                    }
                    if (shape == null) {
                        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
                        box.setX(detection.x());
                        box.setY(detection.y());
                        box.setWidth(detection.width());
                        box.setHeight(detection.height());
                        shape = box;
                    }
                    if (!allowed(classes.get(className), shape, refused)) {
                        continue;
                    }
                    added.add(predicted(model, nextId++, classes.get(className), shape, detection.score(), now));
                    stored.add(new Prediction(image.getName(), className, detection.score(), new double[] {
                            detection.x(), detection.y(), detection.width(), detection.height()}));
                }
                edits.add(image, Literals.IMAGE_ASSET__ANNOTATIONS, new ArrayList<>(added));
            }
            edits.set(project, Literals.PROJECT__NEXT_ANNOTATION_ID, nextId);
            edits.execute();
            return stored;
        });
    }

    private List<Prediction> store(TrainedModel model, ModelDescriptor d, List<ImageAsset> images, double[][] scores,
            double minScore, Map<String, Integer> refused) {
        ProjectStore store = registry.store();
        return access.call(store, () -> {
            Project project = store.project();
            List<Prediction> stored = new ArrayList<>();
            StoreChange edits = new StoreChange(store, "Predict with " + model.getName());
            long nextId = project.getNextAnnotationId();
            Date now = new Date();
            Map<String, LabelClass> classes = new java.util.HashMap<>();
            for (LabelClass c : model.getLabelClasses()) {
                classes.put(c.getName(), c);
            }
            for (int i = 0; i < images.size(); i++) {
                ImageAsset image = images.get(i);
                removeOld(edits, image, model.getId());
                double[] row = scores[i];
                int best = 0;
                for (int c = 1; c < row.length; c++) {
                    if (row[c] > row[best]) {
                        best = c;
                    }
                }
                if (row[best] < minScore) {
                    continue;
                }
                String className = d.classes().get(best);
                ImageClassShape shape = AnnotideFactory.eINSTANCE.createImageClassShape();
                if (!allowed(classes.get(className), shape, refused)) {
                    continue;
                }
                edits.add(image, Literals.IMAGE_ASSET__ANNOTATIONS,
                        predicted(model, nextId++, classes.get(className), shape, row[best], now));
                stored.add(new Prediction(image.getName(), className, row[best], null));
            }
            edits.set(project, Literals.PROJECT__NEXT_ANNOTATION_ID, nextId);
            edits.execute();
            return stored;
        });
    }
}
