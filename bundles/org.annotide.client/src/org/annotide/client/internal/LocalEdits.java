package org.annotide.client.internal;

import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import org.annotide.benchmark.TrainingSettings;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.Identified;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Records the user's edits of annotations, label classes and training sets in the mirror's model into the outbox:
 * added and removed annotations of an image, any change inside an annotation (its class, its shape, its score, its
 * flags; not whether it is hidden, which is each user's view and stays on this computer), added,
 * removed and changed label classes and training sets (a set's name, description and tiles), images added to and
 * removed from the project (uploads, removals), images' names, descriptions and metadata, images' statuses, and the
 * training settings kept in the project's metadata (skill bands, the saved function, instructions).
 * Changes the client applies for the server are made with {@link #quiet(Runnable)} and are not recorded, so nothing
 * is echoed back.
 */
public final class LocalEdits extends EContentAdapter {

    private final Outbox outbox;
    private final LongPredicate createInFlight;
    private boolean quiet;

    public LocalEdits(Outbox outbox, LongPredicate createInFlight) {
        this.outbox = outbox;
        this.createInFlight = createInFlight;
    }

    /** Runs a change of the model that came from the server (not to be sent back). Owner thread only. */
    public void quiet(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n); // keeps the adapter on new contents
        if (quiet || n.isTouch()) {
            return;
        }
        if (n.getNotifier() instanceof Project && n.getFeature() == Literals.PROJECT__LABEL_CLASSES) {
            setup(n, outbox.classes()); // the order of classes is the mirror's own
            return;
        }
        if (n.getNotifier() instanceof Project && n.getFeature() == Literals.PROJECT__TRAINING_SETS) {
            setup(n, outbox.trainingSets());
            return;
        }
        if (n.getNotifier() instanceof Project && n.getFeature() == Literals.PROJECT__IMAGES) {
            images(n);
            return;
        }
        if (n.getNotifier() instanceof LabelClass labelClass && labelClass.eContainer() instanceof Project
                && n.getFeature() != Literals.IDENTIFIED__ID) {
            outbox.classes().changed(labelClass.getId());
            return;
        }
        if (n.getNotifier() instanceof TrainingSet set && set.eContainer() instanceof Project
                && n.getFeature() != Literals.IDENTIFIED__ID) {
            outbox.trainingSets().changed(set.getId()); // name, description, tiles (the membership)
            return;
        }
        if (n.getNotifier() instanceof ImageAsset image && image.eContainer() instanceof Project
                && (n.getFeature() == Literals.NAMED__NAME || n.getFeature() == Literals.NAMED__DESCRIPTION
                        || n.getFeature() == Literals.IMAGE_ASSET__METADATA)) {
            imageChanged(image);
            return;
        }
        if (n.getNotifier() instanceof EObject entry && entry.eClass() == Literals.STRING_TO_STRING_MAP_ENTRY
                && entry.eContainer() instanceof ImageAsset image && image.eContainer() instanceof Project) {
            imageChanged(image); // a metadata value changed in place
            return;
        }
        if (n.getNotifier() instanceof Project project && n.getFeature() == Literals.PROJECT__METADATA) {
            settings(project, n); // entries added or removed: a setting set for the first time, or cleared
            return;
        }
        if (n.getNotifier() instanceof EObject entry && entry.eClass() == Literals.STRING_TO_STRING_MAP_ENTRY
                && entry.eContainer() instanceof Project project) {
            setting(project, (Map.Entry<?, ?>) entry); // a setting's value changed in place
            return;
        }
        if (n.getNotifier() instanceof ImageAsset image && n.getFeature() == Literals.IMAGE_ASSET__STATUS) {
            outbox.imageStatuses().changed(image.getId()); // the server sets its tiles' with it
            return;
        }
        if (n.getNotifier() instanceof ImageAsset image && n.getFeature() == Literals.IMAGE_ASSET__ANNOTATIONS) {
            switch (n.getEventType()) {
                case Notification.ADD, Notification.ADD_MANY -> annotations(n.getNewValue())
                        .forEach(a -> outbox.added(image.getId(), a.getId()));
                case Notification.REMOVE, Notification.REMOVE_MANY -> annotations(n.getOldValue())
                        .forEach(a -> outbox.removed(image.getId(), a.getId(), createInFlight.test(a.getId())));
                case Notification.SET -> {
                    annotations(n.getOldValue()).forEach(a -> outbox.removed(image.getId(), a.getId(),
                            createInFlight.test(a.getId())));
                    annotations(n.getNewValue()).forEach(a -> outbox.added(image.getId(), a.getId()));
                }
                default -> {
                    // MOVE: the order of annotations is not the server's concern
                }
            }
            return;
        }
        if (n.getNotifier() instanceof EObject object) {
            Annotation annotation = enclosingAnnotation(object);
            // hiding is each user's view (Hide, Show Hidden), not the annotation's content: no PUT for it
            if (annotation != null && annotation.eContainer() instanceof ImageAsset image
                    && n.getFeature() != Literals.ANNOTATION__ID && n.getFeature() != Literals.ANNOTATION__HIDDEN) {
                outbox.changed(image.getId(), annotation.getId());
            }
        }
    }

    /** Metadata entries added to or removed from the project: those of the training settings are changes to send. */
    private void settings(Project project, Notification n) {
        for (Object value : List.of(n.getOldValue() == null ? List.of() : n.getOldValue(),
                n.getNewValue() == null ? List.of() : n.getNewValue())) {
            for (Object entry : value instanceof List<?> list ? list : List.of(value)) {
                if (entry instanceof Map.Entry<?, ?> e) {
                    setting(project, e);
                }
            }
        }
    }

    /**
     * A training setting of the project changed (Training Settings: skill bands, the saved function, instructions):
     * only a project that holds a training project has them on the server.
     */
    private void setting(Project project, Map.Entry<?, ?> entry) {
        if (TrainingSettings.KEYS.contains(entry.getKey()) && !project.getTrainingProjects().isEmpty()) {
            outbox.trainingSettings().changed((String) entry.getKey());
        }
    }

    private static Annotation enclosingAnnotation(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Annotation a) {
                return a;
            }
        }
        return null;
    }

    /** A label class or training set added to or removed from the project: its create or delete. */
    private static void setup(Notification n, SetupEdits edits) {
        switch (n.getEventType()) {
            case Notification.ADD, Notification.ADD_MANY -> ids(n.getNewValue()).forEach(edits::added);
            case Notification.REMOVE, Notification.REMOVE_MANY -> ids(n.getOldValue()).forEach(edits::removed);
            case Notification.SET -> {
                ids(n.getOldValue()).forEach(edits::removed);
                ids(n.getNewValue()).forEach(edits::added);
            }
            default -> {
                // MOVE: the order is the mirror's own
            }
        }
    }

    /**
     * An image's name, description or metadata changed: an update of the server's image, merged into its upload when
     * that is still to send; an image the server never took (a refused upload) keeps its change here.
     */
    private void imageChanged(ImageAsset image) {
        String id = image.getId();
        if (outbox.images().isOnServer(id) || outbox.images().isPending(id)) {
            outbox.images().changed(id);
        }
    }

    /**
     * Images added to the mirror (an import): each an upload, and the annotations they came with (labels of an image
     * list) creates after it. A removed image's upload is dropped if it is still to send; an image the server has is
     * removed there too (its unsent annotation edits are dropped: they leave with it).
     */
    private void images(Notification n) {
        switch (n.getEventType()) {
            case Notification.ADD, Notification.ADD_MANY -> {
                List<?> added = n.getNewValue() instanceof List<?> list ? list : List.of(n.getNewValue());
                for (Object value : added) {
                    if (value instanceof ImageAsset image) {
                        outbox.images().added(image.getId());
                        image.getAnnotations().forEach(a -> outbox.added(image.getId(), a.getId()));
                    }
                }
            }
            case Notification.REMOVE, Notification.REMOVE_MANY -> ids(n.getOldValue()).forEach(id -> {
                if (outbox.images().isOnServer(id)) {
                    outbox.images().removed(id);
                } else {
                    outbox.images().drop(id);
                }
                outbox.dropImage(id);
            });
            default -> {
                // MOVE: the order of images is the mirror's own
            }
        }
    }

    private static List<String> ids(Object value) {
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        return values.stream().filter(Identified.class::isInstance).map(o -> ((Identified) o).getId()).toList();
    }

    private static List<Annotation> annotations(Object value) {
        if (value instanceof Annotation a) {
            return List.of(a);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Annotation.class::isInstance).map(Annotation.class::cast).toList();
        }
        return List.of();
    }
}
