package org.annotide.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Pixels of one image at several resolutions; level 0 is full resolution. Thread-safe.
 * <p>
 * Coordinates are those of the displayed image, after the file's EXIF orientation is applied. A pixel
 * {@code (x, y)} of level {@code L} covers the level-0 pixels from {@code (x, y) * downsample(L)} to
 * {@code (x + 1, y + 1) * downsample(L)}.
 */
public interface ImagePyramid extends AutoCloseable {

    /** Level-0 width after EXIF orientation. */
    int width();

    /** Level-0 height after EXIF orientation. */
    int height();

    int levelCount();

    /** 1 for level 0, then at least 2, growing with the level. */
    double downsample(int level);

    int levelWidth(int level);

    int levelHeight(int level);

    /**
     * A region in level pixel coordinates as 8-bit sRGB: {@code TYPE_INT_RGB}, or {@code TYPE_INT_ARGB} when
     * the image has alpha. 16-bit samples are scaled down to 8 bits for display. Parts of the region that
     * lie outside the level are left black (transparent for images with alpha).
     *
     * @throws IllegalArgumentException when the level does not exist or the size is not positive
     */
    BufferedImage readRegion(int level, int x, int y, int width, int height) throws IOException;

    /**
     * Why some pixels this pyramid returned were stand-ins rather than the image's (they come from elsewhere, a team
     * server, and are not at hand now), or null when every pixel read was real. Pyramids of files never have stand-ins.
     */
    default String missing() {
        return null;
    }

    /**
     * Calls {@code listener} (on any thread) whenever pixels that were stand-ins may be at hand now, so that a view
     * reads them again; until {@link #close()}. Pyramids of files never call it.
     */
    default void whenPixelsArrive(Runnable listener) {
    }

    @Override
    void close();
}
