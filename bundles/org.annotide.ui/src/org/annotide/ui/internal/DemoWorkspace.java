package org.annotide.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.core.store.DemoProjectService;
import org.annotide.core.store.ProjectStore;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * On the very first start (an empty workspace), generates and opens the demo project. The generator is the
 * {@link DemoProjectService} of org.annotide.perf, asked for here so that the workbench does not depend on
 * that bundle: without it, the workspace simply starts empty.
 */
final class DemoWorkspace {

    static final String DEMO_NAME = "Demo";
    /** How long to wait for the demo service at the first start (Declarative Services registers it at start-up). */
    private static final long SERVICE_WAIT_MS = 5000;
    private static boolean createdNow;

    private DemoWorkspace() {
    }

    static void ensureDemoProject() {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        if (root.getProjects().length > 0 || Boolean.getBoolean("annotide.noDemo")) {
            return;
        }
        Path folder = root.getLocation().toPath().resolve(DEMO_NAME);
        try {
            if (!Files.exists(folder.resolve("annotide.project"))) {
                if (!generate(folder)) {
                    ILog.of(DemoWorkspace.class).info("No demo project: no bundle provides " + DemoProjectService.class.getName());
                    return;
                }
            }
            WorkspaceProjects.link(folder, new NullProgressMonitor());
            createdNow = true;
        } catch (IOException | CoreException | RuntimeException e) {
            ILog.of(DemoWorkspace.class).error("The demo project could not be created in " + folder, e);
        }
    }

    /** Generates the demo through the service; false when no bundle provides one. */
    private static boolean generate(Path folder) throws IOException {
        var context = FrameworkUtil.getBundle(DemoWorkspace.class).getBundleContext();
        ServiceTracker<DemoProjectService, DemoProjectService> tracker = new ServiceTracker<>(context,
                DemoProjectService.class, null);
        tracker.open();
        try {
            DemoProjectService generator = tracker.waitForService(SERVICE_WAIT_MS);
            if (generator == null) {
                return false;
            }
            generator.generate(folder, DEMO_NAME);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            tracker.close();
        }
    }

    /**
     * On the start that created the demo, shows it: the project unfolded in the explorer and its first image
     * opened, so a newcomer sees a populated workbench.
     */
    static void showDemoIfNew(IWorkbenchWindow window) {
        if (!createdNow || window == null) {
            return;
        }
        createdNow = false;
        IWorkbenchPage page = window.getActivePage();
        IProject demo = ResourcesPlugin.getWorkspace().getRoot().getProject(DEMO_NAME);
        if (page == null || !demo.isOpen() || !(page.findView(AnnotideUi.EXPLORER_VIEW_ID) instanceof CommonNavigator explorer)) {
            return;
        }
        try {
            ProjectStore store = window.getWorkbench().getService(ProjectService.class).store(demo);
            explorer.getCommonViewer().expandToLevel(demo, 2);
            if (store.project().getImages().isEmpty()) {
                return;
            }
            explorer.selectReveal(new StructuredSelection(store.project().getImages().get(0)));
            page.activate(explorer);
            explorer.getSite().getService(IHandlerService.class).executeCommand(AnnotideUi.OPEN_COMMAND_ID, null);
        } catch (Exception e) {
            ILog.of(DemoWorkspace.class).warn("The demo image could not be opened: " + e.getMessage());
        }
    }
}
