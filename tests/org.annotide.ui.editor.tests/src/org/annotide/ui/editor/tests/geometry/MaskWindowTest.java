package org.annotide.ui.editor.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.annotide.ui.editor.internal.geometry.MaskRows;
import org.annotide.ui.editor.internal.geometry.MaskWindow;
import org.junit.jupiter.api.Test;

class MaskWindowTest {

    @Test
    void aDotIsADiscCroppedToItsPixels() {
        MaskWindow dot = MaskWindow.stroke(null, new double[] { 50, 50 }, 10, false);
        assertEquals(Math.PI * 100, dot.area(), 12, "about pi r^2 pixels");
        assertTrue(dot.contains(50, 50));
        assertTrue(dot.contains(41, 50));
        assertFalse(dot.contains(39, 50));
        assertFalse(dot.contains(58, 58), "the corner of the bounding box is outside the disc");
        assertEquals(40, dot.x());
        assertEquals(20, dot.width());
    }

    @Test
    void aStrokeIsACapsuleWithoutGaps() {
        MaskWindow line = MaskWindow.stroke(null, new double[] { 0, 0, 100, 0 }, 2, false);
        for (int x = 0; x < 100; x++) {
            assertTrue(line.contains(x, 0), "pixel " + x + " of the stroke");
            assertTrue(line.contains(x, -2));
            assertFalse(line.contains(x, 3));
        }
    }

    @Test
    void paintingMergesIntoTheMaskAndErasingTakesAway() {
        MaskWindow first = MaskWindow.stroke(null, new double[] { 20, 20 }, 5, false);
        MaskWindow both = MaskWindow.stroke(first, new double[] { 80, 60 }, 5, false);
        assertTrue(both.contains(20, 20) && both.contains(80, 60));
        assertEquals(first.area() * 2, both.area(), 2);
        assertEquals(15, both.x(), "the window grows to hold both");
        MaskWindow erased = MaskWindow.stroke(both, new double[] { 80, 60 }, 7, true);
        assertEquals(first.area(), erased.area());
        assertEquals(first.x(), erased.x(), "the window shrinks back to the foreground");
        assertEquals(first.width(), erased.width());
        assertNull(MaskWindow.stroke(erased, new double[] { 20, 20 }, 7, true), "nothing left");
        assertNull(MaskWindow.stroke(null, new double[] { 1, 1 }, 3, true), "erasing nothing makes nothing");
    }

    @Test
    void runsAreRowMajorAndStartWithBackground() {
        MaskWindow dot = MaskWindow.stroke(null, new double[] { 10.5, 10.5 }, 1.2, false);
        AtomicLong pixels = new AtomicLong();
        MaskRows.visit(dot.counts(), dot.width(), dot.height(), 0, dot.height() - 1, (row, column, length) -> {
            for (int i = 0; i < length; i++) {
                assertTrue(dot.contains(dot.x() + column + i, dot.y() + row));
            }
            pixels.addAndGet(length);
        });
        assertEquals(dot.area(), pixels.get());
        long total = 0;
        for (int count : dot.counts()) {
            total += count;
        }
        assertTrue(total <= (long) dot.width() * dot.height());
    }

    @Test
    void rowsOutsideTheAskedRangeAreSkipped() {
        // a 4 x 3 window: row 0 empty, row 1 full, row 2 the first two pixels
        int[] counts = { 4, 6 };
        StringBuilder seen = new StringBuilder();
        MaskRows.visit(counts, 4, 3, 2, 2, (row, column, length) -> seen.append(row).append(':').append(column)
                .append('+').append(length));
        assertEquals("2:0+2", seen.toString());
    }
}
