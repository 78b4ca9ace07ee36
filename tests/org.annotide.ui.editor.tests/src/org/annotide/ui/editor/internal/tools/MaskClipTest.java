package org.annotide.ui.editor.internal.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Cutting a mask's runs to the image gives exactly the pixels of the mask that lie inside, cropped tight. */
class MaskClipTest {

    @Test
    void aSquareAcrossTheCornerKeepsItsInsideQuarter() {
        int[] full = {0, 100};
        MaskClip clip = MaskClip.of(-5, -5, 10, 10, full, 0, 0, 640, 480);
        assertEquals(0, clip.x());
        assertEquals(0, clip.y());
        assertEquals(5, clip.width());
        assertEquals(5, clip.height());
        assertArrayEquals(new int[] {0, 25}, clip.counts());
        assertNull(MaskClip.of(-20, 0, 10, 10, full, 0, 0, 640, 480), "entirely outside");
        assertEquals(full, MaskClip.of(3, 3, 10, 10, full, 0, 0, 640, 480).counts(), "inside: unchanged");
    }

    @Test
    void randomMasksMatchAPixelByPixelCut() {
        Random random = new Random(13);
        for (int trial = 0; trial < 500; trial++) {
            int width = 1 + random.nextInt(12);
            int height = 1 + random.nextInt(12);
            int x = random.nextInt(20) - 10;
            int y = random.nextInt(20) - 10;
            byte[] pixels = new byte[width * height];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (byte) (random.nextInt(3) == 0 ? 1 : 0);
            }
            int[] counts = encode(pixels);
            int left = random.nextInt(6) - 3;
            int top = random.nextInt(6) - 3;
            int right = left + 1 + random.nextInt(10);
            int bottom = top + 1 + random.nextInt(10);
            MaskClip clip = MaskClip.of(x, y, width, height, counts, left, top, right, bottom);
            for (int py = y - 1; py <= y + height; py++) {
                for (int px = x - 1; px <= x + width; px++) {
                    boolean inMask = px >= x && py >= y && px < x + width && py < y + height
                            && pixels[(py - y) * width + (px - x)] == 1;
                    boolean expected = inMask && px >= left && px < right && py >= top && py < bottom;
                    assertEquals(expected, contains(clip, px, py), "trial " + trial + " pixel " + px + "," + py
                            + " counts " + Arrays.toString(counts));
                }
            }
            if (clip != null) {
                assertEquals((long) clip.width() * clip.height(), Arrays.stream(clip.counts()).asLongStream().sum(),
                        "the runs cover the window exactly");
            }
        }
    }

    private static boolean contains(MaskClip clip, int px, int py) {
        if (clip == null || px < clip.x() || py < clip.y() || px >= clip.x() + clip.width()
                || py >= clip.y() + clip.height()) {
            return false;
        }
        long target = (long) (py - clip.y()) * clip.width() + (px - clip.x());
        long position = 0;
        for (int i = 0; i < clip.counts().length; i++) {
            position += clip.counts()[i];
            if (target < position) {
                return i % 2 == 1;
            }
        }
        return false;
    }

    private static int[] encode(byte[] pixels) {
        int[] runs = new int[pixels.length + 2];
        int count = 0;
        byte current = 0;
        int run = 0;
        for (byte pixel : pixels) {
            if (pixel != current) {
                runs[count++] = run;
                run = 0;
                current = pixel;
            }
            run++;
        }
        runs[count++] = run;
        return Arrays.copyOf(runs, count);
    }
}
