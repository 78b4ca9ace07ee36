package org.annotide.model.util;

import org.eclipse.emf.common.notify.Notification;

/**
 * Receives every change made to any object of a resource that hosts it. The project store uses it to
 * journal changes without attaching an adapter to each of a million objects.
 */
@FunctionalInterface
public interface ModelChangeListener {

    void modelChanged(Notification notification);

    /** Implemented by a resource whose objects report their changes to a listener. */
    interface Host {
        /** @return the listener, or null while changes are not to be reported (loading, replay) */
        ModelChangeListener modelChangeListener();
    }
}
