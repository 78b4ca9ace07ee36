package org.annotide.imaging;

import java.util.ArrayList;
import java.util.List;

/**
 * How an image is cut into tiles: square tiles of {@code size} pixels stepping by {@code size - overlap},
 * row by row from the top left. At the right and bottom edges the {@link Edge} policy decides: by default
 * the last tile is moved back so it ends at the edge and every tile has the full size (it overlaps its
 * neighbour more); with {@link Edge#CLIP} it stays on the grid and is cut short. An image smaller than a
 * tile in some direction gets one tile of the image's size in that direction.
 *
 * @param size    tile width and height, at least 1
 * @param overlap pixels shared by neighbouring tiles, 0 to size - 1
 */
public record TileGrid(int size, int overlap, Edge edge) {

    /** What happens to the tiles at the right and bottom edges. */
    public enum Edge {
        /** Full-size tiles; the last one in each row and column ends at the image edge. */
        SHIFT,
        /** Tiles stay on the grid; the last ones are cut by the image edge. */
        CLIP
    }

    /** One tile: its index (row-major), grid cell, and region in image pixels. */
    public record Cell(int index, int row, int column, int x, int y, int width, int height) {
    }

    public TileGrid {
        if (size < 1) {
            throw new IllegalArgumentException("the tile size must be at least 1, not " + size);
        }
        if (overlap < 0 || overlap >= size) {
            throw new IllegalArgumentException("the overlap must be between 0 and " + (size - 1) + ", not " + overlap);
        }
        if (edge == null) {
            throw new IllegalArgumentException("an edge policy is needed");
        }
    }

    public TileGrid(int size, int overlap) {
        this(size, overlap, Edge.SHIFT);
    }

    public int stride() {
        return size - overlap;
    }

    /** Tiles across an image side of {@code length} pixels. */
    public int count(int length) {
        if (length <= size) {
            return 1;
        }
        return (int) ((length - size + (long) stride() - 1) / stride()) + 1;
    }

    /** Start of tile {@code i} along a side of {@code length} pixels. */
    public int start(int i, int length) {
        long start = (long) i * stride();
        if (edge == Edge.SHIFT && start + size > length) {
            start = Math.max(0, length - size);
        }
        return (int) start;
    }

    /** Extent of tile {@code i} along a side of {@code length} pixels. */
    public int extent(int i, int length) {
        return (int) Math.min(size, length - (long) start(i, length));
    }

    public long tileCount(int width, int height) {
        return (long) count(width) * count(height);
    }

    /** All tiles of a width x height image, row-major. */
    public List<Cell> cells(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("the image size must be positive, not " + width + "x" + height);
        }
        int columns = count(width);
        int rows = count(height);
        List<Cell> cells = new ArrayList<>(Math.toIntExact((long) columns * rows));
        for (int row = 0; row < rows; row++) {
            int y = start(row, height);
            int h = extent(row, height);
            for (int column = 0; column < columns; column++) {
                cells.add(new Cell(row * columns + column, row, column, start(column, width), y, extent(column, width), h));
            }
        }
        return cells;
    }
}
