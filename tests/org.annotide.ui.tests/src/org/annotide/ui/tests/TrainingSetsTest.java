package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;

/**
 * Training sets as a user makes them, with real input: Ctrl-click tiles in the explorer, Ctrl+Shift+T,
 * type a name; undo and redo with the keyboard; duplicate and delete from the Training Sets view.
 */
class TrainingSetsTest {

    @Test
    void createUndoRedoDuplicateAndDeleteATrainingSet() {
        Tree tree = Workbench.explorerTree();
        TreeItem demo = Workbench.waitFor("the Demo project", () -> Workbench.child(tree.getItems(), "Demo"));
        if (!demo.getExpanded()) {
            Workbench.expand(demo);
        }
        TreeItem images = Workbench.waitFor("the Images folder", () -> Workbench.child(demo.getItems(), "Images"));
        if (!images.getExpanded()) {
            Workbench.expand(images);
        }
        TreeItem slide = Workbench.waitFor("the tiled slide", () -> Workbench.child(images.getItems(), "slide.png"));
        Workbench.expand(slide);
        TreeItem firstTile = Workbench.waitFor("the slide's tiles", () -> slide.getItemCount() > 2
                && slide.getItem(0).getData() instanceof Tile ? slide.getItem(0) : null);
        TreeItem thirdTile = slide.getItem(2);
        Workbench.click(firstTile, 0);
        Workbench.click(thirdTile, SWT.CTRL);
        Workbench.waitFor("two tiles selected", () -> tree.getSelectionCount() == 2 ? tree : null);
        Tile a = (Tile) firstTile.getData();
        Tile b = (Tile) thirdTile.getData();
        ProjectStore store = ProjectStore.of(a);
        Project project = store.project();
        int before = project.getTrainingSets().size();

        answerNextDialog("New Training Set", "lungs");
        Input.key(SWT.CTRL | SWT.SHIFT, 't', 0);
        TrainingSet created = Workbench.waitFor("the new training set", () -> project.getTrainingSets().size() == before + 1
                ? project.getTrainingSets().get(before) : null);
        assertEquals("lungs", created.getName());
        assertEquals(List.of(a, b), created.getTiles());
        assertTrue(created.getCreatedAt() != null && created.getCreatedBy() != null);
        assertEquals(List.of(created), a.getTrainingSets());

        Input.focus(tree);
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("undo removes the set", () -> project.getTrainingSets().size() == before);
        Input.key(SWT.CTRL | SWT.SHIFT, 'z', 0); // GTK's redo
        Spin.until("redo brings it back", () -> project.getTrainingSets().size() == before + 1);
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("undo removes it again", () -> project.getTrainingSets().size() == before);
        Input.key(SWT.CTRL, 'y', 0); // the redo of other annotation tools and of Windows
        Spin.until("Ctrl+Y redoes", () -> project.getTrainingSets().size() == before + 1);

        IViewPart view = Workbench.page().findView(AnnotideUi.TRAINING_SETS_VIEW_ID);
        Workbench.page().activate(view);
        Table sets = Workbench.waitFor("the training sets table", () -> Widgets.find(viewControl(view), Table.class,
                t -> t.getColumnCount() == 5));
        Spin.until("the view lists the new set", () -> sets.getItemCount() == before + 1);
        var row = sets.getItem(before);
        Input.click(sets, row.getBounds(0).x + 10, row.getBounds(0).y + row.getBounds(0).height / 2);
        ToolBar toolbar = Widgets.find(viewToolbarParent(view), ToolBar.class, bar -> java.util.Arrays
                .stream(bar.getItems()).anyMatch(item -> "Duplicate".equals(item.getToolTipText())));
        var duplicate = Widgets.toolItem(toolbar, "Duplicate").getBounds();
        Input.click(toolbar, duplicate.x + duplicate.width / 2, duplicate.y + duplicate.height / 2);
        Spin.until("a duplicate", () -> project.getTrainingSets().size() == before + 2);
        TrainingSet copy = project.getTrainingSets().get(before + 1);
        assertEquals("lungs (copy)", copy.getName());
        assertEquals(List.of(a, b), copy.getTiles());

        Spin.until("the view lists the duplicate", () -> sets.getItemCount() == before + 2);
        var copyRow = sets.getItem(before + 1);
        Input.click(sets, copyRow.getBounds(0).x + 10, copyRow.getBounds(0).y + copyRow.getBounds(0).height / 2);
        answerNextDialog("Delete Training Sets", null);
        var delete = Widgets.toolItem(toolbar, "Delete").getBounds();
        Input.click(toolbar, delete.x + delete.width / 2, delete.y + delete.height / 2);
        Spin.until("the duplicate is deleted", () -> project.getTrainingSets().size() == before + 1);
        assertEquals(List.of(created), project.getTrainingSets().subList(before, before + 1));
    }

    /**
     * A modal dialog runs its own event loop inside the command that opened it, so the test answers it from
     * a timer: it waits for the dialog, types the text (if any) and presses Enter.
     */
    private static void answerNextDialog(String title, String text) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        long deadline = System.currentTimeMillis() + 20_000;
        poll[0] = () -> {
            Shell active = display.getActiveShell();
            if (active != null && title.equals(active.getText())) {
                // The shortcut that opened the dialog is still held down: the dialog opened while it was
                // being handled. Let go of its modifiers, as a hand would, before typing.
                releaseModifiers();
                if (text != null) {
                    Input.type(text); // the dialog's text starts selected, so typing replaces it
                }
                Input.keyCode(SWT.CR);
            } else if (System.currentTimeMillis() < deadline) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    private static void releaseModifiers() {
        try {
            java.awt.Robot robot = new java.awt.Robot();
            robot.keyRelease(java.awt.event.KeyEvent.VK_SHIFT);
            robot.keyRelease(java.awt.event.KeyEvent.VK_CONTROL);
            Spin.idle(50);
        } catch (java.awt.AWTException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.eclipse.swt.widgets.Composite viewControl(IViewPart view) {
        return view.getSite().getShell();
    }

    private static org.eclipse.swt.widgets.Composite viewToolbarParent(IViewPart view) {
        return view.getSite().getShell();
    }
}
