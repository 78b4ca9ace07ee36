package org.annotide.ui.internal.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.TrainingSet;
import org.annotide.ui.ProjectService;
import org.annotide.ui.internal.ModelWatcher;
import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * The explorer's tree straight from the model: projects, then Images (with their tiles), Label Classes
 * and Training Sets (with their tiles). Annotations stay out: an image may hold a million.
 * <p>
 * Model changes update only what they touch (see {@link ExplorerChange}); an annotation edit costs nothing
 * here. Workspace changes refresh the tree only when projects come, go, open, close or change their
 * description: the problem markers a failed opening writes do not, or a project that cannot be opened
 * would be tried again and again.
 */
public final class ProjectContentProvider implements ITreeContentProvider, ProjectService.Listener {

    private static final Set<EReference> WATCHED = Set.of(AnnotidePackage.Literals.PROJECT__IMAGES,
            AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, AnnotidePackage.Literals.PROJECT__TRAINING_SETS,
            AnnotidePackage.Literals.IMAGE_ASSET__TILES);

    private final IResourceChangeListener workspaceListener = event -> {
        if (changesProjects(event.getDelta())) {
            refreshAll();
        }
    };
    private final Map<IProject, ModelWatcher> watchers = new HashMap<>();
    private StructuredViewer viewer;

    // Changes waiting for the UI thread, coalesced: an import adds thousands of objects in one command.
    private final Object pendingLock = new Object();
    private final Set<Object> pendingLabels = new LinkedHashSet<>();
    private final Set<Object> pendingChildren = new LinkedHashSet<>();
    private boolean pendingAll;
    private boolean flushQueued;

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        if (viewer == null && newViewer instanceof StructuredViewer structured) {
            viewer = structured;
            ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener,
                    IResourceChangeEvent.POST_CHANGE);
            ProjectService projects = projects();
            projects.addListener(this);
            for (ProjectStore store : projects.openStores()) {
                IProject project = projects.project(store);
                if (project != null) {
                    opened(project, store);
                }
            }
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
            return ModelFolder.FEATURES.stream().map(feature -> ModelFolder.of(project, root, feature)).toArray();
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

    /** The parent an element is revealed under; a tile's is its image, though training sets list it too. */
    @Override
    public Object getParent(Object element) {
        if (element instanceof ModelFolder folder) {
            return folder.project();
        }
        if (element instanceof ProblemNode problem) {
            return problem.project();
        }
        if (element instanceof IProject project) {
            return project.getWorkspace().getRoot();
        }
        if (element instanceof EObject object && object.eContainer() instanceof EObject container) {
            if (container instanceof Project project) {
                IProject owner = workspaceProject(project);
                return owner == null ? null : ModelFolder.of(owner, project, object.eContainmentFeature());
            }
            return container;
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

    /**
     * Watches the opened project's model from the UI thread: a store opened by a background job is the UI thread's
     * as soon as it is open, and two threads must not add adapters to one object at once.
     */
    @Override
    public void opened(IProject project, ProjectStore store) {
        Control control = viewer == null ? null : viewer.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        if (control.getDisplay().getThread() != Thread.currentThread()) {
            control.getDisplay().asyncExec(() -> {
                if (!store.isClosed()) {
                    opened(project, store);
                }
            });
            return;
        }
        ModelWatcher watcher = new ModelWatcher(store.project(), WATCHED, this::modelChanged);
        ModelWatcher previous;
        synchronized (watchers) {
            previous = watchers.put(project, watcher);
        }
        if (previous != null) {
            previous.stop();
        }
        watcher.start();
        schedule(ExplorerChange.Kind.CHILDREN, project);
    }

    @Override
    public void closed(IProject project) {
        ModelWatcher watcher;
        synchronized (watchers) {
            watcher = watchers.remove(project);
        }
        if (watcher != null) {
            watcher.stop();
        }
        refreshAll();
    }

    private void modelChanged(Notification notification) {
        ExplorerChange change = ExplorerChange.of(notification, ProjectContentProvider::workspaceProject);
        if (change.kind() != ExplorerChange.Kind.NONE) {
            schedule(change.kind(), change.element());
        }
    }

    /**
     * True when a workspace change adds, removes, opens, closes or redescribes a project: what the explorer
     * lists. Marker changes (problem reports) and changes of files inside projects are not.
     */
    static boolean changesProjects(IResourceDelta delta) {
        if (delta == null) {
            return true;
        }
        for (IResourceDelta project : delta.getAffectedChildren()) {
            if (project.getKind() != IResourceDelta.CHANGED
                    || (project.getFlags() & ~IResourceDelta.MARKERS) != 0) {
                return true;
            }
        }
        return false;
    }

    private void refreshAll() {
        schedule(null, null);
    }

    /** Queues an update (kind LABEL), a refresh of one element (CHILDREN) or of everything (null). */
    private void schedule(ExplorerChange.Kind kind, Object element) {
        Control control = viewer == null ? null : viewer.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        synchronized (pendingLock) {
            if (kind == null) {
                pendingAll = true;
            } else if (kind == ExplorerChange.Kind.LABEL) {
                pendingLabels.add(element);
            } else {
                pendingChildren.add(element);
            }
            if (flushQueued) {
                return;
            }
            flushQueued = true;
        }
        control.getDisplay().asyncExec(this::flush);
    }

    private void flush() {
        boolean all;
        List<Object> labels;
        List<Object> children;
        synchronized (pendingLock) {
            all = pendingAll;
            labels = new ArrayList<>(pendingLabels);
            children = new ArrayList<>(pendingChildren);
            pendingAll = false;
            pendingLabels.clear();
            pendingChildren.clear();
            flushQueued = false;
        }
        StructuredViewer current = viewer;
        if (current == null || current.getControl().isDisposed()) {
            return;
        }
        if (all) {
            current.refresh();
            return;
        }
        children.forEach(current::refresh);
        labels.removeAll(children);
        if (!labels.isEmpty()) {
            current.update(labels.toArray(), null);
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        ProjectService projects = projects();
        if (projects != null) {
            projects.removeListener(this);
        }
        List<ModelWatcher> stopping;
        synchronized (watchers) {
            stopping = new ArrayList<>(watchers.values());
            watchers.clear();
        }
        stopping.forEach(ModelWatcher::stop);
        viewer = null;
    }

    private static IProject workspaceProject(Project project) {
        ProjectStore store = ProjectStore.of(project);
        return store == null ? null : projects().project(store);
    }

    private static ProjectService projects() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }
}
