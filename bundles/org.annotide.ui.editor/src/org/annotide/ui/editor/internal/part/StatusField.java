package org.annotide.ui.editor.internal.part;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

/** A fixed-width text field of the status line, e.g. the pointer's image coordinates or the zoom. */
final class StatusField extends ContributionItem {

    private final int widthInChars;
    private CLabel label;
    private String text = "";

    StatusField(String id, int widthInChars) {
        super(id);
        this.widthInChars = widthInChars;
    }

    @Override
    public void fill(Composite parent) {
        label = new CLabel(parent, SWT.SHADOW_NONE);
        label.setData("annotide.role", getId());
        label.setText(text);
        GC gc = new GC(label);
        int width;
        try {
            width = gc.getFontMetrics().getAverageCharacterWidth() > 0
                    ? (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * widthInChars) + 8
                    : widthInChars * 8;
        } finally {
            gc.dispose();
        }
        StatusLineLayoutData data = new StatusLineLayoutData();
        data.widthHint = width;
        label.setLayoutData(data);
    }

    void setText(String newText) {
        text = newText == null ? "" : newText;
        if (label != null && !label.isDisposed() && !text.equals(label.getText())) {
            label.setText(text);
            // Painted now: while the mouse drags, the canvas repaints on every move and a deferred paint of the
            // status line waited until the button was released, so the coordinates seemed frozen.
            label.update();
        }
    }

    String text() {
        return text;
    }
}
