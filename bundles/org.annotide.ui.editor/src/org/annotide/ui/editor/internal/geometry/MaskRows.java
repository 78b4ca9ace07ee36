package org.annotide.ui.editor.internal.geometry;

/**
 * Walks the foreground of a row-major run-length mask (counts alternate background and foreground, starting
 * with background) as horizontal segments, one per row a run touches.
 */
public final class MaskRows {

    /** Receives one foreground segment: window row, first column, length in pixels. */
    @FunctionalInterface
    public interface SegmentVisitor {
        void segment(int row, int column, int length);
    }

    private MaskRows() {
    }

    /**
     * Visits the foreground segments in rows {@code firstRow..lastRow} (inclusive, window rows) of a mask
     * {@code width} pixels wide. Runs past the window's end are cut off.
     */
    public static void visit(int[] counts, int width, int height, int firstRow, int lastRow, SegmentVisitor visitor) {
        if (counts == null || width <= 0) {
            return;
        }
        long end = (long) width * height;
        long first = (long) Math.max(0, firstRow) * width;
        long last = (long) (Math.min(height - 1, lastRow) + 1) * width;
        long position = 0;
        for (int i = 0; i < counts.length && position < last; i++) {
            long run = Math.max(0, counts[i]);
            if (i % 2 == 1 && position + run > first) {
                long start = Math.max(position, first);
                long stop = Math.min(Math.min(position + run, last), end);
                while (start < stop) {
                    int row = (int) (start / width);
                    int column = (int) (start % width);
                    int length = (int) Math.min(stop - start, width - column);
                    visitor.segment(row, column, length);
                    start += length;
                }
            }
            position += run;
        }
    }
}
