package org.annotide.ui.internal.trainingsets;

import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** Hides from the explorer the images and tiles that are not in one training set. */
final class TrainingSetExplorerFilter extends ViewerFilter {

    private final TrainingSet set;

    TrainingSetExplorerFilter(TrainingSet set) {
        this.set = set;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (element instanceof Tile tile) {
            return set.getTiles().contains(tile);
        }
        if (element instanceof ImageAsset image) {
            return set.getTiles().stream().anyMatch(tile -> tile.getImage() == image);
        }
        return true;
    }
}
