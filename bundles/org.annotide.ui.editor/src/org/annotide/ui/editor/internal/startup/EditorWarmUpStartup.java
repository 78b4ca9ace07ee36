package org.annotide.ui.editor.internal.startup;

import java.util.concurrent.atomic.AtomicReference;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.editor.internal.EditorPlugin;
import org.annotide.ui.editor.internal.canvas.StartupProbe;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Once the workbench window is up (the platform calls {@link #earlyStartup()} on a background thread after the
 * first window opened), schedules the {@link FirstImageWarmUp} unless an annotation editor is already open (a
 * restored editor has done the warm-up's work itself) or {@code -Dannotide.warmup=off}, after asking the project service
 * to open the stores of the last session's projects in the background; cancels the warm-up when the
 * workbench shuts down. For the editor benchmark's {@code firstimage} mode it then opens the first image of the
 * workspace's first Annotide project and lets {@link StartupProbe} time it.
 */
public final class EditorWarmUpStartup implements IStartup {

    /** {@code -Dannotide.warmup=off} starts the workbench without the warm-up (the benchmark compares both). */
    public static final String PROPERTY = "annotide.warmup";

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        ProjectService projects = workbench.getService(ProjectService.class);
        if (projects != null) {
            // the projects of the last session recover and decode beside the warm-up, before the user opens one
            projects.reopenInBackground();
        }
        Display display = workbench.getDisplay();
        AtomicReference<FirstImageWarmUp> warmUp = new AtomicReference<>();
        display.syncExec(() -> warmUp.set(start(workbench)));
        if (StartupProbe.timesFirstImage()) {
            if (warmUp.get() != null) {
                try {
                    warmUp.get().join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                StartupProbe.report("workbench_warmup_ms", warmUp.get().runMillis());
            }
            display.asyncExec(() -> openFirstImage(workbench));
        }
    }

    /** On the UI thread: the warm-up when it is wanted; null when not. */
    public static FirstImageWarmUp start(IWorkbench workbench) {
        if ("off".equals(System.getProperty(PROPERTY)) || workbench.isClosing() || annotationEditorOpen(workbench)) {
            return null;
        }
        FirstImageWarmUp warmUp = new FirstImageWarmUp(workbench.getDisplay());
        workbench.addWorkbenchListener(new CancelOnShutdown());
        warmUp.schedule();
        return warmUp;
    }

    private static boolean annotationEditorOpen(IWorkbench workbench) {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (var reference : page.getEditorReferences()) {
                    if (AnnotationEditors.EDITOR_ID.equals(reference.getId())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Cancels a warm-up still running when the workbench closes, and waits for it to stop. */
    public static final class CancelOnShutdown implements IWorkbenchListener {

        @Override
        public boolean preShutdown(IWorkbench workbench, boolean forced) {
            Job.getJobManager().cancel(FirstImageWarmUp.FAMILY);
            return true;
        }

        @Override
        public void postShutdown(IWorkbench workbench) {
            // nothing left: the job stopped between its steps
        }
    }

    /**
     * The benchmark's first image: the first image of the first open Annotide project, opened and timed. The clock
     * starts before the project's store is asked for, as a user's first image starts with the project opened in the
     * Project Explorer: a store still opening (or not opened yet) on the UI thread is part of the figure.
     */
    private static void openFirstImage(IWorkbench workbench) {
        StartupProbe.openingImage();
        ImageAsset image = firstImage(workbench.getService(ProjectService.class));
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (image == null || window == null || window.getActivePage() == null) {
            System.err.println("firstimage: no Annotide project with an image in the workspace, or no window");
            workbench.close();
            return;
        }
        try {
            AnnotationEditors.open(window.getActivePage(), image);
        } catch (PartInitException e) {
            EditorPlugin.getDefault().getLog().error("firstimage: cannot open " + image.getName(), e);
            workbench.close();
        }
    }

    private static ImageAsset firstImage(ProjectService projects) {
        if (projects == null) {
            return null;
        }
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            try {
                if (project.isOpen() && project.hasNature(AnnotideUi.PROJECT_NATURE_ID)) {
                    ProjectStore store = projects.store(project);
                    if (store != null && !store.project().getImages().isEmpty()) {
                        return store.project().getImages().get(0);
                    }
                }
            } catch (CoreException | RuntimeException e) {
                // not readable, or its store does not open: try the next project
            }
        }
        return null;
    }
}
