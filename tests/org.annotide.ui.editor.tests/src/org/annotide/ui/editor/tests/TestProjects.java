package org.annotide.ui.editor.tests;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.annotide.core.store.ProjectStore;
import org.annotide.perf.SyntheticSlide;
import org.annotide.imaging.TileGrid;
import org.annotide.imaging.TileImageCommand;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PixelType;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * Real projects for the editor's tests: a journaled store in a temporary folder, label classes, images
 * whose pixels are PNG files written here, tiles cut by the imaging bundle's own command.
 */
public final class TestProjects {

    private TestProjects() {
    }

    public static ProjectStore create(Path folder) {
        return ProjectStore.create(folder, "editor test");
    }

    public static LabelClass addClass(ProjectStore store, String name, String color, String hotkey,
            ShapeKind... allowed) {
        LabelClass labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
        labelClass.setId(UUID.randomUUID().toString());
        labelClass.setName(name);
        labelClass.setColor(color);
        labelClass.setHotkey(hotkey);
        labelClass.getAllowedShapes().addAll(List.of(allowed));
        execute(store, new AddCommand(store.editingDomain(), store.project(), Literals.PROJECT__LABEL_CLASSES,
                labelClass));
        return labelClass;
    }

    /** An image with a PNG of a soft gradient and a grid of dark dots, so tiles and pixels differ visibly. */
    public static ImageAsset addImage(ProjectStore store, String name, int width, int height) throws IOException {
        Path file = store.folder().resolve("images").resolve(name + ".png");
        Files.createDirectories(file.getParent());
        BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pixels.createGraphics();
        try {
            for (int y = 0; y < height; y += 8) {
                g.setColor(new Color(200, 160 + (y * 60 / height), 200));
                g.fillRect(0, y, width, 8);
            }
            g.setColor(new Color(70, 40, 120));
            for (int y = 25; y < height; y += 50) {
                for (int x = 25; x < width; x += 50) {
                    g.fillOval(x - 6, y - 6, 12, 12);
                }
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(pixels, "png", file.toFile());
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId(UUID.randomUUID().toString());
        image.setName(name);
        image.setLocation("images/" + name + ".png");
        image.setWidth(width);
        image.setHeight(height);
        image.setBands(3);
        image.setPixelType(PixelType.UINT8);
        image.setFormat("PNG");
        execute(store, new AddCommand(store.editingDomain(), store.project(), Literals.PROJECT__IMAGES, image));
        return image;
    }

    /**
     * A large image: a synthetic tissue-like pyramidal TIFF written by the imaging bundle (compressed, so
     * 20,000 pixels square take a few megabytes and seconds).
     */
    public static ImageAsset addSlide(ProjectStore store, String name, int size) throws IOException {
        return addSlide(store, name, size, true);
    }

    /** @param pyramid whether the file holds reduced levels, or only full resolution */
    public static ImageAsset addSlide(ProjectStore store, String name, int size, boolean pyramid) throws IOException {
        Path file = store.folder().resolve("images").resolve(name + ".tif");
        Files.createDirectories(file.getParent());
        SyntheticSlide.write(file, SyntheticSlide.Options.of(size, size).withPyramid(pyramid), new NullProgressMonitor());
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId(UUID.randomUUID().toString());
        image.setName(name);
        image.setLocation("images/" + name + ".tif");
        image.setWidth(size);
        image.setHeight(size);
        image.setBands(3);
        image.setPixelType(PixelType.UINT8);
        image.setFormat("TIFF");
        execute(store, new AddCommand(store.editingDomain(), store.project(), Literals.PROJECT__IMAGES, image));
        return image;
    }

    /** Cuts the image into tiles with the imaging bundle's command. */
    public static List<Tile> tile(ProjectStore store, ImageAsset image, int size, int overlap) {
        TileImageCommand command = TileImageCommand.create(store.editingDomain(), image, new TileGrid(size, overlap));
        execute(store, command);
        return command.tiles();
    }

    public static void execute(ProjectStore store, Command command) {
        if (!command.canExecute()) {
            throw new IllegalStateException("cannot execute " + command.getLabel());
        }
        store.commandStack().execute(command);
    }
}
