package org.annotide.model.util;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

/** Derived relations of {@link Tile}, computed rather than stored so there is one source of truth. */
public final class Tiles {

    private Tiles() {
    }

    public static EList<Tile> siblings(Tile tile) {
        ImageAsset image = tile.getImage();
        if (image == null) {
            return ECollections.emptyEList();
        }
        List<Tile> siblings = new ArrayList<>(image.getTiles());
        siblings.remove(tile);
        siblings.sort(Comparator.comparingInt(Tile::getTileIndex));
        return ECollections.unmodifiableEList(siblings);
    }

    public static EList<TrainingSet> trainingSets(Tile tile) {
        ImageAsset image = tile.getImage();
        if (image == null || !(image.eContainer() instanceof Project project)) {
            return ECollections.emptyEList();
        }
        List<TrainingSet> sets = new ArrayList<>();
        for (TrainingSet set : project.getTrainingSets()) {
            if (set.getTiles().contains(tile)) {
                sets.add(set);
            }
        }
        return ECollections.unmodifiableEList(sets);
    }
}
