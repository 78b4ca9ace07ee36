package org.annotide.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Problems;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IOpenListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.OpenEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Opening a problem (double-click or Enter in the Problems view) shows what it is about: a marker that names an
 * image of the project ({@link Problems#IMAGE}) opens the annotation editor on it, with the annotation
 * ({@link Problems#ANNOTATION}) selected and in view. The Problems view itself only knows how to open text
 * files, and our markers sit on the project; so this listens to the view's viewer and runs the Open command on
 * the editor through its input factory (as a restart restores it), selecting the annotation.
 */
final class ProblemOpener implements IOpenListener {

    private final IWorkbenchWindow window;
    private final List<StructuredViewer> hooked = new ArrayList<>();

    private ProblemOpener(IWorkbenchWindow window) {
        this.window = window;
    }

    /** Hooks the window's Problems view now and whenever it opens again. */
    static void install(IWorkbenchWindow window) {
        ProblemOpener opener = new ProblemOpener(window);
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        for (IViewReference reference : page.getViewReferences()) {
            opener.hook(reference);
        }
        page.addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference reference) {
                opener.hook(reference);
            }

            @Override
            public void partVisible(IWorkbenchPartReference reference) {
                opener.hook(reference);
            }
        });
    }

    private void hook(IWorkbenchPartReference reference) {
        if (!IPageLayout.ID_PROBLEM_VIEW.equals(reference.getId())) {
            return;
        }
        IWorkbenchPart part = reference.getPart(false);
        if (part == null || !(part.getSite().getSelectionProvider() instanceof StructuredViewer viewer)
                || hooked.contains(viewer)) {
            return;
        }
        hooked.add(viewer);
        viewer.addOpenListener(this);
        viewer.getControl().addDisposeListener(e -> hooked.remove(viewer));
    }

    @Override
    public void open(OpenEvent event) {
        if (!(event.getSelection() instanceof IStructuredSelection selection)) {
            return;
        }
        List<Object> targets = new ArrayList<>();
        for (Object element : selection) {
            IMarker marker = Adapters.adapt(element, IMarker.class);
            Object target = marker == null ? null : target(marker);
            if (target != null) {
                targets.add(target);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        // after the view's own handling (it reveals the marker's project in the explorer), so the editor ends up active
        window.getShell().getDisplay().asyncExec(() -> openAll(targets));
    }

    /** The annotation, or else the image, the marker is about; null when it names neither or they are gone. */
    static Object target(IMarker marker) {
        String imageId = marker.getAttribute(Problems.IMAGE, null);
        if (imageId == null || !(marker.getResource() instanceof IProject project) || !project.isOpen()) {
            return null;
        }
        ProjectStore store;
        try {
            store = window().getService(ProjectService.class).store(project);
        } catch (StoreException e) {
            return null;
        }
        ImageAsset image = store.project().getImages().stream().filter(i -> imageId.equals(i.getId())).findFirst()
                .orElse(null);
        if (image == null) {
            return null;
        }
        String annotationId = marker.getAttribute(Problems.ANNOTATION, null);
        if (annotationId != null) {
            for (Annotation annotation : image.getAnnotations()) {
                if (annotationId.equals(Long.toString(annotation.getId()))) {
                    return annotation;
                }
            }
        }
        return image;
    }

    private static org.eclipse.ui.IWorkbench window() {
        return org.eclipse.ui.PlatformUI.getWorkbench();
    }

    /**
     * Opens the annotation editor on each target's image through the editor's own input factory (the one that
     * restores editors at start), named in plugin.xml, so this bundle needs no code of the editor's; then selects
     * the annotation through the editor's selection provider.
     */
    private void openAll(List<Object> targets) {
        IWorkbenchPage page = window.getActivePage();
        org.eclipse.ui.IElementFactory factory = window.getWorkbench().getElementFactory(INPUT_FACTORY);
        if (page == null || factory == null) {
            return;
        }
        for (Object target : targets) {
            ImageAsset image = target instanceof Annotation annotation ? (ImageAsset) annotation.eContainer()
                    : (ImageAsset) target;
            ProjectStore store = ProjectStore.of(image);
            if (store == null) {
                continue;
            }
            org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("input");
            memento.putString("folder", store.folder().toAbsolutePath().toString());
            IProject project = window.getWorkbench().getService(ProjectService.class).project(store);
            if (project != null) {
                memento.putString("project", project.getName());
            }
            memento.putString("image", image.getId());
            if (image.getLocation() != null) {
                memento.putString("location", image.getLocation());
            }
            memento.putString("name", image.getName());
            try {
                if (factory.createElement(memento) instanceof org.eclipse.ui.IEditorInput input) {
                    org.eclipse.ui.IEditorPart editor = page.openEditor(input, EDITOR_ID, true,
                            org.eclipse.ui.IWorkbenchPage.MATCH_INPUT | org.eclipse.ui.IWorkbenchPage.MATCH_ID);
                    if (target instanceof Annotation && editor != null
                            && editor.getSite().getSelectionProvider() != null) {
                        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(target));
                    }
                }
            } catch (org.eclipse.ui.PartInitException e) {
                ILog.of(ProblemOpener.class).warn("The problem's image could not be opened: " + e.getMessage());
            }
        }
    }

    /** The annotation editor and its input factory (org.annotide.ui.editor's plugin.xml). */
    private static final String EDITOR_ID = "org.annotide.ui.editor";
    private static final String INPUT_FACTORY = "org.annotide.ui.editor.inputFactory";
}
