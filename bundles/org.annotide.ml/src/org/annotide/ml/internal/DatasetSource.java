package org.annotide.ml.internal;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;

/**
 * One picture a training dataset is made of: a whole image, or a tile of a training set (its region of the image).
 * Every task's dataset starts from the same list.
 *
 * @param name   how reports name it: the image's name, or {@code image#tile}
 * @param region the tile's region, or null for the whole image
 */
public record DatasetSource(String name, ImageAsset image, Rectangle region) {

    /**
     * The sources of a job: every image of the project when no training set is named, else the tiles of the named
     * sets, each tile once, in the order given. Must run under the model's read access.
     *
     * @throws IllegalArgumentException when a named training set does not exist (the message says which)
     */
    public static List<DatasetSource> of(Project project, List<String> trainingSets) {
        List<DatasetSource> sources = new ArrayList<>();
        if (trainingSets.isEmpty()) {
            for (ImageAsset image : project.getImages()) {
                sources.add(new DatasetSource(image.getName(), image, null));
            }
            return sources;
        }
        Set<Tile> seen = new LinkedHashSet<>();
        for (String setName : trainingSets) {
            TrainingSet set = project.getTrainingSets().stream().filter(s -> setName.equals(s.getName()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "the project has no training set named '" + setName + "'"));
            for (Tile tile : set.getTiles()) {
                if (seen.add(tile) && tile.getImage() != null) {
                    sources.add(new DatasetSource(tile.getImage().getName() + "#" + tile.getTileIndex(),
                            tile.getImage(), new Rectangle(tile.getX(), tile.getY(), tile.getWidth(), tile.getHeight())));
                }
            }
        }
        return sources;
    }
}
