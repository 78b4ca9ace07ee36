package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.LabelClass;
import org.annotide.tests.support.ui.Spin;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer's context menu fits the node: Delete and Rename on images and label classes, Tile Image only on
 * images, New Training Set only on tiles; Rename renames (one undoable change).
 */
class ExplorerContextMenuTest {

    @TempDir
    Path temp;

    private IProject project;

    @AfterEach
    void removeProject() throws Exception {
        TestProjects.remove(project);
    }

    @Test
    void theContextMenuFitsTheNodeAndRenameRenames() throws Exception {
        project = TestProjects.link(TestProjects.write(temp.resolve("menus"), "u6 menus", 1));
        ProjectStore store = TestProjects.service().store(project);
        Workbench.freshExplorer();

        List<String> onImage = menuOf(Workbench.explorerItem("u6 menus", "Images", "u6 menus-0.png"));
        assertTrue(onImage.contains("Tile Image..."), onImage.toString());
        assertTrue(onImage.contains("Delete") && onImage.contains("Rename..."), onImage.toString());
        assertFalse(onImage.contains("New Training Set from Selection"), onImage.toString());

        TreeItem classItem = Workbench.explorerItem("u6 menus", "Label Classes", "cell");
        List<String> onClass = menuOf(classItem);
        assertTrue(onClass.contains("Delete") && onClass.contains("Rename..."), onClass.toString());
        assertFalse(onClass.contains("Tile Image..."), onClass.toString());
        assertFalse(onClass.contains("Open"), onClass.toString());

        List<String> onProject = menuOf(Workbench.explorerItem("u6 menus"));
        assertFalse(onProject.contains("Tile Image..."), onProject.toString());
        assertFalse(onProject.contains("Delete"), onProject.toString());

        Workbench.click(classItem, 0);
        boolean[] answered = {false};
        answerWhenActive("Rename", "nucleus", answered);
        org.annotide.tests.support.ui.Input.keyCode(SWT.F2);
        Spin.until("the Rename dialog answered", () -> answered[0]);
        Workbench.activateMainWindow();
        LabelClass renamed = store.project().getLabelClasses().get(0);
        Spin.until("the class renamed", () -> "nucleus".equals(renamed.getName()));
        store.commandStack().undo();
        assertEquals("cell", renamed.getName());
    }

    /** Types into the dialog once it is the active shell (keys typed earlier reach the window below it). */
    private static void answerWhenActive(String title, String text, boolean[] answered) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell active = display.getActiveShell();
            if (active != null && title.equals(active.getText())) {
                org.annotide.tests.support.ui.Input.type(text);
                org.annotide.tests.support.ui.Input.keyCode(SWT.CR);
                answered[0] = true;
            } else if (System.currentTimeMillis() < deadline) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    /** The texts of the context menu as it opens on the item (selected first, as a right-click does). */
    private static List<String> menuOf(TreeItem item) {
        Workbench.click(item, 0);
        Menu menu = item.getParent().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = new ArrayList<>();
        for (MenuItem entry : menu.getItems()) {
            if (entry.getText() != null && !entry.getText().isEmpty()) {
                texts.add(entry.getText().replace("&", "").replaceAll("\\t.*", ""));
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        Spin.idle(50);
        return texts;
    }
}
