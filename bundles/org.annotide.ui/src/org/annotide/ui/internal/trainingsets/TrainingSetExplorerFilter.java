package org.annotide.ui.internal.trainingsets;

import java.util.HashSet;
import java.util.Set;

import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Hides from the explorer the images and tiles that are not in one training set. It holds the set's tiles
 * as they were when it was made, in hash sets (the explorer asks for every element it shows): make a new
 * filter when they change.
 */
final class TrainingSetExplorerFilter extends ViewerFilter {

    private final TrainingSet set;
    private final Set<Tile> tiles;
    private final Set<ImageAsset> images = new HashSet<>();

    TrainingSetExplorerFilter(TrainingSet set) {
        this.set = set;
        this.tiles = new HashSet<>(set.getTiles());
        for (Tile tile : tiles) {
            images.add(tile.getImage());
        }
    }

    TrainingSet set() {
        return set;
    }

    /** What the explorer says while filtered: the set, and how much of its project it shows. */
    String description() {
        int all = set.eContainer() instanceof org.annotide.model.Project project ? project.getImages().size() : images.size();
        return "Filtered to training set '" + set.getName() + "': " + images.size() + " of " + all + " images, "
                + tiles.size() + " tile(s)";
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (element instanceof Tile tile) {
            return tiles.contains(tile);
        }
        if (element instanceof ImageAsset image) {
            return images.contains(image);
        }
        return true;
    }
}
