package org.annotide.ui.editor.internal.part;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.ui.ModelLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The label classes of the project as a row of buttons in their colours, each with its hotkey: the
 * current class is pressed. Pressing another one (or its hotkey) makes it current.
 * <p>
 * The row is cut off when the editor is narrow (GTK's tool bar does not wrap), so it starts with a
 * drop-down button that names the current class and lists them all: the current class is always in sight.
 */
final class LabelPalette {

    private final ToolBar bar;
    private final ModelLabelProvider labels = new ModelLabelProvider();
    private final Consumer<LabelClass> onSelect;
    private final List<LabelClass> classes = new ArrayList<>();
    private ToolItem currentItem;
    private LabelClass current;

    LabelPalette(Composite parent, Consumer<LabelClass> onSelect) {
        this.onSelect = onSelect;
        bar = new ToolBar(parent, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
        bar.setData("annotide.role", "palette");
        bar.addDisposeListener(event -> labels.dispose());
    }

    ToolBar control() {
        return bar;
    }

    /** The button naming the current class, first in the row; null before {@link #show}. */
    ToolItem currentItem() {
        return currentItem;
    }

    /** Rebuilds the buttons from the project's classes, keeping the current one pressed. */
    void show(Project project, LabelClass currentClass) {
        for (ToolItem item : bar.getItems()) {
            item.dispose();
        }
        classes.clear();
        if (project != null) {
            classes.addAll(project.getLabelClasses());
        }
        currentItem = new ToolItem(bar, SWT.DROP_DOWN);
        currentItem.addListener(SWT.Selection, event -> showMenu());
        new ToolItem(bar, SWT.SEPARATOR);
        for (LabelClass labelClass : classes) {
            ToolItem item = new ToolItem(bar, SWT.RADIO);
            item.setText(hotkeyPrefix(labelClass) + labelClass.getName());
            item.setImage(labels.swatch(labelClass.getColor()));
            item.setToolTipText(labelClass.getName() + (hotkeyPrefix(labelClass).isEmpty() ? ""
                    : " (key " + labelClass.getHotkey().trim() + ")") + allowed(labelClass));
            item.setData(labelClass);
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection()) {
                    onSelect.accept(labelClass);
                }
            });
        }
        select(currentClass);
        bar.getParent().layout(true, true);
    }

    void select(LabelClass currentClass) {
        current = currentClass;
        for (ToolItem item : bar.getItems()) {
            if (item.getData() instanceof LabelClass) {
                item.setSelection(item.getData() == currentClass);
            }
        }
        if (currentItem != null) {
            currentItem.setText(currentClass == null ? "No class" : hotkeyPrefix(currentClass) + currentClass.getName());
            currentItem.setImage(currentClass == null ? null : labels.swatch(currentClass.getColor()));
            currentItem.setToolTipText("The current class; click to choose another");
            bar.layout(true);
        }
    }

    /** The classes as a menu below the current-class button, the current one checked. */
    private void showMenu() {
        Menu menu = new Menu(bar);
        for (LabelClass labelClass : classes) {
            MenuItem item = new MenuItem(menu, SWT.RADIO);
            item.setText(hotkeyPrefix(labelClass) + labelClass.getName());
            item.setImage(labels.swatch(labelClass.getColor()));
            item.setSelection(labelClass == current);
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection()) {
                    onSelect.accept(labelClass);
                }
            });
        }
        menu.addListener(SWT.Hide, event -> menu.getDisplay().asyncExec(menu::dispose));
        Rectangle bounds = currentItem.getBounds();
        Point below = bar.toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(below);
        menu.setVisible(true);
    }

    private static String hotkeyPrefix(LabelClass labelClass) {
        return labelClass.getHotkey() == null || labelClass.getHotkey().isBlank() ? "" : labelClass.getHotkey() + " ";
    }

    private static String allowed(LabelClass labelClass) {
        if (labelClass.getAllowedShapes().isEmpty()) {
            return "";
        }
        return "; shapes: " + labelClass.getAllowedShapes().stream().map(kind -> kind.getLiteral().toLowerCase())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
