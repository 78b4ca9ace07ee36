package org.annotide.ui.internal;

import java.io.File;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Annotide rich client: a workspace of annotation projects. */
public final class AnnotideApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        try {
            Location workspace = Platform.getInstanceLocation();
            if (!workspace.isSet()) {
                File folder = new File(System.getProperty("user.home"), "annotide-workspace");
                workspace.set(new URL("file", null, folder.getAbsolutePath() + "/"), false);
            }
            // lock() alone: isLocked() is also true when another process holds the lock, which let a second
            // Annotide open the same workspace (and the same project folders) beside the first
            if (!workspace.lock()) {
                MessageDialog.openError(null, "Annotide", "The workspace " + workspace.getURL().getFile()
                        + " is in use by another Annotide. Close it, or start with -data FOLDER.");
                return EXIT_OK;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new AnnotideWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
