package org.annotide.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PlatformUI;

/** What a selection means for Annotide: its model objects of one type, and the project they belong to. */
public final class Selections {

    private Selections() {
    }

    public static <T> List<T> elements(ISelection selection, Class<T> type) {
        List<T> result = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                Object adapted = element;
                if (!type.isInstance(adapted) && element instanceof org.eclipse.core.runtime.IAdaptable adaptable) {
                    adapted = adaptable.getAdapter(type);
                }
                if (type.isInstance(adapted)) {
                    result.add(type.cast(adapted));
                }
            }
        }
        return result;
    }

    /** The one open store all the objects belong to; null when there are none, or they are detached or of several projects. */
    public static ProjectStore commonStore(Collection<? extends EObject> objects) {
        ProjectStore common = null;
        for (EObject object : objects) {
            ProjectStore store = ProjectStore.of(object);
            if (store == null || common != null && store != common) {
                return null;
            }
            common = store;
        }
        return common;
    }

    /** The store of the first selected model object (of a project still open) or Annotide workspace project, or null. */
    public static ProjectStore store(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)) {
            return null;
        }
        for (Object element : structured) {
            ProjectStore store = element instanceof EObject object ? ProjectStore.of(object) : null;
            if (store != null && !store.isClosed()) {
                return store;
            }
            IProject project = element instanceof IProject p ? p
                    : element instanceof org.eclipse.core.runtime.IAdaptable a ? a.getAdapter(IProject.class) : null;
            if (project != null) {
                ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
                if (projects != null && projects.isOpen(project)) {
                    return projects.store(project);
                }
            }
        }
        return null;
    }
}
