package org.annotide.ui.editor.internal.part;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.ui.ModelLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The label classes of the project as a row of buttons in their colours, each with its hotkey: the
 * current class is pressed. Pressing another one (or its hotkey) makes it current.
 */
final class LabelPalette {

    private final ToolBar bar;
    private final ModelLabelProvider labels = new ModelLabelProvider();
    private final Consumer<LabelClass> onSelect;
    private final List<LabelClass> classes = new ArrayList<>();

    LabelPalette(Composite parent, Consumer<LabelClass> onSelect) {
        this.onSelect = onSelect;
        bar = new ToolBar(parent, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
        bar.setData("annotide.role", "palette");
        bar.addDisposeListener(event -> labels.dispose());
    }

    ToolBar control() {
        return bar;
    }

    /** Rebuilds the buttons from the project's classes, keeping the current one pressed. */
    void show(Project project, LabelClass current) {
        for (ToolItem item : bar.getItems()) {
            item.dispose();
        }
        classes.clear();
        if (project != null) {
            classes.addAll(project.getLabelClasses());
        }
        for (LabelClass labelClass : classes) {
            ToolItem item = new ToolItem(bar, SWT.RADIO);
            String hotkey = labelClass.getHotkey() == null || labelClass.getHotkey().isBlank() ? ""
                    : labelClass.getHotkey() + " ";
            item.setText(hotkey + labelClass.getName());
            item.setImage(labels.swatch(labelClass.getColor()));
            item.setToolTipText(labelClass.getName() + (hotkey.isEmpty() ? "" : " (key " + hotkey.trim() + ")")
                    + allowed(labelClass));
            item.setData(labelClass);
            item.setSelection(labelClass == current);
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection()) {
                    onSelect.accept(labelClass);
                }
            });
        }
        bar.getParent().layout(true, true);
    }

    void select(LabelClass current) {
        for (ToolItem item : bar.getItems()) {
            item.setSelection(item.getData() == current);
        }
    }

    private static String allowed(LabelClass labelClass) {
        if (labelClass.getAllowedShapes().isEmpty()) {
            return "";
        }
        return "; shapes: " + labelClass.getAllowedShapes().stream().map(kind -> kind.getLiteral().toLowerCase())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
