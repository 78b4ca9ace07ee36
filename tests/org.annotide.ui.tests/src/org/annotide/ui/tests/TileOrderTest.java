package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.Selections;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: tiles were listed as text (0, 1, 10, 11, 2, ...), so a Shift-click from tile 2 to tile 5 took 10 and 11
 * along. They are listed by index, and a Shift-click range is the tiles between, in that order.
 */
class TileOrderTest {

    @TempDir
    Path temp;

    private IProject project;

    @AfterEach
    void removeProject() throws Exception {
        TestProjects.remove(project);
    }

    @Test
    void tilesAreListedByIndexAndShiftClickRangesFollowThatOrder() throws Exception {
        project = TestProjects.link(TestProjects.write(temp.resolve("order"), "u4 order", 1));
        ProjectStore store = TestProjects.service().store(project);
        ImageAsset image = store.project().getImages().get(0);
        List<Tile> more = new ArrayList<>();
        for (int t = 2; t < 12; t++) {
            Tile tile = AnnotideFactory.eINSTANCE.createTile();
            tile.setId(image.getId() + "-tile-" + t);
            tile.setTileIndex(t);
            tile.setColumn(t);
            tile.setWidth(10);
            tile.setHeight(10);
            more.add(tile);
        }
        store.commandStack().execute(AddCommand.create(store.editingDomain(), image,
                AnnotidePackage.Literals.IMAGE_ASSET__TILES, more));

        Workbench.freshExplorer();
        TreeItem imageItem = Workbench.explorerItem("u4 order", "Images", "u4 order-0.png");
        if (!imageItem.getExpanded()) {
            Workbench.expand(imageItem);
        }
        Spin.until("twelve tiles listed", () -> imageItem.getItemCount() == 12
                && imageItem.getItem(11).getData() instanceof Tile);
        List<Integer> shown = new ArrayList<>();
        for (TreeItem item : imageItem.getItems()) {
            shown.add(((Tile) item.getData()).getTileIndex());
        }
        assertEquals(IntStream.range(0, 12).boxed().toList(), shown, "tiles in index order");

        Workbench.click(imageItem.getItem(2), 0);
        Workbench.click(imageItem.getItem(5), SWT.SHIFT);
        Spin.until("four tiles selected", () -> Selections.elements(Workbench.page().getSelection(), Tile.class)
                .size() == 4);
        List<Integer> selected = Selections.elements(Workbench.page().getSelection(), Tile.class).stream()
                .map(Tile::getTileIndex).sorted().toList();
        assertEquals(List.of(2, 3, 4, 5), selected);
        Workbench.screenshot("tiles-in-index-order");
    }
}
