package org.annotide.ui.editor.internal.tools;

import java.util.Arrays;

/**
 * Cuts a mask (row-major runs in a pixel window, alternating background and foreground, starting with
 * background: the model's form) to the editable area, so a brush stroke across the image's edge paints up to
 * the edge and not beyond, as the box tool clamps. Works on the runs row by row, never on a bitmap of the
 * image.
 *
 * @param x      the window's left in image pixels
 * @param y      the window's top
 * @param width  0 with height 0 when nothing is left
 * @param counts the runs of the window
 */
record MaskClip(int x, int y, int width, int height, int[] counts) {

    /**
     * The mask inside the area [left, right) x [top, bottom), cropped to its foreground; null when nothing of it
     * lies inside.
     */
    static MaskClip of(int x, int y, int width, int height, int[] counts, int left, int top, int right, int bottom) {
        int x0 = Math.max(x, left);
        int y0 = Math.max(y, top);
        int x1 = Math.min(x + width, right);
        int y1 = Math.min(y + height, bottom);
        if (x0 >= x1 || y0 >= y1) {
            return null;
        }
        if (x0 == x && y0 == y && x1 == x + width && y1 == y + height) {
            return new MaskClip(x, y, width, height, counts); // inside already
        }
        int w = x1 - x0;
        int h = y1 - y0;
        // foreground intervals of the kept rows, in the clipped window's columns
        int[][] rows = new int[h][];
        int[] rowLengths = new int[h];
        long position = 0;
        for (int i = 0; i < counts.length; i++) {
            long run = counts[i];
            if (i % 2 == 1 && run > 0) {
                long end = position + run;
                for (long start = position; start < end;) {
                    int row = (int) (start / width);
                    long rowEnd = Math.min(end, (long) (row + 1) * width);
                    int imageRow = y + row;
                    if (imageRow >= y0 && imageRow < y1) {
                        int from = Math.max(x0, x + (int) (start - (long) row * width)) - x0;
                        int to = Math.min(x1, x + (int) (rowEnd - (long) row * width)) - x0;
                        if (from < to) {
                            int r = imageRow - y0;
                            int[] intervals = rows[r] == null ? new int[4] : rows[r];
                            if (rowLengths[r] + 2 > intervals.length) {
                                intervals = Arrays.copyOf(intervals, intervals.length * 2);
                            }
                            intervals[rowLengths[r]++] = from;
                            intervals[rowLengths[r]++] = to;
                            rows[r] = intervals;
                        }
                    }
                    start = rowEnd;
                }
            }
            position += run;
        }
        int minRow = -1;
        int maxRow = -1;
        int minColumn = w;
        int maxColumn = 0;
        for (int r = 0; r < h; r++) {
            if (rowLengths[r] > 0) {
                minRow = minRow < 0 ? r : minRow;
                maxRow = r;
                minColumn = Math.min(minColumn, rows[r][0]);
                maxColumn = Math.max(maxColumn, rows[r][rowLengths[r] - 1]);
            }
        }
        if (minRow < 0) {
            return null;
        }
        int cw = maxColumn - minColumn;
        int ch = maxRow - minRow + 1;
        int[] runs = new int[16];
        int count = 0;
        long cursor = 0; // pixels written so far, row-major in the cropped window
        for (int r = minRow; r <= maxRow; r++) {
            long rowStart = (long) (r - minRow) * cw;
            for (int k = 0; k < rowLengths[r]; k += 2) {
                long from = rowStart + rows[r][k] - minColumn;
                long to = rowStart + rows[r][k + 1] - minColumn;
                if (count + 2 > runs.length) {
                    runs = Arrays.copyOf(runs, runs.length * 2);
                }
                if (count > 0 && from == cursor) {
                    runs[count - 1] += (int) (to - from); // touches the previous interval (row wrap)
                } else {
                    runs[count++] = (int) (from - cursor);
                    runs[count++] = (int) (to - from);
                }
                cursor = to;
            }
        }
        long total = (long) cw * ch;
        if (cursor < total) {
            runs = Arrays.copyOf(runs, count + 1);
            runs[count++] = (int) (total - cursor);
        }
        return new MaskClip(x0 + minColumn, y0 + minRow, cw, ch, Arrays.copyOf(runs, count));
    }
}
