package org.annotide.ui.internal;

import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

import org.annotide.model.Project;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Watches the part of a project model that a view lists: the project and the objects reached through the
 * given containments (images, their tiles, label classes, training sets...), never what lies below them.
 * An annotation edit never reaches it, while adding an annotation does, as a change of its image's list.
 * Follows the watched containments: new objects are watched, removed ones let go.
 * <p>
 * EMF.Edit's change notifications are no substitute: an item provider forwards only the features its
 * generator chose (a training set's tiles are not among them) and only for objects something adapted.
 */
public final class ModelWatcher extends AdapterImpl {

    private final Project project;
    private final Set<EReference> containments;
    private final Consumer<Notification> listener;

    /**
     * @param containments the containment references to follow from the project down
     * @param listener     told of every change of a watched object, on the thread that made it
     */
    public ModelWatcher(Project project, Set<EReference> containments, Consumer<Notification> listener) {
        this.project = project;
        this.containments = Set.copyOf(containments);
        this.listener = listener;
    }

    public ModelWatcher start() {
        watch(project);
        return this;
    }

    public void stop() {
        unwatch(project);
    }

    public Project project() {
        return project;
    }

    @Override
    public void notifyChanged(Notification notification) {
        int type = notification.getEventType();
        if (type == Notification.REMOVING_ADAPTER) {
            return;
        }
        if (notification.getFeature() instanceof EReference reference && containments.contains(reference)) {
            if (type == Notification.REMOVE || type == Notification.REMOVE_MANY || type == Notification.SET
                    || type == Notification.UNSET) {
                forEach(notification.getOldValue(), this::unwatch);
            }
            if (type == Notification.ADD || type == Notification.ADD_MANY || type == Notification.SET) {
                forEach(notification.getNewValue(), this::watch);
            }
        }
        listener.accept(notification);
    }

    private void watch(EObject object) {
        if (!object.eAdapters().contains(this)) {
            object.eAdapters().add(this);
        }
        for (EReference reference : object.eClass().getEAllContainments()) {
            if (containments.contains(reference)) {
                forEach(object.eGet(reference), this::watch);
            }
        }
    }

    private void unwatch(EObject object) {
        object.eAdapters().remove(this);
        for (EReference reference : object.eClass().getEAllContainments()) {
            if (containments.contains(reference)) {
                forEach(object.eGet(reference), this::unwatch);
            }
        }
    }

    private static void forEach(Object value, Consumer<EObject> action) {
        if (value instanceof EObject object) {
            action.accept(object);
        } else if (value instanceof Collection<?> values) {
            for (Object element : values) {
                if (element instanceof EObject object) {
                    action.accept(object);
                }
            }
        }
    }
}
