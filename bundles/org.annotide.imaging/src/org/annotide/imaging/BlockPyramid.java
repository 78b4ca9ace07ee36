package org.annotide.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pyramid assembled from blocks that its levels load on demand, kept decoded in a {@link TileCache}: the one home of
 * region assembly for every pyramid, whether its blocks come from a file, a pyramid cache, a level halved in memory or
 * a team server's tiles. A level whose block is not at hand now ({@link NotAtHand}: a server away) leaves a grey
 * hatched stand-in there, which is never cached and never taken for the image's pixels, and {@link #missing()} says
 * why until {@link #pixelsMayHaveArrived()}. Thread-safe once its levels are added.
 */
public class BlockPyramid implements ImagePyramid {

    /**
     * A level's size, its scale against the full image, its grid of blocks, and {@code cacheKey}, which identifies
     * its pixels in the tile cache: whose image, its version, and the level.
     */
    public record Grid(int width, int height, double downsample, int blockWidth, int blockHeight, String cacheKey) {
    }

    /** One resolution level of a pyramid, read in a grid of blocks that the tile cache keeps. */
    public interface Level {

        Grid grid();

        default int width() {
            return grid().width();
        }

        default int height() {
            return grid().height();
        }

        default double downsample() {
            return grid().downsample();
        }

        default int blockWidth() {
            return grid().blockWidth();
        }

        default int blockHeight() {
            return grid().blockHeight();
        }

        default String cacheKey() {
            return grid().cacheKey();
        }

        /**
         * Decodes block (column, row) of the grid as packed 8-bit pixels; edge blocks are cut to the level's size.
         *
         * @throws NotAtHand when the block cannot be had now but may be later (the region shows a stand-in)
         */
        TileCache.Block load(int column, int row) throws IOException;
    }

    /** A block that cannot be had now (its source is away); the message is the sentence {@link #missing()} shows. */
    public static final class NotAtHand extends IOException {
        private static final long serialVersionUID = 1L;

        public NotAtHand(String message) {
            super(message);
        }
    }

    private static final int STAND_IN = 0xff8c8c8c;
    private static final int STAND_IN_HATCH = 0xff6e6e6e;

    private final List<Level> levels = new ArrayList<>();
    private final TileCache cache;
    private final boolean alpha;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile String missing;

    public BlockPyramid(TileCache cache, boolean alpha) {
        this.cache = cache;
        this.alpha = alpha;
    }

    /** Adds the next coarser level; only while the pyramid is being put together. */
    protected final void add(Level level) {
        levels.add(level);
    }

    /** Reads the last level from elsewhere, e.g. the cache's tiled copy of a sequential file. */
    protected final void replaceLast(Level level) {
        levels.set(levels.size() - 1, level);
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
    protected final int[] readPixels(int level, int x, int y, int width, int height) throws IOException {
        int[] pixels = new int[width * height];
        copy(level(level), x, y, width, height, pixels);
        return pixels;
    }

    private void copy(Level level, int x, int y, int width, int height, int[] target) throws IOException {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = (int) Math.min(level.width(), (long) x + width);
        int bottom = (int) Math.min(level.height(), (long) y + height);
        if (left >= right || top >= bottom) {
            return;
        }
        // blocks other threads are loading are waited for last: meanwhile this thread decodes the others, so threads
        // reading overlapping regions (a first frame's display tiles) decode different blocks at the same time
        List<int[]> loadedElsewhere = new ArrayList<>();
        for (int row = top / level.blockHeight(); row <= (bottom - 1) / level.blockHeight(); row++) {
            for (int column = left / level.blockWidth(); column <= (right - 1) / level.blockWidth(); column++) {
                if (!place(level, column, row, false, x, y, width, left, top, right, bottom, target)) {
                    loadedElsewhere.add(new int[] { column, row });
                }
            }
        }
        for (int[] cell : loadedElsewhere) {
            place(level, cell[0], cell[1], true, x, y, width, left, top, right, bottom, target);
        }
    }

    /**
     * Copies the part of block (column, row) inside [left, right) x [top, bottom) into the region's pixels, or its
     * stand-in when it is not at hand; false, having copied nothing, when another thread is loading it and
     * {@code wait} is false.
     */
    private boolean place(Level level, int column, int row, boolean wait, int x, int y, int width, int left, int top,
            int right, int bottom, int[] target) throws IOException {
        int blockX = column * level.blockWidth();
        int blockY = row * level.blockHeight();
        TileCache.Key key = new TileCache.Key(level.cacheKey(), column, row);
        TileCache.Loader loader = () -> level.load(column, row);
        TileCache.Block block;
        try {
            block = wait ? cache.get(key, loader) : cache.getUnlessLoading(key, loader);
        } catch (NotAtHand e) {
            missing = e.getMessage();
            standIn(target, x, y, width, Math.max(left, blockX), Math.min(right, blockX + level.blockWidth()),
                    Math.max(top, blockY), Math.min(bottom, blockY + level.blockHeight()), blockX, blockY);
            return true;
        }
        if (block == null) {
            return false;
        }
        int fromX = Math.max(left, blockX);
        int toX = Math.min(right, blockX + block.width());
        int fromY = Math.max(top, blockY);
        int toY = Math.min(bottom, blockY + block.height());
        for (int py = fromY; py < toY; py++) {
            System.arraycopy(block.pixels(), (py - blockY) * block.width() + (fromX - blockX), target,
                    (py - y) * width + (fromX - x), toX - fromX);
        }
        return true;
    }

    /** A block not at hand: grey with diagonal hatching from its corner, so it is never taken for the image's own. */
    private static void standIn(int[] target, int x, int y, int width, int fromX, int toX, int fromY, int toY,
            int blockX, int blockY) {
        for (int py = fromY; py < toY; py++) {
            for (int px = fromX; px < toX; px++) {
                target[(py - y) * width + (px - x)] = ((px - blockX) + (py - blockY)) % 8 < 2 ? STAND_IN_HATCH : STAND_IN;
            }
        }
    }

    private Level level(int level) {
        if (level < 0 || level >= levels.size()) {
            throw new IllegalArgumentException("level " + level + " does not exist; the pyramid has " + levels.size());
        }
        return levels.get(level);
    }

    @Override
    public String missing() {
        return missing;
    }

    @Override
    public void whenPixelsArrive(Runnable listener) {
        listeners.add(listener);
    }

    /** What was not at hand may be now (a server is back): {@link #missing()} forgets, and the listeners read again. */
    public void pixelsMayHaveArrived() {
        missing = null;
        listeners.forEach(Runnable::run);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
