package org.annotide.imaging.internal.tiff;

/** The TIFF 6 tag numbers and values that Annotide writes and inspects. */
public final class TiffTags {

    public static final int NEW_SUBFILE_TYPE = 254;
    public static final int IMAGE_WIDTH = 256;
    public static final int IMAGE_LENGTH = 257;
    public static final int BITS_PER_SAMPLE = 258;
    public static final int COMPRESSION = 259;
    public static final int PHOTOMETRIC = 262;
    public static final int IMAGE_DESCRIPTION = 270;
    public static final int STRIP_OFFSETS = 273;
    public static final int ORIENTATION = 274;
    public static final int SAMPLES_PER_PIXEL = 277;
    public static final int ROWS_PER_STRIP = 278;
    public static final int STRIP_BYTE_COUNTS = 279;
    public static final int PLANAR_CONFIGURATION = 284;
    public static final int SOFTWARE = 305;
    public static final int PREDICTOR = 317;
    public static final int TILE_WIDTH = 322;
    public static final int TILE_LENGTH = 323;
    public static final int TILE_OFFSETS = 324;
    public static final int TILE_BYTE_COUNTS = 325;
    public static final int SUB_IFDS = 330;
    public static final int EXTRA_SAMPLES = 338;
    public static final int SAMPLE_FORMAT = 339;
    public static final int JPEG_TABLES = 347;
    public static final int YCBCR_SUBSAMPLING = 530;

    public static final int COMPRESSION_NONE = 1;
    public static final int COMPRESSION_JPEG = 7;
    public static final int COMPRESSION_DEFLATE = 8;

    public static final int PHOTOMETRIC_MIN_IS_BLACK = 1;
    public static final int PHOTOMETRIC_RGB = 2;
    public static final int PHOTOMETRIC_YCBCR = 6;

    /** NewSubfileType bit: a reduced-resolution version of another image in the file. */
    public static final int SUBFILE_REDUCED = 1;

    private TiffTags() {
    }
}
