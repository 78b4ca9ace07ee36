package org.annotide.ui.editor.internal.index;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A spatial index of integer ids with rectangular bounds that supports cheap inserts and removals (unlike a
 * packed R-tree, which must be rebuilt after a change).
 * <p>
 * A hierarchy of "loose" grids: level L has square cells of {@code base * 2^L} pixels. An item lives in one
 * cell only, on the finest level whose cell is at least as large as the item, in the cell holding its
 * top-left corner; it can therefore stick out of that cell by at most one cell to the right and down, and a
 * query widens its cell range by one cell to the left and up on each level. Items larger than the top
 * cell go to an oversize list that every query scans. Coordinates outside the grid's extent are clamped
 * to the border cells, which keeps the answers right (only slower) for items outside the image.
 * <p>
 * Not thread-safe; {@link GlyphIndex} guards it.
 */
final class LooseGrid {

    /** Cells are created for at most this many columns on the finest level. */
    private static final int MAX_FINE_CELLS = 512;

    private final double originX;
    private final double originY;
    private final Level[] levels;
    private final Cell oversize = new Cell();

    LooseGrid(double originX, double originY, double width, double height) {
        this.originX = originX;
        this.originY = originY;
        double extent = Math.max(1, Math.max(width, height));
        double base = 32;
        while (extent / base > MAX_FINE_CELLS) {
            base *= 2;
        }
        int count = 1;
        while (base * (1L << (count - 1)) < extent) {
            count++;
        }
        levels = new Level[count];
        for (int i = 0; i < count; i++) {
            double cell = base * (1L << i);
            levels[i] = new Level(cell, (int) Math.ceil(width / cell) + 1, (int) Math.ceil(height / cell) + 1);
        }
    }

    void insert(int id, double minX, double minY, double maxX, double maxY) {
        Cell cell = cellFor(minX, minY, maxX, maxY, true);
        cell.add(id);
    }

    /** Removes an id inserted with exactly these bounds; false when it was not there. */
    boolean remove(int id, double minX, double minY, double maxX, double maxY) {
        Cell cell = cellFor(minX, minY, maxX, maxY, false);
        return cell != null && cell.remove(id);
    }

    /**
     * Offers every id whose cell may intersect the rectangle (a superset of the answer: callers test the
     * exact bounds) to the visitor, until it returns false.
     *
     * @return false when the visitor stopped early
     */
    boolean query(double minX, double minY, double maxX, double maxY, IntPredicate visitor) {
        if (!oversize.visit(visitor)) {
            return false;
        }
        for (Level level : levels) {
            int c0 = level.column(minX - originX - level.cell);
            int c1 = level.column(maxX - originX);
            int r0 = level.row(minY - originY - level.cell);
            int r1 = level.row(maxY - originY);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    Cell cell = level.cells[r * level.columns + c];
                    if (cell != null && !cell.visit(visitor)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private Cell cellFor(double minX, double minY, double maxX, double maxY, boolean create) {
        double size = Math.max(maxX - minX, maxY - minY);
        for (Level level : levels) {
            if (size <= level.cell) {
                int index = level.row(minY - originY) * level.columns + level.column(minX - originX);
                Cell cell = level.cells[index];
                if (cell == null && create) {
                    cell = new Cell();
                    level.cells[index] = cell;
                }
                return cell;
            }
        }
        return oversize;
    }

    private static final class Level {
        final double cell;
        final int columns;
        final int rows;
        final Cell[] cells;

        Level(double cell, int columns, int rows) {
            this.cell = cell;
            this.columns = columns;
            this.rows = rows;
            this.cells = new Cell[columns * rows];
        }

        int column(double x) {
            return clamp((long) Math.floor(x / cell), columns);
        }

        int row(double y) {
            return clamp((long) Math.floor(y / cell), rows);
        }

        private static int clamp(long index, int size) {
            return (int) Math.max(0, Math.min(size - 1L, index));
        }
    }

    /** A growable list of ids; removal swaps the last id into the hole. */
    private static final class Cell {
        int[] ids = new int[4];
        int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        boolean remove(int id) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    ids[i] = ids[--size];
                    return true;
                }
            }
            return false;
        }

        boolean visit(IntPredicate visitor) {
            for (int i = 0; i < size; i++) {
                if (!visitor.test(ids[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
