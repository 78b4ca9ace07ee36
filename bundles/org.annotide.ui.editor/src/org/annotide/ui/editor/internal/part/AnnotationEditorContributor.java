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

    private final StatusField position = new StatusField(POSITION_FIELD, 34);
    private final StatusField zoom = new StatusField(ZOOM_FIELD, 9);

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
        getActionBars().getStatusLineManager().setMessage(editor.messageText());
    }

    /** The text of a status field, for tests. */
    public String statusText(String id) {
        return POSITION_FIELD.equals(id) ? position.text() : ZOOM_FIELD.equals(id) ? zoom.text() : null;
    }
}
