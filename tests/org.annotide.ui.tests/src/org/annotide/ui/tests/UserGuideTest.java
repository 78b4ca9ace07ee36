package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.internal.help.UserGuideView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Help works offline: F1 and Help > Contents open the user guide (the project's docs, shipped in the product),
 * and Ctrl+3's "Search in Help" finds the pages that mention the words instead of doing nothing.
 */
class UserGuideTest {

    @AfterEach
    void closeGuide() {
        IWorkbenchPage page = Workbench.page();
        if (page.findView(UserGuideView.ID) != null) {
            page.hideView(page.findView(UserGuideView.ID));
        }
    }

    @Test
    void f1OpensTheUserGuideAndSearchFindsPages() {
        assertTrue(PlatformUI.getWorkbench().getHelpSystem().hasHelpUI(), "a help system is installed");
        Input.focus(Workbench.freshExplorer());
        Input.keyCode(SWT.F1);
        UserGuideView view = Workbench.waitFor("the user guide", () -> (UserGuideView) Workbench.page()
                .findView(UserGuideView.ID));
        org.eclipse.swt.widgets.List pages = Widgets.byRole(view.getSite().getShell(),
                org.eclipse.swt.widgets.List.class, "guide-pages");
        List<String> titles = Arrays.asList(pages.getItems());
        assertTrue(titles.size() >= 5, "the docs are shipped: " + titles);
        assertFalse(view.pageText().isEmpty());

        PlatformUI.getWorkbench().getHelpSystem().search("brush radius");
        Spin.until("pages about the brush", () -> pages.getItemCount() > 0 && pages.getItemCount() < titles.size());
        String text = view.pageText().toLowerCase();
        assertTrue(text.contains("brush") && text.contains("radius"), text.substring(0, Math.min(200, text.length())));
        StyledText page = Widgets.byRole(view.getSite().getShell(), StyledText.class, "guide-page");
        assertTrue(Arrays.stream(page.getStyleRanges()).anyMatch(r -> r.background != null), "the words highlighted");
        Workbench.screenshot("user-guide-search");

        // typed as a user types: the space before the second word stays where it was typed
        Text field = Widgets.byRole(view.getSite().getShell(), Text.class, "guide-search");
        Input.focus(field);
        field.setText("");
        Input.type("frame p95");
        Spin.until("the field holds what was typed", () -> field.getText().equals("frame p95"));
        String framePages = view.pageText().toLowerCase();
        assertTrue(framePages.contains("frame") && framePages.contains("p95"), framePages.substring(0, Math.min(200,
                framePages.length())));

        PlatformUI.getWorkbench().getHelpSystem().search("no such word zqxj");
        Spin.until("nothing found", () -> pages.getItemCount() == 0);
        assertTrue(view.pageText().startsWith("Nothing in the user guide"), view.pageText());
    }
}
