package org.annotide.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.annotide.core.geometry.CocoRle;
import org.junit.jupiter.api.Test;

/** Values derived by hand from maskApi.c's definitions (column-major runs starting with background). */
class CocoRleTest {

    /** 3x3 image, only the centre pixel set. */
    private static final byte[] CENTRE = { 0, 0, 0, 0, 1, 0, 0, 0, 0 };

    @Test
    void encodesColumnMajorRunsStartingWithBackground() {
        CocoRle rle = CocoRle.encode(CENTRE, 3, 3);
        assertArrayEquals(new int[] { 4, 1, 4 }, rle.counts());
        assertEquals(1, rle.area());
        assertArrayEquals(new double[] { 1, 1, 1, 1 }, rle.toBbox());
        assertArrayEquals(CENTRE, rle.decode());
    }

    @Test
    void maskStartingWithForegroundHasAnEmptyFirstRun() {
        CocoRle rle = CocoRle.encode(new byte[] { 1, 1, 0, 0 }, 2, 2);
        assertArrayEquals(new int[] { 0, 2, 2 }, rle.counts());
        // the first column is fully set: the box is column 0, rows 0..1
        assertArrayEquals(new double[] { 0, 0, 1, 2 }, rle.toBbox());
    }

    @Test
    void foregroundRunAcrossColumnsSpansAllRows() {
        // 4 rows x 2 columns: pixels (x=0,y=3) and (x=1,y=0) form one run crossing the column boundary
        CocoRle rle = new CocoRle(4, 2, new int[] { 3, 2, 3 });
        assertArrayEquals(new double[] { 0, 0, 2, 4 }, rle.toBbox());
    }

    @Test
    void emptyMaskHasZeroBox() {
        CocoRle rle = CocoRle.encode(new byte[6], 2, 3);
        assertArrayEquals(new int[] { 6 }, rle.counts());
        assertEquals(0, rle.area());
        assertArrayEquals(new double[4], rle.toBbox());
    }

    @Test
    void compressedStringUsesSixBitGroupsAndDeltasAfterTheThirdRun() {
        // 4, 1, 4 are single characters '0' + value
        assertEquals("414", new CocoRle(3, 3, new int[] { 4, 1, 4 }).toCompressedString());
        // 100 = 3 * 32 + 4: low group 4 with the continuation bit (4 | 32) + 48 = 'T', then 3 -> '3'
        assertEquals("T3", new CocoRle(10, 10, new int[] { 100 }).toCompressedString());
        // from the fourth run on the difference to the run two before is stored: 1 - 2 = -1 -> 31 + 48 = 'O'
        assertEquals("123O", new CocoRle(7, 1, new int[] { 1, 2, 3, 1 }).toCompressedString());
        assertArrayEquals(new int[] { 1, 2, 3, 1 }, CocoRle.fromCompressedString("123O", 7, 1).counts());
        assertArrayEquals(new int[] { 100 }, CocoRle.fromCompressedString("T3", 10, 10).counts());
    }

    @Test
    void compressedStringRoundTripsRandomMasks() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            int h = 1 + random.nextInt(40);
            int w = 1 + random.nextInt(40);
            byte[] mask = new byte[h * w];
            double density = random.nextDouble();
            for (int p = 0; p < mask.length; p++) {
                mask[p] = (byte) (random.nextDouble() < density ? 1 : 0);
            }
            CocoRle rle = CocoRle.encode(mask, h, w);
            CocoRle back = CocoRle.fromCompressedString(rle.toCompressedString(), h, w);
            assertEquals(rle, back);
            assertArrayEquals(mask, back.decode());
        }
    }

    @Test
    void truncatedCompressedStringIsRefused() {
        // 'T' carries the continuation bit, so a string ending with it is cut short
        assertThrows(IllegalArgumentException.class, () -> CocoRle.fromCompressedString("T", 10, 10));
    }

    @Test
    void boxCoversThePixelsWhoseCentresItEncloses() {
        // the box (0,0)-(2,2) on a 4x4 image covers pixels x,y in {0,1}
        CocoRle rle = CocoRle.fromBox(0, 0, 2, 2, 4, 4);
        assertArrayEquals(new int[] { 0, 2, 2, 2, 10 }, rle.counts());
        // a fractional box, as pycocotools' frBbox rasterises it: columns 1-2, rows 1-3
        CocoRle fractional = CocoRle.fromBox(1.2, 0.6, 2.0, 2.9, 5, 5);
        assertEquals(6, fractional.area());
        assertArrayEquals(new double[] { 1, 1, 2, 3 }, fractional.toBbox());
    }

    @Test
    void polygonSquareAndItsHole() {
        CocoRle square = CocoRle.fromPolygon(new double[] { 0, 0, 0, 10, 10, 10, 10, 0 }, 12, 12);
        assertEquals(100, square.area());
        assertArrayEquals(new double[] { 0, 0, 10, 10 }, square.toBbox());
        CocoRle hole = CocoRle.fromPolygon(new double[] { 4, 4, 4, 6, 6, 6, 6, 4 }, 12, 12);
        assertEquals(4, hole.area());
        CocoRle withHole = CocoRle.merge(List.of(square, hole.invert()), true);
        assertEquals(96, withHole.area());
    }

    @Test
    void polygonOutsideTheImageIsClipped() {
        CocoRle rle = CocoRle.fromPolygon(new double[] { -5, -5, -5, 2, 2, 2, 2, -5 }, 4, 4);
        assertEquals(4, rle.area());
        assertArrayEquals(new double[] { 0, 0, 2, 2 }, rle.toBbox());
    }

    @Test
    void mergeUnitesOrIntersects() {
        CocoRle left = CocoRle.fromBox(0, 0, 2, 4, 4, 4); // columns 0-1, 8 pixels
        CocoRle middle = CocoRle.fromBox(1, 0, 2, 4, 4, 4); // columns 1-2, 8 pixels
        assertEquals(12, CocoRle.merge(List.of(left, middle), false).area());
        assertEquals(4, CocoRle.merge(List.of(left, middle), true).area());
        assertEquals(0, CocoRle.merge(List.of(left, new CocoRle(5, 5, new int[] { 25 })), false).height());
    }

    @Test
    void maskIouAndCrowdIou() {
        CocoRle a = CocoRle.fromBox(0, 0, 2, 2, 4, 4);
        CocoRle b = CocoRle.fromBox(1, 0, 2, 2, 4, 4);
        CocoRle far = CocoRle.fromBox(3, 3, 1, 1, 4, 4);
        double[][] iou = CocoRle.iou(List.of(a, far), List.of(b, b), new boolean[] { false, true });
        assertEquals(2.0 / 6.0, iou[0][0]);
        assertEquals(2.0 / 4.0, iou[0][1], "a crowd's union is the detection's area");
        assertEquals(0, iou[1][0]);
        CocoRle otherSize = CocoRle.fromBox(1, 0, 2, 2, 5, 5);
        assertEquals(-1, CocoRle.iou(List.of(a), List.of(otherSize), null)[0][0]);
    }

    @Test
    void boxIouAndCrowdBoxIou() {
        double[][] iou = CocoRle.boxIou(new double[][] { { 0, 0, 10, 10 }, { 20, 20, 1, 1 } },
                new double[][] { { 5, 0, 10, 10 }, { 5, 0, 10, 10 } }, new boolean[] { false, true });
        assertEquals(50.0 / 150.0, iou[0][0]);
        assertEquals(50.0 / 100.0, iou[0][1]);
        assertEquals(0, iou[1][0]);
    }
}
