package org.annotide.model.util;

import java.util.Collection;

import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ClassScore;
import org.annotide.model.Score;
import org.annotide.model.Submission;
import org.annotide.model.TaskStatus;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The model's rule that a submitted task is final: once an {@link AnnotatorTask}'s status is
 * {@link TaskStatus#SUBMITTED}, nothing in it changes again (its annotations, its submissions, their annotations,
 * its annotator, its image) and its status never leaves SUBMITTED, whoever asks and through whatever door
 * (commands, undo, redo, direct calls). The one exception: scores of a submission may be added, replaced or
 * removed, since re-scoring with an edited function is allowed.
 *
 * <p>{@code JournaledEObject} checks every change made to an open project with {@link #refusal} before anyone
 * hears of it; a refused change is taken back at once and a {@link SubmittedTaskException} thrown,
 * so the project store journals nothing of it and memory stays as it was.
 */
public final class SubmittedTasks {

    private SubmittedTasks() {
    }

    /** True when the task is submitted, or the object lies inside a submitted task. */
    public static boolean isFrozen(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof AnnotatorTask task) {
                return task.getStatus() == TaskStatus.SUBMITTED;
            }
        }
        return false;
    }

    /** Null when the change is allowed, else why not. */
    public static String refusal(Notification notification) {
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)
                || !(notification.getFeature() instanceof EStructuralFeature feature)) {
            return null;
        }
        int type = notification.getEventType();
        if (type == Notification.REMOVING_ADAPTER || type == Notification.RESOLVE) {
            return null;
        }
        if (notifier instanceof AnnotatorTask task && feature == AnnotidePackage.Literals.ANNOTATOR_TASK__STATUS) {
            return notification.getOldValue() == TaskStatus.SUBMITTED && task.getStatus() != TaskStatus.SUBMITTED
                    ? "A submitted task cannot be reopened: submitting is final." : null;
        }
        if (notifier instanceof Submission && feature == AnnotidePackage.Literals.SUBMISSION__SCORES) {
            return null;
        }
        for (EObject current = notifier; current != null; current = current.eContainer()) {
            if (current instanceof Score || current instanceof ClassScore) {
                return null;
            }
            if (current instanceof AnnotatorTask task) {
                return task.getStatus() == TaskStatus.SUBMITTED
                        ? "A submitted task cannot be edited: submitting is final." : null;
            }
        }
        return null;
    }

    /**
     * Undoes the change a notification describes (used for a refused change, with notifications off).
     */
    @SuppressWarnings("unchecked")
    public static void revert(Notification notification) {
        EObject owner = (EObject) notification.getNotifier();
        EStructuralFeature feature = (EStructuralFeature) notification.getFeature();
        int position = notification.getPosition();
        if (!feature.isMany()) {
            if (notification.wasSet()) {
                owner.eSet(feature, notification.getOldValue());
            } else {
                owner.eUnset(feature);
            }
            return;
        }
        EList<Object> list = (EList<Object>) owner.eGet(feature);
        switch (notification.getEventType()) {
            case Notification.SET -> list.set(position, notification.getOldValue());
            case Notification.UNSET -> list.addAll((Collection<Object>) notification.getOldValue());
            case Notification.ADD -> list.remove(position);
            case Notification.ADD_MANY -> {
                int count = ((Collection<?>) notification.getNewValue()).size();
                for (int i = 0; i < count; i++) {
                    list.remove(position);
                }
            }
            case Notification.REMOVE -> list.add(position, notification.getOldValue());
            case Notification.REMOVE_MANY -> {
                Collection<Object> removed = (Collection<Object>) notification.getOldValue();
                int[] positions = (int[]) notification.getNewValue();
                int i = 0;
                for (Object object : removed) {
                    list.add(positions == null ? position + i : positions[i], object);
                    i++;
                }
            }
            case Notification.MOVE -> list.move(((Integer) notification.getOldValue()).intValue(), position);
            default -> {
                // nothing else changes the model
            }
        }
    }

    /** A change to a submitted task was refused and taken back. */
    public static final class SubmittedTaskException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        public SubmittedTaskException(String message) {
            super(message);
        }
    }
}
