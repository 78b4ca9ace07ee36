package org.annotide.ui.tests;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.AnnotideUi;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;

/** The workbench as the UI tests see it: the page, the explorer's tree, tree items to click, screenshots. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Tree explorerTree() {
        return ((CommonNavigator) page().findView(AnnotideUi.EXPLORER_VIEW_ID)).getCommonViewer().getTree();
    }

    static <T> T waitFor(String what, Supplier<T> value) {
        List<T> found = new ArrayList<>(1);
        try {
            Spin.until(what, () -> {
                T current = value.get();
                if (current != null) {
                    found.add(current);
                }
                return current != null;
            });
        } catch (AssertionError e) {
            screenshot("timeout");
            throw e;
        }
        return found.get(0);
    }

    /**
     * The explorer item at the path of label prefixes (a project, a folder, an image...), expanding what leads
     * to it with the keyboard as a user does.
     */
    static TreeItem explorerItem(String... path) {
        restoreViews();
        Tree tree = explorerTree();
        TreeItem item = waitFor(path[0] + " in the explorer", () -> child(tree.getItems(), path[0]));
        for (int i = 1; i < path.length; i++) {
            TreeItem parent = item;
            if (!parent.getExpanded()) {
                expand(parent);
            }
            String prefix = path[i];
            item = waitFor(prefix + " under " + parent.getText(), () -> child(parent.getItems(), prefix));
        }
        return item;
    }

    /**
     * Un-maximizes and un-minimizes the views and closes a menu left open, so that the explorer shows and takes
     * input whatever a test before did.
     */
    static void restoreViews() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        for (MenuItem item : bar == null ? new MenuItem[0] : bar.getItems()) {
            if (item.getMenu() != null && item.getMenu().isVisible()) {
                item.getMenu().setVisible(false); // left open by a failed test
            }
        }
        IWorkbenchPage page = page();
        for (IViewReference view : page.getViewReferences()) {
            if (page.getPartState(view) != IWorkbenchPage.STATE_RESTORED) {
                page.setPartState(view, IWorkbenchPage.STATE_RESTORED);
            }
        }
        Spin.idle(50);
    }

    /**
     * The explorer as a test wants to find it: views restored, every project folded, so that what a test
     * unfolds fits without scrolling far.
     */
    static Tree freshExplorer() {
        restoreViews();
        ((CommonNavigator) page().findView(AnnotideUi.EXPLORER_VIEW_ID)).getCommonViewer().collapseAll();
        Tree tree = explorerTree();
        Input.focus(tree);
        return tree;
    }

    /**
     * Gives the main window the keyboard back. A window manager does that when a dialog closes; Xvfb has none,
     * and without it keys typed next would reach no widget.
     */
    static void activateMainWindow() {
        Shell main = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        main.forceActive();
        Spin.until("the main window active", () -> Display.getCurrent().getActiveShell() == main);
    }

    /** Double-clicks an item's label. */
    static void doubleClick(TreeItem item) {
        reveal(item);
        Input.doubleClick(item.getParent(), labelX(item), item.getBounds().y + item.getBounds().height / 2);
    }

    static TreeItem child(TreeItem[] items, String prefix) {
        return Arrays.stream(items).filter(i -> i.getText().startsWith(prefix)).findFirst().orElse(null);
    }

    /** Clicks an item's label, holding modifiers (SWT.CTRL, SWT.SHIFT or 0). */
    static void click(TreeItem item, int modifiers) {
        reveal(item);
        Input.click(item.getParent(), labelX(item), item.getBounds().y + item.getBounds().height / 2, 1, modifiers);
    }

    /**
     * Scrolls the item into the tree's visible area and waits until it is there: GTK scrolls later than
     * asked, and a click at a stale position lands elsewhere (on the menu bar above the tree, say).
     */
    private static void reveal(TreeItem item) {
        Tree tree = item.getParent();
        tree.showItem(item);
        Rectangle[] last = {null};
        Spin.until("the item " + item.getText() + " scrolled into view", () -> {
            tree.update();
            Spin.forMillis(60);
            Rectangle bounds = item.getBounds();
            Rectangle area = tree.getClientArea();
            boolean settled = bounds.equals(last[0]);
            last[0] = bounds;
            return settled && bounds.height > 0 && bounds.y >= area.y && bounds.y + bounds.height <= area.y + area.height;
        });
    }

    /**
     * A point on the item's label inside the tree's visible area: a long label (a problem's message) scrolls
     * the tree sideways, and the label's start may lie left of what is shown.
     */
    private static int labelX(TreeItem item) {
        Rectangle bounds = item.getBounds();
        int visibleStart = Math.max(bounds.x, 0);
        int visibleEnd = Math.min(bounds.x + bounds.width, item.getParent().getClientArea().width);
        return visibleStart + Math.max(1, Math.min((visibleEnd - visibleStart) / 2, 30));
    }

    /** Opens a tree node as a keyboard user does: select it, then the keypad '+'. */
    static void expand(TreeItem item) {
        click(item, 0);
        Input.keyCode(SWT.KEYPAD_ADD);
        Spin.until("expanding " + item.getText(), item::getExpanded);
    }

    /** The rows of a two-column tree (a property sheet) as "first=second", nested rows included. */
    static List<String> rows(Tree tree) {
        List<String> rows = new ArrayList<>();
        collect(tree.getItems(), rows);
        return rows;
    }

    private static void collect(TreeItem[] items, List<String> rows) {
        for (TreeItem item : items) {
            rows.add(item.getText(0) + "=" + item.getText(1));
            collect(item.getItems(), rows);
        }
    }

    /** Saves the screen to target/screenshots/NAME.png: what a failing test was looking at. */
    static void screenshot(String name) {
        Display display = Display.getCurrent();
        Image image = new Image(display, display.getBounds());
        GC gc = new GC(display);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        File folder = new File("target/screenshots");
        folder.mkdirs();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        loader.save(new File(folder, name + ".png").getPath(), SWT.IMAGE_PNG);
        image.dispose();
    }
}
