package org.annotide.ui.internal;

import org.eclipse.swt.graphics.Point;
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

    /** The title follows the project and image worked on. */
    @Override
    public void postWindowOpen() {
        new WindowTitle(getWindowConfigurer()).install();
        ProblemOpener.install(getWindowConfigurer().getWindow());
    }
}
