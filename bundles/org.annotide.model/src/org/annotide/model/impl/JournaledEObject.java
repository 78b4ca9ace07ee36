package org.annotide.model.impl;

import org.annotide.model.util.ModelChangeListener;
import org.annotide.model.util.SubmittedTasks;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Base class of every generated model object (the genmodel's rootExtendsClass). Besides the usual
 * adapter delivery, each notification is handed to the {@link ModelChangeListener} of the resource the
 * object lives in, so the project store sees every change, from commands, undo, redo or code alike.
 *
 * <p>Changes of a project that is recording (an open project store) are checked against {@link SubmittedTasks}
 * first: a change to a submitted task is taken back before adapters or the journal hear of it, and a
 * {@link SubmittedTasks.SubmittedTaskException} says why. That makes submitting final for every caller that
 * changes a project (commands, undo, redo, direct calls); models being loaded, replayed, copied or built
 * outside a project are not checked.
 */
public abstract class JournaledEObject extends MinimalEObjectImpl.Container {

    /** Set while a refused change is taken back: its notifications go nowhere. */
    private static final ThreadLocal<Boolean> REVERTING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Override
    public boolean eNotificationRequired() {
        return super.eNotificationRequired() || changeListener() != null;
    }

    @Override
    public void eNotify(Notification notification) {
        if (REVERTING.get()) {
            return;
        }
        ModelChangeListener listener = changeListener();
        String refusal = listener == null ? null : SubmittedTasks.refusal(notification);
        if (refusal != null) {
            REVERTING.set(Boolean.TRUE);
            try {
                SubmittedTasks.revert(notification);
            } finally {
                REVERTING.set(Boolean.FALSE);
            }
            throw new SubmittedTasks.SubmittedTaskException(refusal);
        }
        super.eNotify(notification);
        if (listener != null) {
            listener.modelChanged(notification);
        }
    }

    private ModelChangeListener changeListener() {
        Resource.Internal resource = eInternalResource();
        return resource instanceof ModelChangeListener.Host host ? host.modelChangeListener() : null;
    }
}
