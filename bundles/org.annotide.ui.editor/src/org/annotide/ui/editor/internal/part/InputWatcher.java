package org.annotide.ui.editor.internal.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Display;

/**
 * Watches what an editor's input depends on besides its annotations: the image and tile still being in the
 * project, the image's tiles, the project's label classes and training sets (palette and filmstrip).
 * Reports on the UI thread.
 * <p>
 * Only the features that the palette, the filmstrip or the input's presence depend on are reported: the
 * project's annotation counter, for one, changes with every annotation created, pasted, undone or redone,
 * and must not rebuild the palette and filmstrip each time.
 */
final class InputWatcher extends AdapterImpl {

    interface Listener {
        /** The image or tile shown was removed from the project. */
        void inputRemoved();

        /** Label classes, tiles or training sets changed. */
        void structureChanged();
    }

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    /**
     * What is shown or checked: the image and tile still in the project (images, tiles), the palette's
     * buttons (label classes; their name, colour, hotkey and allowed shapes), the filmstrip's tiles and its
     * training-set filter (training sets; their name and tiles).
     */
    private static final Set<EStructuralFeature> STRUCTURE = Set.of(
            MODEL.getProject_Images(),
            MODEL.getProject_LabelClasses(),
            MODEL.getProject_TrainingSets(),
            MODEL.getImageAsset_Tiles(),
            MODEL.getTrainingSet_Tiles(),
            MODEL.getNamed_Name(),
            MODEL.getLabelClass_Color(),
            MODEL.getLabelClass_Hotkey(),
            MODEL.getLabelClass_AllowedShapes());

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
                || !STRUCTURE.contains(feature)) {
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
