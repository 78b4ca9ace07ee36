package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.annotide.formats.internal.MaskRaster;
import org.annotide.formats.internal.labelstudio.LabelStudioBrush;
import org.annotide.model.MaskShape;
import org.junit.jupiter.api.Test;

/**
 * Label Studio brush RLE against vectors produced by label-studio-converter's own {@code brush.py}
 * ({@code mask2rle} and {@code decode_rle}, run with numpy on the masks drawn here).
 */
class LabelStudioBrushTest {

    /** 6 x 4: pixel (0, 0) and the block x 2..4, y 1..2. */
    private static final int[] BLOB_6X4 = {0, 0, 0, 96, 57, 27, 252, 127, 248, 108, 2, 223, 253, 176, 11, 127, 248, 108, 0};

    @Test
    void decodesWhatBrushPyEncodes() {
        MaskShape mask = LabelStudioBrush.decode(BLOB_6X4, 6, 4);
        MaskRaster raster = MaskRaster.of(mask);
        assertEquals(7, raster.area());
        assertEquals(0, mask.getX());
        assertEquals(0, mask.getY());
        assertEquals(5, mask.getWidth());
        assertEquals(3, mask.getHeight());
        assertEquals(true, raster.get(0, 0));
        assertEquals(true, raster.get(4, 2));
        assertEquals(false, raster.get(1, 1));
    }

    @Test
    void encodesExactlyAsBrushPy() {
        assertArrayEquals(BLOB_6X4, LabelStudioBrush.encode(LabelStudioBrush.decode(BLOB_6X4, 6, 4), 6, 4));
    }

    @Test
    void longRunsAreSplitAt65536LikeBrushPy() {
        // 200 x 100 foreground but pixel (50, 50): an RGBA run of 40 200 values, then 4, then 39 796; brush.py wrote
        int[] expected = {0, 1, 56, 128, 57, 27, 255, 157, 7, 255, 140, 3, 205, 185, 255, 128};
        MaskRaster raster = new MaskRaster(0, 0, 200, 100);
        raster.setRun(0, 20000);
        MaskRaster hole = new MaskRaster(0, 0, 200, 100);
        hole.setRun(0, 50 * 200 + 50);
        hole.setRun(50 * 200 + 51, 20000 - (50 * 200 + 51));
        assertArrayEquals(expected, LabelStudioBrush.encode(hole.toMask(), 200, 100));
        assertEquals(19999, MaskRaster.of(LabelStudioBrush.decode(expected, 200, 100)).area());
        assertEquals(20000, MaskRaster.of(LabelStudioBrush.decode(LabelStudioBrush.encode(raster.toMask(), 200, 100),
                200, 100)).area());
    }

    @Test
    void rectangleWithAHoleMatchesBrushPy() {
        // 30 x 20: rows 5..14, columns 3..24, without rows 8..9 x columns 10..11
        int[] expected = {0, 0, 9, 96, 57, 27, 255, 2, 99, 0, 202, 255, 248, 124, 3, 43, 255, 225, 240, 12, 175, 255, 135,
                192, 48, 223, 252, 224, 24, 207, 255, 15, 128, 97, 191, 249, 192, 49, 159, 254, 31, 0, 202, 255, 248, 124, 3,
                43, 255, 225, 240, 12, 175, 255, 135, 192, 50, 191, 254, 31, 0, 202, 255, 252, 9, 172, 0};
        MaskRaster raster = new MaskRaster(0, 0, 30, 20);
        for (int y = 5; y < 15; y++) {
            for (int x = 3; x < 25; x++) {
                if (!(y >= 8 && y < 10 && x >= 10 && x < 12)) {
                    raster.set(x, y);
                }
            }
        }
        assertArrayEquals(expected, LabelStudioBrush.encode(raster.toMask(), 30, 20));
        assertEquals(10 * 22 - 4, MaskRaster.of(LabelStudioBrush.decode(expected, 30, 20)).area());
    }

    @Test
    void refusesDataOfTheWrongSizeOrTruncated() {
        assertThrows(IllegalArgumentException.class, () -> LabelStudioBrush.decode(BLOB_6X4, 7, 4));
        int[] truncated = java.util.Arrays.copyOf(BLOB_6X4, 9);
        assertThrows(IllegalArgumentException.class, () -> LabelStudioBrush.decode(truncated, 6, 4));
    }
}
