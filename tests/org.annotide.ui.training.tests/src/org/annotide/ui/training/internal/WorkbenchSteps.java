package org.annotide.ui.training.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * A user's steps in the workbench that this fragment's workbench tests share: clicks, choices in combos and typing, as
 * a user does them.
 */
final class WorkbenchSteps {

    private WorkbenchSteps() {
    }

    /** Clicks the project in the Project Explorer, as a user picks the project to work on. */
    static void clickProject(String name) {
        Tree tree = ((CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(AnnotideUi.EXPLORER_VIEW_ID)).getCommonViewer().getTree();
        Spin.until(name + " in the explorer", () -> Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().startsWith(name)));
        TreeItem item = Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith(name)).findFirst().orElseThrow();
        tree.showItem(item);
        Spin.idle(100);
        Input.click(tree, item.getBounds().x + 10, item.getBounds().y + item.getBounds().height / 2);
    }

    /** Clicks the middle of a control once it is enabled. */
    static void click(Control control) {
        Spin.until("enabled: " + control, control::isEnabled);
        Input.click(control, control.getSize().x / 2, control.getSize().y / 2);
    }

    /** The shell's button whose text (without mnemonics) starts with {@code text}. */
    static Button button(Shell shell, String text) {
        return Widgets.find(shell, Button.class, b -> b.getText().replace("&", "").startsWith(text));
    }

    /** Picks an entry of a read-only combo as its selection event reports it. */
    static void choose(Combo combo, String text) {
        int index = combo.indexOf(text);
        assertTrue(index >= 0, text + " in " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        Spin.idle(50);
    }

    /** Replaces a text field's content by typing, as a user does after selecting it. */
    static void typeInto(Text text, String value) {
        Input.focus(text);
        text.selectAll();
        Input.type(value);
        Spin.until(value + " typed", () -> text.getText().equals(value));
    }
}
