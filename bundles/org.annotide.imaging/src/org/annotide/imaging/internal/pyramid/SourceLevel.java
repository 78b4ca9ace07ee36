package org.annotide.imaging.internal.pyramid;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.annotide.imaging.BlockPyramid;
import org.annotide.imaging.ImageSource;
import org.annotide.imaging.TileCache;
import org.annotide.imaging.internal.pixels.DisplayPixels;

/** A level stored in a file (the image itself or the pyramid cache), read through a pool of sources. */
final class SourceLevel implements BlockPyramid.Level {

    /** Blocks are at least this wide and high (multiples of the file's tile), so tiny tiles do not multiply reads. */
    private static final int MIN_BLOCK = 256;
    /** A sequential level up to this size is decoded whole, once. */
    static final long WHOLE_LEVEL_PIXELS = 16L << 20;

    private final SourcePool pool;
    private final int level;
    private final BlockPyramid.Grid grid;

    SourceLevel(SourcePool pool, ImageSource probe, int level, double downsample, String cacheKey) {
        this.pool = pool;
        this.level = level;
        int width = probe.levelWidth(level);
        int height = probe.levelHeight(level);
        Dimension preferred = probe.preferredBlock(level);
        if (!probe.isRandomAccess(level) && (long) width * height <= WHOLE_LEVEL_PIXELS) {
            grid = new BlockPyramid.Grid(width, height, downsample, width, height, cacheKey);
        } else {
            grid = new BlockPyramid.Grid(width, height, downsample, Math.min(width, multipleAtLeast(preferred.width,
                    MIN_BLOCK)), Math.min(height, multipleAtLeast(preferred.height, MIN_BLOCK)), cacheKey);
        }
    }

    private static int multipleAtLeast(int unit, int minimum) {
        int size = Math.max(1, unit);
        return size >= minimum ? size : (minimum + size - 1) / size * size;
    }

    @Override
    public BlockPyramid.Grid grid() {
        return grid;
    }

    @Override
    public TileCache.Block load(int column, int row) throws IOException {
        Rectangle region = new Rectangle(column * grid.blockWidth(), row * grid.blockHeight(), grid.blockWidth(),
                grid.blockHeight()).intersection(new Rectangle(0, 0, grid.width(), grid.height()));
        BufferedImage image = pool.use(source -> source.read(level, region));
        int[] pixels = new int[region.width * region.height];
        if (image.getWidth() != region.width || image.getHeight() != region.height) {
            throw new IOException("the reader returned " + image.getWidth() + "x" + image.getHeight()
                    + " pixels for a " + region.width + "x" + region.height + " region");
        }
        DisplayPixels.convert(image, pixels, 0, region.width);
        return new TileCache.Block(pixels, region.width, region.height);
    }
}
