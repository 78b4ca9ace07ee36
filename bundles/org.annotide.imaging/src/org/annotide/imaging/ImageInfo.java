package org.annotide.imaging;

import org.annotide.model.PixelType;

/**
 * What an image file's header says, read without decoding pixels.
 *
 * @param format          the format's name, e.g. "PNG", "JPEG", "TIFF", "BigTIFF"
 * @param width           full-resolution width after EXIF orientation
 * @param height          full-resolution height after EXIF orientation
 * @param bands           samples per pixel, alpha included
 * @param pixelType       the sample type
 * @param hasAlpha        whether one band is alpha
 * @param exifOrientation EXIF orientation 1-8 (1 when the file has none)
 */
public record ImageInfo(String format, int width, int height, int bands, PixelType pixelType, boolean hasAlpha,
        int exifOrientation) {

    public ImageInfo {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, not " + width + "x" + height);
        }
        if (exifOrientation < 1 || exifOrientation > 8) {
            throw new IllegalArgumentException("EXIF orientation must be 1-8, not " + exifOrientation);
        }
    }

    /** Pixels at full resolution; a long, since gigapixel images exceed {@code Integer.MAX_VALUE}. */
    public long pixels() {
        return (long) width * height;
    }
}
