package org.annotide.ui.internal.trainingsets;

import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.ViewerCell;

/**
 * When a table's cells start editing, as in a file manager: a double-click, Rename (F2, which edits
 * programmatically), or a click on the row that was already the only one selected. A first click only selects,
 * so that picking a set to work with never opens its name for typing.
 */
public final class SelectedRowEditing extends ColumnViewerEditorActivationStrategy {

    /** A click this soon after the selection changed is the click that changed it, whatever order GTK reports in. */
    private static final long SELECTING_CLICK_MILLIS = 400;

    private final TableViewer viewer;
    private Object selected;
    private long selectedAt;

    private SelectedRowEditing(TableViewer viewer) {
        super(viewer);
        this.viewer = viewer;
        viewer.addSelectionChangedListener(event -> {
            IStructuredSelection selection = event.getStructuredSelection();
            selected = selection.size() == 1 ? selection.getFirstElement() : null;
            selectedAt = System.currentTimeMillis();
        });
    }

    /** Makes the viewer's cell editors start only as this class describes. */
    public static void install(TableViewer viewer) {
        TableViewerEditor.create(viewer, new SelectedRowEditing(viewer), ColumnViewerEditor.DEFAULT);
    }

    @Override
    protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
        return switch (event.eventType) {
            case ColumnViewerEditorActivationEvent.PROGRAMMATIC,
                    ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION -> true;
            case ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION -> clickOnSelectedRow(event);
            default -> false;
        };
    }

    private boolean clickOnSelectedRow(ColumnViewerEditorActivationEvent event) {
        if (!(event.getSource() instanceof ViewerCell cell) || cell.getElement() != selected) {
            return false;
        }
        boolean plainClick = (event.stateMask & (org.eclipse.swt.SWT.MODIFIER_MASK)) == 0;
        return plainClick && viewer.getStructuredSelection().size() == 1
                && System.currentTimeMillis() - selectedAt > SELECTING_CLICK_MILLIS;
    }
}
