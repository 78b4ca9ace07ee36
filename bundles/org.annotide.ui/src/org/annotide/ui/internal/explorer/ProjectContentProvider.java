package org.annotide.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.TrainingSet;
import org.annotide.ui.ProjectService;
import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * The explorer's tree straight from the model: projects, then Images (with their tiles), Label Classes
 * and Training Sets (with their tiles). Annotations stay out: an image may hold a million.
 * Model changes refresh the tree through the item providers' change notifications.
 */
public final class ProjectContentProvider implements ITreeContentProvider, INotifyChangedListener,
        ProjectService.Listener {

    private final AnnotidePackage model = AnnotidePackage.eINSTANCE;
    private final IResourceChangeListener workspaceListener = event -> refreshAll();
    private StructuredViewer viewer;
    private boolean refreshQueued;

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        if (viewer == null && newViewer instanceof StructuredViewer structured) {
            viewer = structured;
            ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener,
                    IResourceChangeEvent.POST_CHANGE);
            projects().addListener(this);
            projects().openStores().forEach(store -> store.adapterFactory().addListener(this));
        }
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IWorkspaceRoot root) {
            List<IProject> annotide = new ArrayList<>();
            for (IProject project : root.getProjects()) {
                if (WorkspaceProjects.isAnnotideProject(project)) {
                    annotide.add(project);
                }
            }
            return annotide.toArray();
        }
        if (parent instanceof IProject project) {
            ProjectStore store;
            try {
                store = projects().store(project);
            } catch (StoreException e) {
                return new Object[] {new ProblemNode(project, e.getMessage())};
            }
            Project root = store.project();
            return new Object[] {new ModelFolder(project, root, model.getProject_Images(), "Images"),
                new ModelFolder(project, root, model.getProject_LabelClasses(), "Label Classes"),
                new ModelFolder(project, root, model.getProject_TrainingSets(), "Training Sets")};
        }
        if (parent instanceof ModelFolder folder) {
            return folder.children().toArray();
        }
        if (parent instanceof ImageAsset image) {
            return image.getTiles().toArray();
        }
        if (parent instanceof TrainingSet set) {
            return set.getTiles().toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof EObject object && object.eContainer() instanceof EObject container) {
            return container instanceof Project ? null : container;
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof IWorkspaceRoot || element instanceof IProject || element instanceof ModelFolder) {
            return true;
        }
        if (element instanceof ImageAsset image) {
            return !image.getTiles().isEmpty();
        }
        return element instanceof TrainingSet set && !set.getTiles().isEmpty();
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.isTouch()) {
            return;
        }
        refreshAll();
    }

    @Override
    public void opened(IProject project, ProjectStore store) {
        store.adapterFactory().addListener(this);
    }

    @Override
    public void closed(IProject project) {
        refreshAll();
    }

    /** Coalesces bursts of changes (an import adds thousands of objects) into one refresh. */
    private void refreshAll() {
        if (viewer == null) {
            return;
        }
        Control control = viewer.getControl();
        if (control == null || control.isDisposed() || refreshQueued) {
            return;
        }
        refreshQueued = true;
        control.getDisplay().asyncExec(() -> {
            refreshQueued = false;
            if (!control.isDisposed()) {
                viewer.refresh();
            }
        });
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        ProjectService projects = projects();
        if (projects != null) {
            projects.removeListener(this);
            projects.openStores().forEach(store -> store.adapterFactory().removeListener(this));
        }
        viewer = null;
    }

    private static ProjectService projects() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }
}
