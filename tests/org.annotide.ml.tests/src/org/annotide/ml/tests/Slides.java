package org.annotide.ml.tests;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.imaging.PyramidalTiff;
import org.annotide.ml.ImagePixels;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Large generated images for the tests of windowed prediction: a pyramidal TIFF (deflate, 256-pixel tiles, its own
 * reduced levels) of grey with red squares. Tiles of one colour are stored once, so even a large slide is a small file.
 */
final class Slides {

    static final int GREY = 0x808080;
    static final int RED = 0xe01010;

    private Slides() {
    }

    static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xff) > 0xc0 && ((rgb >> 8) & 0xff) < 0x40 && (rgb & 0xff) < 0x40;
    }

    /** Writes {@code slide.tif} into {@code folder} and tells where it lies, as {@link ImagePixels#locate} does. */
    static ImagePixels.Located write(Path folder, int width, int height, List<Rectangle> squares) throws IOException {
        Path file = Files.createDirectories(folder.resolve("images")).resolve("slide.tif");
        PyramidalTiff.write(file, new PyramidalTiff.Pixels() {
            @Override
            public int width() {
                return width;
            }

            @Override
            public int height() {
                return height;
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
                    java.util.Arrays.fill(target, offset + y * scan, offset + y * scan + region.width, GREY);
                }
                for (Rectangle square : squares) {
                    Rectangle r = square.intersection(region);
                    for (int y = r.y; y < r.y + r.height; y++) {
                        for (int x = r.x; x < r.x + r.width; x++) {
                            target[offset + (y - region.y) * scan + (x - region.x)] = RED;
                        }
                    }
                }
            }
        }, new PyramidalTiff.Options(256, true, PyramidalTiff.Compression.DEFLATE, 0f, false,
                PyramidalTiff.Layout.PAGES, null), "slide", new NullProgressMonitor());
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId("slide");
        image.setName("slide.tif");
        image.setLocation("images/slide.tif");
        return ImagePixels.locate(folder, image);
    }
}
