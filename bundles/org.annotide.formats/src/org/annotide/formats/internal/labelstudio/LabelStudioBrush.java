package org.annotide.formats.internal.labelstudio;

import java.util.Arrays;

import org.annotide.formats.internal.MaskRaster;
import org.annotide.model.MaskShape;

/**
 * Label Studio's brush RLE, the {@code rle-pack} encoding that label-studio-converter's {@code brush.py}
 * implements, ported exactly.
 *
 * <p>The encoded array is the image as RGBA bytes, row-major, 4 values per pixel ({@code mask2rle} repeats each
 * mask value 4 times); the mask is the alpha channel, foreground where it is above 0. The bit stream is: 32 bits
 * value count, 5 bits word size - 1, four 4-bit run-length field sizes - 1; then blocks of [1 bit: run?]
 * [2 bits: which field size][that many bits: length - 1] followed by one word (run) or length words (literal).
 * The encoder writes exactly what {@code encode_rle} writes: word size 8, field sizes 3, 4, 8, 16, runs of one
 * as literal blocks, runs longer than 65536 split, and zero padding of {@code 8 - bits % 8} bits (a whole zero
 * byte when already aligned, as brush.py does).
 */
public final class LabelStudioBrush {

    private static final int WORD_SIZE = 8;
    private static final int[] FIELD_SIZES = {3, 4, 8, 16};

    private LabelStudioBrush() {
    }

    /**
     * Decodes brush RLE bytes into the mask of an image of this size.
     *
     * @return the mask (tight window), or null when no pixel is set
     * @throws IllegalArgumentException when the data is truncated, or its value count is not width x height x 4
     */
    public static MaskShape decode(int[] bytes, int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height > MaskRaster.MAX_PIXELS) {
            throw new IllegalArgumentException("the image size " + width + " x " + height + " is out of range");
        }
        BitReader input = new BitReader(bytes);
        long num = input.read(32);
        int wordSize = (int) input.read(5) + 1;
        int[] sizes = new int[4];
        for (int i = 0; i < 4; i++) {
            sizes[i] = (int) input.read(4) + 1;
        }
        long expected = (long) width * height * 4;
        if (num != expected) {
            throw new IllegalArgumentException("the brush holds " + num + " values, an RGBA image of " + width + " x "
                    + height + " has " + expected);
        }
        MaskRaster raster = new MaskRaster(0, 0, width, height);
        long i = 0;
        while (i < num) {
            boolean run = input.read(1) == 1;
            long j = i + 1 + input.read(sizes[(int) input.read(2)]);
            if (run) {
                long value = input.read(wordSize);
                long end = Math.min(j, num); // numpy clips out[i:j] at the end of the array
                if (value > 0) {
                    setAlpha(raster, i, end, width);
                }
                i = j;
            } else {
                if (j > num) {
                    throw new IllegalArgumentException("a literal block runs past the end of the image");
                }
                while (i < j) {
                    if (input.read(wordSize) > 0 && i % 4 == 3) {
                        raster.setRun((int) (i / 4), 1);
                    }
                    i++;
                }
            }
        }
        return raster.toMask();
    }

    /** Sets the pixels whose alpha value (index 4p + 3) lies in [from, to). */
    private static void setAlpha(MaskRaster raster, long from, long to, int width) {
        if (to < 4) {
            return;
        }
        long first = from / 4;
        long last = (to - 4) / 4;
        if (last >= first) {
            raster.setRun((int) first, (int) (last - first + 1));
        }
    }

    /**
     * Encodes a mask of an image of this size as {@code encode_rle(np.repeat(mask * 255, 4))} would: foreground
     * pixels are 255 in all four channels.
     */
    public static int[] encode(MaskShape mask, int width, int height) {
        MaskRaster raster = MaskRaster.of(mask);
        BitWriter out = new BitWriter();
        long num = (long) width * height * 4;
        out.write(num, 32);
        out.write(WORD_SIZE - 1, 5);
        for (int size : FIELD_SIZES) {
            out.write(size - 1, 4);
        }
        // runs over the RGBA array are the row-major pixel runs times 4
        boolean current = false;
        long length = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean value = raster.get(x - raster.x(), y - raster.y());
                if (value != current && length > 0) {
                    writeRun(out, length * 4, current ? 255 : 0);
                    length = 0;
                }
                current = value;
                length++;
            }
        }
        if (length > 0) {
            writeRun(out, length * 4, current ? 255 : 0);
        }
        out.write(0, 8 - (int) (out.bits() % 8));
        return out.bytes();
    }

    private static void writeRun(BitWriter out, long length, int value) {
        if (length == 1) {
            out.write(0, 1);
            out.write(0, 2);
            out.write(0, 3);
        } else if (length <= 8) {
            out.write(1, 1);
            out.write(0, 2);
            out.write(length - 1, 3);
        } else if (length <= 16) {
            out.write(1, 1);
            out.write(1, 2);
            out.write(length - 1, 4);
        } else if (length <= 256) {
            out.write(1, 1);
            out.write(2, 2);
            out.write(length - 1, 8);
        } else {
            long remaining = length;
            while (remaining > 1 << 16) {
                out.write(1, 1);
                out.write(3, 2);
                out.write((1 << 16) - 1, 16);
                out.write(value, WORD_SIZE);
                remaining -= 1 << 16;
            }
            out.write(1, 1);
            out.write(3, 2);
            out.write(remaining - 1, 16);
        }
        out.write(value, WORD_SIZE);
    }

    /** Reads big-endian bit fields; running out of data is an error, as in brush.py. */
    private static final class BitReader {
        private final int[] bytes;
        private long position;

        BitReader(int[] bytes) {
            this.bytes = bytes;
        }

        long read(int count) {
            if (position + count > (long) bytes.length * 8) {
                throw new IllegalArgumentException("the brush data ends early (bit " + position + ")");
            }
            long value = 0;
            for (int i = 0; i < count; i++) {
                int b = bytes[(int) (position >> 3)];
                if (b < 0 || b > 255) {
                    throw new IllegalArgumentException("brush bytes must be 0 to 255, found " + b);
                }
                value = value << 1 | (b >> (7 - (position & 7))) & 1;
                position++;
            }
            return value;
        }
    }

    private static final class BitWriter {
        private byte[] data = new byte[64];
        private long bits;

        void write(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                if ((bits >> 3) >= data.length) {
                    data = Arrays.copyOf(data, data.length * 2);
                }
                if (((value >> i) & 1) != 0) {
                    data[(int) (bits >> 3)] |= (byte) (0x80 >> (bits & 7));
                }
                bits++;
            }
        }

        long bits() {
            return bits;
        }

        int[] bytes() {
            int[] result = new int[(int) (bits / 8)];
            for (int i = 0; i < result.length; i++) {
                result[i] = data[i] & 0xff;
            }
            return result;
        }
    }
}
