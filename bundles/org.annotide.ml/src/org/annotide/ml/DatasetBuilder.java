package org.annotide.ml;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.internal.DatasetSource;
import org.annotide.model.Annotation;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.TaskType;

/**
 * Collects a dataset from a project: the tiles of the chosen training sets, or every image, labelled by their
 * image-level class annotations (classification) or with their objects (detection, segmentation: see
 * {@link org.annotide.ml.internal.ObjectDatasets}); reads and scales the pixels, leaves out (and lists)
 * what cannot be used, and splits train/validation per class by ratio and seed.
 */
public final class DatasetBuilder {

    private final ImagePixels pixels;

    public DatasetBuilder(ImagePixels pixels) {
        this.pixels = pixels;
    }

    private record Item(String name, ImagePixels.Located pixels, Rectangle region, int label, int bands) {
    }

    /**
     * @throws TrainingException for a dataset that cannot train: fewer than two classes, a class without
     *                           examples, an unknown training set or class, nothing usable at all
     */
    public PreparedDataset prepare(ProjectStore store, ModelAccess access, TrainingConfig config,
            TrainingMonitor monitor) throws TrainingException {
        if (config.task() != TaskType.CLASSIFY) {
            return new org.annotide.ml.internal.ObjectDatasets(pixels).prepare(store, access, config, monitor);
        }
        List<DatasetInfo.Skipped> skipped = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        String problem = access.call(store, () -> collect(store, config, classes, items, skipped));
        if (problem != null) {
            throw new TrainingException(problem);
        }
        int channels = items.stream().allMatch(i -> i.bands() == 1) ? 1 : 3;
        int size = config.imageSize();
        List<byte[]> data = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long lastNote = 0;
        for (int i = 0; i < items.size(); i++) {
            if (monitor.isCancelled()) {
                return null;
            }
            Item item = items.get(i);
            try {
                BufferedImage image = pixels.read(item.pixels(), item.region());
                data.add(ImagePixels.samples(image, size, channels));
                labels.add(item.label());
                names.add(item.name());
            } catch (IOException | RuntimeException e) {
                skipped.add(new DatasetInfo.Skipped(item.name(), "unreadable: " + e.getMessage()));
            }
            long now = System.nanoTime();
            if (now - lastNote > 1_000_000_000L) {
                monitor.message(String.format("reading images %d of %d", i + 1, items.size()));
                lastNote = now;
            }
        }
        int[] perClass = new int[classes.size()];
        labels.forEach(l -> perClass[l]++);
        Map<String, Integer> examples = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            examples.put(classes.get(c), perClass[c]);
        }
        for (int c = 0; c < classes.size(); c++) {
            if (perClass[c] == 0) {
                throw new TrainingException("the class '" + classes.get(c) + "' has no examples"
                        + (skipped.isEmpty() ? "" : " that could be read (" + skipped.size() + " items skipped)"));
            }
        }
        // stratified split: each class is shuffled with the seed and cut by the ratio
        Random random = new Random(config.seed());
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i) == c) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            int cut = (int) Math.round(members.size() * config.trainRatio());
            cut = Math.max(1, Math.min(cut, members.size() - (members.size() > 1 ? 1 : 0)));
            train.addAll(members.subList(0, cut));
            validation.addAll(members.subList(cut, members.size()));
        }
        Collections.shuffle(train, random);
        DatasetInfo info = new DatasetInfo(train.size(), validation.size(), examples, skipped);
        return new PreparedDataset(classes, size, channels, data.toArray(byte[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), names.toArray(String[]::new),
                train.stream().mapToInt(Integer::intValue).toArray(),
                validation.stream().mapToInt(Integer::intValue).toArray(), info);
    }

    /** Runs under the model access: reads the model only. Returns a problem or null. */
    private static String collect(ProjectStore store, TrainingConfig config, List<String> classes, List<Item> items,
            List<DatasetInfo.Skipped> skipped) {
        Project project = store.project();
        Map<String, LabelClass> byName = new LinkedHashMap<>();
        for (LabelClass labelClass : project.getLabelClasses()) {
            byName.putIfAbsent(labelClass.getName(), labelClass);
        }
        List<DatasetSource> sources;
        try {
            sources = DatasetSource.of(project, config.trainingSets());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        // the classes, in the order given or in the project's order
        List<LabelClass> chosen = new ArrayList<>();
        if (config.classes().isEmpty()) {
            Set<LabelClass> used = new LinkedHashSet<>();
            for (DatasetSource source : sources) {
                for (Annotation annotation : source.image().getAnnotations()) {
                    if (annotation.getShape() instanceof ImageClassShape && annotation.getLabelClass() != null
                            && annotation.getProvenance() != Provenance.PREDICTED) {
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
                LabelClass labelClass = byName.get(name);
                if (labelClass == null) {
                    return "the project has no label class named '" + name + "'";
                }
                if (chosen.contains(labelClass)) {
                    return "the class '" + name + "' is named twice";
                }
                chosen.add(labelClass);
            }
        }
        if (chosen.size() < 2) {
            return "classification needs at least two classes with examples; "
                    + (chosen.isEmpty() ? "there are none" : "there is only '" + chosen.get(0).getName() + "'")
                    + " among the " + sources.size() + " images (image-level class annotations)";
        }
        chosen.forEach(c -> classes.add(c.getName()));
        Path folder = store.folder();
        for (DatasetSource source : sources) {
            Set<Integer> labels = new LinkedHashSet<>();
            for (Annotation annotation : source.image().getAnnotations()) {
                if (annotation.getShape() instanceof ImageClassShape && annotation.getLabelClass() != null
                        && annotation.getProvenance() != Provenance.PREDICTED) {
                    int index = chosen.indexOf(annotation.getLabelClass());
                    if (index >= 0) {
                        labels.add(index);
                    }
                }
            }
            if (labels.isEmpty()) {
                skipped.add(new DatasetInfo.Skipped(source.name(), "no label of the chosen classes"));
            } else if (labels.size() > 1) {
                skipped.add(new DatasetInfo.Skipped(source.name(), "labelled with several classes"));
            } else {
                ImagePixels.Located file = ImagePixels.locate(folder, source.image());
                if (file == null) {
                    skipped.add(new DatasetInfo.Skipped(source.name(), "the image has no file location"));
                } else {
                    items.add(new Item(source.name(), file, source.region(), labels.iterator().next(),
                            source.image().getBands()));
                }
            }
        }
        return null;
    }
}
