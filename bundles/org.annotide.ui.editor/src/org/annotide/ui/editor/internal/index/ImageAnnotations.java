package org.annotide.ui.editor.internal.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Shape;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * The annotations of one image as the editor sees them: a {@link GlyphIndex} kept in step with the model,
 * whoever changes it (editor commands, undo, the Properties view, an import running in a job).
 * <p>
 * One instance per image, shared by every editor showing the image or one of its tiles (the same objects
 * seen through two windows). It is an EMF adapter on the image, and the same single adapter instance is
 * attached to each annotation, shape, the project and its label classes: one array slot per object instead
 * of an EContentAdapter's bookkeeping, which matters at a million annotations. Changes made on another
 * thread are applied on the UI thread through the executor given at creation.
 * <p>
 * What the user may not see is not indexed at all (see {@link #setVisibility}): another trainee's drafts on a shared
 * benchmark image never reach the canvas, hit-testing, Select All or the Outline.
 */
public final class ImageAnnotations extends AdapterImpl {

    /** Receives batches of changes on the UI thread. */
    @FunctionalInterface
    public interface Listener {
        void annotationsChanged(AnnotationChanges changes);
    }

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    private final ImageAsset image;
    private final Project project;
    private final Executor uiExecutor;
    private final Thread uiThread;
    private final GlyphIndex index;
    private final Set<Annotation> imageClassAnnotations = new LinkedHashSet<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Set<Annotation> pending = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean pendingEverything;
    private long nextSequence;
    private int references;
    private volatile Predicate<Annotation> visible = annotation -> true;

    private ImageAnnotations(ImageAsset image, Executor uiExecutor, Thread uiThread) {
        this.image = image;
        this.project = image.eContainer() instanceof Project p ? p : null;
        this.uiExecutor = uiExecutor;
        this.uiThread = uiThread;
        this.index = new GlyphIndex(0, 0, Math.max(1, image.getWidth()), Math.max(1, image.getHeight()),
                image.getAnnotations().size());
    }

    /**
     * The shared instance for an image, created and indexed on first use; pair with {@link #release()}.
     * Call on the UI thread.
     *
     * @param uiExecutor runs work on the UI thread (Display::asyncExec)
     */
    public static ImageAnnotations acquire(ImageAsset image, Executor uiExecutor) {
        for (Adapter adapter : image.eAdapters()) {
            if (adapter instanceof ImageAnnotations existing) {
                existing.references++;
                return existing;
            }
        }
        ImageAnnotations annotations = new ImageAnnotations(image, uiExecutor, Thread.currentThread());
        annotations.build();
        annotations.references = 1;
        return annotations;
    }

    /** Drops one use; the last one detaches from every model object. */
    public void release() {
        if (--references > 0) {
            return;
        }
        image.eAdapters().remove(this);
        for (Annotation annotation : image.getAnnotations()) {
            detach(annotation);
        }
        if (project != null) {
            project.eAdapters().remove(this);
            for (LabelClass labelClass : project.getLabelClasses()) {
                labelClass.eAdapters().remove(this);
            }
        }
        listeners.clear();
    }

    public ImageAsset image() {
        return image;
    }

    /**
     * Which annotations of the image the user may see (the editor asks the permission service); the others are
     * left out of the index as if they were not on the image. Re-evaluated for every annotation now (call it
     * again when the logged-in user changes) and for each annotation as it changes. UI thread.
     */
    public void setVisibility(Predicate<Annotation> visibility) {
        visible = visibility == null ? annotation -> true : visibility;
        enqueue(List.of(), true);
    }

    /** Whether the annotation is on the image and the user may see it. */
    public boolean isVisible(Annotation annotation) {
        return annotation.eContainer() == image && visible.test(annotation);
    }

    /** The annotations of the image the user may see, in list order. */
    public List<Annotation> visibleAnnotations() {
        List<Annotation> shown = new ArrayList<>();
        for (Annotation annotation : image.getAnnotations()) {
            if (visible.test(annotation)) {
                shown.add(annotation);
            }
        }
        return shown;
    }

    public GlyphIndex index() {
        return index;
    }

    /** Annotations of the image whose shape is an image-level class, in list order of their creation. */
    public List<Annotation> imageClassAnnotations() {
        return new ArrayList<>(imageClassAnnotations);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == ImageAnnotations.class;
    }

    private void build() {
        image.eAdapters().add(this);
        if (project != null) {
            project.eAdapters().add(this);
            for (LabelClass labelClass : project.getLabelClasses()) {
                labelClass.eAdapters().add(this);
            }
        }
        for (Annotation annotation : image.getAnnotations()) {
            attach(annotation);
            if (!visible.test(annotation)) {
                continue;
            }
            Glyph glyph = Glyphs.of(annotation, nextSequence++);
            if (glyph != null) {
                index.put(glyph);
            } else if (annotation.getShape() instanceof ImageClassShape) {
                imageClassAnnotations.add(annotation);
            }
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.getEventType() == Notification.REMOVING_ADAPTER || notification.isTouch()) {
            return;
        }
        Object notifier = notification.getNotifier();
        Object feature = notification.getFeature();
        List<Annotation> touched = new ArrayList<>();
        boolean everything = false;
        if (notifier == image && feature == MODEL.getImageAsset_Annotations()) {
            forEachValue(notification.getOldValue(), Annotation.class, annotation -> {
                detach(annotation);
                touched.add(annotation);
            });
            forEachValue(notification.getNewValue(), Annotation.class, annotation -> {
                attach(annotation);
                touched.add(annotation);
            });
        } else if (notifier instanceof Annotation annotation) {
            if (feature == MODEL.getAnnotation_Shape()) {
                forEachValue(notification.getOldValue(), Shape.class, shape -> shape.eAdapters().remove(this));
                forEachValue(notification.getNewValue(), Shape.class, shape -> addOnce(shape));
            }
            touched.add(annotation);
        } else if (notifier instanceof Shape shape && shape.eContainer() instanceof Annotation annotation) {
            touched.add(annotation);
        } else if (notifier == project && feature == MODEL.getProject_LabelClasses()) {
            forEachValue(notification.getOldValue(), LabelClass.class, labelClass -> labelClass.eAdapters().remove(this));
            forEachValue(notification.getNewValue(), LabelClass.class, labelClass -> addOnce(labelClass));
            everything = true;
        } else if (notifier instanceof LabelClass) {
            everything = true;
        } else {
            return;
        }
        enqueue(touched, everything);
    }

    private void enqueue(Collection<Annotation> touched, boolean everything) {
        boolean schedule;
        synchronized (pending) {
            schedule = pending.isEmpty() && !pendingEverything;
            pending.addAll(touched);
            pendingEverything |= everything;
        }
        if (Thread.currentThread() == uiThread) {
            flush();
        } else if (schedule) {
            uiExecutor.execute(this::flush);
        }
    }

    /** Brings the index up to date with the queued changes and tells the listeners; UI thread only. */
    private void flush() {
        List<Annotation> touched;
        boolean everything;
        synchronized (pending) {
            touched = new ArrayList<>(pending);
            everything = pendingEverything;
            pending.clear();
            pendingEverything = false;
        }
        AnnotationChanges changes = new AnnotationChanges();
        if (everything) {
            changes.markEverything();
            changes.markImageClasses();
            touched = new ArrayList<>(image.getAnnotations());
        }
        for (Annotation annotation : touched) {
            refresh(annotation, changes);
        }
        if (!changes.isEmpty()) {
            for (Listener listener : listeners) {
                listener.annotationsChanged(changes);
            }
        }
    }

    private void refresh(Annotation annotation, AnnotationChanges changes) {
        boolean onImage = isVisible(annotation);
        Glyph old = index.get(annotation);
        boolean wasImageClass = imageClassAnnotations.contains(annotation);
        if (!onImage) {
            if (old != null) {
                index.remove(annotation);
                changes.addRegion(old);
            }
            if (wasImageClass) {
                imageClassAnnotations.remove(annotation);
                changes.markImageClasses();
            }
            changes.addRemoved(annotation);
            return;
        }
        if (old == null && !wasImageClass) {
            changes.markListChanged();
        }
        Glyph glyph = Glyphs.of(annotation, old != null ? old.sequence() : nextSequence++);
        if (glyph != null) {
            index.put(glyph);
            changes.addRegion(glyph);
        } else if (old != null) {
            index.remove(annotation);
        }
        changes.addRegion(old);
        boolean isImageClass = annotation.getShape() instanceof ImageClassShape;
        if (isImageClass) {
            imageClassAnnotations.add(annotation);
        } else {
            imageClassAnnotations.remove(annotation);
        }
        if (isImageClass || wasImageClass) {
            changes.markImageClasses();
        }
    }

    private void attach(Annotation annotation) {
        addOnce(annotation);
        if (annotation.getShape() != null) {
            addOnce(annotation.getShape());
        }
    }

    private void detach(Annotation annotation) {
        annotation.eAdapters().remove(this);
        if (annotation.getShape() != null) {
            annotation.getShape().eAdapters().remove(this);
        }
    }

    private void addOnce(Notifier notifier) {
        if (!notifier.eAdapters().contains(this)) {
            notifier.eAdapters().add(this);
        }
    }

    private static <T> void forEachValue(Object value, Class<T> type, Consumer<T> action) {
        if (type.isInstance(value)) {
            action.accept(type.cast(value));
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                if (type.isInstance(element)) {
                    action.accept(type.cast(element));
                }
            }
        }
    }
}
