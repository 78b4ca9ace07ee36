package org.annotide.imaging;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;

/**
 * An open image file as a reader sees it: the resolution levels the file itself holds (one when it has
 * no pyramid), read by region. Not thread-safe: the image service opens one source per reading thread.
 * All coordinates are after EXIF orientation.
 */
public interface ImageSource extends Closeable {

    ImageInfo info();

    /** Levels stored in the file, largest first; level 0 is the full resolution. */
    int levelCount();

    int levelWidth(int level);

    int levelHeight(int level);

    /**
     * True when reading a small region costs about as much as its size (tiled files, short strips);
     * false when the decoder must run through the file from its start (PNG, JPEG, BMP).
     */
    boolean isRandomAccess(int level);

    /** The region size that reads most efficiently at a level, e.g. the file's tile size. */
    Dimension preferredBlock(int level);

    /**
     * Pixels of a region of a level, in any image type; the service converts them for display.
     *
     * @param region inside the level's bounds
     */
    BufferedImage read(int level, Rectangle region) throws IOException;
}
