package org.annotide.formats.internal;

import java.util.Arrays;
import java.util.BitSet;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.MaskShape;

/**
 * A binary raster in row-major order placed at (x, y) in the image, and its conversion to and from the
 * model's {@link MaskShape} (row-major run lengths inside a window, background first).
 */
public final class MaskRaster {

    /** Rasters larger than this are refused: a damaged file must not be able to exhaust the heap. */
    public static final long MAX_PIXELS = 1L << 30;

    private final int x;
    private final int y;
    private final int width;
    private final int height;
    private final BitSet bits;

    public MaskRaster(int x, int y, int width, int height) {
        if (width < 0 || height < 0 || (long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("mask of " + width + " x " + height + " pixels is out of range");
        }
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.bits = new BitSet();
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Pixel in window coordinates. */
    public boolean get(int column, int row) {
        return column >= 0 && row >= 0 && column < width && row < height && bits.get(row * width + column);
    }

    public void set(int column, int row) {
        bits.set(row * width + column);
    }

    /** Sets {@code length} pixels starting at the row-major index. */
    public void setRun(int index, int length) {
        bits.set(index, index + length);
    }

    public long area() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /** Decodes the model's mask into a raster of its window. */
    public static MaskRaster of(MaskShape mask) {
        MaskRaster raster = new MaskRaster(mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight());
        int[] counts = mask.getCounts();
        if (counts == null) {
            return raster;
        }
        long total = (long) mask.getWidth() * mask.getHeight();
        long index = 0;
        for (int i = 0; i < counts.length && index < total; i++) {
            long end = Math.min(total, index + Math.max(0, counts[i]));
            if (i % 2 == 1 && end > index) {
                raster.bits.set((int) index, (int) end);
            }
            index = end;
        }
        return raster;
    }

    /**
     * Checks that row-major counts describe exactly {@code width * height} pixels.
     *
     * @return null when valid, else the reason
     */
    public static String checkCounts(int[] counts, int width, int height) {
        if (width <= 0 || height <= 0) {
            return "the mask has no pixels (" + width + " x " + height + ")";
        }
        long sum = 0;
        for (int count : counts) {
            if (count < 0) {
                return "negative run length " + count;
            }
            sum += count;
        }
        long expected = (long) width * height;
        return sum == expected ? null : "run lengths add up to " + sum + " pixels, the window has " + expected;
    }

    /** The smallest mask holding every set pixel; null when no pixel is set. */
    public MaskShape toMask() {
        if (bits.isEmpty()) {
            return null;
        }
        int minRow = bits.nextSetBit(0) / width;
        int maxRow = bits.previousSetBit(width * height - 1) / width;
        int minColumn = width;
        int maxColumn = -1;
        for (int row = minRow; row <= maxRow; row++) {
            int first = bits.nextSetBit(row * width);
            if (first >= 0 && first < (row + 1) * width) {
                minColumn = Math.min(minColumn, first - row * width);
                int last = bits.previousSetBit((row + 1) * width - 1);
                maxColumn = Math.max(maxColumn, last - row * width);
            }
        }
        int windowWidth = maxColumn - minColumn + 1;
        int windowHeight = maxRow - minRow + 1;
        int[] counts = new int[16];
        int size = 0;
        boolean foreground = false;
        int run = 0;
        for (int row = minRow; row <= maxRow; row++) {
            for (int column = minColumn; column <= maxColumn; column++) {
                boolean value = bits.get(row * width + column);
                if (value != foreground) {
                    if (size == counts.length) {
                        counts = Arrays.copyOf(counts, size * 2);
                    }
                    counts[size++] = run;
                    run = 0;
                    foreground = value;
                }
                run++;
            }
        }
        if (size + 1 > counts.length) {
            counts = Arrays.copyOf(counts, size + 1);
        }
        counts[size++] = run;
        MaskShape mask = AnnotideFactory.eINSTANCE.createMaskShape();
        mask.setX(x + minColumn);
        mask.setY(y + minRow);
        mask.setWidth(windowWidth);
        mask.setHeight(windowHeight);
        mask.setCounts(Arrays.copyOf(counts, size));
        return mask;
    }
}
