package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;
import org.annotide.imaging.internal.pixels.DisplayPixels;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.annotide.model.PixelType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in readers on real files of every kind they claim, written here with known pixels. */
class ImageReadersTest {

    private final ImageFormats formats = ImageFormats.builtIn();

    @TempDir
    Path folder;

    @Test
    void pngRgbReadsExactPixelsOfARegion() throws IOException {
        Path file = TestImages.png(TestImages.rgb(300, 200, TestImages::pattern), folder.resolve("a.png"));
        ImageInfo info = formats.readInfo(file);
        assertEquals(new ImageInfo("PNG", 300, 200, 3, PixelType.UINT8, false, 1), info);
        assertRegionMatches(file, new Rectangle(37, 51, 120, 90), TestImages::pattern);
    }

    @Test
    void largePngWhoseDataCrossTheStreamBufferReadsExactly() throws IOException {
        // regression: the JDK's PNG decoder misread a short read at the stream's 64 KB buffer edge
        Path file = TestImages.png(TestImages.rgb(700, 500, TestImages::noise), folder.resolve("noise.png"));
        assertTrue(Files.size(file) > 500_000, "many stream buffers of image data: " + Files.size(file));
        assertRegionMatches(file, new Rectangle(0, 0, 700, 500), TestImages::noise);
        assertRegionMatches(file, new Rectangle(13, 400, 600, 100), TestImages::noise);
    }

    /**
     * A PNG with a sound header and end whose compressed pixels are garbled passes the header check of an import; only
     * decoding (what an upload to the team server must pass) finds it.
     */
    @Test
    void decodingFindsGarbledPixelsThatTheHeaderDoesNotShow() throws IOException {
        Path file = TestImages.png(TestImages.rgb(300, 200, TestImages::noise), folder.resolve("garbled.png"));
        assertEquals(300, formats.decode(file).width(), "a sound file decodes");
        byte[] bytes = Files.readAllBytes(file);
        int idat = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("IDAT");
        for (int i = idat + 6; i < idat + 60; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(file, bytes);
        assertEquals(300, formats.readInfo(file).width(), "the header still reads");
        IOException refused = assertThrows(IOException.class, () -> formats.decode(file));
        assertTrue(refused.getMessage().startsWith(file + " cannot be decoded: "), refused.getMessage());
    }

    @Test
    void pngWithAlphaKeepsAlpha() throws IOException {
        Path file = TestImages.png(TestImages.argb(40, 30, (x, y) -> (x * 6) << 24 | TestImages.pattern(x, y) & 0xFFFFFF),
                folder.resolve("alpha.png"));
        ImageInfo info = formats.readInfo(file);
        assertTrue(info.hasAlpha());
        assertEquals(4, info.bands());
        int[] pixels = read(file, new Rectangle(0, 0, 40, 30));
        assertEquals(6 * 10, pixels[5 * 40 + 10] >>> 24);
        assertEquals(TestImages.pattern(10, 5) & 0xFFFFFF, pixels[5 * 40 + 10] & 0xFFFFFF);
    }

    @Test
    void sixteenBitGreyPngIsScaledToEightBits() throws IOException {
        Path file = TestImages.png(TestImages.grey16(64, 32, (x, y) -> x * 1024 + y), folder.resolve("grey16.png"));
        ImageInfo info = formats.readInfo(file);
        assertEquals(PixelType.UINT16, info.pixelType());
        assertEquals(1, info.bands());
        int[] pixels = read(file, new Rectangle(0, 0, 64, 32));
        int expected = Math.round((40 * 1024 + 3) * 255f / 65535f);
        assertEquals(expected, TestImages.red(pixels[3 * 64 + 40]));
        assertEquals(expected, TestImages.blue(pixels[3 * 64 + 40]));
    }

    @Test
    void bmpReads() throws IOException {
        Path file = TestImages.bmp(TestImages.rgb(33, 17, TestImages::pattern), folder.resolve("a.bmp"));
        assertEquals("BMP", formats.readInfo(file).format());
        assertRegionMatches(file, new Rectangle(0, 0, 33, 17), TestImages::pattern);
    }

    @Test
    void stripTiffWithDeflateFromAnotherWriterReads() throws IOException {
        Path file = TestImages.stripTiff(TestImages.rgb(500, 300, TestImages::pattern), folder.resolve("strips.tif"), false,
                "Deflate");
        ImageInfo info = formats.readInfo(file);
        assertEquals("TIFF", info.format());
        assertRegionMatches(file, new Rectangle(123, 211, 300, 80), TestImages::pattern);
    }

    @Test
    void sixteenBitTiledRgbTiffIsScaledToEightBits() throws IOException {
        Path file = TestImages.tiledTiff16(folder.resolve("rgb16.tif"), 150, 100, 64, 3, (x, y, band) -> x * 400 + y * 7 + band * 1000);
        ImageInfo info = formats.readInfo(file);
        assertEquals(PixelType.UINT16, info.pixelType());
        assertEquals(3, info.bands());
        int pixel = read(file, new Rectangle(100, 70, 50, 30))[11 * 50 + 20];
        int base = 120 * 400 + 81 * 7;
        assertEquals(Math.round(base * 255f / 65535f), TestImages.red(pixel));
        assertEquals(Math.round((base + 1000) * 255f / 65535f), TestImages.green(pixel));
        assertEquals(Math.round((base + 2000) * 255f / 65535f), TestImages.blue(pixel));
    }

    @Test
    void sixteenBitGreyStripTiffFromAnotherWriterReads() throws IOException {
        Path file = TestImages.stripTiff(TestImages.grey16(80, 60, (x, y) -> x * 800 + y), folder.resolve("grey16.tif"), false,
                "LZW");
        ImageInfo info = formats.readInfo(file);
        assertEquals(PixelType.UINT16, info.pixelType());
        assertEquals(1, info.bands());
        int pixel = read(file, new Rectangle(10, 10, 60, 40))[5 * 60 + 30];
        assertEquals(Math.round((40 * 800 + 15) * 255f / 65535f), TestImages.green(pixel));
    }

    @Test
    void bigTiffStripsFromAnotherWriterRead() throws IOException {
        Path file = TestImages.stripTiff(TestImages.rgb(257, 130, TestImages::pattern), folder.resolve("big.tif"), true, null);
        assertEquals("BigTIFF", formats.readInfo(file).format());
        assertRegionMatches(file, new Rectangle(100, 60, 157, 70), TestImages::pattern);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void tiledTiffReadsRegionsAcrossTiles(boolean bigTiff) throws IOException {
        Path file = TestImages.tiledTiff(folder.resolve("tiled.tif"), 64, bigTiff, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(300, 170, TestImages::pattern)));
        try (ImageSource source = formats.readerFor(file).open(file)) {
            assertTrue(source.isRandomAccess(0));
            assertEquals(64, source.preferredBlock(0).width);
            assertEquals(bigTiff ? "BigTIFF" : "TIFF", source.info().format());
        }
        assertRegionMatches(file, new Rectangle(50, 30, 200, 139), TestImages::pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAGES", "SUB_IFDS"})
    void pyramidLevelsComeFromTheirOwnDirectories(String layout) throws IOException {
        // every level has its own pattern: reading level 1 from level 0 would show level 0's pixels
        Path file = TestImages.tiledTiff(folder.resolve("pyramid.tif"), 32, false, TiffWriter.Layout.valueOf(layout), List.of(
                new TestImages.Level(400, 300, TestImages::pattern),
                new TestImages.Level(200, 150, (x, y) -> 0xFF000000 | x << 8 | y),
                new TestImages.Level(100, 75, (x, y) -> 0xFF0000FF | y << 16)));
        try (ImageSource source = formats.readerFor(file).open(file)) {
            assertEquals(3, source.levelCount());
            assertEquals(200, source.levelWidth(1));
            assertEquals(75, source.levelHeight(2));
            int[] level1 = new int[20 * 10];
            DisplayPixels.convert(source.read(1, new Rectangle(150, 100, 20, 10)), level1, 0, 20);
            assertEquals(0xFF000000 | 155 << 8 | 103, level1[3 * 20 + 5]);
            int[] level2 = new int[4];
            DisplayPixels.convert(source.read(2, new Rectangle(98, 73, 2, 2)), level2, 0, 2);
            assertEquals(0xFF0000FF | 74 << 16, level2[3]);
        }
    }

    @Test
    void pagesOfAnotherSizeAreNotPyramidLevels() throws IOException {
        Path file = TestImages.tiledTiff(folder.resolve("pages.tif"), 32, false, TiffWriter.Layout.PAGES, List.of(
                new TestImages.Level(400, 300, TestImages::pattern),
                new TestImages.Level(120, 120, TestImages::pattern), // a label: other aspect ratio
                new TestImages.Level(300, 225, TestImages::pattern))); // too close to the base
        try (ImageSource source = formats.readerFor(file).open(file)) {
            assertEquals(1, source.levelCount());
        }
    }

    @Test
    void formatIsRecognisedByContentNotName() throws IOException {
        Path file = TestImages.png(TestImages.rgb(10, 10, TestImages::pattern), folder.resolve("really-a-png.jpg"));
        assertEquals("PNG", formats.readInfo(file).format());
    }

    @Test
    void unreadableFilesAreRefusedNamingTheFile() throws IOException {
        Path random = Files.write(folder.resolve("noise.png"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        IOException noise = assertThrows(IOException.class, () -> formats.readInfo(random));
        assertTrue(noise.getMessage().contains("noise.png") && noise.getMessage().contains("not an image"), noise.getMessage());

        Path empty = Files.write(folder.resolve("empty.tif"), new byte[0]);
        IOException emptyError = assertThrows(IOException.class, () -> formats.readInfo(empty));
        assertTrue(emptyError.getMessage().contains("empty"), emptyError.getMessage());

        assertThrows(java.nio.file.NoSuchFileException.class, () -> formats.readInfo(folder.resolve("missing.png")));

        Path badTiff = Files.write(folder.resolve("bad.tif"), new byte[] {'I', 'I', 42, 0, (byte) 0xFF, (byte) 0xFF, 0, 0});
        IOException tiffError = assertThrows(IOException.class, () -> formats.readInfo(badTiff));
        assertTrue(tiffError.getMessage().contains("bad.tif"), tiffError.getMessage());
    }

    @Test
    void truncatedFilesAreRefusedFromTheirHeaders() throws IOException {
        Path png = TestImages.truncate(TestImages.png(TestImages.rgb(200, 200, TestImages::pattern), folder.resolve("cut.png")), 0.6);
        Path jpeg = TestImages.truncate(TestImages.jpeg(TestImages.rgb(200, 200, TestImages::pattern), folder.resolve("cut.jpg"), 0), 0.6);
        Path tiff = TestImages.truncate(TestImages.tiledTiff(folder.resolve("cut.tif"), 32, false, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(200, 200, TestImages::pattern))), 0.6);
        Path bmp = TestImages.truncate(TestImages.bmp(TestImages.rgb(200, 200, TestImages::pattern), folder.resolve("cut.bmp")), 0.6);
        for (Path file : List.of(png, jpeg, tiff, bmp)) {
            IOException error = assertThrows(IOException.class, () -> formats.readInfo(file), file.toString());
            assertTrue(error.getMessage().contains("cut short") && error.getMessage().contains(file.getFileName().toString()),
                    error.getMessage());
        }
    }

    @Test
    void fileExtensionsSelectFolderFiles() {
        assertTrue(formats.hasImageExtension(Path.of("a/B.TIFF")));
        assertTrue(formats.hasImageExtension(Path.of("x.jpeg")));
        assertFalse(formats.hasImageExtension(Path.of("notes.txt")));
        assertFalse(formats.hasImageExtension(Path.of("README")));
    }

    private int[] read(Path file, Rectangle region) throws IOException {
        try (ImageSource source = formats.readerFor(file).open(file)) {
            BufferedImage image = source.read(0, region);
            int[] pixels = new int[region.width * region.height];
            DisplayPixels.convert(image, pixels, 0, region.width);
            return pixels;
        }
    }

    private void assertRegionMatches(Path file, Rectangle region, java.util.function.IntBinaryOperator expected)
            throws IOException {
        int[] pixels = read(file, region);
        for (int y = 0; y < region.height; y++) {
            for (int x = 0; x < region.width; x++) {
                int want = expected.applyAsInt(region.x + x, region.y + y) & 0xFFFFFF;
                int got = pixels[y * region.width + x] & 0xFFFFFF;
                if (want != got) {
                    throw new AssertionError(String.format("%s pixel (%d, %d): expected %06x, read %06x", file.getFileName(),
                            region.x + x, region.y + y, want, got));
                }
            }
        }
    }
}
