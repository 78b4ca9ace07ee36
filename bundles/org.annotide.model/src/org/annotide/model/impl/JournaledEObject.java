package org.annotide.model.impl;

import org.annotide.model.util.ModelChangeListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Base class of every generated model object (the genmodel's rootExtendsClass). Besides the usual
 * adapter delivery, each notification is handed to the {@link ModelChangeListener} of the resource the
 * object lives in, so the project store sees every change, from commands, undo, redo or code alike.
 */
public abstract class JournaledEObject extends MinimalEObjectImpl.Container {

    @Override
    public boolean eNotificationRequired() {
        return super.eNotificationRequired() || changeListener() != null;
    }

    @Override
    public void eNotify(Notification notification) {
        super.eNotify(notification);
        ModelChangeListener listener = changeListener();
        if (listener != null) {
            listener.modelChanged(notification);
        }
    }

    private ModelChangeListener changeListener() {
        Resource.Internal resource = eInternalResource();
        return resource instanceof ModelChangeListener.Host host ? host.modelChangeListener() : null;
    }
}
