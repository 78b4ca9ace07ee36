package org.annotide.imaging.internal.pyramid;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.annotide.imaging.ImageSource;
import org.annotide.imaging.internal.pixels.DisplayPixels;

/** One level of an image file as the source of a pyramid build, read through a pool of sources. */
public final class SourceBands implements BandSource {

    /** Sequential files are read in bands of about this many pixels, to decode them few times over. */
    private static final long SEQUENTIAL_BAND_PIXELS = 32L << 20;
    /** Tiled files are read in column pieces of at least this width, one piece per thread. */
    private static final int MIN_CHUNK = 1024;

    private final SourcePool pool;
    private final int level;
    private final int width;
    private final int height;
    private final boolean randomAccess;
    private final Dimension block;

    public SourceBands(SourcePool pool, ImageSource probe, int level) {
        this.pool = pool;
        this.level = level;
        this.width = probe.levelWidth(level);
        this.height = probe.levelHeight(level);
        this.randomAccess = probe.isRandomAccess(level);
        this.block = probe.preferredBlock(level);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int bandRows(int tileSize) {
        if (randomAccess) {
            return tileSize;
        }
        long bands = Math.max(1, SEQUENTIAL_BAND_PIXELS / width / tileSize);
        return (int) Math.min(bands * tileSize, (long) (height + tileSize - 1) / tileSize * tileSize);
    }

    @Override
    public int columnChunk() {
        if (!randomAccess || block.width >= width) {
            return width;
        }
        int tiles = Math.max(1, (MIN_CHUNK + block.width - 1) / block.width);
        return tiles * block.width;
    }

    @Override
    public void read(Rectangle region, int[] target, int offset, int scan) throws IOException {
        BufferedImage image = pool.use(source -> source.read(level, region));
        if (image.getWidth() != region.width || image.getHeight() != region.height) {
            throw new IOException("the reader returned " + image.getWidth() + "x" + image.getHeight()
                    + " pixels for a " + region.width + "x" + region.height + " region");
        }
        DisplayPixels.convert(image, target, offset, scan);
    }
}
