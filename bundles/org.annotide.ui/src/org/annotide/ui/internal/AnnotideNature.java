package org.annotide.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;

/** Marks a workspace project whose folder is an Annotide project (it has an annotide.project file). */
public final class AnnotideNature implements IProjectNature {

    private IProject project;

    @Override
    public void configure() {
        // no builders: the project store keeps itself durable
    }

    @Override
    public void deconfigure() {
        // nothing was configured
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
