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
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
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

    static TreeItem child(TreeItem[] items, String prefix) {
        return Arrays.stream(items).filter(i -> i.getText().startsWith(prefix)).findFirst().orElse(null);
    }

    /** Clicks an item's label, holding modifiers (SWT.CTRL, SWT.SHIFT or 0). */
    static void click(TreeItem item, int modifiers) {
        Tree tree = item.getParent();
        tree.showItem(item);
        Spin.idle(50);
        Rectangle bounds = item.getBounds();
        Input.click(tree, bounds.x + Math.min(bounds.width / 2, 30), bounds.y + bounds.height / 2, 1, modifiers);
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
