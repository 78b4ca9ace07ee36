package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.TileGrid;
import org.annotide.imaging.TileImageCommand;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiling is one undoable, durable command; re-tiling replaces tiles and takes them out of training sets. */
class TileImageCommandTest {

    @TempDir
    Path folder;

    private static ImageAsset addImage(ProjectStore store, int width, int height) {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId("img-1");
        image.setName("slide");
        image.setLocation("slide.tif");
        image.setWidth(width);
        image.setHeight(height);
        store.commandStack().execute(new AddCommand(store.editingDomain(), store.project(),
                AnnotidePackage.Literals.PROJECT__IMAGES, image));
        return image;
    }

    @Test
    void tilesAnImageAsOneCommandThatUndoesAndPersists() {
        try (ProjectStore store = ProjectStore.create(folder, "tiling")) {
            ImageAsset image = addImage(store, 2500, 2100);
            TileImageCommand command = TileImageCommand.create(store.editingDomain(), image, new TileGrid(1024, 64));
            store.commandStack().execute(command);
            assertEquals("Tile 'slide' into 9 tiles of 1024 px (overlap 64)", command.getLabel());
            List<Tile> tiles = image.getTiles();
            assertEquals(9, tiles.size());
            Tile last = tiles.get(8);
            assertEquals(8, last.getTileIndex());
            assertEquals(2, last.getRow());
            assertEquals(2, last.getColumn());
            assertEquals(1476, last.getX());
            assertEquals(1076, last.getY());
            assertEquals(1024, last.getWidth());
            assertNotNull(last.getCreatedAt());
            assertEquals(8, last.getSiblings().size());
            Set<String> ids = new HashSet<>();
            tiles.forEach(tile -> ids.add(tile.getId()));
            assertEquals(9, ids.size(), "every tile has its own id");

            store.commandStack().undo();
            assertEquals(0, image.getTiles().size());
            store.commandStack().redo();
            assertEquals(9, image.getTiles().size());
        }
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            ImageAsset image = reopened.project().getImages().get(0);
            assertEquals(9, image.getTiles().size());
            assertEquals(1476, image.getTiles().get(8).getX());
        }
    }

    @Test
    void retilingReplacesTilesAndRemovesThemFromTrainingSetsUndoably() {
        try (ProjectStore store = ProjectStore.create(folder, "retiling")) {
            ImageAsset image = addImage(store, 2000, 1000);
            store.commandStack().execute(TileImageCommand.create(store.editingDomain(), image, new TileGrid(1000, 0)));
            List<Tile> old = List.copyOf(image.getTiles());
            TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
            set.setName("train");
            set.getTiles().addAll(old);
            store.commandStack().execute(new AddCommand(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.PROJECT__TRAINING_SETS, set));

            TileImageCommand retile = TileImageCommand.create(store.editingDomain(), image, new TileGrid(500, 0));
            assertEquals(2, retile.replacedTiles());
            assertEquals(1, retile.affectedTrainingSets());
            assertTrue(retile.getLabel().contains("replaces 2 old tiles and removes them from 1 training set"),
                    retile.getLabel());
            store.commandStack().execute(retile);
            assertEquals(8, image.getTiles().size());
            assertEquals(0, set.getTiles().size());

            store.commandStack().undo();
            assertEquals(old, image.getTiles());
            assertEquals(old, set.getTiles());
        }
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertEquals(2, reopened.project().getTrainingSets().get(0).getTiles().size());
        }
    }

    @Test
    void anImageWithoutASizeCannotBeTiled() {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setName("unknown");
        assertThrows(IllegalArgumentException.class, () -> TileImageCommand.create(null, image, new TileGrid(256, 0)));
    }
}
