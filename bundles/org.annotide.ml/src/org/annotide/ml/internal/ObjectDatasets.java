package org.annotide.ml.internal;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.annotide.core.geometry.ShapeBounds;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.DatasetInfo;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.PreparedDataset.ObjectTarget;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Detection and segmentation datasets. Every annotation of the chosen kinds and classes becomes an object: for
 * detection its bounding box (boxes as they are; rotated boxes, ellipses, polygons and masks by the box around
 * them), for segmentation also its pixels (each shape rasterised as COCO does, inside its box only, then sampled
 * onto the network input). Images (or tiles) are scaled to the input square, so boxes scale with them; an object
 * cut by a tile's edge keeps the part inside. Items without objects are left out and listed; the split is random
 * with the seed, by the ratio.
 */
public final class ObjectDatasets {

    /** The annotation kinds used when the configuration names none. */
    public static Set<ShapeKind> defaultKinds(TaskType task) {
        return task == TaskType.SEGMENT ? EnumSet.of(ShapeKind.POLYGON, ShapeKind.MASK)
                : EnumSet.of(ShapeKind.BOX, ShapeKind.ROTATED_BOX, ShapeKind.ELLIPSE, ShapeKind.POLYGON, ShapeKind.MASK);
    }

    private static final Set<ShapeKind> AREA_KINDS = EnumSet.of(ShapeKind.BOX, ShapeKind.ROTATED_BOX,
            ShapeKind.ELLIPSE, ShapeKind.POLYGON, ShapeKind.MASK);

    private final ImagePixels pixels;

    public ObjectDatasets(ImagePixels pixels) {
        this.pixels = pixels;
    }

    private record Item(String name, ImagePixels.Located pixels, Rectangle region, int imageWidth, int imageHeight, int bands,
            List<Integer> labels, List<Shape> shapes) {
    }

    public PreparedDataset prepare(ProjectStore store, ModelAccess access, TrainingConfig config,
            TrainingMonitor monitor) throws TrainingException {
        String task = config.task().getLiteral().toLowerCase(Locale.ROOT);
        Set<ShapeKind> kinds = config.kinds().isEmpty() ? defaultKinds(config.task()) : config.kinds();
        for (ShapeKind kind : kinds) {
            if (!AREA_KINDS.contains(kind)) {
                throw new TrainingException(kind.getLiteral().toLowerCase(Locale.ROOT) + " annotations have no area and"
                        + " cannot train " + task + "; use box, rotated_box, ellipse, polygon or mask");
            }
        }
        List<String> classes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<DatasetInfo.Skipped> skipped = new ArrayList<>();
        String problem = access.call(store, () -> collect(store, config, kinds, classes, items, skipped));
        if (problem != null) {
            throw new TrainingException(problem);
        }
        boolean masks = config.task() == TaskType.SEGMENT;
        int size = config.imageSize();
        int channels = items.stream().allMatch(i -> i.bands() == 1) ? 1 : 3;
        List<byte[]> data = new ArrayList<>();
        List<List<ObjectTarget>> objects = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] perClass = new int[classes.size()];
        long lastNote = 0;
        for (int i = 0; i < items.size(); i++) {
            if (monitor.isCancelled()) {
                return null;
            }
            Item item = items.get(i);
            List<ObjectTarget> targets = new ArrayList<>();
            for (int k = 0; k < item.shapes().size(); k++) {
                ObjectTarget target = target(item, item.labels().get(k), item.shapes().get(k), size, masks);
                if (target != null) {
                    targets.add(target);
                }
            }
            if (targets.isEmpty()) {
                skipped.add(new DatasetInfo.Skipped(item.name(), "no object of the chosen kinds lies inside it"));
                continue;
            }
            try {
                BufferedImage image = pixels.read(item.pixels(), item.region());
                data.add(ImagePixels.samples(image, size, channels));
                objects.add(targets);
                names.add(item.name());
                targets.forEach(t -> perClass[t.label()]++);
            } catch (IOException | RuntimeException e) {
                skipped.add(new DatasetInfo.Skipped(item.name(), "unreadable: " + e.getMessage()));
            }
            long now = System.nanoTime();
            if (now - lastNote > 1_000_000_000L) {
                monitor.message(String.format("reading images %d of %d", i + 1, items.size()));
                lastNote = now;
            }
        }
        Map<String, Integer> examples = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            examples.put(classes.get(c), perClass[c]);
        }
        for (int c = 0; c < classes.size(); c++) {
            if (perClass[c] == 0) {
                throw new TrainingException("the class '" + classes.get(c) + "' has no " + kindNames(kinds)
                        + " annotations" + (skipped.isEmpty() ? "" : " in the images that could be used ("
                                + skipped.size() + " items skipped)"));
            }
        }
        if (data.size() < 2) {
            throw new TrainingException(task + " needs at least two usable images with objects; there "
                    + (data.isEmpty() ? "are none" : "is one"));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random random = new Random(config.seed());
        Collections.shuffle(order, random);
        int cut = (int) Math.round(order.size() * config.trainRatio());
        cut = Math.max(1, Math.min(cut, order.size() - 1));
        int[] train = order.subList(0, cut).stream().mapToInt(Integer::intValue).toArray();
        int[] validation = order.subList(cut, order.size()).stream().mapToInt(Integer::intValue).toArray();
        DatasetInfo info = new DatasetInfo(train.length, validation.length, examples, skipped);
        return new PreparedDataset(classes, size, channels, data.toArray(byte[][]::new), objects,
                names.toArray(String[]::new), train, validation, info);
    }

    private static String kindNames(Set<ShapeKind> kinds) {
        return String.join("/", kinds.stream().map(k -> k.getLiteral().toLowerCase(Locale.ROOT)).sorted().toList());
    }

    /** The object in input pixels, or null when nothing of it lies inside the item's region. */
    static ObjectTarget target(Item item, int label, Shape shape, int size, boolean masks) {
        Rectangle region = item.region() != null ? item.region()
                : new Rectangle(0, 0, item.imageWidth(), item.imageHeight());
        double[] b = ShapeBounds.of(shape);
        if (b == null || region.isEmpty()) {
            return null;
        }
        double x0 = Math.max(b[0], region.x);
        double y0 = Math.max(b[1], region.y);
        double x1 = Math.min(b[0] + b[2], region.x + region.width);
        double y1 = Math.min(b[1] + b[3], region.y + region.height);
        if (x1 - x0 < 1 || y1 - y0 < 1) {
            return null;
        }
        double sx = (double) size / region.width;
        double sy = (double) size / region.height;
        BitSet mask = null;
        if (masks) {
            mask = rasterise(shape, region, (int) Math.floor(x0), (int) Math.floor(y0), (int) Math.ceil(x1),
                    (int) Math.ceil(y1), size);
            if (mask.isEmpty()) {
                return null;
            }
        }
        return new ObjectTarget(label, (x0 - region.x) * sx, (y0 - region.y) * sy, (x1 - x0) * sx, (y1 - y0) * sy, mask);
    }

    /** The shape's pixels inside the window (image pixels), sampled at the centres of the input's pixels. */
    private static BitSet rasterise(Shape shape, Rectangle region, int wx0, int wy0, int wx1, int wy1, int size) {
        int w = wx1 - wx0;
        int h = wy1 - wy0;
        Shape moved = EcoreUtil.copy(shape);
        translate(moved, -wx0, -wy0);
        byte[] columnMajor = ShapeGeometry.rasterize(moved, h, w).decode();
        BitSet mask = new BitSet(size * size);
        double sx = (double) region.width / size;
        double sy = (double) region.height / size;
        for (int v = 0; v < size; v++) {
            int y = (int) Math.floor(region.y + (v + 0.5) * sy) - wy0;
            if (y < 0 || y >= h) {
                continue;
            }
            for (int u = 0; u < size; u++) {
                int x = (int) Math.floor(region.x + (u + 0.5) * sx) - wx0;
                if (x >= 0 && x < w && columnMajor[x * h + y] != 0) {
                    mask.set(v * size + u);
                }
            }
        }
        return mask;
    }

    private static void translate(Shape shape, double dx, double dy) {
        switch (shape) {
            case BoxShape box -> {
                box.setX(box.getX() + dx);
                box.setY(box.getY() + dy);
            }
            case RotatedBoxShape box -> {
                box.setCx(box.getCx() + dx);
                box.setCy(box.getCy() + dy);
            }
            case EllipseShape ellipse -> {
                ellipse.setCx(ellipse.getCx() + dx);
                ellipse.setCy(ellipse.getCy() + dy);
            }
            case PolygonShape polygon -> {
                double[] points = polygon.getPoints().clone();
                for (int i = 0; i + 1 < points.length; i += 2) {
                    points[i] += dx;
                    points[i + 1] += dy;
                }
                polygon.setPoints(points);
            }
            case MaskShape mask -> {
                mask.setX(mask.getX() + (int) Math.round(dx));
                mask.setY(mask.getY() + (int) Math.round(dy));
            }
            default -> throw new IllegalArgumentException("a " + shape.getKind().getLiteral() + " has no area");
        }
    }

    /** Runs under the model access: reads the model and copies the shapes. Returns a problem or null. */
    private static String collect(ProjectStore store, TrainingConfig config, Set<ShapeKind> kinds, List<String> classes,
            List<Item> items, List<DatasetInfo.Skipped> skipped) {
        Project project = store.project();
        List<DatasetSource> sources;
        try {
            sources = DatasetSource.of(project, config.trainingSets());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        List<LabelClass> chosen = new ArrayList<>();
        if (config.classes().isEmpty()) {
            Set<LabelClass> used = new LinkedHashSet<>();
            for (DatasetSource source : sources) {
                for (Annotation annotation : source.image().getAnnotations()) {
                    if (usable(annotation, kinds)) {
                        used.add(annotation.getLabelClass());
                    }
                }
            }
            for (LabelClass labelClass : project.getLabelClasses()) {
                if (used.contains(labelClass)) {
                    chosen.add(labelClass);
                }
            }
        } else {
            for (String name : config.classes()) {
                LabelClass labelClass = project.getLabelClasses().stream().filter(c -> name.equals(c.getName()))
                        .findFirst().orElse(null);
                if (labelClass == null) {
                    return "the project has no label class named '" + name + "'";
                }
                if (chosen.contains(labelClass)) {
                    return "the class '" + name + "' is named twice";
                }
                chosen.add(labelClass);
            }
        }
        String task = config.task().getLiteral().toLowerCase(Locale.ROOT);
        if (chosen.size() < 2) {
            return task + " needs at least two classes with examples; "
                    + (chosen.isEmpty() ? "there are none" : "there is only '" + chosen.get(0).getName() + "'")
                    + " among the " + kindNames(kinds) + " annotations of the " + sources.size() + " images";
        }
        chosen.forEach(c -> classes.add(c.getName()));
        Path folder = store.folder();
        for (DatasetSource source : sources) {
            List<Integer> labels = new ArrayList<>();
            List<Shape> shapes = new ArrayList<>();
            for (Annotation annotation : source.image().getAnnotations()) {
                int index = chosen.indexOf(annotation.getLabelClass());
                if (index >= 0 && usable(annotation, kinds)) {
                    labels.add(index);
                    shapes.add(EcoreUtil.copy(annotation.getShape()));
                }
            }
            ImageAsset image = source.image();
            if (shapes.isEmpty()) {
                skipped.add(new DatasetInfo.Skipped(source.name(), "no " + kindNames(kinds) + " annotation of the chosen classes"));
                continue;
            }
            ImagePixels.Located file = ImagePixels.locate(folder, image);
            if (file == null) {
                skipped.add(new DatasetInfo.Skipped(source.name(), "the image has no file location"));
            } else if (source.region() == null && (image.getWidth() <= 0 || image.getHeight() <= 0)) {
                skipped.add(new DatasetInfo.Skipped(source.name(), "the image's size is not known"));
            } else {
                items.add(new Item(source.name(), file, source.region(), image.getWidth(), image.getHeight(),
                        image.getBands(), labels, shapes));
            }
        }
        return null;
    }

    private static boolean usable(Annotation annotation, Set<ShapeKind> kinds) {
        return annotation.getShape() != null && annotation.getLabelClass() != null
                && kinds.contains(annotation.getShape().getKind())
                && annotation.getProvenance() != Provenance.PREDICTED;
    }
}
