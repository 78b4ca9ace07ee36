package org.annotide.imaging.internal.pixels;

/**
 * Halves packed 8-bit pixels with a 2x2 box filter. An odd last row or column is averaged with itself,
 * so the result is ceil(w/2) x ceil(h/2) and every output pixel covers exactly its 2x2 source block.
 */
public final class Downsampler {

    private Downsampler() {
    }

    public static int halve(int size) {
        return (size + 1) / 2;
    }

    /**
     * Halves rows {@code [fromRow, toRow)} of the output.
     *
     * @param source packed pixels from {@code offset}, {@code width} per row, {@code height} rows
     * @param target receives {@code halve(width)} pixels per row
     */
    public static void halveRows(int[] source, int offset, int width, int height, int[] target, int fromRow, int toRow) {
        int outWidth = halve(width);
        for (int oy = fromRow; oy < toRow; oy++) {
            int row0 = offset + 2 * oy * width;
            int row1 = offset + Math.min(2 * oy + 1, height - 1) * width;
            int out = oy * outWidth;
            int pairs = width / 2;
            for (int ox = 0; ox < pairs; ox++) {
                int x = 2 * ox;
                target[out + ox] = average(source[row0 + x], source[row0 + x + 1], source[row1 + x], source[row1 + x + 1]);
            }
            if ((width & 1) != 0) {
                int x = width - 1;
                target[out + pairs] = average(source[row0 + x], source[row0 + x], source[row1 + x], source[row1 + x]);
            }
        }
    }

    /** Rounded per-channel mean of four packed pixels, two channels at a time in 16-bit lanes. */
    static int average(int p, int q, int r, int s) {
        int redBlue = ((p & 0x00FF00FF) + (q & 0x00FF00FF) + (r & 0x00FF00FF) + (s & 0x00FF00FF) + 0x00020002) >>> 2;
        int alphaGreen = ((p >>> 8 & 0x00FF00FF) + (q >>> 8 & 0x00FF00FF) + (r >>> 8 & 0x00FF00FF) + (s >>> 8 & 0x00FF00FF)
                + 0x00020002) >>> 2;
        return (redBlue & 0x00FF00FF) | (alphaGreen & 0x00FF00FF) << 8;
    }
}
