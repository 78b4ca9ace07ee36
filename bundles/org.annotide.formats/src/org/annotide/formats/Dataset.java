package org.annotide.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
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
    private final Map<ImageAsset, String> sizeOrigins = new IdentityHashMap<>();
    private long annotationCount;
    private String source = "";
    /** Open while one file is read by {@link #readWhole}; null otherwise. */
    private FileCheckpoint checkpoint;

    /** What a file's reading does; it reports a file it cannot parse with {@link ValidationReport#rejectFile}. */
    @FunctionalInterface
    public interface FileReading {
        void read() throws IOException;
    }

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
        ImageAsset existing = images.get(key);
        if (existing != null) {
            touch(existing);
            return existing;
        }
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setName(name);
        images.put(key, image);
        if (checkpoint != null) {
            checkpoint.created.put(image, Boolean.TRUE);
        }
        return image;
    }

    /**
     * Gives the image the size {@code file} states for it, unless it already has a different known size (from
     * an earlier file of this import): then its annotations from {@code file} belong to another picture and
     * must not be placed on it.
     *
     * @return null when the size agrees (or was unknown), else the conflict in words for the report
     */
    public String claimSize(ImageAsset image, int width, int height, String file) {
        if (width <= 0 || height <= 0) {
            return null;
        }
        if (image.getWidth() > 0 && image.getHeight() > 0
                && (image.getWidth() != width || image.getHeight() != height)) {
            String origin = sizeOrigins.get(image);
            return "image " + image.getName() + " is " + width + "x" + height + " in " + file + " but "
                    + image.getWidth() + "x" + image.getHeight() + (origin == null ? " already" : " in " + origin)
                    + " (width x height): a different picture under the same name; its annotations from " + file
                    + " were not imported";
        }
        touch(image);
        image.setWidth(width);
        image.setHeight(height);
        if (sizeOrigins.putIfAbsent(image, file) == null && checkpoint != null) {
            checkpoint.newOrigins.add(image);
        }
        return null;
    }

    /** The file whose size statement the image has (see {@link #claimSize}), else null. */
    public String sizeOrigin(ImageAsset image) {
        return sizeOrigins.get(image);
    }

    /** The file or folder the dataset was read from, as the user named it (for the report). */
    public String source() {
        return source;
    }

    void setSource(String source) {
        this.source = source == null ? "" : source;
    }

    /** True when nothing at all was read: no class, no image, no metadata. */
    public boolean isEmpty() {
        return classes.isEmpty() && images.isEmpty() && metadata.isEmpty();
    }

    /**
     * Reads one file all or nothing: when the reading reports the file unreadable ({@link
     * ValidationReport#rejectFile}, e.g. JSON or XML cut short), every class, image, annotation and metadata
     * entry it added is taken back and images it touched get their earlier state, so that the report's "nothing
     * was imported from it" holds even though streaming readers add items before they reach the broken part.
     */
    public void readWhole(ValidationReport report, FileReading reading) throws IOException {
        FileCheckpoint opened = new FileCheckpoint();
        FileCheckpoint outer = checkpoint;
        checkpoint = opened;
        long unreadable = report.unreadableFileCount();
        try {
            reading.read();
        } finally {
            checkpoint = outer;
        }
        if (report.unreadableFileCount() > unreadable) {
            opened.rollBack();
        }
    }

    private void touch(ImageAsset image) {
        if (checkpoint != null && !checkpoint.created.containsKey(image)) {
            checkpoint.touched.computeIfAbsent(image, ImageState::new);
        }
    }

    /** What an image looked like before a file began to change it. */
    private static final class ImageState {
        final int annotations;
        final int width;
        final int height;
        final String name;
        final String location;
        final Map<String, String> metadata;

        ImageState(ImageAsset image) {
            annotations = image.getAnnotations().size();
            width = image.getWidth();
            height = image.getHeight();
            name = image.getName();
            location = image.getLocation();
            metadata = new LinkedHashMap<>(image.getMetadata().map());
        }

        void restore(ImageAsset image) {
            List<Annotation> list = image.getAnnotations();
            while (list.size() > annotations) {
                list.remove(list.size() - 1);
            }
            image.setWidth(width);
            image.setHeight(height);
            image.setName(name);
            image.setLocation(location);
            image.getMetadata().clear();
            image.getMetadata().putAll(metadata);
        }
    }

    /** The dataset's state when a file's reading began (see {@link #readWhole}). */
    private final class FileCheckpoint {
        private final int classCount = classes.size();
        private final int imageCount = images.size();
        private final long annotations = annotationCount;
        private final Map<String, String> metadataBefore = new LinkedHashMap<>(metadata);
        private final List<ImageAsset> newOrigins = new ArrayList<>();
        private final Map<ImageAsset, Boolean> created = new IdentityHashMap<>();
        private final Map<ImageAsset, ImageState> touched = new IdentityHashMap<>();

        void rollBack() {
            dropAfter(classes, classCount);
            dropAfter(images, imageCount);
            touched.forEach((image, state) -> state.restore(image));
            metadata.clear();
            metadata.putAll(metadataBefore);
            newOrigins.forEach(sizeOrigins::remove);
            annotationCount = annotations;
        }

        private static void dropAfter(Map<String, ?> map, int keep) {
            Iterator<?> entries = map.values().iterator();
            for (int i = 0; entries.hasNext(); i++) {
                entries.next();
                if (i >= keep) {
                    entries.remove();
                }
            }
        }
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
        touch(image);
        ((InternalEList<Annotation>) image.getAnnotations()).addUnique(annotation);
        annotationCount++;
        return annotation;
    }

    public long annotationCount() {
        return annotationCount;
    }

    /** Takes an annotation back out of its image (a check rejected it after it was read). */
    public void remove(ImageAsset image, Annotation annotation) {
        if (image.getAnnotations().remove(annotation)) {
            annotationCount--;
        }
    }

    /** The next free group number in the image (groups tie the annotations of one object together). */
    public static int nextGroup(ImageAsset image) {
        int max = 0;
        for (Annotation annotation : image.getAnnotations()) {
            max = Math.max(max, annotation.getGroup());
        }
        return max + 1;
    }
}
