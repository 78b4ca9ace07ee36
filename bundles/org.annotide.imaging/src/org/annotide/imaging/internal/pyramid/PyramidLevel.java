package org.annotide.imaging.internal.pyramid;

import java.io.IOException;

/** One resolution level of a pyramid, read in a grid of blocks that the tile cache keeps. */
interface PyramidLevel {

    int width();

    int height();

    double downsample();

    int blockWidth();

    int blockHeight();

    /** Identifies this level's pixels in the tile cache: file, its version, and the level. */
    String cacheKey();

    /** Decodes block (column, row) of the grid; edge blocks are cut to the level's size. */
    TileCache.Block load(int column, int row) throws IOException;
}
