package org.annotide.ui.editor.tests.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.function.Function;

import org.annotide.ui.editor.internal.render.AwtImages;
import org.annotide.ui.editor.internal.render.Blit;
import org.annotide.ui.editor.internal.render.TileImages;
import org.annotide.ui.editor.internal.render.TileKey;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tile's SWT image made by the native copy into its cairo surface ({@link TileImages}) has exactly the pixels that
 * {@code new Image(display, data)} gives it, read back and drawn; data the copy cannot take goes SWT's way.
 */
class TileImagesTest {

    private Display display;
    private TileImages images;

    @BeforeEach
    void images() {
        display = Display.getDefault();
        images = new TileImages(display);
    }

    @AfterEach
    void dispose() {
        images.dispose();
    }

    @Test
    void aRenderedTileHasSwtsPixels() {
        ImageData data = AwtImages.toImageData(noise(TileKey.SIZE, TileKey.SIZE, 7));
        same(data, images::create);
        ImageData second = AwtImages.toImageData(noise(TileKey.SIZE, TileKey.SIZE, 8));
        same(second, images::create);
        assertEquals(2, images.copied(), "both tiles by the native copy, from one template");
    }

    @Test
    void anotherSizeGetsItsOwnTemplate() {
        same(AwtImages.toImageData(noise(TileKey.SIZE, TileKey.SIZE, 1)), images::create);
        same(AwtImages.toImageData(noise(97, 41, 2)), images::create);
        same(AwtImages.toImageData(noise(TileKey.SIZE, TileKey.SIZE, 3)), images::create);
        assertEquals(3, images.copied());
    }

    @Test
    void dataTheCopyCannotTakeGoesSwtsWay() {
        ImageData rgb = new ImageData(50, 30, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        Random random = new Random(11);
        for (int y = 0; y < rgb.height; y++) {
            for (int x = 0; x < rgb.width; x++) {
                rgb.setPixel(x, y, random.nextInt(0x1000000));
            }
        }
        same(rgb, images::create);
        ImageData withAlpha = AwtImages.toImageData(noise(20, 20, 4));
        withAlpha.alpha = 128;
        same(withAlpha, images::create);
        assertEquals(0, images.copied(), "neither is in the layout of a cairo surface");

        images.dispose();
        same(AwtImages.toImageData(noise(TileKey.SIZE, TileKey.SIZE, 5)), images::create);
        assertEquals(0, images.copied(), "after dispose every image is made by SWT");
    }

    /** The image read back and drawn (unscaled and scaled) equals SWT's own image of the same data. */
    private void same(ImageData data, Function<ImageData, Image> create) {
        Image expected = new Image(display, data);
        Image actual = create.apply(data);
        try {
            assertEquals(expected.getBounds(), actual.getBounds());
            assertArrayEquals(pixels(expected.getImageData()), pixels(actual.getImageData()), "read back");
            assertArrayEquals(drawn(expected), drawn(actual), "drawn");
        } finally {
            expected.dispose();
            actual.dispose();
        }
    }

    private int[] drawn(Image image) {
        int size = TileKey.SIZE + 20;
        Image target = new Image(display, size, size);
        GC gc = new GC(target);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.fillRectangle(0, 0, size, size);
            Blit.draw(gc, image, 10, 10);
            gc.setInterpolation(SWT.LOW);
            Blit.draw(gc, image, 0, 0, image.getBounds().width, image.getBounds().height, 0, 0, 60, 45);
        } finally {
            gc.dispose();
        }
        try {
            return pixels(target.getImageData());
        } finally {
            target.dispose();
        }
    }

    /** Every pixel as 0xRRGGBB, whatever the data's palette. */
    private static int[] pixels(ImageData data) {
        int[] pixels = new int[data.width * data.height];
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                var rgb = data.palette.getRGB(data.getPixel(x, y));
                pixels[y * data.width + x] = rgb.red << 16 | rgb.green << 8 | rgb.blue;
            }
        }
        return pixels;
    }

    private static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }
}
