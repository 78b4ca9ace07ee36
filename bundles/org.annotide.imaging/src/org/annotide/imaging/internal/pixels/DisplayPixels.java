package org.annotide.imaging.internal.pixels;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;

/**
 * Converts decoded pixels of any layout into packed 8-bit display pixels (0xAARRGGBB; alpha 0xFF for
 * opaque images). Grey and colour samples are taken as display values: 16-bit samples are scaled to
 * 8 bits linearly over their full range, without gamma or colour management. Interleaved 8/16-bit
 * layouts, which every built-in reader produces, are converted directly; others go through
 * {@link BufferedImage#getRGB}.
 */
public final class DisplayPixels {

    private static final int OPAQUE = 0xFF00_0000;

    private DisplayPixels() {
    }

    /** Writes the whole of {@code image} into {@code target} starting at {@code offset}, {@code scan} ints per row. */
    public static void convert(BufferedImage image, int[] target, int offset, int scan) {
        int width = image.getWidth();
        int height = image.getHeight();
        int type = image.getType();
        Raster raster = image.getRaster();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && raster.getDataBuffer() instanceof DataBufferInt && raster.getParent() == null
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
            int[] source = ((DataBufferInt) raster.getDataBuffer()).getData();
            int sourceScan = ((java.awt.image.SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
            for (int y = 0; y < height; y++) {
                int from = y * sourceScan;
                int to = offset + y * scan;
                if (type == BufferedImage.TYPE_INT_ARGB) {
                    System.arraycopy(source, from, target, to, width);
                } else {
                    for (int x = 0; x < width; x++) {
                        target[to + x] = source[from + x] | OPAQUE;
                    }
                }
            }
            return;
        }
        if (convertInterleaved(image, target, offset, scan)) {
            return;
        }
        int[] row = new int[width];
        boolean alpha = image.getColorModel().hasAlpha();
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            int to = offset + y * scan;
            for (int x = 0; x < width; x++) {
                target[to + x] = alpha ? row[x] : row[x] | OPAQUE;
            }
        }
    }

    private static boolean convertInterleaved(BufferedImage image, int[] target, int offset, int scan) {
        ColorModel colorModel = image.getColorModel();
        Raster raster = image.getRaster();
        if (!(colorModel instanceof ComponentColorModel) || !(raster.getSampleModel() instanceof ComponentSampleModel model)
                || colorModel.isAlphaPremultiplied()) {
            return false;
        }
        int colourType = colorModel.getColorSpace().getType();
        int bands = model.getNumBands();
        boolean alpha = colorModel.hasAlpha();
        boolean grey = colourType == ColorSpace.TYPE_GRAY && bands == (alpha ? 2 : 1);
        boolean rgb = colourType == ColorSpace.TYPE_RGB && bands == (alpha ? 4 : 3);
        if (!grey && !rgb) {
            return false;
        }
        for (int bank : model.getBankIndices()) {
            if (bank != 0) {
                return false;
            }
        }
        DataBuffer buffer = raster.getDataBuffer();
        int pixelStride = model.getPixelStride();
        int scanStride = model.getScanlineStride();
        int[] bandOffsets = model.getBandOffsets();
        int start = buffer.getOffset() + (raster.getMinY() - raster.getSampleModelTranslateY()) * scanStride
                + (raster.getMinX() - raster.getSampleModelTranslateX()) * pixelStride;
        int width = raster.getWidth();
        int height = raster.getHeight();
        int r = bandOffsets[0];
        int g = grey ? r : bandOffsets[1];
        int b = grey ? r : bandOffsets[2];
        int a = alpha ? bandOffsets[bands - 1] : -1;
        if (buffer instanceof DataBufferByte bytes && model.getDataType() == DataBuffer.TYPE_BYTE) {
            byte[] data = bytes.getData();
            for (int y = 0; y < height; y++) {
                int p = start + y * scanStride;
                int to = offset + y * scan;
                for (int x = 0; x < width; x++, p += pixelStride) {
                    int alphaBits = a < 0 ? OPAQUE : (data[p + a] & 0xFF) << 24;
                    target[to + x] = alphaBits | (data[p + r] & 0xFF) << 16 | (data[p + g] & 0xFF) << 8 | data[p + b] & 0xFF;
                }
            }
            return true;
        }
        if (buffer instanceof DataBufferUShort shorts && model.getDataType() == DataBuffer.TYPE_USHORT) {
            short[] data = shorts.getData();
            for (int y = 0; y < height; y++) {
                int p = start + y * scanStride;
                int to = offset + y * scan;
                for (int x = 0; x < width; x++, p += pixelStride) {
                    int alphaBits = a < 0 ? OPAQUE : to8(data[p + a]) << 24;
                    target[to + x] = alphaBits | to8(data[p + r]) << 16 | to8(data[p + g]) << 8 | to8(data[p + b]);
                }
            }
            return true;
        }
        return false;
    }

    /** 16 to 8 bits, rounded: round(v * 255 / 65535). */
    private static int to8(short sample) {
        return ((sample & 0xFFFF) * 255 + 32767) / 65535;
    }
}
