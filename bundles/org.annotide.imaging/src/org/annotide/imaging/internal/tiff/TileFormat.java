package org.annotide.imaging.internal.tiff;

/**
 * How the tiles of a TIFF level are encoded: the tags that describe their bytes.
 *
 * @param samplesPerPixel  1 grey, 3 colour, 4 colour with alpha
 * @param bitsPerSample    8 or 16
 * @param compression      a {@link TiffTags} COMPRESSION_ value
 * @param photometric      a {@link TiffTags} PHOTOMETRIC_ value
 * @param predictor        1 none, 2 horizontal differencing
 * @param alpha            whether the last sample is unassociated alpha
 */
public record TileFormat(int samplesPerPixel, int bitsPerSample, int compression, int photometric, int predictor,
        boolean alpha) {

    /** 8-bit RGB in baseline JPEG, YCbCr 4:2:0 as the JDK's encoder writes it. */
    public static final TileFormat JPEG_RGB = new TileFormat(3, 8, TiffTags.COMPRESSION_JPEG,
            TiffTags.PHOTOMETRIC_YCBCR, 1, false);
    /** 8-bit RGB, lossless Deflate with horizontal differencing. */
    public static final TileFormat DEFLATE_RGB = new TileFormat(3, 8, TiffTags.COMPRESSION_DEFLATE,
            TiffTags.PHOTOMETRIC_RGB, 2, false);
    /** 8-bit RGBA, lossless Deflate with horizontal differencing. */
    public static final TileFormat DEFLATE_RGBA = new TileFormat(4, 8, TiffTags.COMPRESSION_DEFLATE,
            TiffTags.PHOTOMETRIC_RGB, 2, true);

    int bytesPerPixel() {
        return samplesPerPixel * bitsPerSample / 8;
    }
}
