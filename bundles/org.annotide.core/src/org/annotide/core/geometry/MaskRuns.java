package org.annotide.core.geometry;

import java.util.Arrays;
import java.util.BitSet;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.MaskShape;

/**
 * The model's mask: row-major runs inside a pixel window ({@code x, y, width, height}), alternating background
 * and foreground and starting with background (a leading 0 when the first pixel is foreground). This class is
 * the one reader and writer of those runs in Annotide (the formats and the editor's brush use it):
 * <ul>
 * <li>runs must not be negative and must not add up to more than the window; runs that stop short leave the
 * rest of the window background;</li>
 * <li>a mask is written cropped to the tight box of its foreground ({@link #encodeCropped}); its bounds are that
 * box ({@link #bounds}), whatever window it was stored with.</li>
 * </ul>
 * Conversions to and from COCO's column-major whole-image runs work on the window and the runs only, never on a
 * whole-image bitmap, so a small mask on a gigapixel slide costs what the mask costs.
 */
public final class MaskRuns {

    private MaskRuns() {
    }

    /**
     * The window as row-major bytes, 1 for foreground.
     *
     * @throws IllegalArgumentException when a run is negative or the runs exceed the window
     */
    public static byte[] decodeWindow(MaskShape mask) {
        int width = mask.getWidth();
        int height = mask.getHeight();
        byte[] pixels = new byte[Math.multiplyExact(width, height)];
        int[] counts = mask.getCounts() == null ? new int[0] : mask.getCounts();
        int position = 0;
        for (int i = 0; i < counts.length; i++) {
            int run = counts[i];
            if (run < 0 || (long) position + run > pixels.length) {
                throw new IllegalArgumentException("mask runs exceed its " + width + "x" + height + " window");
            }
            if (i % 2 == 1) {
                Arrays.fill(pixels, position, position + run, (byte) 1);
            }
            position += run;
        }
        return pixels;
    }

    /**
     * The window as a row-major bit set, set for foreground.
     *
     * @throws IllegalArgumentException when a run is negative or the runs exceed the window
     */
    public static BitSet decodeBits(MaskShape mask) {
        int[] counts = mask.getCounts() == null ? new int[0] : mask.getCounts();
        return decodeBits(counts, mask.getWidth(), mask.getHeight());
    }

    /**
     * Row-major runs of a {@code width x height} window as a bit set, set for foreground.
     *
     * @throws IllegalArgumentException when a run is negative or the runs exceed the window
     */
    public static BitSet decodeBits(int[] counts, int width, int height) {
        long total = (long) Math.max(0, width) * Math.max(0, height);
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a mask of " + width + "x" + height + " pixels is too large");
        }
        BitSet bits = new BitSet();
        long position = 0;
        for (int i = 0; i < counts.length; i++) {
            int run = counts[i];
            if (run < 0 || position + run > total) {
                throw new IllegalArgumentException("mask runs exceed its " + width + "x" + height + " window");
            }
            if (i % 2 == 1 && run > 0) {
                bits.set((int) position, (int) (position + run));
            }
            position += run;
        }
        return bits;
    }

    /**
     * The set bits of a row-major {@code width x height} raster placed at (x, y) in the image, as a model mask
     * cropped to the tight box of its foreground.
     *
     * @return null when no bit inside the raster is set
     */
    public static MaskShape encodeCropped(BitSet rowMajor, int x, int y, int width, int height) {
        long total = (long) Math.max(0, width) * Math.max(0, height);
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a mask of " + width + "x" + height + " pixels is too large");
        }
        int first = rowMajor.nextSetBit(0);
        if (first < 0 || first >= total) {
            return null;
        }
        int last = rowMajor.previousSetBit((int) total - 1);
        int minRow = first / width;
        int maxRow = last / width;
        int minColumn = width;
        int maxColumn = -1;
        for (int row = minRow; row <= maxRow; row++) {
            int rowStart = row * width;
            int firstSet = rowMajor.nextSetBit(rowStart);
            if (firstSet >= 0 && firstSet < rowStart + width) {
                minColumn = Math.min(minColumn, firstSet - rowStart);
                maxColumn = Math.max(maxColumn, rowMajor.previousSetBit(rowStart + width - 1) - rowStart);
            }
        }
        int windowWidth = maxColumn - minColumn + 1;
        int windowHeight = maxRow - minRow + 1;
        RunWriter runs = new RunWriter();
        for (int row = minRow; row <= maxRow; row++) {
            int from = row * width + minColumn;
            int to = row * width + maxColumn + 1;
            long base = (long) (row - minRow) * windowWidth - from;
            int start = rowMajor.nextSetBit(from);
            while (start >= 0 && start < to) {
                int end = Math.min(rowMajor.nextClearBit(start), to);
                runs.foreground(base + start, end - start);
                start = end < to ? rowMajor.nextSetBit(end) : -1;
            }
        }
        MaskShape mask = AnnotideFactory.eINSTANCE.createMaskShape();
        mask.setX(x + minColumn);
        mask.setY(y + minRow);
        mask.setWidth(windowWidth);
        mask.setHeight(windowHeight);
        mask.setCounts(runs.finish((long) windowWidth * windowHeight));
        return mask;
    }

    /** Number of foreground pixels of a model mask. */
    public static long area(MaskShape mask) {
        long area = 0;
        int[] counts = mask.getCounts() == null ? new int[0] : mask.getCounts();
        for (int i = 1; i < counts.length; i += 2) {
            area += counts[i];
        }
        return area;
    }

    /** Tight pixel box x, y, w, h of a model mask's foreground in image coordinates; null without foreground. */
    public static double[] bounds(MaskShape mask) {
        int width = mask.getWidth();
        int[] counts = mask.getCounts() == null ? new int[0] : mask.getCounts();
        if (width <= 0 || mask.getHeight() <= 0) {
            return null;
        }
        long minX = Long.MAX_VALUE;
        long minY = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        long maxY = Long.MIN_VALUE;
        long position = 0;
        for (int i = 0; i < counts.length; i++) {
            long run = counts[i];
            if (i % 2 == 1 && run > 0) {
                long first = position;
                long last = position + run - 1;
                long firstRow = first / width;
                long lastRow = last / width;
                minY = Math.min(minY, firstRow);
                maxY = Math.max(maxY, lastRow);
                if (firstRow == lastRow) {
                    minX = Math.min(minX, first % width);
                    maxX = Math.max(maxX, last % width);
                } else {
                    minX = 0;
                    maxX = Math.max(maxX, width - 1L);
                }
            }
            position += run;
        }
        if (minX == Long.MAX_VALUE) {
            return null;
        }
        return new double[] { mask.getX() + minX, mask.getY() + minY, maxX - minX + 1, maxY - minY + 1 };
    }

    /** The model mask as a COCO RLE of the whole image; pixels outside the image are dropped. */
    public static CocoRle toCocoRle(MaskShape mask, int imageHeight, int imageWidth) {
        byte[] window = decodeWindow(mask);
        int width = mask.getWidth();
        int height = mask.getHeight();
        int x0 = Math.max(0, mask.getX());
        int x1 = Math.min(imageWidth, mask.getX() + width);
        int y0 = Math.max(0, mask.getY());
        int y1 = Math.min(imageHeight, mask.getY() + height);
        RunWriter runs = new RunWriter();
        for (int x = x0; x < x1; x++) {
            int column = x - mask.getX();
            long base = (long) x * imageHeight;
            for (int y = y0; y < y1; y++) {
                boolean foreground = window[(y - mask.getY()) * width + column] != 0;
                runs.set(base + y, foreground);
            }
        }
        return new CocoRle(imageHeight, imageWidth, runs.finish((long) imageHeight * imageWidth));
    }

    /** The RLE's foreground as a model mask whose window is the tight box around it (0x0 when empty). */
    public static MaskShape fromCocoRle(CocoRle rle) {
        MaskShape mask = AnnotideFactory.eINSTANCE.createMaskShape();
        double[] box = rle.toBbox();
        int x0 = (int) box[0];
        int y0 = (int) box[1];
        int width = rle.area() == 0 ? 0 : (int) box[2];
        int height = rle.area() == 0 ? 0 : (int) box[3];
        mask.setX(width == 0 ? 0 : x0);
        mask.setY(height == 0 ? 0 : y0);
        mask.setWidth(width);
        mask.setHeight(height);
        if (width == 0 || height == 0) {
            mask.setCounts(new int[0]);
            return mask;
        }
        byte[] window = new byte[width * height];
        int[] counts = rle.counts();
        long position = 0;
        int imageHeight = rle.height();
        for (int i = 0; i < counts.length; i++) {
            long run = Integer.toUnsignedLong(counts[i]);
            if (i % 2 == 1) {
                for (long p = position; p < position + run; p++) {
                    int x = (int) (p / imageHeight) - x0;
                    int y = (int) (p % imageHeight) - y0;
                    window[y * width + x] = 1;
                }
            }
            position += run;
        }
        RunWriter runs = new RunWriter();
        for (int p = 0; p < window.length; p++) {
            runs.set(p, window[p] != 0);
        }
        mask.setCounts(runs.finish(window.length));
        return mask;
    }

    /**
     * Collects alternating background/foreground runs from pixels visited in increasing position order;
     * positions skipped are background.
     */
    private static final class RunWriter {
        private int[] counts = new int[16];
        private int size;
        private long runStart;
        private long next;
        private boolean foreground;

        void set(long position, boolean value) {
            if (foreground && position > next) {
                // the positions skipped since the last call are background: the foreground run ended there
                add(next - runStart);
                runStart = next;
                foreground = false;
            }
            next = position + 1;
            if (value != foreground) {
                add(position - runStart);
                runStart = position;
                foreground = value;
            }
        }

        /** A foreground run of {@code length} pixels from {@code start}, at or after every position set so far. */
        void foreground(long start, long length) {
            if (length <= 0) {
                return;
            }
            if (foreground && start > next) {
                add(next - runStart);
                runStart = next;
                foreground = false;
            }
            if (!foreground) {
                add(start - runStart);
                runStart = start;
                foreground = true;
            }
            next = start + length;
        }

        int[] finish(long total) {
            if (foreground && total > next) {
                add(next - runStart);
                runStart = next;
            }
            add(total - runStart);
            return Arrays.copyOf(counts, size);
        }

        private void add(long run) {
            if (size == counts.length) {
                counts = Arrays.copyOf(counts, size * 2);
            }
            counts[size++] = Math.toIntExact(run);
        }
    }
}
