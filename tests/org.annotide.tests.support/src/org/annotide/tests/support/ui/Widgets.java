package org.annotide.tests.support.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * Finds widgets in a widget tree by type, by text, or by a data value a control was tagged with
 * ({@code control.setData("annotide.role", "canvas")} in production code keeps tests independent of
 * layout). Lookups that find nothing fail with a message listing what was searched.
 */
public final class Widgets {

    /** The data key production code uses to tag controls for tests and accessibility tools. */
    public static final String ROLE = "annotide.role";

    private Widgets() {
    }

    /** Every control under (and including) the root, depth first. */
    public static List<Control> all(Control root) {
        List<Control> controls = new ArrayList<>();
        collect(root, controls);
        return controls;
    }

    /** Controls of a type under the root that match the predicate. */
    public static <T extends Control> List<T> all(Control root, Class<T> type, Predicate<? super T> matches) {
        List<T> found = new ArrayList<>();
        for (Control control : all(root)) {
            if (type.isInstance(control) && !control.isDisposed() && matches.test(type.cast(control))) {
                found.add(type.cast(control));
            }
        }
        return found;
    }

    /** The one visible control of a type matching the predicate; fails when there is none. */
    public static <T extends Control> T find(Control root, Class<T> type, Predicate<? super T> matches) {
        for (T control : all(root, type, matches)) {
            if (control.isVisible()) {
                return control;
            }
        }
        throw new AssertionError("No visible " + type.getSimpleName() + " matching the test under " + describe(root));
    }

    /** The visible control tagged with {@code setData(ROLE, role)}. */
    public static <T extends Control> T byRole(Control root, Class<T> type, String role) {
        return find(root, type, control -> role.equals(control.getData(ROLE)));
    }

    /** The visible control whose data under the key equals the value. */
    public static <T extends Control> T byData(Control root, Class<T> type, String key, Object value) {
        return find(root, type, control -> Objects.equals(value, control.getData(key)));
    }

    /** The visible button, label or shell with this text (mnemonic ampersands ignored). */
    public static <T extends Control> T byText(Control root, Class<T> type, String text) {
        return find(root, type, control -> text.equals(stripMnemonic(textOf(control))));
    }

    /** What the user reads under (and including) the root: the texts of its labels and text fields, empty ones left out. */
    public static List<String> shown(Control root) {
        List<String> texts = new ArrayList<>();
        for (Control control : all(root)) {
            String text = control instanceof Label l ? l.getText() : control instanceof Text t ? t.getText() : "";
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The tool item of a tool bar whose tooltip or text starts with the prefix. */
    public static ToolItem toolItem(ToolBar bar, String prefix) {
        for (ToolItem item : bar.getItems()) {
            String tip = item.getToolTipText() == null ? "" : item.getToolTipText();
            String text = item.getText() == null ? "" : item.getText();
            if (tip.startsWith(prefix) || text.startsWith(prefix)) {
                return item;
            }
        }
        throw new AssertionError("No tool item starting with \"" + prefix + "\" in " + describe(bar));
    }

    private static void collect(Control control, List<Control> into) {
        into.add(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, into);
            }
        }
    }

    private static String textOf(Control control) {
        if (control instanceof Button button) {
            return button.getText();
        }
        if (control instanceof Label label) {
            return label.getText();
        }
        if (control instanceof Shell shell) {
            return shell.getText();
        }
        return null;
    }

    private static String stripMnemonic(String text) {
        return text == null ? null : text.replace("&", "");
    }

    private static String describe(Control root) {
        return root.getClass().getSimpleName() + (root instanceof Shell shell ? " \"" + shell.getText() + "\"" : "");
    }
}
