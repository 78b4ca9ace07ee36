package org.annotide.core.store.internal;

import org.annotide.model.util.ModelChangeListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/** The resource holding a project's model; its objects report their changes to the journal. */
public final class ProjectResource extends ResourceImpl implements ModelChangeListener.Host {

    private ModelChangeListener listener;

    public ProjectResource(URI uri) {
        super(uri);
    }

    @Override
    public ModelChangeListener modelChangeListener() {
        return listener;
    }

    void setModelChangeListener(ModelChangeListener listener) {
        this.listener = listener;
    }
}
