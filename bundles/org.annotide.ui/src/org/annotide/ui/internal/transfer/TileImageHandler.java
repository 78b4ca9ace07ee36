package org.annotide.ui.internal.transfer;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.imaging.TileGrid;
import org.annotide.imaging.TileImageCommand;
import org.annotide.model.ImageAsset;
import org.annotide.ui.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Tile Image: cuts the selected images into tiles of a size with an overlap, as one undoable change.
 * Tiling again replaces the old tiles (and takes them out of training sets; Undo puts everything back).
 */
public final class TileImageHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        List<ImageAsset> images = Selections.elements(HandlerUtil.getCurrentSelection(event), ImageAsset.class);
        if (images.isEmpty()) {
            MessageDialog.openInformation(shell, "Tile Image", "Select one or more images in the Project Explorer first.");
            return null;
        }
        // One command on one project's stack: images of two projects cannot be tiled as one change.
        ProjectStore store = Selections.commonStore(images);
        if (store == null) {
            MessageDialog.openInformation(shell, "Tile Image", "The selected images belong to different projects. "
                    + "Select images of one project to tile them together.");
            return null;
        }
        TileImageDialog dialog = new TileImageDialog(shell, images);
        if (dialog.open() != Window.OK) {
            return null;
        }
        TileGrid grid = dialog.grid();
        CompoundCommand tiling = new CompoundCommand("Tile " + images.size() + " image(s) by " + grid.size()
                + " with overlap " + grid.overlap() + (grid.edge() == TileGrid.Edge.CLIP ? ", clipped" : ""));
        try {
            for (ImageAsset image : images) {
                tiling.append(TileImageCommand.create(store.editingDomain(), image, grid));
            }
            store.commandStack().execute(tiling);
        } catch (IllegalArgumentException | StoreException e) {
            MessageDialog.openError(shell, "Tile Image", e.getMessage());
        }
        return null;
    }
}
