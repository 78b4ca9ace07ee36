package org.annotide.imaging.internal.readers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.annotide.imaging.ImageSource;
import org.annotide.imaging.PyramidalTiff;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TIFF tile that is a JPEG file of its own is decoded by the JDK's reader directly ({@link JpegBlocks}), with the
 * pixels TwelveMonkeys' TIFF reader gives for it; regions of several tiles still go through TwelveMonkeys.
 */
class JpegBlocksTest {

    private static final int TILE = 128;

    @TempDir
    Path folder;

    @Test
    void aJpegTileDecodedDirectlyHasTheTiffReadersPixels() throws IOException {
        // 3.5 tiles across: the last column's tiles are cut by the image's edge
        Path file = folder.resolve("jpeg.tif");
        PyramidalTiff.write(file, noise(448, 256),
                new PyramidalTiff.Options(TILE, false, PyramidalTiff.Compression.JPEG, 0.9f, false,
                        PyramidalTiff.Layout.PAGES, null),
                "test", new NullProgressMonitor());
        try (ImageSource source = new TiffFormatReader().open(file)) {
            TiffSource tiff = (TiffSource) source;
            // two rows of all four columns at once: TwelveMonkeys decodes the eight tiles as one image
            BufferedImage whole = source.read(0, new Rectangle(0, 0, 448, 256));
            assertEquals(0, tiff.jpegTilesDecodedDirectly(), "a region of several tiles goes through TwelveMonkeys");
            int tiles = 0;
            for (int row = 0; row < 2; row++) {
                for (int column = 0; column < 4; column++) {
                    Rectangle tile = new Rectangle(column * TILE, row * TILE, Math.min(TILE, 448 - column * TILE), TILE);
                    BufferedImage direct = source.read(0, tile);
                    assertEquals(++tiles, tiff.jpegTilesDecodedDirectly(), "tile " + column + "," + row + " directly");
                    assertArrayEquals(rgb(whole.getSubimage(tile.x, tile.y, tile.width, tile.height)), rgb(direct),
                            "tile " + column + "," + row);
                }
            }
            // part of one tile: decoded directly too, the part cut out
            BufferedImage part = source.read(0, new Rectangle(140, 20, 50, 70));
            assertEquals(tiles + 1, tiff.jpegTilesDecodedDirectly());
            assertArrayEquals(rgb(whole.getSubimage(140, 20, 50, 70)), rgb(part));
        }
    }

    private static int[] rgb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** Deterministic detail in every tile, so that a tile decoded at the wrong place or wrongly shows. */
    private static PyramidalTiff.Pixels noise(int width, int height) {
        return new PyramidalTiff.Pixels() {
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
                return width;
            }

            @Override
            public void read(Rectangle region, int[] target, int offset, int scan) {
                for (int y = 0; y < region.height; y++) {
                    for (int x = 0; x < region.width; x++) {
                        int px = region.x + x;
                        int py = region.y + y;
                        int hash = (px * 73856093) ^ (py * 19349663);
                        target[offset + y * scan + x] = (px * 255 / width) << 16 | (py * 255 / height) << 8
                                | (hash >>> 8) & 0xFF;
                    }
                }
            }
        };
    }
}
