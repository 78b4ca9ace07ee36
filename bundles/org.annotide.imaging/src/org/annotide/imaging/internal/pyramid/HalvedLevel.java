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
    private final BlockPyramid.Grid grid;

    HalvedLevel(LayeredPyramid pyramid, int parent, int parentWidth, int parentHeight, double parentDownsample,
            String cacheKey) {
        this.pyramid = pyramid;
        this.parent = parent;
        int width = Downsampler.halve(parentWidth);
        int height = Downsampler.halve(parentHeight);
        this.grid = new BlockPyramid.Grid(width, height, parentDownsample * 2, width, height, cacheKey); // one block
    }

    @Override
    public BlockPyramid.Grid grid() {
        return grid;
    }

    @Override
    public TileCache.Block load(int column, int row) throws IOException {
        int parentWidth = pyramid.levelWidth(parent);
        int parentHeight = pyramid.levelHeight(parent);
        int[] source = pyramid.pixels(parent, 0, 0, parentWidth, parentHeight);
        int[] pixels = new int[grid.width() * grid.height()];
        Downsampler.halveRows(source, 0, parentWidth, parentHeight, pixels, 0, grid.height());
        return new TileCache.Block(pixels, grid.width(), grid.height());
    }
}
