package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.TileGrid;
import org.annotide.imaging.internal.tiff.DeflateTileEncoder;
import org.annotide.imaging.internal.tiff.TileEncoder;
import org.annotide.imaging.internal.tiff.TileFormat;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image of more than 2^31 pixels (50,000 x 45,000) in a BigTIFF of a few kilobytes: all tiles but the
 * last share one blank tile's bytes. Reads far from the origin must use long arithmetic and read tiles
 * one by one.
 */
class GigapixelImageTest {

    private static final int WIDTH = 50_000;
    private static final int HEIGHT = 45_000;
    private static final int TILE = 512;
    private static final int BLANK = 0xFF203040;

    @TempDir
    Path folder;

    private Path writeSparseBigTiff() throws IOException {
        Path file = folder.resolve("giga.tif");
        try (TiffWriter writer = new TiffWriter(file, true)) {
            TiffWriter.Level level = new TiffWriter.Level(WIDTH, HEIGHT, TILE, TILE, TileFormat.DEFLATE_RGB);
            TileEncoder encoder = new DeflateTileEncoder(TileFormat.DEFLATE_RGB);
            int[] blank = new int[TILE * TILE];
            java.util.Arrays.fill(blank, BLANK);
            TileEncoder.EncodedTile blankBytes = encoder.encode(blank, TILE, TILE);
            int last = level.tilesAcross() * level.tilesDown() - 1;
            long offset = writer.writeTile(level, 0, blankBytes.data(), blankBytes.length());
            for (int index = 1; index < last; index++) {
                writer.shareTile(level, index, offset, blankBytes.length());
            }
            int x0 = (level.tilesAcross() - 1) * TILE;
            int y0 = (level.tilesDown() - 1) * TILE;
            int[] corner = new int[TILE * TILE];
            for (int y = 0; y < TILE; y++) {
                for (int x = 0; x < TILE; x++) {
                    corner[y * TILE + x] = TestImages.pattern(x0 + x, y0 + y);
                }
            }
            TileEncoder.EncodedTile cornerBytes = encoder.encode(corner, TILE, TILE);
            writer.writeTile(level, last, cornerBytes.data(), cornerBytes.length());
            writer.finish(List.of(level), TiffWriter.Layout.PAGES, null);
        }
        return file;
    }

    @Test
    void readsAnywhereInAnImageOfMoreThanTwoBillionPixels() throws IOException {
        Path file = writeSparseBigTiff();
        assertTrue(Files.size(file) < 1_000_000, "sparse: " + Files.size(file) + " bytes");
        ImageInfo info = ImageFormats.builtIn().readInfo(file);
        assertEquals("BigTIFF", info.format());
        assertTrue(info.pixels() > Integer.MAX_VALUE);
        assertEquals(2_250_000_000L, info.pixels());

        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId("giga");
        image.setLocation(file.toString());
        DefaultImageService service = new DefaultImageService(ImageFormats.builtIn(), 64L << 20);
        assertTrue(service.needsPyramid(folder, image), "no pyramid of its own");
        try (ImagePyramid pyramid = service.open(folder, image)) {
            assertEquals(WIDTH, pyramid.width());
            assertEquals(HEIGHT, pyramid.height());
            BufferedImage corner = pyramid.readRegion(0, WIDTH - 300, HEIGHT - 200, 300, 200);
            for (int y = 0; y < 200; y += 17) {
                for (int x = 0; x < 300; x += 13) {
                    assertEquals(TestImages.pattern(WIDTH - 300 + x, HEIGHT - 200 + y), corner.getRGB(x, y));
                }
            }
            BufferedImage middle = pyramid.readRegion(0, 31_000, 27_000, 600, 600);
            assertEquals(BLANK, middle.getRGB(599, 599));
        }
        TileGrid grid = new TileGrid(1024, 64);
        assertEquals((long) grid.count(WIDTH) * grid.count(HEIGHT), grid.cells(WIDTH, HEIGHT).size());
    }
}
