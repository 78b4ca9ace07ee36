package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.internal.pixels.Downsampler;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pyramids as the editor sees them: levels from the file, halved in memory, or from the cache. */
class ImageServiceTest {

    @TempDir
    Path project;

    private final DefaultImageService service = new DefaultImageService(ImageFormats.builtIn(), 256L << 20);

    private static ImageAsset image(String id, String location) {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId(id);
        image.setName(id);
        image.setLocation(location);
        return image;
    }

    @Test
    void smallImageGetsHalvedLevelsInMemory() throws IOException {
        TestImages.png(TestImages.rgb(2500, 1300, TestImages::pattern), project.resolve("small.png"));
        ImageAsset image = image("small", "small.png");
        assertFalse(service.needsPyramid(project, image));
        try (ImagePyramid pyramid = service.open(project, image)) {
            assertEquals(3, pyramid.levelCount()); // 2500 -> 1250 -> 625
            assertEquals(1250, pyramid.levelWidth(1));
            assertEquals(650, pyramid.levelHeight(1));
            assertEquals(4.0, pyramid.downsample(2));
            int[] level0 = pixels(pyramid.readRegion(0, 100, 60, 2, 2));
            int average = averageOf(level0);
            assertEquals(average, pyramid.readRegion(1, 50, 30, 1, 1).getRGB(0, 0));
        }
    }

    @Test
    void largeTiledImageNeedsAPyramidThenUsesTheCache() throws IOException {
        Path file = TestImages.tiledTiff(project.resolve("large.tif"), 256, false, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(5001, 3999, TestImages::gradient)));
        ImageAsset image = image("large", "large.tif");
        assertTrue(service.needsPyramid(project, image));
        try (ImagePyramid before = service.open(project, image)) {
            assertEquals(1, before.levelCount());
        }
        service.buildPyramid(project, image, new NullProgressMonitor());
        assertFalse(service.needsPyramid(project, image));
        try (Stream<Path> cached = Files.list(project.resolve("cache/pyramids/large"))) {
            assertEquals(1, cached.filter(p -> p.toString().endsWith(".tif")).count());
        }
        try (ImagePyramid pyramid = service.open(project, image)) {
            // 5001x3999 -> 2501x2000 -> 1251x1000 -> 626x500 -> 313x250 (one cache tile)
            assertEquals(5, pyramid.levelCount());
            assertEquals(2501, pyramid.levelWidth(1));
            assertEquals(2000, pyramid.levelHeight(1));
            assertEquals(626, pyramid.levelWidth(3));
            assertEquals(8.0, pyramid.downsample(3));
            assertEquals(250, pyramid.levelHeight(4));
            int expected = averageOf(new int[] {TestImages.gradient(2400, 1600), TestImages.gradient(2401, 1600),
                TestImages.gradient(2400, 1601), TestImages.gradient(2401, 1601)});
            int level1 = pyramid.readRegion(1, 1200, 800, 1, 1).getRGB(0, 0);
            assertTrue(TestImages.difference(expected, level1) <= 6, "level 1 is the 2x2 mean, JPEG aside");
            // level 0 still comes from the file, exactly
            assertEquals(TestImages.gradient(4000, 3000) | 0xFF000000, pyramid.readRegion(0, 4000, 3000, 1, 1).getRGB(0, 0));
        }
    }

    @Test
    void largeSequentialImageIsCopiedLosslesslyIntoTheCache() throws IOException {
        TestImages.png(TestImages.rgb(4300, 4000, TestImages::pattern), project.resolve("wide.png"));
        ImageAsset image = image("wide", "wide.png");
        assertTrue(service.needsPyramid(project, image));
        service.buildPyramid(project, image, new NullProgressMonitor());
        try (ImagePyramid pyramid = service.open(project, image)) {
            assertEquals(5, pyramid.levelCount());
            BufferedImage region = pyramid.readRegion(0, 3000, 2500, 300, 200);
            for (int y = 0; y < 200; y += 13) {
                for (int x = 0; x < 300; x += 7) {
                    assertEquals(TestImages.pattern(3000 + x, 2500 + y), region.getRGB(x, y));
                }
            }
        }
    }

    @Test
    void alphaSurvivesTheCacheLosslessly() throws IOException {
        // alpha varies across the image so the reduced levels must carry it too
        TestImages.png(TestImages.argb(4200, 4100, (x, y) -> (x / 20) << 24 | TestImages.pattern(x, y) & 0xFFFFFF),
                project.resolve("alpha.png"));
        ImageAsset image = image("alpha", "alpha.png");
        service.buildPyramid(project, image, new NullProgressMonitor());
        assertFalse(service.needsPyramid(project, image));
        try (ImagePyramid pyramid = service.open(project, image)) {
            BufferedImage full = pyramid.readRegion(0, 4000, 3900, 100, 100);
            assertEquals(BufferedImage.TYPE_INT_ARGB, full.getType());
            assertEquals((4050 / 20) << 24 | TestImages.pattern(4050, 3950) & 0xFFFFFF, full.getRGB(50, 50));
            int half = pyramid.readRegion(1, 1000, 1000, 1, 1).getRGB(0, 0);
            int expectedAlpha = (2000 / 20 + 2001 / 20 + 2000 / 20 + 2001 / 20 + 2) / 4;
            assertEquals(expectedAlpha, half >>> 24, "level 1 averages alpha losslessly");
        }
    }

    @Test
    void filePyramidIsUsedAsItIs() throws IOException {
        TestImages.tiledTiff(project.resolve("pyr.tif"), 64, true, TiffWriter.Layout.SUB_IFDS, List.of(
                new TestImages.Level(3000, 2000, TestImages::pattern),
                new TestImages.Level(1500, 1000, (x, y) -> 0xFF123456),
                new TestImages.Level(750, 500, (x, y) -> 0xFF654321)));
        ImageAsset image = image("pyr", "pyr.tif");
        assertFalse(service.needsPyramid(project, image));
        try (ImagePyramid pyramid = service.open(project, image)) {
            assertEquals(3, pyramid.levelCount());
            assertEquals(2.0, pyramid.downsample(1));
            assertEquals(0xFF654321, pyramid.readRegion(2, 700, 400, 1, 1).getRGB(0, 0));
        }
    }

    @Test
    void regionsOutsideTheImageAreBlackAndBadLevelsRefused() throws IOException {
        TestImages.png(TestImages.rgb(100, 80, (x, y) -> 0xFFFFFFFF), project.resolve("white.png"));
        try (ImagePyramid pyramid = service.open(project, image("white", "white.png"))) {
            BufferedImage region = pyramid.readRegion(0, 90, 70, 20, 20);
            assertEquals(BufferedImage.TYPE_INT_RGB, region.getType());
            assertEquals(0xFFFFFFFF, region.getRGB(5, 5));
            assertEquals(0xFF000000, region.getRGB(15, 15));
            assertThrows(IllegalArgumentException.class, () -> pyramid.readRegion(7, 0, 0, 10, 10));
            assertThrows(IllegalArgumentException.class, () -> pyramid.readRegion(0, 0, 0, 0, 10));
        }
    }

    @Test
    void concurrentReadsAgree() throws Exception {
        TestImages.tiledTiff(project.resolve("c.tif"), 64, false, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(1000, 900, TestImages::pattern)));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (ImagePyramid pyramid = service.open(project, image("c", "c.tif"))) {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int x = (i * 97) % 900;
                int y = (i * 53) % 800;
                checks.add(pool.submit(() -> {
                    BufferedImage region = pyramid.readRegion(0, x, y, 100, 100);
                    return region.getRGB(37, 61) == TestImages.pattern(x + 37, y + 61);
                }));
            }
            for (Future<Boolean> check : checks) {
                assertTrue(check.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tileCacheStaysWithinItsBound() throws IOException {
        DefaultImageService small = new DefaultImageService(ImageFormats.builtIn(), 600_000);
        TestImages.tiledTiff(project.resolve("b.tif"), 128, false, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(2048, 2048, TestImages::pattern)));
        try (ImagePyramid pyramid = small.open(project, image("b", "b.tif"))) {
            for (int y = 0; y < 2048; y += 256) {
                for (int x = 0; x < 2048; x += 256) {
                    assertEquals(TestImages.pattern(x + 3, y + 3), pyramid.readRegion(0, x, y, 256, 256).getRGB(3, 3));
                    assertTrue(small.tileCacheBytes() <= 600_000, "cache holds " + small.tileCacheBytes());
                }
            }
            assertTrue(small.tileCacheBytes() > 0);
        }
    }

    @Test
    void cancelledBuildLeavesNothingBehind() throws IOException {
        TestImages.tiledTiff(project.resolve("big.tif"), 256, false, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(4800, 4000, TestImages::gradient)));
        ImageAsset image = image("big", "big.tif");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> service.buildPyramid(project, image, cancelled));
        assertTrue(service.needsPyramid(project, image));
        try (Stream<Path> files = Files.walk(project.resolve("cache"))) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void missingImageFileIsReportedWithItsPath() {
        IOException error = assertThrows(IOException.class, () -> service.open(project, image("gone", "gone.png")));
        assertTrue(error.getMessage().contains("gone.png"), error.getMessage());
        assertFalse(service.needsPyramid(project, image("gone", "gone.png")));
    }

    @Test
    void locationsMayBeRelativeAbsoluteOrFileUris() throws IOException {
        Path file = TestImages.png(TestImages.rgb(10, 10, TestImages::pattern), project.resolve("x.png"));
        assertEquals(file, DefaultImageService.locate(project, image("a", "x.png")));
        assertEquals(file, DefaultImageService.locate(Path.of("/elsewhere"), image("b", file.toString())));
        assertEquals(file, DefaultImageService.locate(Path.of("/elsewhere"), image("c", file.toUri().toString())));
        assertThrows(IOException.class, () -> DefaultImageService.locate(project, image("d", "https://example.org/x.png")));
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static int averageOf(int[] four) {
        int[] sums = new int[3];
        for (int pixel : four) {
            sums[0] += TestImages.red(pixel);
            sums[1] += TestImages.green(pixel);
            sums[2] += TestImages.blue(pixel);
        }
        return 0xFF000000 | (sums[0] + 2) / 4 << 16 | (sums[1] + 2) / 4 << 8 | (sums[2] + 2) / 4;
    }

    @Test
    void halvingAveragesEveryTwoByTwoBlockAndRepeatsOddEdges() {
        int[] source = {
            0xFF000000, 0xFF040404, 0xFF0A0A0A,
            0xFF080808, 0xFF0C0C0C, 0xFF0E0E0E};
        int[] target = new int[2];
        Downsampler.halveRows(source, 0, 3, 2, target, 0, 1);
        assertArrayEquals(new int[] {0xFF060606, 0xFF0C0C0C}, target);
    }
}
