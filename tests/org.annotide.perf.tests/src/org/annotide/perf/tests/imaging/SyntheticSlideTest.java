package org.annotide.perf.tests.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImagePyramid;
import org.annotide.perf.SyntheticSlide;
import org.annotide.perf.internal.imaging.TissueBands;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Synthetic slides are real pyramidal TIFFs: readable, deterministic, with background and tissue. */
class SyntheticSlideTest {

    @TempDir
    Path folder;

    private ImagePyramid open(Path file) throws IOException {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId(file.getFileName().toString());
        image.setLocation(file.toString());
        return new DefaultImageService(ImageFormats.builtIn(), 128L << 20).open(folder, image);
    }

    @ParameterizedTest
    @EnumSource(SyntheticSlide.Layout.class)
    void pyramidalSlideOpensWithAllLevels(SyntheticSlide.Layout layout) throws IOException {
        Path file = folder.resolve("slide-" + layout + ".tif");
        SyntheticSlide.write(file, SyntheticSlide.Options.of(6000, 4000).withPyramid(true).withTileSize(256).withLayout(layout),
                new NullProgressMonitor());
        try (ImagePyramid pyramid = open(file)) {
            // 6000 -> 3000 -> 1500 -> 750 -> 375 -> 188 (<= 256)
            assertEquals(6, pyramid.levelCount());
            assertEquals(188, pyramid.levelWidth(5));
            assertEquals(125, pyramid.levelHeight(5));
            assertEquals(32.0, pyramid.downsample(5), 0.1);
            BufferedImage corner = pyramid.readRegion(0, 0, 0, 8, 8);
            assertTrue(difference(TissueBands.BACKGROUND, corner.getRGB(2, 2)) <= 3, "slide corners are background");
            assertTrue(hasTissue(pyramid), "some tissue is drawn");
        }
    }

    @Test
    void losslessSlidesAreDeterministicAndSeedsDiffer() throws IOException {
        SyntheticSlide.Options options = SyntheticSlide.Options.of(3000, 2000).withCompression(SyntheticSlide.Compression.DEFLATE);
        Path first = folder.resolve("first.tif");
        Path second = folder.resolve("second.tif");
        Path other = folder.resolve("other.tif");
        SyntheticSlide.write(first, options, new NullProgressMonitor());
        SyntheticSlide.write(second, options, new NullProgressMonitor());
        SyntheticSlide.write(other, options.withSeed(2), new NullProgressMonitor());
        ImageInfo info = ImageFormats.builtIn().readInfo(first);
        assertEquals(3000, info.width());
        assertEquals("TIFF", info.format());
        try (ImagePyramid a = open(first); ImagePyramid b = open(second); ImagePyramid c = open(other)) {
            int[] pixelsA = a.readRegion(0, 0, 0, 3000, 2000).getRGB(0, 0, 3000, 2000, null, 0, 3000);
            int[] pixelsB = b.readRegion(0, 0, 0, 3000, 2000).getRGB(0, 0, 3000, 2000, null, 0, 3000);
            int[] pixelsC = c.readRegion(0, 0, 0, 3000, 2000).getRGB(0, 0, 3000, 2000, null, 0, 3000);
            assertEquals(java.util.Arrays.hashCode(pixelsA), java.util.Arrays.hashCode(pixelsB));
            assertTrue(java.util.Arrays.equals(pixelsA, pixelsB));
            assertNotEquals(java.util.Arrays.hashCode(pixelsA), java.util.Arrays.hashCode(pixelsC));
        }
    }

    @Test
    void bigTiffIsChosenWhenAsked() throws IOException {
        Path file = folder.resolve("big.tif");
        SyntheticSlide.write(file, SyntheticSlide.Options.of(1000, 1000).withBigTiff(true), new NullProgressMonitor());
        assertEquals("BigTIFF", ImageFormats.builtIn().readInfo(file).format());
    }

    @Test
    void invalidOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticSlide.Options.of(0, 10));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSlide.Options.of(10, 10).withTileSize(100));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSlide.Options.of(10, 10).withJpegQuality(0));
    }

    private static boolean hasTissue(ImagePyramid pyramid) throws IOException {
        int top = pyramid.levelCount() - 1;
        BufferedImage overview = pyramid.readRegion(top, 0, 0, pyramid.levelWidth(top), pyramid.levelHeight(top));
        for (int y = 0; y < overview.getHeight(); y++) {
            for (int x = 0; x < overview.getWidth(); x++) {
                if (difference(TissueBands.BACKGROUND, overview.getRGB(x, y)) > 40) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Largest per-channel difference of two packed pixels. */
    private static int difference(int a, int b) {
        int red = Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF));
        int green = Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF));
        return Math.max(red, Math.max(green, Math.abs((a & 0xFF) - (b & 0xFF))));
    }
}
