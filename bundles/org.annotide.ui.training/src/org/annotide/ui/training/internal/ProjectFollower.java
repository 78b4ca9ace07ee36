package org.annotide.ui.training.internal;

import java.util.List;
import java.util.function.Consumer;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.ImageAsset;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Selections;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;

/**
 * Finds the project a view shows as the Training Sets view does: the project of what is selected in the Project
 * Explorer or any other part (a project, image, tile...), else the project of the active editor. Also remembers
 * the images selected last, for Predict.
 */
final class ProjectFollower implements ISelectionListener {

    private final IViewPart view;
    private final Consumer<ProjectStore> onChange;
    private ProjectStore store;
    private List<ImageAsset> lastImages = List.of();

    private final IPartListener2 editorFollower = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference instanceof IEditorReference && reference.getPart(false) != null) {
                follow(reference.getPart(false));
            }
        }
    };

    private final ProjectService.Listener closing = new ProjectService.Listener() {
        @Override
        public void opened(IProject project, ProjectStore opened) {
        }

        @Override
        public void closed(IProject project) {
            if (store != null && store.isClosed()) {
                set(null);
            }
        }
    };

    ProjectFollower(IViewPart view, Consumer<ProjectStore> onChange) {
        this.view = view;
        this.onChange = onChange;
    }

    void start() {
        projects().addListener(closing);
        ISelectionService selections = view.getSite().getWorkbenchWindow().getSelectionService();
        selections.addPostSelectionListener(this);
        selections.addPostSelectionListener(AnnotideUi.EXPLORER_VIEW_ID, this);
        view.getSite().getPage().addPartListener(editorFollower);
        selectionChanged(null, selections.getSelection());
        if (store == null) {
            selectionChanged(null, selections.getSelection(AnnotideUi.EXPLORER_VIEW_ID));
        }
        if (store == null && view.getSite().getPage().getActiveEditor() != null) {
            follow(view.getSite().getPage().getActiveEditor());
        }
    }

    void stop() {
        ISelectionService selections = view.getSite().getWorkbenchWindow().getSelectionService();
        selections.removePostSelectionListener(this);
        selections.removePostSelectionListener(AnnotideUi.EXPLORER_VIEW_ID, this);
        view.getSite().getPage().removePartListener(editorFollower);
        ProjectService projects = projects();
        if (projects != null) {
            projects.removeListener(closing);
        }
    }

    ProjectStore store() {
        return store != null && store.isClosed() ? null : store;
    }

    /** The images of the shown project selected last in another part (for Predict). */
    List<ImageAsset> lastImages() {
        return lastImages.stream().filter(i -> store != null && ProjectStore.of(i) == store).toList();
    }

    private void follow(IWorkbenchPart editor) {
        ProjectStore edited = Adapters.adapt(editor, ProjectStore.class);
        if (edited != null && projects().project(edited) != null && edited != store) {
            set(edited);
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == view || selection == null) {
            return;
        }
        ProjectStore selected = Selections.store(selection);
        if (selected == null) {
            IProject project = Selections.elements(selection, IProject.class).stream().filter(p -> {
                try {
                    return p.isOpen() && p.hasNature(AnnotideUi.PROJECT_NATURE_ID);
                } catch (CoreException e) {
                    return false;
                }
            }).findFirst().orElse(null);
            if (project != null) {
                try {
                    selected = projects().store(project);
                } catch (StoreException e) {
                    selected = null; // the explorer says why
                }
            }
        }
        if (selected != null && selected != store && projects().project(selected) != null) {
            set(selected);
        }
        List<ImageAsset> images = Selections.elements(selection, ImageAsset.class);
        if (!images.isEmpty()) {
            lastImages = images;
        }
    }

    private void set(ProjectStore next) {
        store = next;
        onChange.accept(next);
    }

    static ProjectService projects() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }
}
