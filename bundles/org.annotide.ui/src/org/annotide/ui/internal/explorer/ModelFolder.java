package org.annotide.ui.internal.explorer;

import java.util.List;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A group under a project in the explorer: its images, its label classes or its training sets. A value:
 * two folders of the same project and feature are equal, so any part can name one (to reveal or refresh it).
 */
public record ModelFolder(IProject project, Project model, EReference feature, String label) implements IAdaptable {

    /** The features the explorer shows as folders, in their order under a project. */
    static final List<EReference> FEATURES = List.of(AnnotidePackage.Literals.PROJECT__IMAGES,
            AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, AnnotidePackage.Literals.PROJECT__TRAINING_SETS);

    /** The folder listing the feature's objects, or null for a feature the explorer does not show. */
    public static ModelFolder of(IProject project, Project model, EReference feature) {
        String label = feature == AnnotidePackage.Literals.PROJECT__IMAGES ? "Images"
                : feature == AnnotidePackage.Literals.PROJECT__LABEL_CLASSES ? "Label Classes"
                : feature == AnnotidePackage.Literals.PROJECT__TRAINING_SETS ? "Training Sets" : null;
        return label == null ? null : new ModelFolder(project, model, feature, label);
    }

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
