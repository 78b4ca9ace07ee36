package org.annotide.formats.internal;

import java.util.BitSet;

import org.annotide.core.geometry.MaskRuns;
import org.annotide.model.MaskShape;

/**
 * A binary raster in row-major order placed at (x, y) in the image, as the mask readers build it pixel by pixel,
 * and its conversion to and from the model's {@link MaskShape}; the runs are read and written by core's
 * {@link MaskRuns}.
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
        this(x, y, width, height, new BitSet());
    }

    private MaskRaster(int x, int y, int width, int height, BitSet bits) {
        if (width < 0 || height < 0 || (long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("mask of " + width + " x " + height + " pixels is out of range");
        }
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.bits = bits;
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

    /**
     * Decodes the model's mask into a raster of its window.
     *
     * @throws IllegalArgumentException when its runs are negative or exceed the window ({@link MaskRuns})
     */
    public static MaskRaster of(MaskShape mask) {
        return new MaskRaster(mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight(), MaskRuns.decodeBits(mask));
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
        return MaskRuns.encodeCropped(bits, x, y, width, height);
    }
}
