package org.annotide.formats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.Shape;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * What an importer read, detached from any project: label classes by name, images with their annotations
 * (in image pixel coordinates, ids not yet assigned), and project-level metadata. {@link ImportCommand}
 * merges it into a project as one undoable change.
 */
public final class Dataset {

    private final Map<String, LabelClass> classes = new LinkedHashMap<>();
    private final Map<String, ImageAsset> images = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private long annotationCount;

    /** The class with this name, created (with a colour from {@link LabelColors}) when it is new. */
    public LabelClass labelClass(String name) {
        return classes.computeIfAbsent(name, key -> {
            LabelClass created = AnnotideFactory.eINSTANCE.createLabelClass();
            created.setName(key);
            created.setColor(LabelColors.forIndex(classes.size()));
            return created;
        });
    }

    /** The class with this name, or null. */
    public LabelClass findLabelClass(String name) {
        return classes.get(name);
    }

    public Collection<LabelClass> labelClasses() {
        return Collections.unmodifiableCollection(classes.values());
    }

    /**
     * The image known under {@code key} (a format-specific identity such as subset and file name), created
     * with the given name when it is new.
     */
    public ImageAsset image(String key, String name) {
        return images.computeIfAbsent(key, k -> {
            ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
            image.setName(name);
            return image;
        });
    }

    public ImageAsset findImage(String key) {
        return images.get(key);
    }

    public Collection<ImageAsset> images() {
        return Collections.unmodifiableCollection(images.values());
    }

    /** Project-level facts of the source that the model has no field for (e.g. COCO info). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * Adds an annotation with this class and shape to the image; provenance is {@link Provenance#IMPORTED}.
     *
     * @param labelClass null for an annotation without a class (some tools allow that)
     */
    public Annotation annotate(ImageAsset image, LabelClass labelClass, Shape shape) {
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setLabelClass(labelClass);
        annotation.setShape(shape);
        annotation.setProvenance(Provenance.IMPORTED);
        ((InternalEList<Annotation>) image.getAnnotations()).addUnique(annotation);
        annotationCount++;
        return annotation;
    }

    /** Removes an annotation added by {@link #annotate} (e.g. when a later check rejects it). */
    public void remove(ImageAsset image, Annotation annotation) {
        if (image.getAnnotations().remove(annotation)) {
            annotationCount--;
        }
    }

    public long annotationCount() {
        return annotationCount;
    }

    /** The next free group number in the image (groups tie the annotations of one object together). */
    public static int nextGroup(ImageAsset image) {
        int max = 0;
        for (Annotation annotation : image.getAnnotations()) {
            max = Math.max(max, annotation.getGroup());
        }
        return max + 1;
    }

    /** All images in insertion order, as a list. */
    public List<ImageAsset> imageList() {
        return new ArrayList<>(images.values());
    }
}
