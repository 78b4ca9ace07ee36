package org.annotide.ui.internal.help;

import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * Annotide's help system (the {@code org.eclipse.ui.helpSupport} extension): Help > Contents, F1 (the page about
 * the active part), Help > Search and Ctrl+3's "Search in Help" open the {@link UserGuideView}, offline, without
 * Eclipse's help web application.
 */
public final class AnnotideHelpUI extends AbstractHelpUI {

    @Override
    public void displayHelp() {
        view();
    }

    @Override
    public void displaySearch() {
        UserGuideView view = view();
        if (view != null) {
            view.setFocus();
        }
    }

    @Override
    public void search(String expression) {
        UserGuideView view = view();
        if (view != null) {
            view.search(expression);
        }
    }

    /** F1: the page about what the user works in (the editor's keys in the editor). */
    @Override
    public void displayDynamicHelp() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActivePart();
        UserGuideView view = view();
        if (view != null && part != null && part.getSite().getId().startsWith("org.annotide.ui.editor")) {
            view.showFile("editor.md");
        }
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        displayDynamicHelp();
    }

    @Override
    public void displayHelpResource(String href) {
        UserGuideView view = view();
        if (view != null && href != null) {
            view.showFile(href.substring(href.lastIndexOf('/') + 1));
        }
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }

    private static UserGuideView view() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            return (UserGuideView) page.showView(UserGuideView.ID);
        } catch (PartInitException e) {
            return null;
        }
    }
}
