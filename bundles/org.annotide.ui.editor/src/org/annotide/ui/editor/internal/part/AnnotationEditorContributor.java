package org.annotide.ui.editor.internal.part;

import org.eclipse.jface.action.IStatusLineManager;
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

    private final StatusField position = new StatusField(POSITION_FIELD, 34);
    private final StatusField zoom = new StatusField(ZOOM_FIELD, 9);
    private String message = "";

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
        getActionBars().getStatusLineManager().setMessage(message);
    }

    /** The text of a status field, or with {@link #MESSAGE} the message, for tests. */
    public String statusText(String id) {
        return switch (id) {
            case POSITION_FIELD -> position.text();
            case ZOOM_FIELD -> zoom.text();
            case MESSAGE -> message;
            default -> null;
        };
    }
}
