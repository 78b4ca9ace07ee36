package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.annotide.model.ImageAsset;
import org.annotide.ui.AnnotideUi;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

/**
 * The first thing a newcomer sees, driven with real mouse events: the workbench is up in the Annotide
 * perspective, the demo project is in the Project Explorer, and clicking an image shows its properties.
 */
class WorkbenchSmokeTest {

    private final Display display = Display.getCurrent();

    @Test
    void theDemoProjectIsBrowsableAndAnImageShowsItsProperties() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(AnnotideUi.PERSPECTIVE_ID, page.getPerspective().getId());
        page.getWorkbenchWindow().getShell().setMaximized(true);
        IViewPart explorer = page.findView(AnnotideUi.EXPLORER_VIEW_ID);
        assertNotNull(explorer, "the Project Explorer is open");
        Tree tree = ((CommonNavigator) explorer).getCommonViewer().getTree();
        Events events = new Events(display);

        TreeItem demo = events.waitFor(() -> find(tree.getItems(), "Demo"), "the Demo project in the explorer");
        events.expand(demo);
        TreeItem images = events.waitFor(() -> find(demo.getItems(), "Images"), "the Images folder of Demo");
        events.expand(images);
        TreeItem first = events.waitFor(() -> images.getItemCount() > 0 && images.getItem(0).getData() instanceof ImageAsset
                ? images.getItem(0) : null, "the demo images");
        ImageAsset image = (ImageAsset) first.getData();
        events.click(first);
        events.waitFor(() -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == first ? first : null,
                "the image to be selected by the click");

        IViewPart properties = events.waitFor(() -> page.findView(IPageLayout.ID_PROP_SHEET), "the Properties view");
        page.activate(properties);
        Tree sheet = events.waitFor(() -> Events.descendant(properties, Tree.class), "the property tree");
        String row = events.waitFor(() -> Arrays.stream(Events.rows(sheet))
                .filter(r -> r.startsWith("Name=")).findFirst().orElse(null), "a Name row in the Properties view");
        assertEquals("Name=" + image.getName(), row);
        assertTrue(Arrays.stream(Events.rows(sheet)).anyMatch(r -> r.equals("Width=" + image.getWidth())),
                Arrays.toString(Events.rows(sheet)));
        events.screenshot("workbench-smoke");
    }

    private static TreeItem find(TreeItem[] items, String prefix) {
        return Arrays.stream(items).filter(i -> i.getText().startsWith(prefix)).findFirst().orElse(null);
    }
}
