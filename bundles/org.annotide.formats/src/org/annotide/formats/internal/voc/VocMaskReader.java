package org.annotide.formats.internal.voc;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.annotide.core.store.FileErrors;
import org.annotide.formats.Dataset;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.MaskRaster;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;

/**
 * VOC segmentation PNGs. With {@code SegmentationObject/<image>.png} every instance (palette index 1 to 254,
 * or its colour in the VOC colour map) becomes a mask whose class is the one most of its pixels have in
 * {@code SegmentationClass} (else the class of the XML object with the same number), grouped with that
 * object: instance i is object i, as in VOC. With only {@code SegmentationClass}, each class present becomes
 * one mask. Background (label 0) and void (255, the object borders) are not annotations.
 */
final class VocMaskReader {

    private final ImportContext context;
    private final Dataset dataset;
    private final VocLabelMap labels;

    VocMaskReader(ImportContext context, Dataset dataset, VocLabelMap labels) {
        this.context = context;
        this.dataset = dataset;
        this.labels = labels;
    }

    void read(Path root, String stem, ImageAsset image, List<Annotation> objects) {
        Path classFile = root.resolve("SegmentationClass").resolve(stem + ".png");
        Path objectFile = root.resolve("SegmentationObject").resolve(stem + ".png");
        BufferedImage classes = load(classFile, image);
        BufferedImage instances = load(objectFile, image);
        if (classes == null && instances == null) {
            return;
        }
        int width = (classes != null ? classes : instances).getWidth();
        int height = (classes != null ? classes : instances).getHeight();
        if (classes != null && instances != null
                && (classes.getWidth() != instances.getWidth() || classes.getHeight() != instances.getHeight())) {
            context.report().reject(context.display(objectFile), "", "SegmentationClass and SegmentationObject differ"
                    + " in size; the masks of " + stem + " were not read");
            return;
        }
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            image.setWidth(width);
            image.setHeight(height);
        }
        int[] classIndex = classes == null ? null : classIndexes(classes, classFile);
        if (instances != null) {
            readInstances(instances, objectFile, classIndex, image, objects);
        } else {
            readClasses(classIndex, width, height, image, classFile);
        }
    }

    private BufferedImage load(Path file, ImageAsset image) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            BufferedImage loaded = ImageIO.read(file.toFile());
            if (loaded == null) {
                context.report().reject(context.display(file), "", "not a readable PNG");
                return null;
            }
            if (image.getWidth() > 0 && (loaded.getWidth() != image.getWidth() || loaded.getHeight() != image.getHeight())) {
                context.report().reject(context.display(file), "", "the mask is " + loaded.getWidth() + "x"
                        + loaded.getHeight() + " but the image is " + image.getWidth() + "x" + image.getHeight());
                return null;
            }
            if ((long) loaded.getWidth() * loaded.getHeight() > MaskRaster.MAX_PIXELS) {
                context.report().reject(context.display(file), "", "the mask is too large to read");
                return null;
            }
            return loaded;
        } catch (IOException e) {
            context.report().reject(context.display(file), "", "not a readable PNG (" + FileErrors.describe(e) + ")");
            return null;
        } catch (RuntimeException e) {
            context.report().reject(context.display(file), "", "not a readable PNG (" + e.getMessage() + ")");
            return null;
        }
    }

    /** Index into the label map for every pixel; -1 for void and colours the label map does not know. */
    private int[] classIndexes(BufferedImage image, Path file) {
        int width = image.getWidth();
        int[] index = new int[width * image.getHeight()];
        Map<String, Integer> positions = new HashMap<>();
        List<VocLabelMap.Entry> entries = labels.entries();
        for (int i = 0; i < entries.size(); i++) {
            positions.putIfAbsent(entries.get(i).name(), i);
        }
        long unknown = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                VocLabelMap.Entry entry = labels.byColor(rgb);
                if (entry == null) {
                    index[y * width + x] = -1;
                    if (rgb != VocLabelMap.color(VocLabelMap.VOID)) {
                        unknown++;
                    }
                } else {
                    index[y * width + x] = positions.get(entry.name());
                }
            }
        }
        if (unknown > 0) {
            context.report().warn(context.display(file), "", unknown + " pixel(s) have colours of no label; left out");
        }
        return index;
    }

    private void readInstances(BufferedImage instances, Path file, int[] classIndex, ImageAsset image,
            List<Annotation> objects) {
        int width = instances.getWidth();
        int height = instances.getHeight();
        boolean palette = instances.getColorModel() instanceof IndexColorModel;
        Map<Integer, MaskRaster> rasters = new TreeMap<>();
        Map<Integer, Map<Integer, Integer>> classVotes = new HashMap<>();
        long unknown = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int id = palette ? instances.getRaster().getSample(x, y, 0)
                        : VocLabelMap.index(instances.getRGB(x, y) & 0xffffff);
                if (id < 0) {
                    unknown++;
                    continue;
                }
                if (id == 0 || id == VocLabelMap.VOID) {
                    continue;
                }
                rasters.computeIfAbsent(id, key -> new MaskRaster(0, 0, width, height)).set(x, y);
                if (classIndex != null && classIndex[y * width + x] >= 0
                        && !(classIndex[y * width + x] == 0 && isBackground(0))) {
                    classVotes.computeIfAbsent(id, key -> new HashMap<>()).merge(classIndex[y * width + x], 1, Integer::sum);
                }
            }
        }
        if (unknown > 0) {
            context.report().warn(context.display(file), "", unknown + " pixel(s) have colours outside the VOC colour"
                    + " map; left out");
        }
        for (Map.Entry<Integer, MaskRaster> instance : rasters.entrySet()) {
            int id = instance.getKey();
            Annotation object = id <= objects.size() ? objects.get(id - 1) : null;
            LabelClass labelClass = null;
            Map<Integer, Integer> votes = classVotes.get(id);
            if (votes != null) {
                int best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                labelClass = dataset.labelClass(labels.entries().get(best).name());
            } else if (object != null) {
                labelClass = object.getLabelClass();
            }
            if (labelClass == null) {
                context.report().reject(context.display(file), "instance " + id, "no class: SegmentationClass is"
                        + " missing and there is no object " + id + " in the annotation file");
                continue;
            }
            MaskShape mask = instance.getValue().toMask();
            Annotation annotation = dataset.annotate(image, labelClass, mask);
            if (object != null) {
                if (object.getGroup() == 0) {
                    object.setGroup(Dataset.nextGroup(image));
                }
                annotation.setGroup(object.getGroup());
            }
            context.report().accepted(1);
        }
    }

    private void readClasses(int[] classIndex, int width, int height, ImageAsset image, Path file) {
        Map<Integer, MaskRaster> rasters = new TreeMap<>();
        for (int i = 0; i < classIndex.length; i++) {
            int label = classIndex[i];
            if (label > 0 || label == 0 && !isBackground(0)) {
                rasters.computeIfAbsent(label, key -> new MaskRaster(0, 0, width, height)).set(i % width, i / width);
            }
        }
        for (Map.Entry<Integer, MaskRaster> entry : rasters.entrySet()) {
            String name = labels.entries().get(entry.getKey()).name();
            dataset.annotate(image, dataset.labelClass(name), entry.getValue().toMask());
            context.report().accepted(1);
        }
    }

    private boolean isBackground(int index) {
        return index < labels.entries().size() && labels.entries().get(index).name().equals("background");
    }
}
