package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.ui.AnnotideUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tile Image offers size, overlap and the edge policy, says how many tiles that gives, and tiles on Enter. */
class TileImageTest {

    @TempDir
    Path temp;

    @Test
    void theDialogShowsTheEdgePolicyAndTheTileCount() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("tiles"), "u14 tiles", 1));
        try {
            Workbench.freshExplorer();
            TreeItem item = Workbench.explorerItem("u14 tiles", "Images", "u14 tiles-0.png");
            Workbench.click(item, 0);
            ImageAsset image = (ImageAsset) item.getData();
            IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
            Workbench.page().activate(explorer);

            Dialogs.Seen dialog = Dialogs.answer("Tile Image");
            explorer.getSite().getService(IHandlerService.class).executeCommand("org.annotide.ui.commands.tileImage", null);
            String text = dialog.await().text();
            assertTrue(text.contains("Tile size") && text.contains("Overlap"), text);
            assertTrue(text.contains("Shift: every tile full size") && text.contains("Clip: tiles stay on the grid"), text);
            assertTrue(text.contains("1 tile(s) for 200 x 100 px"), text);

            Tile tile = Workbench.waitFor("the image tiled", () -> image.getTiles().size() == 1 ? image.getTiles().get(0) : null);
            assertEquals(200, tile.getWidth(), "an image smaller than a tile gets one tile of its size");
        } finally {
            TestProjects.remove(project);
        }
    }
}
