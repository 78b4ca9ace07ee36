package org.annotide.ui.editor.tests.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Consumer;

import org.annotide.ui.editor.internal.render.Blit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's image draws bypass SWT's per-draw read-back of the source (see {@link Blit}): they must put exactly
 * the pixels {@code GC.drawImage} puts, for every form of draw the renderer uses.
 */
class BlitTest {

    private static final int SIZE = 256;

    private Display display;
    private Image source;

    @BeforeEach
    void noisySource() {
        display = Display.getDefault();
        // noise, so that any difference in placement, scaling or filtering changes pixels
        ImageData data = new ImageData(300, 200, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        Random random = new Random(7);
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                data.setPixel(x, y, random.nextInt(0x1000000));
            }
        }
        source = new Image(display, data);
    }

    @AfterEach
    void dispose() {
        source.dispose();
    }

    @Test
    void theFastPathAppliesToTheRenderersImages() {
        Image target = new Image(display, SIZE, SIZE);
        GC gc = new GC(target);
        try {
            assertTrue(Blit.fast(gc, source), "a tile made from pixels");
            assertTrue(Blit.fast(gc, target), "a frame layer made by size");
        } finally {
            gc.dispose();
            target.dispose();
        }
    }

    @Test
    void unscaledDrawsMatchSwt() {
        same(gc -> gc.drawImage(source, 10, 20), gc -> Blit.draw(gc, source, 10, 20));
        same(gc -> gc.drawImage(source, -50, -30), gc -> Blit.draw(gc, source, -50, -30));
        same(gc -> gc.drawImage(source, 40, 10, 100, 90, 5, 7, 100, 90),
                gc -> Blit.draw(gc, source, 40, 10, 100, 90, 5, 7, 100, 90));
    }

    @Test
    void aFrameLayerAsSourceMatchesSwt() {
        Image layer = new Image(display, 300, 200); // made by size, as the editor's frame layers are
        GC layerGc = new GC(layer);
        try {
            layerGc.drawImage(source, 0, 0);
        } finally {
            layerGc.dispose();
        }
        try {
            same(gc -> gc.drawImage(layer, 11, -3), gc -> Blit.draw(gc, layer, 11, -3));
            same(gc -> gc.drawImage(layer, 20, 30, 200, 150, 0, 0, 200, 150),
                    gc -> Blit.draw(gc, layer, 20, 30, 200, 150, 0, 0, 200, 150));
            same(gc -> {
                gc.setInterpolation(SWT.LOW);
                gc.drawImage(layer, 0, 0, 300, 200, 10, 10, 150, 100);
            }, gc -> {
                gc.setInterpolation(SWT.LOW);
                Blit.draw(gc, layer, 0, 0, 300, 200, 10, 10, 150, 100);
            });
        } finally {
            layer.dispose();
        }
    }

    @Test
    void scaledDrawsMatchSwtForEveryInterpolation() {
        for (int interpolation : new int[] { SWT.DEFAULT, SWT.NONE, SWT.LOW, SWT.HIGH }) {
            same(gc -> {
                gc.setInterpolation(interpolation);
                gc.drawImage(source, 13, 17, 50, 40, 3, 5, 173, 131);
            }, gc -> {
                gc.setInterpolation(interpolation);
                Blit.draw(gc, source, 13, 17, 50, 40, 3, 5, 173, 131);
            });
            same(gc -> {
                gc.setInterpolation(interpolation);
                gc.drawImage(source, 0, 0, 300, 200, -7, 9, 97, 61);
            }, gc -> {
                gc.setInterpolation(interpolation);
                Blit.draw(gc, source, 0, 0, 300, 200, -7, 9, 97, 61);
            });
        }
    }

    @Test
    void alphaAndClippingAreHonoured() {
        same(gc -> {
            gc.setAlpha(128);
            gc.drawImage(source, 0, 0);
        }, gc -> {
            gc.setAlpha(128);
            Blit.draw(gc, source, 0, 0);
        });
        same(gc -> {
            gc.setClipping(new Rectangle(30, 40, 77, 55));
            gc.drawImage(source, -20, 0);
        }, gc -> {
            gc.setClipping(new Rectangle(30, 40, 77, 55));
            Blit.draw(gc, source, -20, 0);
        });
        same(gc -> {
            gc.setAlpha(0);
            gc.drawImage(source, 0, 0);
        }, gc -> {
            gc.setAlpha(0);
            Blit.draw(gc, source, 0, 0);
        });
    }

    /** Both draws on the same grey background; every pixel equal. */
    private void same(Consumer<GC> swt, Consumer<GC> blit) {
        assertArrayEquals(pixels(swt), pixels(blit));
    }

    private int[] pixels(Consumer<GC> draw) {
        Image target = new Image(display, SIZE, SIZE);
        GC gc = new GC(target);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            draw.accept(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = target.getImageData();
        target.dispose();
        int[] pixels = new int[SIZE * SIZE];
        data.getPixels(0, 0, pixels.length, pixels, 0);
        return pixels;
    }
}
