package org.annotide.ui.editor.internal.part;

import java.util.Locale;
import java.util.function.Consumer;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.ui.editor.internal.EditorPlugin;
import org.annotide.ui.editor.internal.render.DisplayAdjustment;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

/**
 * The editor's display controls (D shows or hides them): brightness, contrast, gamma and the colour channels
 * shown, for display only (the pixels in the file stay as they are), and Reset. Kept per image in the
 * workspace's settings of the editor, so an image shows as it was left, in every editor and after a restart.
 * <p>
 * The row's widgets (three GTK scales among them, a fifth of the editor's widgets' cost) are made the first time
 * the row is shown, not before the editor's first frame: until then only the image's kept adjustment is applied.
 */
final class DisplayControls {

    /** Widget roles (data under {@code annotide.role}) for tests and accessibility tools. */
    static final String ROLE = "annotide.role";
    private static final String SECTION = "displayAdjustments";

    private final Composite parent;
    private final Control below;
    private final Consumer<Control> fieldAdded;
    private final Consumer<DisplayAdjustment> apply;
    /** Null until first shown. */
    private Composite row;
    private Scale brightness;
    private Scale contrast;
    private Scale gamma;
    private Button red;
    private Button green;
    private Button blue;
    private Label values;
    private DisplayAdjustment adjustment = DisplayAdjustment.NONE;
    private String key;

    /**
     * @param parent     the editor's composite (a grid of two columns)
     * @param below      the control of the parent the row is placed above when it is made
     * @param fieldAdded each field made (the editor's keys are off while one has the focus)
     * @param apply      shows the image with an adjustment
     */
    DisplayControls(Composite parent, Control below, Consumer<Control> fieldAdded, Consumer<DisplayAdjustment> apply) {
        this.parent = parent;
        this.below = below;
        this.fieldAdded = fieldAdded;
        this.apply = apply;
    }

    /** The row, hidden and excluded from the layout when it is made here. */
    Control control() {
        if (row == null) {
            create();
        }
        return row;
    }

    private void create() {
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(12, false);
        layout.marginHeight = 1;
        row.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.exclude = true;
        row.setLayoutData(data);
        row.setVisible(false);
        row.moveAbove(below);
        brightness = scale("Brightness", "brightness", 0, 200, 100);
        contrast = scale("Contrast", "contrast", 0, 400, 100);
        gamma = scale("Gamma", "gamma", 10, 500, 100);
        red = check("R", "red", DisplayAdjustment.RED);
        green = check("G", "green", DisplayAdjustment.GREEN);
        blue = check("B", "blue", DisplayAdjustment.BLUE);
        Button reset = new Button(row, SWT.PUSH);
        reset.setText("Reset");
        reset.setData(ROLE, "resetDisplay");
        reset.setToolTipText("Show the pixels as they are");
        reset.addListener(SWT.Selection, e -> set(DisplayAdjustment.NONE));
        values = new Label(row, SWT.NONE);
        values.setData(ROLE, "displayValues");
        values.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (Control field : row.getChildren()) {
            fieldAdded.accept(field);
        }
        show();
    }

    private Scale scale(String name, String role, int min, int max, int selection) {
        Label label = new Label(row, SWT.NONE);
        label.setText(name + ":");
        Scale scale = new Scale(row, SWT.HORIZONTAL);
        scale.setMinimum(min);
        scale.setMaximum(max);
        scale.setIncrement(5);
        scale.setPageIncrement(20);
        scale.setSelection(selection);
        scale.setData(ROLE, role);
        scale.setToolTipText(name + " of the display (the pixels stay as they are)");
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 110;
        scale.setLayoutData(data);
        scale.addListener(SWT.Selection, e -> fromWidgets());
        return scale;
    }

    private Button check(String text, String role, int channel) {
        Button check = new Button(row, SWT.CHECK);
        check.setText(text);
        check.setData(ROLE, role);
        check.setSelection(true);
        check.setToolTipText("Show the " + role + " channel");
        check.addListener(SWT.Selection, e -> fromWidgets());
        return check;
    }

    DisplayAdjustment adjustment() {
        return adjustment;
    }

    /** Shows the adjustment kept for the image (none for one never adjusted). */
    void showImage(ImageAsset image) {
        key = key(image);
        IDialogSettings section = EditorPlugin.getDefault().getDialogSettings().getSection(SECTION);
        DisplayAdjustment kept = key == null || section == null ? DisplayAdjustment.NONE
                : DisplayAdjustment.decode(section.get(key));
        adjustment = kept;
        show();
        apply.accept(adjustment);
    }

    /** The image's key in the settings: its project's folder and its id (its location when it has none). */
    private static String key(ImageAsset image) {
        ProjectStore store = ProjectStore.of(image);
        String id = image.getId() != null ? image.getId() : image.getLocation();
        return store == null || id == null ? null : store.folder().toAbsolutePath() + "|" + id;
    }

    private void fromWidgets() {
        int channels = (red.getSelection() ? DisplayAdjustment.RED : 0)
                | (green.getSelection() ? DisplayAdjustment.GREEN : 0)
                | (blue.getSelection() ? DisplayAdjustment.BLUE : 0);
        set(new DisplayAdjustment((brightness.getSelection() - 100) / 100.0, contrast.getSelection() / 100.0,
                gamma.getSelection() / 100.0, channels));
    }

    void set(DisplayAdjustment next) {
        if (next.equals(adjustment)) {
            show();
            return;
        }
        adjustment = next;
        if (key != null) {
            IDialogSettings settings = EditorPlugin.getDefault().getDialogSettings();
            IDialogSettings section = settings.getSection(SECTION);
            if (section == null) {
                section = settings.addNewSection(SECTION);
            }
            section.put(key, adjustment.isNone() ? null : adjustment.encode());
        }
        show();
        apply.accept(adjustment);
    }

    private void show() {
        if (row == null) {
            return;
        }
        brightness.setSelection((int) Math.round(adjustment.brightness() * 100) + 100);
        contrast.setSelection((int) Math.round(adjustment.contrast() * 100));
        gamma.setSelection((int) Math.round(adjustment.gamma() * 100));
        red.setSelection((adjustment.channels() & DisplayAdjustment.RED) != 0);
        green.setSelection((adjustment.channels() & DisplayAdjustment.GREEN) != 0);
        blue.setSelection((adjustment.channels() & DisplayAdjustment.BLUE) != 0);
        values.setText(adjustment.isNone() ? "as stored"
                : String.format(Locale.ROOT, "brightness %+.2f, contrast %.2f, gamma %.2f", adjustment.brightness(),
                        adjustment.contrast(), adjustment.gamma()));
    }
}
