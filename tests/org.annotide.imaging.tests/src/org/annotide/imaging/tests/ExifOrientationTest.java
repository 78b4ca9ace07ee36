package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImagePyramid;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JPEG or PNG stored sideways or mirrored, with the EXIF orientation that says so, shows upright. The stored
 * pixels are made here with the geometric meaning of each value (6: "rotate 90 degrees clockwise to
 * view", ...), independently of the reader's own transform table.
 */
class ExifOrientationTest {

    private static final int RED = 0xFFE01010;
    private static final int GREEN = 0xFF10D010;
    private static final int BLUE = 0xFF1010E0;
    private static final int YELLOW = 0xFFE0E010;
    private static final int WIDTH = 96;
    private static final int HEIGHT = 64;

    @TempDir
    Path folder;

    /** Upright: red top left, green top right, blue bottom left, yellow bottom right. */
    private static BufferedImage upright() {
        return TestImages.rgb(WIDTH, HEIGHT, (x, y) -> y < HEIGHT / 2 ? (x < WIDTH / 2 ? RED : GREEN) : (x < WIDTH / 2 ? BLUE : YELLOW));
    }

    private static BufferedImage stored(int orientation) {
        BufferedImage up = upright();
        return switch (orientation) {
            case 1 -> up;
            case 2 -> mirrorHorizontally(up);
            case 3 -> rotateClockwise(rotateClockwise(up));
            case 4 -> mirrorHorizontally(rotateClockwise(rotateClockwise(up)));
            case 5 -> transpose(up);
            case 6 -> rotateClockwise(rotateClockwise(rotateClockwise(up))); // shown after turning it clockwise
            case 7 -> rotateClockwise(rotateClockwise(transpose(up)));
            case 8 -> rotateClockwise(up); // shown after turning it anticlockwise
            default -> throw new IllegalArgumentException();
        };
    }

    private static BufferedImage rotateClockwise(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getHeight(), in.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                out.setRGB(in.getHeight() - 1 - y, x, in.getRGB(x, y));
            }
        }
        return out;
    }

    private static BufferedImage mirrorHorizontally(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                out.setRGB(in.getWidth() - 1 - x, y, in.getRGB(x, y));
            }
        }
        return out;
    }

    private static BufferedImage transpose(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getHeight(), in.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                out.setRGB(y, x, in.getRGB(x, y));
            }
        }
        return out;
    }

    static Stream<Arguments> filesAndOrientations() {
        return Stream.of("jpeg", "png").flatMap(format -> IntStream.rangeClosed(1, 8).mapToObj(o -> Arguments.of(format, o)));
    }

    @ParameterizedTest
    @MethodSource("filesAndOrientations")
    void showsUpright(String format, int orientation) throws IOException {
        Path file = format.equals("png")
                ? TestImages.pngWithExif(stored(orientation), folder.resolve("o" + orientation + ".png"), orientation)
                : TestImages.jpeg(stored(orientation), folder.resolve("o" + orientation + ".jpg"), orientation);
        ImageInfo info = ImageFormats.builtIn().readInfo(file);
        assertEquals(orientation, info.exifOrientation());
        assertEquals(WIDTH, info.width());
        assertEquals(HEIGHT, info.height());

        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId(format + orientation);
        image.setLocation(file.getFileName().toString());
        try (ImagePyramid pyramid = new DefaultImageService(ImageFormats.builtIn(), 64L << 20).open(folder, image)) {
            assertEquals(WIDTH, pyramid.width());
            assertEquals(HEIGHT, pyramid.height());
            BufferedImage shown = pyramid.readRegion(0, 0, 0, WIDTH, HEIGHT);
            assertColour(RED, shown.getRGB(WIDTH / 4, HEIGHT / 4), orientation, "top left");
            assertColour(GREEN, shown.getRGB(3 * WIDTH / 4, HEIGHT / 4), orientation, "top right");
            assertColour(BLUE, shown.getRGB(WIDTH / 4, 3 * HEIGHT / 4), orientation, "bottom left");
            assertColour(YELLOW, shown.getRGB(3 * WIDTH / 4, 3 * HEIGHT / 4), orientation, "bottom right");
            // a region read maps to the same pixels as the whole image
            BufferedImage corner = pyramid.readRegion(0, WIDTH - 20, HEIGHT - 10, 20, 10);
            assertColour(YELLOW, corner.getRGB(10, 5), orientation, "bottom right region");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9})
    void missingOrInvalidOrientationMeansUpright(int orientation) throws IOException {
        Path file = TestImages.jpeg(upright(), folder.resolve("plain.jpg"), orientation);
        assertEquals(1, ImageFormats.builtIn().readInfo(file).exifOrientation());
    }

    private static void assertColour(int expected, int actual, int orientation, String where) {
        assertTrue(TestImages.difference(expected, actual) < 40, String.format(
                "orientation %d, %s: expected %06x, shown %06x", orientation, where, expected & 0xFFFFFF, actual & 0xFFFFFF));
    }
}
