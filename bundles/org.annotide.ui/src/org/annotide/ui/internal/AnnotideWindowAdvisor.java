package org.annotide.ui.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title (naming the project and image worked on), size, status line with progress. */
final class AnnotideWindowAdvisor extends WorkbenchWindowAdvisor {

    AnnotideWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new AnnotideActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 960));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle(WindowTitle.APPLICATION);
    }

    /**
     * The window's parts and the view descriptors exist now (on a first start the perspective has just made them from
     * descriptors that did not exist at preStartup): their SVG icons become PNG too, see {@link PngIcons}.
     */
    @Override
    public void postWindowCreate() {
        MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
        if (application != null) {
            PngIcons.preferPng(application);
        }
    }

    /** The title follows the project and image worked on. */
    @Override
    public void postWindowOpen() {
        new WindowTitle(getWindowConfigurer()).install();
        ProblemOpener.install(getWindowConfigurer().getWindow());
    }
}
