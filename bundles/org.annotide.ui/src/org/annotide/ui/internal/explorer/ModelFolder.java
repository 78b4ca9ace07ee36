package org.annotide.ui.internal.explorer;

import java.util.List;

import org.annotide.model.Project;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** A group under a project in the explorer: its images, its label classes or its training sets. */
public record ModelFolder(IProject project, Project model, EReference feature, String label) implements IAdaptable {

    public List<?> children() {
        return (List<?>) model.eGet(feature);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IProject.class) {
            return adapter.cast(project);
        }
        if (adapter == EObject.class || adapter == Project.class) {
            return adapter.cast(model);
        }
        return null;
    }
}
