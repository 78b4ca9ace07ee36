package org.annotide.imaging.internal.readers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.imaging.ImageSource;
import org.annotide.imaging.internal.tiff.DeflateTileEncoder;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.annotide.imaging.internal.tiff.TileEncoder;
import org.annotide.imaging.internal.tiff.TileFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a pyramidal TIFF for display reads its directories' entries and none of their tile tables: the first
 * frame, which shows a small level, looks up the entries of the tiles it reads and no others. Opening it to
 * describe it for an import reads every table, to refuse a file cut short.
 */
class LazyTiffDirectoryTest {

    private static final int TILE = 16;

    @TempDir
    Path folder;

    @Test
    void openingReadsNoTileTableAndATileReadsOnlyItsOwnEntries() throws IOException {
        Path file = pyramid(folder.resolve("pyramid.tif"), 512, 256, 128);
        try (ImageSource source = new TiffFormatReader().open(file)) {
            TiffSource tiff = (TiffSource) source;
            assertEquals(3, source.levelCount());
            int[] opened = tiff.reads();
            assertEquals(3, opened[0], "every directory's entries are read, to know the levels");
            assertEquals(0, opened[1], "no table of tile offsets or byte counts is read whole");
            assertTrue(opened[2] <= 2, "only the first tile's offset and byte count (for the image type): " + opened[2]);

            // what a first frame at fit does: read the smallest level's tiles
            BufferedImage top = source.read(2, new Rectangle(0, 0, 128, 128));
            int[] read = tiff.reads();
            assertEquals(0, read[1], "still no whole table");
            assertEquals(opened[2] + 2 * 64, read[2], "an offset and a byte count for each of the 64 tiles shown");
            assertPixels(top, 2, 0, 0);

            BufferedImage one = source.read(0, new Rectangle(5 * TILE, 7 * TILE, TILE, TILE));
            assertEquals(read[2] + 2, tiff.reads()[2], "one tile of the full level: two entries of its 2,048");
            assertPixels(one, 0, 5 * TILE, 7 * TILE);
        }
    }

    @Test
    void describingForAnImportChecksEveryLevel() throws IOException {
        Path file = pyramid(folder.resolve("pyramid.tif"), 512, 256, 128);
        try (TiffSource source = new TiffSource(file, true)) {
            assertEquals(6, source.reads()[1], "offsets and byte counts of each of the three levels");
        }
        assertEquals(512, new TiffFormatReader().readInfo(file).width());
    }

    /** Pixel (x, y) of a level: differs between levels, so reading the wrong one shows. */
    private static int pixel(int level, int x, int y) {
        return (level * 80) << 16 | (x & 0xFF) << 8 | (y & 0xFF);
    }

    private static void assertPixels(BufferedImage image, int level, int left, int top) {
        int[] expected = new int[image.getWidth() * image.getHeight()];
        int[] actual = new int[expected.length];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                expected[y * image.getWidth() + x] = pixel(level, left + x, top + y);
                actual[y * image.getWidth() + x] = image.getRGB(x, y) & 0xFFFFFF;
            }
        }
        assertArrayEquals(expected, actual, "pixels of level " + level);
    }

    /** A lossless tiled pyramid, one page per level, 16-pixel tiles so that the tables are long. */
    private static Path pyramid(Path file, int... sides) throws IOException {
        try (TiffWriter writer = new TiffWriter(file, false)) {
            List<TiffWriter.Level> levels = new ArrayList<>();
            TileEncoder encoder = new DeflateTileEncoder(TileFormat.DEFLATE_RGB);
            for (int level = 0; level < sides.length; level++) {
                TiffWriter.Level target = new TiffWriter.Level(sides[level], sides[level], TILE, TILE,
                        TileFormat.DEFLATE_RGB);
                int[] pixels = new int[TILE * TILE];
                for (int row = 0; row < target.tilesDown(); row++) {
                    for (int column = 0; column < target.tilesAcross(); column++) {
                        for (int y = 0; y < TILE; y++) {
                            for (int x = 0; x < TILE; x++) {
                                pixels[y * TILE + x] = pixel(level, column * TILE + x, row * TILE + y);
                            }
                        }
                        TileEncoder.EncodedTile encoded = encoder.encode(pixels, TILE, TILE);
                        writer.writeTile(target, row * target.tilesAcross() + column, encoded.data(), encoded.length());
                    }
                }
                levels.add(target);
            }
            writer.finish(levels, TiffWriter.Layout.PAGES, null);
        }
        return file;
    }
}
