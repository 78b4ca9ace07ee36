package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.Test;

/**
 * The first thing a newcomer sees, driven with real mouse and keyboard input: the workbench is up in the
 * Annotide perspective, the demo project is in the Project Explorer, and clicking an image shows its
 * properties.
 */
class WorkbenchSmokeTest {

    @Test
    void theDemoProjectIsBrowsableAndAnImageShowsItsProperties() throws PartInitException {
        IWorkbenchPage page = Workbench.page();
        assertEquals(AnnotideUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertNotNull(page.findView(AnnotideUi.EXPLORER_VIEW_ID), "the Project Explorer is open");
        Tree tree = Workbench.explorerTree();

        TreeItem demo = Workbench.waitFor("the Demo project in the explorer", () -> Workbench.child(tree.getItems(), "Demo"));
        if (!demo.getExpanded()) {
            Workbench.expand(demo);
        }
        TreeItem images = Workbench.waitFor("the Images folder of Demo", () -> Workbench.child(demo.getItems(), "Images"));
        if (!images.getExpanded()) {
            Workbench.expand(images);
        }
        TreeItem first = Workbench.waitFor("the demo images", () -> images.getItemCount() > 0
                && images.getItem(0).getData() instanceof ImageAsset ? images.getItem(0) : null);
        ImageAsset image = (ImageAsset) first.getData();
        Workbench.click(first, 0);
        Workbench.waitFor("the image to be selected by the click",
                () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == first ? first : null);

        IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        Composite sheetParent = Workbench.waitFor("the Properties view's control",
                () -> properties.getSite().getShell());
        Tree sheet = Workbench.waitFor("the property tree", () -> Widgets.find(sheetParent, Tree.class,
                t -> t.isVisible() && t != tree && t.getColumnCount() == 2));
        List<String> rows = Workbench.waitFor("a Name row in the Properties view",
                () -> Workbench.rows(sheet).contains("Name=" + image.getName()) ? Workbench.rows(sheet) : null);
        assertTrue(rows.contains("Width=" + image.getWidth()), rows.toString());
        Workbench.screenshot("workbench-smoke");
    }
}
