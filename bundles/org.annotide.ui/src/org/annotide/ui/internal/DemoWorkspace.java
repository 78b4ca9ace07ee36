package org.annotide.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.core.demo.DemoProjectGenerator;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;

/** On the very first start (an empty workspace), generates and opens the demo project. */
final class DemoWorkspace {

    static final String DEMO_NAME = "Demo";

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
                DemoProjectGenerator.generate(folder, DEMO_NAME);
            }
            WorkspaceProjects.link(folder, new NullProgressMonitor());
        } catch (IOException | CoreException | RuntimeException e) {
            ILog.of(DemoWorkspace.class).error("The demo project could not be created in " + folder, e);
        }
    }
}
