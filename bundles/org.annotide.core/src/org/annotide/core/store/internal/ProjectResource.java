package org.annotide.core.store.internal;

import org.annotide.model.util.ModelChangeListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/** The resource holding a project's model; its objects report their changes to the journal. */
public final class ProjectResource extends ResourceImpl implements ModelChangeListener.Host {

    private ModelChangeListener listener;
    private Object owner;

    public ProjectResource(URI uri) {
        super(uri);
    }

    @Override
    public ModelChangeListener modelChangeListener() {
        return listener;
    }

    /** The store that keeps this resource (typed Object to keep the internal package free of the API). */
    public Object owner() {
        return owner;
    }

    public void setOwner(Object owner) {
        this.owner = owner;
    }

    void setModelChangeListener(ModelChangeListener listener) {
        this.listener = listener;
    }
}
