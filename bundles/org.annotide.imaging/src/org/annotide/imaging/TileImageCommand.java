package org.annotide.imaging;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Cuts an image into tiles, as one undoable command. Re-tiling replaces the image's tiles: the old tiles
 * leave the training sets that held them (the label says how many), and undo brings both back.
 * Annotations are untouched: they stay on the image, and tiles are windows onto it ({@link TileWindows}).
 */
public final class TileImageCommand extends CompoundCommand {

    private final List<Tile> tiles;
    private final int replaced;
    private final int trainingSets;

    private TileImageCommand(String label, List<Tile> tiles, int replaced, int trainingSets) {
        super(CompoundCommand.LAST_COMMAND_ALL, label, label);
        this.tiles = tiles;
        this.replaced = replaced;
        this.trainingSets = trainingSets;
    }

    /**
     * @throws IllegalArgumentException when the image's size is unknown (its header was never read)
     */
    public static TileImageCommand create(EditingDomain domain, ImageAsset image, TileGrid grid) {
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new IllegalArgumentException("the image '" + image.getName() + "' has no size yet; import it again");
        }
        Date now = new Date();
        List<Tile> tiles = new ArrayList<>();
        for (TileGrid.Cell cell : grid.cells(image.getWidth(), image.getHeight())) {
            Tile tile = AnnotideFactory.eINSTANCE.createTile();
            tile.setId(UUID.randomUUID().toString());
            tile.setTileIndex(cell.index());
            tile.setRow(cell.row());
            tile.setColumn(cell.column());
            tile.setX(cell.x());
            tile.setY(cell.y());
            tile.setWidth(cell.width());
            tile.setHeight(cell.height());
            tile.setCreatedAt(now);
            tile.setUpdatedAt(now);
            tiles.add(tile);
        }
        List<Tile> old = List.copyOf(image.getTiles());
        List<TrainingSet> affected = new ArrayList<>();
        List<RemoveCommand> removals = new ArrayList<>();
        if (!old.isEmpty() && image.eContainer() instanceof Project project) {
            Set<Tile> oldTiles = Set.copyOf(old);
            for (TrainingSet set : project.getTrainingSets()) {
                List<Tile> leaving = set.getTiles().stream().filter(oldTiles::contains).toList();
                if (!leaving.isEmpty()) {
                    affected.add(set);
                    removals.add(new RemoveCommand(domain, set, AnnotidePackage.Literals.TRAINING_SET__TILES, leaving));
                }
            }
        }
        TileImageCommand command = new TileImageCommand(label(image, grid, tiles.size(), old.size(), affected.size()),
                List.copyOf(tiles), old.size(), affected.size());
        removals.forEach(command::append);
        if (!old.isEmpty()) {
            command.append(new RemoveCommand(domain, image, AnnotidePackage.Literals.IMAGE_ASSET__TILES, old));
        }
        command.append(new AddCommand(domain, image, AnnotidePackage.Literals.IMAGE_ASSET__TILES, tiles));
        return command;
    }

    private static String label(ImageAsset image, TileGrid grid, int count, int replaced, int sets) {
        String what = String.format(Locale.ROOT, "%s '%s' into %d tiles of %d px (overlap %d)",
                replaced > 0 ? "Re-tile" : "Tile", image.getName(), count, grid.size(), grid.overlap());
        if (replaced == 0) {
            return what;
        }
        return what + String.format(Locale.ROOT, "; replaces %d old tiles%s", replaced,
                sets == 0 ? "" : " and removes them from " + sets + (sets == 1 ? " training set" : " training sets"));
    }

    /** The tiles this command adds, in index order. */
    public List<Tile> tiles() {
        return tiles;
    }

    /** How many tiles the image had before. */
    public int replacedTiles() {
        return replaced;
    }

    /** How many training sets lose tiles. */
    public int affectedTrainingSets() {
        return trainingSets;
    }
}
