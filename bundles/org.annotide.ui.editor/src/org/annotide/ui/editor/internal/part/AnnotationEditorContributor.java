package org.annotide.ui.editor.internal.part;

import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.action.SubStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the active annotation editor to the workbench: its undo, redo, cut, copy, paste, delete and
 * select-all handlers, and the status line fields for the pointer position and the zoom.
 */
public final class AnnotationEditorContributor extends EditorActionBarContributor {

    /** Status line field ids, also used by tests to read them. */
    public static final String POSITION_FIELD = "org.annotide.ui.editor.position";
    public static final String ZOOM_FIELD = "org.annotide.ui.editor.zoom";
    /** Id under which {@link #statusText} gives the status line's message (tool, class, selection, hint). */
    public static final String MESSAGE = "org.annotide.ui.editor.message";
    /** Id under which {@link #statusText} gives the message as the status line shows it (cut to fit). */
    public static final String SHOWN_MESSAGE = "org.annotide.ui.editor.shownMessage";

    private final StatusField position = new StatusField(POSITION_FIELD, 34);
    private final StatusField zoom = new StatusField(ZOOM_FIELD, 9);
    private String message = "";
    private CLabel messageLabel;

    @Override
    public void contributeToStatusLine(IStatusLineManager statusLine) {
        statusLine.add(position);
        statusLine.add(zoom);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof AnnotationEditor editor) {
            for (String id : editor.actionIds()) {
                bars.setGlobalActionHandler(id, editor.action(id));
            }
            showStatus(editor);
        }
        bars.updateActionBars();
    }

    void showStatus(AnnotationEditor editor) {
        position.setText(editor.positionText());
        zoom.setText(editor.zoomText());
        message = editor.messageText();
        showMessage();
    }

    /**
     * Sets the message, cut at its end (at a word, with an ellipsis) when the status line is too narrow: the
     * status line's own label cuts in the middle, which took the middle of the hint away. The whole message is
     * the label's tooltip then.
     */
    private void showMessage() {
        IStatusLineManager statusLine = getActionBars().getStatusLineManager();
        CLabel label = messageLabel(statusLine);
        String shown = label == null ? message : fit(message, label);
        statusLine.setMessage(shown);
        if (label != null) {
            label.setToolTipText(shown.equals(message) ? null : message);
        }
    }

    private CLabel messageLabel(IStatusLineManager statusLine) {
        if (messageLabel != null && !messageLabel.isDisposed()) {
            return messageLabel;
        }
        IContributionManager parent = statusLine instanceof SubStatusLineManager sub ? sub.getParent() : statusLine;
        Control control = parent instanceof StatusLineManager manager ? manager.getControl() : null;
        if (!(control instanceof Composite line) || line.isDisposed()) {
            return null;
        }
        for (Control child : line.getChildren()) {
            if (child instanceof CLabel first) {
                messageLabel = first; // the status line makes its message label first
                messageLabel.addListener(SWT.Resize, event -> showMessage());
                return messageLabel;
            }
        }
        return null;
    }

    /** The text as it fits the label: whole, or its start up to a word and an ellipsis. */
    static String fit(String text, CLabel label) {
        int width = label.getClientArea().width - 2 * Math.max(label.getLeftMargin(), 3) - 8;
        if (width <= 0 || text.isEmpty()) {
            return text;
        }
        GC gc = new GC(label);
        try {
            gc.setFont(label.getFont());
            if (gc.textExtent(text).x <= width) {
                return text;
            }
            String ellipsis = "\u2026";
            int end = text.length();
            while (end > 0) {
                int space = text.lastIndexOf(' ', end - 1);
                end = space > 0 ? space : end - 1;
                String cut = text.substring(0, end).stripTrailing() + ellipsis;
                if (gc.textExtent(cut).x <= width) {
                    return cut;
                }
            }
            return ellipsis;
        } finally {
            gc.dispose();
        }
    }

    /** The text of a status field, or with {@link #MESSAGE} the message, for tests. */
    public String statusText(String id) {
        return switch (id) {
            case POSITION_FIELD -> position.text();
            case ZOOM_FIELD -> zoom.text();
            case MESSAGE -> message;
            case SHOWN_MESSAGE -> messageLabel == null || messageLabel.isDisposed() ? null : messageLabel.getText();
            default -> null;
        };
    }
}
