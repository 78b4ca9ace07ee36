package org.annotide.ui.editor.internal.part;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.swt.widgets.Display;

/**
 * Watches what an editor's input depends on besides its annotations: the image and tile still being in the
 * project, the image's tiles, the project's label classes and training sets (palette and filmstrip).
 * Reports on the UI thread.
 */
final class InputWatcher extends AdapterImpl {

    interface Listener {
        /** The image or tile shown was removed from the project. */
        void inputRemoved();

        /** Label classes, tiles or training sets changed. */
        void structureChanged();
    }

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    private final Display display;
    private final Listener listener;
    private final List<Notifier> watched = new ArrayList<>();
    private ImageAsset image;
    private Tile tile;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    InputWatcher(Display display, Listener listener) {
        this.display = display;
        this.listener = listener;
    }

    void watch(ImageAsset newImage, Tile newTile) {
        unwatch();
        image = newImage;
        tile = newTile;
        add(image);
        if (image.eContainer() instanceof Project project) {
            add(project);
            project.getTrainingSets().forEach(this::add);
            project.getLabelClasses().forEach(this::add);
        }
    }

    void unwatch() {
        for (Notifier notifier : watched) {
            notifier.eAdapters().remove(this);
        }
        watched.clear();
    }

    private void add(Notifier notifier) {
        if (!notifier.eAdapters().contains(this)) {
            notifier.eAdapters().add(this);
            watched.add(notifier);
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        Object feature = notification.getFeature();
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
                || feature == MODEL.getImageAsset_Annotations()) {
            return;
        }
        if (feature == MODEL.getProject_TrainingSets()) {
            if (notification.getNewValue() instanceof TrainingSet set) {
                add(set);
            } else if (notification.getNewValue() instanceof List<?> sets) {
                sets.stream().filter(TrainingSet.class::isInstance).map(Notifier.class::cast).forEach(this::add);
            }
        }
        schedule();
    }

    /** Several changes in a row (a re-tiling, an import) are reported once. */
    private void schedule() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        Runnable report = () -> {
            scheduled.set(false);
            if (image == null) {
                return;
            }
            boolean removed = !(image.eContainer() instanceof Project) || (tile != null && tile.getImage() != image);
            if (removed) {
                listener.inputRemoved();
            } else {
                listener.structureChanged();
            }
        };
        if (!display.isDisposed()) {
            display.asyncExec(report);
        }
    }
}
