package org.annotide.client.tests;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.PyramidalTiff;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * The large image of the tests of mirrors' tiles: a generated pyramidal TIFF of 6000 x 4000 pixels (deflate, 256-pixel
 * tiles, its own reduced levels), over what a mirror fetches whole, added to the served project as image "slide".
 */
final class Slide {

    private Slide() {
    }

    static final int WIDTH = 6000;
    static final int HEIGHT = 4000;
    static final int TILE = 256;

    /** Noise in the low bits over a gradient: every tile differs, and a misplaced pixel shows. */
    static int rgb(int x, int y) {
        int h = x * 0x9E3779B1 ^ y * 0x85EBCA77;
        h ^= h >>> 15;
        return ((x / 24 & 0xe0) | (h & 0x1f)) << 16 | ((y / 16 & 0xe0) | (h >>> 8 & 0x1f)) << 8 | (h >>> 16 & 0xff);
    }

    /** Writes the slide into the server's project folder and adds it to the served project as image "slide". */
    static ImageAsset add(TeamServer server) throws Exception {
        Path file = Files.createDirectories(server.store.folder().resolve("images")).resolve("slide.tif");
        PyramidalTiff.write(file, new PyramidalTiff.Pixels() {
            @Override
            public int width() {
                return WIDTH;
            }

            @Override
            public int height() {
                return HEIGHT;
            }

            @Override
            public int bandRows(int tileSize) {
                return tileSize;
            }

            @Override
            public int columnChunk() {
                return 1024;
            }

            @Override
            public void read(Rectangle region, int[] target, int offset, int scan) {
                for (int y = 0; y < region.height; y++) {
                    for (int x = 0; x < region.width; x++) {
                        target[offset + y * scan + x] = rgb(region.x + x, region.y + y);
                    }
                }
            }
        }, new PyramidalTiff.Options(TILE, true, PyramidalTiff.Compression.DEFLATE, 0f, false,
                PyramidalTiff.Layout.PAGES, null), "slide", new NullProgressMonitor());
        ImageAsset image = ImageImporter.newImage(ImageFormats.installed().decode(file), file, server.store.folder(),
                new Date());
        image.setId("slide");
        synchronized (server.store) {
            server.store.commandStack().execute(AddCommand.create(server.store.editingDomain(), server.store.project(),
                    Literals.PROJECT__IMAGES, image));
        }
        return image;
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual, int fromX, int toX) {
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                if ((expected.getRGB(x, y) & 0xffffff) != (actual.getRGB(x, y) & 0xffffff)) {
                    throw new AssertionError("pixel " + x + "," + y + ": " + Integer.toHexString(expected.getRGB(x, y))
                            + " expected, " + Integer.toHexString(actual.getRGB(x, y)) + " read");
                }
            }
        }
    }
}
