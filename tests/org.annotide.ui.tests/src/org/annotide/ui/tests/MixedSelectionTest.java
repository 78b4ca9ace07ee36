package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.model.ImageAsset;
import org.annotide.ui.AnnotideUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands on images of one project refuse a selection that spans two, instead of mixing them up. */
class MixedSelectionTest {

    @TempDir
    Path temp;

    @Test
    void tilingAndExportingRefuseImagesOfTwoProjects() throws Exception {
        IProject other = TestProjects.link(TestProjects.write(temp.resolve("mixed"), "u3 mixed", 1));
        try {
            Workbench.freshExplorer();
            TreeItem images = Workbench.explorerItem("Demo", "Images");
            if (!images.getExpanded()) {
                Workbench.expand(images);
            }
            TreeItem demoImage = Workbench.waitFor("a demo image", () -> images.getItemCount() > 0
                    && images.getItem(0).getData() instanceof ImageAsset ? images.getItem(0) : null);
            TreeItem otherImage = Workbench.explorerItem("u3 mixed", "Images", "u3 mixed-0.png");
            Workbench.click(demoImage, 0);
            Workbench.click(otherImage, SWT.CTRL);
            Tree tree = Workbench.explorerTree();
            Workbench.waitFor("both images selected", () -> tree.getSelectionCount() == 2 ? tree : null);
            ImageAsset demo = (ImageAsset) demoImage.getData();
            ImageAsset mixed = (ImageAsset) otherImage.getData();
            int demoTiles = demo.getTiles().size();

            IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
            Workbench.page().activate(explorer);
            IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);

            Dialogs.Seen tiling = Dialogs.answer("Tile Image");
            handlers.executeCommand("org.annotide.ui.commands.tileImage", null);
            assertTrue(tiling.await().text().contains("different projects"), tiling.text());
            assertEquals(demoTiles, demo.getTiles().size());
            assertEquals(2, mixed.getTiles().size());

            Dialogs.Seen export = Dialogs.answer("Export Annotations");
            handlers.executeCommand("org.annotide.ui.commands.exportAnnotations", null);
            assertTrue(export.await().text().contains("different projects"), export.text());
        } finally {
            TestProjects.remove(other);
        }
    }
}
