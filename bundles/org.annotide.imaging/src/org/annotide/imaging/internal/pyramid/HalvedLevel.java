package org.annotide.imaging.internal.pyramid;

import java.io.IOException;

import org.annotide.imaging.BlockPyramid;
import org.annotide.imaging.TileCache;
import org.annotide.imaging.internal.pixels.Downsampler;

/**
 * A level computed in memory by halving the whole level above it: for images small enough that a file
 * pyramid would not pay for itself.
 */
final class HalvedLevel implements BlockPyramid.Level {

    private final LayeredPyramid pyramid;
    private final int parent;
    private final int width;
    private final int height;
    private final double downsample;
    private final String cacheKey;

    HalvedLevel(LayeredPyramid pyramid, int parent, int parentWidth, int parentHeight, double parentDownsample,
            String cacheKey) {
        this.pyramid = pyramid;
        this.parent = parent;
        this.width = Downsampler.halve(parentWidth);
        this.height = Downsampler.halve(parentHeight);
        this.downsample = parentDownsample * 2;
        this.cacheKey = cacheKey;
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
    public double downsample() {
        return downsample;
    }

    @Override
    public int blockWidth() {
        return width;
    }

    @Override
    public int blockHeight() {
        return height;
    }

    @Override
    public String cacheKey() {
        return cacheKey;
    }

    @Override
    public TileCache.Block load(int column, int row) throws IOException {
        int parentWidth = pyramid.levelWidth(parent);
        int parentHeight = pyramid.levelHeight(parent);
        int[] source = pyramid.pixels(parent, 0, 0, parentWidth, parentHeight);
        int[] pixels = new int[width * height];
        Downsampler.halveRows(source, 0, parentWidth, parentHeight, pixels, 0, height);
        return new TileCache.Block(pixels, width, height);
    }
}
