package org.annotide.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPart;

/** Real mouse input through Display.post (XTest under Xvfb) and waiting for the UI to react. */
final class Events {

    private static final long TIMEOUT_MS = 20_000;
    private final Display display;

    Events(Display display) {
        this.display = display;
    }

    <T> T waitFor(Supplier<T> condition, String what) {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        screenshot("timeout");
        throw new AssertionError("timed out waiting for " + what);
    }

    /** Saves what the screen shows to target/screenshots/NAME.png, to see why a test failed. */
    void screenshot(String name) {
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, display.getBounds());
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        java.io.File folder = new java.io.File("target/screenshots");
        folder.mkdirs();
        org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
        loader.save(new java.io.File(folder, name + ".png").getPath(), SWT.IMAGE_PNG);
        image.dispose();
    }

    void click(TreeItem item) {
        item.getParent().showItem(item);
        press(center(item), 1);
    }

    /** Selects the item with a click and opens it with the keypad '+', as GTK trees do. */
    void expand(TreeItem item) {
        click(item);
        key(SWT.KEYPAD_ADD);
    }

    void key(int keyCode) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        post(up);
        flush();
    }

    void doubleClick(TreeItem item) {
        item.getParent().showItem(item);
        Point at = center(item);
        // Both clicks in one burst: GTK counts a double click only within its double-click time.
        move(at);
        button(SWT.MouseDown);
        button(SWT.MouseUp);
        button(SWT.MouseDown);
        button(SWT.MouseUp);
        flush();
    }

    private Point center(TreeItem item) {
        flush();
        Rectangle bounds = item.getBounds();
        return item.getParent().toDisplay(bounds.x + Math.min(bounds.width / 2, 30), bounds.y + bounds.height / 2);
    }

    private void press(Point at, int count) {
        move(at);
        button(SWT.MouseDown);
        button(SWT.MouseUp);
        flush();
    }

    private void move(Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
    }

    private void button(int type) {
        Event event = new Event();
        event.type = type;
        event.button = 1;
        post(event);
    }

    private void post(Event event) {
        if (!display.post(event)) {
            throw new AssertionError("the display refused a posted event");
        }
    }

    private void flush() {
        long end = System.currentTimeMillis() + 150;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.timerExec(10, () -> { });
            display.sleep();
        }
    }

    static <T extends Control> T descendant(IWorkbenchPart part, Class<T> type) {
        Control top = part.getSite().getShell();
        return find(top, type, part);
    }

    private static <T extends Control> T find(Control control, Class<T> type, IWorkbenchPart part) {
        if (type.isInstance(control) && control.isVisible() && ownedBy(control, part)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, part);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean ownedBy(Control control, IWorkbenchPart part) {
        for (Control c = control; c != null; c = c.getParent()) {
            Object data = c.getData("modelElement");
            if (data instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart mPart) {
                return mPart.getElementId().equals(part.getSite().getId());
            }
        }
        return false;
    }

    /** The visible rows of a two-column tree as "first=second", expanding categories. */
    static String[] rows(Tree tree) {
        List<String> rows = new ArrayList<>();
        collect(tree.getItems(), rows);
        return rows.toArray(String[]::new);
    }

    private static void collect(TreeItem[] items, List<String> rows) {
        for (TreeItem item : items) {
            rows.add(item.getText(0) + "=" + item.getText(1));
            collect(item.getItems(), rows);
        }
    }
}
