package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.internal.trainingsets.TrainingSetsView;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Training Sets view with two projects open: Add Selected Tiles adds only tiles of the project the view
 * shows, the tile count follows at once, and closing the project lets the view go of it.
 */
class TrainingSetsViewTest {

    @TempDir
    Path temp;

    @Test
    void addSelectedTilesTakesTilesOfTheShownProjectOnlyAndAClosedProjectIsLetGo() throws Exception {
        IProject other = TestProjects.link(TestProjects.write(temp.resolve("other"), "u2 other", 1));
        try {
            Workbench.freshExplorer();
            TreeItem demoSet = Workbench.explorerItem("Demo", "Training Sets", "Slide centre");
            Workbench.expand(demoSet);
            TreeItem demoTile = Workbench.waitFor("the demo set's tiles",
                    () -> demoSet.getItemCount() > 0 && demoSet.getItem(0).getData() instanceof Tile ? demoSet.getItem(0) : null);
            Workbench.click(demoTile, 0);
            Workbench.click(Workbench.explorerItem("u2 other", "Training Sets", "u2 other set"), 0);

            IWorkbenchPage page = Workbench.page();
            TrainingSetsView view = (TrainingSetsView) page.showView(AnnotideUi.TRAINING_SETS_VIEW_ID);
            ProjectStore store = TestProjects.service().store(other);
            Spin.until("the view shows the other project", () -> view.store() == store);
            TrainingSet set = store.project().getTrainingSets().get(0);
            Table sets = Workbench.waitFor("the training sets table", () -> Widgets.find(view.getSite().getShell(),
                    Table.class, t -> t.getColumnCount() == 5));
            Table tiles = (Table) Arrays.stream(sets.getParent().getChildren())
                    .filter(c -> c instanceof Table && c != sets).findFirst().orElseThrow();
            Spin.until("the other project's set listed", () -> sets.getItemCount() == 1);
            clickRow(sets, 0);
            ToolBar toolbar = Widgets.find(view.getSite().getShell(), ToolBar.class, bar -> Arrays.stream(bar.getItems())
                    .anyMatch(item -> "Add Selected Tiles".equals(item.getToolTipText())));

            Dialogs.Seen refused = Dialogs.answer("Add Tiles");
            clickTool(toolbar, "Add Selected Tiles");
            refused.await();
            assertEquals(List.of(store.project().getImages().get(0).getTiles().get(0)), set.getTiles(),
                    "the demo project's tile was not added to another project's set");

            TreeItem image = Workbench.explorerItem("u2 other", "Images", "u2 other-0.png");
            if (!image.getExpanded()) {
                Workbench.expand(image);
            }
            TreeItem secondTile = Workbench.waitFor("the image's tiles", () -> image.getItemCount() == 2 ? image.getItem(1) : null);
            Workbench.click(secondTile, 0);
            page.activate(view);
            clickRow(sets, 0);
            clickTool(toolbar, "Add Selected Tiles");
            Spin.until("the tile added to the set", () -> set.getTiles().size() == 2);
            Spin.until("the Tiles column follows", () -> "2".equals(sets.getItem(0).getText(1)));
            Spin.until("the set's tiles listed", () -> tiles.getItemCount() == 2);

            TestProjects.closeInBackground(other);
            Spin.until("the view lets go of the closed project", () -> view.store() == null);
            assertEquals(0, sets.getItemCount());
            assertEquals(0, tiles.getItemCount());
            assertTrue(view.getContentDescription().startsWith("Select a project"), view.getContentDescription());
        } finally {
            TestProjects.remove(other);
        }
    }

    /** A project selected in the explorer before anything opened it (as after a restart) shows its sets. */
    @Test
    void aSelectedProjectShowsItsSets() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("selected"), "u12 selected", 1));
        try {
            TrainingSetsView view = (TrainingSetsView) Workbench.page().showView(AnnotideUi.TRAINING_SETS_VIEW_ID);
            Workbench.freshExplorer();
            Workbench.click(Workbench.explorerItem("u12 selected"), 0);
            Spin.until("the view shows the selected project", () -> view.store() != null
                    && "u12 selected".equals(view.store().project().getName()));
            Table sets = setsTable(view);
            Spin.until("its set listed", () -> sets.getItemCount() == 1 && "u12 selected set".equals(sets.getItem(0).getText(0)));
            assertEquals("u12 selected", view.getContentDescription());
        } finally {
            TestProjects.remove(project);
        }
    }

    /** A first click selects a set; F2 then opens its name for typing, and Escape leaves it as it was. */
    @Test
    void aClickSelectsAndF2Renames() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("renaming"), "u13 renaming", 1));
        try {
            Workbench.freshExplorer();
            Workbench.click(Workbench.explorerItem("u13 renaming"), 0);
            TrainingSetsView view = (TrainingSetsView) Workbench.page().showView(AnnotideUi.TRAINING_SETS_VIEW_ID);
            Spin.until("the view shows the project", () -> view.store() != null
                    && "u13 renaming".equals(view.store().project().getName()));
            Table sets = setsTable(view);
            Spin.until("its set listed", () -> sets.getItemCount() == 1);
            Workbench.page().activate(view);
            int[] releases = {0};
            org.eclipse.swt.widgets.Listener released = event -> releases[0]++;
            sets.addListener(SWT.MouseUp, released);
            clickRow(sets, 0);
            // positive signals before the absence: the click's release has arrived, and whatever its handlers
            // queued (an editor's activation included) has run
            Spin.until("the click's button release", () -> releases[0] > 0);
            sets.removeListener(SWT.MouseUp, released);
            settle();
            assertTrue(editors(sets).isEmpty(), "a first click only selects");

            Input.keyCode(SWT.F2);
            Text editor = Workbench.waitFor("the name editor", () -> editors(sets).stream().findFirst().orElse(null));
            assertEquals("u13 renaming set", editor.getText());
            Input.keyCode(SWT.ESC);
            Spin.until("the editor closed", () -> editors(sets).isEmpty());
            assertEquals("u13 renaming set", view.store().project().getTrainingSets().get(0).getName(),
                    "Escape changes nothing");

            // and a rename that is committed with Enter reaches the model and the row
            Input.keyCode(SWT.F2);
            Text again = Workbench.waitFor("the name editor again", () -> editors(sets).stream().findFirst().orElse(null));
            again.selectAll();
            Input.type("renamed by typing");
            Spin.until("the typed name in the editor", () -> again.isDisposed() || "renamed by typing".equals(again.getText()));
            Input.keyCode(SWT.CR);
            Spin.until("the editor closed after Enter", () -> editors(sets).isEmpty());
            Spin.until("the set renamed in the model",
                    () -> "renamed by typing".equals(view.store().project().getTrainingSets().get(0).getName()));
            Spin.until("the row shows the new name", () -> "renamed by typing".equals(sets.getItem(0).getText(0)));
            view.store().commandStack().undo();
            Spin.until("undo gives the old name back",
                    () -> "u13 renaming set".equals(view.store().project().getTrainingSets().get(0).getName()));
        } finally {
            TestProjects.remove(project);
        }
    }

    /** Showing only one set in the explorer is said above the explorer's tree, with what is left of the project. */
    @Test
    void theFilteredExplorerSaysSo() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("filtering"), "u15 filtering", 2));
        try {
            Workbench.freshExplorer();
            Workbench.click(Workbench.explorerItem("u15 filtering"), 0);
            TrainingSetsView view = (TrainingSetsView) Workbench.page().showView(AnnotideUi.TRAINING_SETS_VIEW_ID);
            Spin.until("the view shows the project", () -> view.store() != null
                    && "u15 filtering".equals(view.store().project().getName()));
            Table sets = setsTable(view);
            Spin.until("its set listed", () -> sets.getItemCount() == 1);
            Workbench.page().activate(view);
            clickRow(sets, 0);
            ToolBar toolbar = Widgets.find(view.getSite().getShell(), ToolBar.class, bar -> Arrays.stream(bar.getItems())
                    .anyMatch(item -> "Duplicate".equals(item.getToolTipText())));
            IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);

            String kept = ((org.annotide.model.ImageAsset) view.store().project().getTrainingSets().get(0).getTiles().get(0)
                    .eContainer()).getName();
            Workbench.expand(Workbench.explorerItem("u15 filtering", "Images"));
            Spin.until("both images listed before the filter", () -> imageRows("u15 filtering").size() == 2);

            clickTool(toolbar, "Show Only This Set");
            Spin.until("the explorer says it is filtered", () -> explorer instanceof org.eclipse.ui.part.ViewPart part
                    && "Filtered to training set 'u15 filtering set': 1 of 2 images, 1 tile(s)".equals(part.getContentDescription()));
            // which items the filter hides: the image without a tile in the set
            Spin.until("only the set's image left under Images: " + kept,
                    () -> imageRows("u15 filtering").size() == 1 && imageRows("u15 filtering").get(0).startsWith(kept));
            clickTool(toolbar, "Show Only This Set");
            Spin.until("and no more once the filter is off",
                    () -> ((org.eclipse.ui.part.ViewPart) explorer).getContentDescription().isEmpty());
            Spin.until("both images back", () -> imageRows("u15 filtering").size() == 2);
        } finally {
            TestProjects.remove(project);
        }
    }

    /** QA: the view's New Training Set button made an empty set, while Ctrl+Shift+T took the selected tiles. */
    @Test
    void theNewTrainingSetButtonTakesTheSelectedTiles() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("button"), "u14 button", 2));
        try {
            Workbench.freshExplorer();
            TreeItem image = Workbench.explorerItem("u14 button", "Images", "u14 button-1.png");
            if (!image.getExpanded()) {
                Workbench.expand(image);
            }
            TreeItem first = Workbench.waitFor("the image's tiles", () -> image.getItemCount() == 2
                    && image.getItem(1).getData() instanceof Tile ? image.getItem(0) : null);
            Workbench.click(first, 0);
            Workbench.click(image.getItem(1), SWT.CTRL);
            TrainingSetsView view = (TrainingSetsView) Workbench.page().showView(AnnotideUi.TRAINING_SETS_VIEW_ID);
            ProjectStore store = TestProjects.service().store(project);
            Spin.until("the view shows the project", () -> view.store() == store);
            ToolBar toolbar = Widgets.find(view.getSite().getShell(), ToolBar.class, bar -> Arrays.stream(bar.getItems())
                    .anyMatch(item -> item.getToolTipText() != null && item.getToolTipText().startsWith("New Training Set")));
            Workbench.page().activate(view);
            Rectangle bounds = Arrays.stream(toolbar.getItems()).filter(item -> item.getToolTipText() != null
                    && item.getToolTipText().startsWith("New Training Set")).findFirst().orElseThrow().getBounds();
            Input.click(toolbar, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
            Spin.until("a second set", () -> store.project().getTrainingSets().size() == 2);
            Input.keyCode(SWT.ESC); // leave the name as proposed
            TrainingSet created = store.project().getTrainingSets().get(1);
            assertEquals(store.project().getImages().get(1).getTiles(), created.getTiles(), "the selected tiles");
        } finally {
            TestProjects.remove(project);
        }
    }

    /** The names under the project's Images folder as the explorer shows them now (looked up afresh). */
    private static List<String> imageRows(String projectName) {
        org.eclipse.swt.widgets.TreeItem projectItem = Workbench.child(Workbench.explorerTree().getItems(), projectName);
        org.eclipse.swt.widgets.TreeItem images = projectItem == null ? null : Workbench.child(projectItem.getItems(), "Images");
        if (images == null) {
            return List.of();
        }
        return Arrays.stream(images.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText)
                .filter(text -> !text.isEmpty()).toList();
    }

    /** Waits until work queued on the UI thread so far has run: a marker queued behind it has. */
    static void settle() {
        for (int round = 0; round < 2; round++) {
            boolean[] ran = {false};
            org.eclipse.swt.widgets.Display.getCurrent().asyncExec(() -> ran[0] = true);
            Spin.until("the queued UI work done", () -> ran[0]);
        }
    }

    private static Table setsTable(TrainingSetsView view) {
        return Workbench.waitFor("the training sets table", () -> Widgets.find(view.getSite().getShell(),
                Table.class, t -> t.getColumnCount() == 5));
    }

    private static List<Text> editors(Table table) {
        return Arrays.stream(table.getChildren()).filter(c -> c instanceof Text && c.isVisible()).map(c -> (Text) c).toList();
    }

    private static void clickRow(Table table, int row) {
        Rectangle bounds = table.getItem(row).getBounds(0);
        Input.click(table, bounds.x + 10, bounds.y + bounds.height / 2);
        Spin.until("row " + row + " selected", () -> table.getSelectionIndex() == row);
    }

    private static void clickTool(ToolBar toolbar, String tip) {
        Rectangle bounds = Widgets.toolItem(toolbar, tip).getBounds();
        Input.click(toolbar, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }
}
