package org.annotide.imaging.internal.pyramid;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annotide.imaging.ImagePyramid;

/**
 * A pyramid assembled from levels of different origins (the file's own levels, the pyramid cache,
 * levels halved in memory), all read block by block through the shared tile cache.
 */
public final class LayeredPyramid implements ImagePyramid {

    private final List<PyramidLevel> levels = new ArrayList<>();
    private final TileCache cache;
    private final boolean alpha;
    private final List<AutoCloseable> resources = new ArrayList<>();

    LayeredPyramid(TileCache cache, boolean alpha) {
        this.cache = cache;
        this.alpha = alpha;
    }

    void add(PyramidLevel level) {
        levels.add(level);
    }

    /** Reads the last level from elsewhere, e.g. the cache's tiled copy of a sequential file. */
    void replaceLast(PyramidLevel level) {
        levels.set(levels.size() - 1, level);
    }

    void own(AutoCloseable resource) {
        resources.add(resource);
    }

    @Override
    public int width() {
        return levels.get(0).width();
    }

    @Override
    public int height() {
        return levels.get(0).height();
    }

    @Override
    public int levelCount() {
        return levels.size();
    }

    @Override
    public double downsample(int level) {
        return level(level).downsample();
    }

    @Override
    public int levelWidth(int level) {
        return level(level).width();
    }

    @Override
    public int levelHeight(int level) {
        return level(level).height();
    }

    @Override
    public BufferedImage readRegion(int level, int x, int y, int width, int height) throws IOException {
        if (width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("cannot read a region of " + width + "x" + height + " pixels");
        }
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        copy(level(level), x, y, width, height, pixels);
        return image;
    }

    /** The region as packed pixels, for levels computed from this pyramid. */
    int[] readPixels(int level, int x, int y, int width, int height) throws IOException {
        int[] pixels = new int[width * height];
        copy(level(level), x, y, width, height, pixels);
        return pixels;
    }

    private void copy(PyramidLevel level, int x, int y, int width, int height, int[] target) throws IOException {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = (int) Math.min(level.width(), (long) x + width);
        int bottom = (int) Math.min(level.height(), (long) y + height);
        if (left >= right || top >= bottom) {
            return;
        }
        int blockWidth = level.blockWidth();
        int blockHeight = level.blockHeight();
        // blocks other threads are loading are waited for last: meanwhile this thread decodes the others
        List<int[]> loadedElsewhere = new ArrayList<>();
        for (int row = top / blockHeight; row <= (bottom - 1) / blockHeight; row++) {
            for (int column = left / blockWidth; column <= (right - 1) / blockWidth; column++) {
                int blockColumn = column;
                int blockRow = row;
                TileCache.Block block = cache.getUnlessLoading(new TileCache.Key(level.cacheKey(), column, row),
                        () -> level.load(blockColumn, blockRow));
                if (block == null) {
                    loadedElsewhere.add(new int[] { column, row });
                } else {
                    paste(block, column * blockWidth, row * blockHeight, left, top, right, bottom, x, y, width, target);
                }
            }
        }
        for (int[] cell : loadedElsewhere) {
            TileCache.Block block = cache.get(new TileCache.Key(level.cacheKey(), cell[0], cell[1]),
                    () -> level.load(cell[0], cell[1]));
            paste(block, cell[0] * blockWidth, cell[1] * blockHeight, left, top, right, bottom, x, y, width, target);
        }
    }

    /** Copies the part of a block at (blockX, blockY) inside [left, right) x [top, bottom) into the region's pixels. */
    private static void paste(TileCache.Block block, int blockX, int blockY, int left, int top, int right, int bottom,
            int x, int y, int width, int[] target) {
        int fromX = Math.max(left, blockX);
        int toX = Math.min(right, blockX + block.width());
        int fromY = Math.max(top, blockY);
        int toY = Math.min(bottom, blockY + block.height());
        for (int py = fromY; py < toY; py++) {
            System.arraycopy(block.pixels(), (py - blockY) * block.width() + (fromX - blockX), target,
                    (py - y) * width + (fromX - x), toX - fromX);
        }
    }

    private PyramidLevel level(int level) {
        if (level < 0 || level >= levels.size()) {
            throw new IllegalArgumentException("level " + level + " does not exist; the pyramid has " + levels.size());
        }
        return levels.get(level);
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // sources only read: closing cannot lose data
            }
        }
        resources.clear();
    }
}
