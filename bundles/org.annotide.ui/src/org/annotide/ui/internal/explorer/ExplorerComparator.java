package org.annotide.ui.internal.explorer;

import org.annotide.model.Tile;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * The explorer's order: tiles of one image by their index (0, 1, 2, ..., 10, not 0, 1, 10, 100 as text),
 * everything else by its label in {@link NaturalOrder}. The tree shows this order, so a Shift-click range follows it.
 */
public final class ExplorerComparator extends ViewerComparator {

    @Override
    public int compare(Viewer viewer, Object e1, Object e2) {
        if (e1 instanceof Tile a && e2 instanceof Tile b && a.getImage() == b.getImage()) {
            return Integer.compare(a.getTileIndex(), b.getTileIndex());
        }
        return NaturalOrder.INSTANCE.compare(getLabel(viewer, e1), getLabel(viewer, e2));
    }

    private static String getLabel(Viewer viewer, Object element) {
        if (viewer instanceof org.eclipse.jface.viewers.ContentViewer content
                && content.getLabelProvider() instanceof org.eclipse.jface.viewers.ILabelProvider labels) {
            String text = labels.getText(element);
            return text == null ? "" : text;
        }
        return element.toString();
    }
}
