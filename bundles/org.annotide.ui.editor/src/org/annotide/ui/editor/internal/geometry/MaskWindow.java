package org.annotide.ui.editor.internal.geometry;

import java.util.BitSet;

import org.annotide.core.geometry.MaskRuns;
import org.annotide.model.MaskShape;

/**
 * A binary mask in a pixel window of the image, as the model stores it: row-major runs alternating
 * background and foreground, starting with background. Brush and eraser strokes are merged here: the
 * stroke is a chain of capsules (every pixel whose centre lies within the radius of a stroke segment),
 * painted into or erased from the decoded window, which is then encoded again and cropped to its
 * foreground so erasing never leaves a large empty window behind. The runs are written by core's
 * {@link MaskRuns#encodeCropped}, as every mask in Annotide is.
 */
public record MaskWindow(int x, int y, int width, int height, int[] counts) {

    /** A window of this size is decoded at most: 256 megapixels. */
    private static final long MAX_PIXELS = 1L << 28;

    /**
     * The mask after a brush (or eraser) stroke.
     *
     * @param existing the mask before, or null for a new one
     * @param stroke   stroke points x0 y0 x1 y1 ... in image pixels (one point makes a dot)
     * @param radius   brush radius in image pixels
     * @param erase    true to remove pixels instead of adding them
     * @return the new mask, or null when nothing is left
     */
    public static MaskWindow stroke(MaskWindow existing, double[] stroke, double radius, boolean erase) {
        double r = Math.max(0.5, radius);
        int sx0 = (int) Math.floor(min(stroke, 0) - r);
        int sy0 = (int) Math.floor(min(stroke, 1) - r);
        int sx1 = (int) Math.ceil(max(stroke, 0) + r);
        int sy1 = (int) Math.ceil(max(stroke, 1) + r);
        int x0;
        int y0;
        int x1;
        int y1;
        if (existing == null) {
            if (erase) {
                return null;
            }
            x0 = sx0;
            y0 = sy0;
            x1 = sx1;
            y1 = sy1;
        } else if (erase) {
            x0 = existing.x;
            y0 = existing.y;
            x1 = existing.x + existing.width;
            y1 = existing.y + existing.height;
        } else {
            x0 = Math.min(existing.x, sx0);
            y0 = Math.min(existing.y, sy0);
            x1 = Math.max(existing.x + existing.width, sx1);
            y1 = Math.max(existing.y + existing.height, sy1);
        }
        int width = x1 - x0;
        int height = y1 - y0;
        if (width <= 0 || height <= 0) {
            return existing;
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("a mask of " + width + " x " + height + " pixels is too large to edit");
        }
        BitSet pixels = new BitSet(width * height);
        if (existing != null) {
            existing.decodeInto(pixels, x0, y0, width);
        }
        int points = stroke.length / 2;
        for (int i = 0; i < Math.max(1, points - 1); i++) {
            int j = Math.min(i + 1, points - 1);
            capsule(pixels, x0, y0, width, height, stroke[2 * i], stroke[2 * i + 1], stroke[2 * j],
                    stroke[2 * j + 1], r, !erase);
        }
        MaskShape mask = MaskRuns.encodeCropped(pixels, x0, y0, width, height);
        return mask == null ? null
                : new MaskWindow(mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight(), mask.getCounts());
    }

    /** Number of foreground pixels. */
    public long area() {
        long area = 0;
        for (int i = 1; i < counts.length; i += 2) {
            area += counts[i];
        }
        return area;
    }

    /** Whether the image pixel (px, py) is foreground. */
    public boolean contains(int px, int py) {
        if (px < x || py < y || px >= x + width || py >= y + height) {
            return false;
        }
        long target = (long) (py - y) * width + (px - x);
        long position = 0;
        for (int i = 0; i < counts.length; i++) {
            position += counts[i];
            if (target < position) {
                return i % 2 == 1;
            }
        }
        return false;
    }

    private void decodeInto(BitSet pixels, int windowX, int windowY, int windowWidth) {
        MaskRows.visit(counts, width, height, 0, height - 1, (row, column, length) -> {
            int offset = (y + row - windowY) * windowWidth + (x + column - windowX);
            pixels.set(offset, offset + length);
        });
    }

    private static void capsule(BitSet pixels, int x0, int y0, int width, int height, double ax, double ay, double bx,
            double by, double r, boolean value) {
        int px0 = Math.max(x0, (int) Math.floor(Math.min(ax, bx) - r));
        int py0 = Math.max(y0, (int) Math.floor(Math.min(ay, by) - r));
        int px1 = Math.min(x0 + width - 1, (int) Math.ceil(Math.max(ax, bx) + r));
        int py1 = Math.min(y0 + height - 1, (int) Math.ceil(Math.max(ay, by) + r));
        for (int py = py0; py <= py1; py++) {
            for (int px = px0; px <= px1; px++) {
                if (GlyphHits.distanceToSegment(ax, ay, bx, by, px + 0.5, py + 0.5) <= r) {
                    pixels.set((py - y0) * width + (px - x0), value);
                }
            }
        }
    }

    private static double min(double[] points, int offset) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = offset; i < points.length; i += 2) {
            min = Math.min(min, points[i]);
        }
        return min;
    }

    private static double max(double[] points, int offset) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = offset; i < points.length; i += 2) {
            max = Math.max(max, points[i]);
        }
        return max;
    }
}
