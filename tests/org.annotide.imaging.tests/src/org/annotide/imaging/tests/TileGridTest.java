package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.imaging.TileGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TileGridTest {

    @Test
    void overlapAndShiftedEdges() {
        // 2500 wide, tiles of 1024 stepping by 960: 0, 960, then the last is moved back to end at 2500
        TileGrid grid = new TileGrid(1024, 64);
        List<TileGrid.Cell> cells = grid.cells(2500, 1000);
        assertEquals(3, cells.size());
        assertEquals(new TileGrid.Cell(0, 0, 0, 0, 0, 1024, 1000), cells.get(0));
        assertEquals(new TileGrid.Cell(1, 0, 1, 960, 0, 1024, 1000), cells.get(1));
        assertEquals(new TileGrid.Cell(2, 0, 2, 1476, 0, 1024, 1000), cells.get(2));
    }

    @Test
    void clippedEdges() {
        TileGrid grid = new TileGrid(1024, 64, TileGrid.Edge.CLIP);
        List<TileGrid.Cell> cells = grid.cells(2500, 2100);
        assertEquals(9, cells.size());
        TileGrid.Cell last = cells.get(8);
        assertEquals(new TileGrid.Cell(8, 2, 2, 1920, 1920, 580, 180), last);
    }

    @Test
    void imageSmallerThanATileIsOneTile() {
        List<TileGrid.Cell> cells = new TileGrid(512, 32).cells(300, 200);
        assertEquals(List.of(new TileGrid.Cell(0, 0, 0, 0, 0, 300, 200)), cells);
    }

    @Test
    void exactFitHasNoExtraTile() {
        TileGrid grid = new TileGrid(100, 0);
        assertEquals(3, grid.count(300));
        assertEquals(4, grid.count(301));
        assertEquals(200, grid.start(2, 300));
    }

    @ParameterizedTest
    @CsvSource({"1024,64,SHIFT,5000,3001", "1024,64,CLIP,5000,3001", "256,255,SHIFT,700,300", "7,3,CLIP,100,53",
        "1000,0,SHIFT,100000,100000"})
    void tilesCoverEveryPixelAndNeighboursShareTheOverlap(int size, int overlap, TileGrid.Edge edge, int width, int height) {
        TileGrid grid = new TileGrid(size, overlap, edge);
        for (int length : new int[] {width, height}) {
            int count = grid.count(length);
            assertEquals(0, grid.start(0, length));
            assertEquals(length, grid.start(count - 1, length) + grid.extent(count - 1, length), "the last tile ends at the edge");
            for (int i = 0; i + 1 < count; i++) {
                int end = grid.start(i, length) + grid.extent(i, length);
                int shared = end - grid.start(i + 1, length);
                assertTrue(shared >= overlap, "tiles " + i + " and " + (i + 1) + " share " + shared);
                assertEquals(size, grid.extent(i, length), "every tile but the last is full size");
            }
            if (edge == TileGrid.Edge.SHIFT && length >= size) {
                assertEquals(size, grid.extent(count - 1, length));
            }
        }
        assertEquals((long) grid.count(width) * grid.count(height), grid.tileCount(width, height));
    }

    @Test
    void hugeImagesCountInLongs() {
        TileGrid grid = new TileGrid(16, 0);
        assertEquals(6250L * 6250L, grid.tileCount(100_000, 100_000));
    }

    @Test
    void invalidGridsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TileGrid(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new TileGrid(100, 100));
        assertThrows(IllegalArgumentException.class, () -> new TileGrid(100, -1));
    }
}
