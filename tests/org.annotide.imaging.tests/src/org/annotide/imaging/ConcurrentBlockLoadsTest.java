package org.annotide.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Threads reading overlapping regions (the display tiles of a first frame, all made from the same few blocks) decode
 * different blocks at the same time: a reader leaves a block another thread is loading for last instead of waiting
 * for it first, and every block is still decoded once.
 */
class ConcurrentBlockLoadsTest {

    /** A level of 2 x 2 blocks of 4 x 4 pixels, each pixel its block's number; block (0, 0) loads when released. */
    private static final class GatedLevel implements BlockPyramid.Level {
        final CountDownLatch firstBlockStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirstBlock = new CountDownLatch(1);
        final List<String> loads = new CopyOnWriteArrayList<>();
        final Map<String, String> loadedBy = new ConcurrentHashMap<>();

        @Override
        public BlockPyramid.Grid grid() {
            return new BlockPyramid.Grid(8, 8, 1, 4, 4, "gated");
        }

        @Override
        public TileCache.Block load(int column, int row) {
            String block = column + "," + row;
            loads.add(block);
            loadedBy.put(block, Thread.currentThread().getName());
            if (column == 0 && row == 0) {
                firstBlockStarted.countDown();
                try {
                    assertTrue(releaseFirstBlock.await(10, TimeUnit.SECONDS), "the test releases the first block");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            int[] pixels = new int[16];
            java.util.Arrays.fill(pixels, 0xFF00_0000 | (row * 2 + column + 1));
            return new TileCache.Block(pixels, 4, 4);
        }
    }

    @Test
    void aReaderDecodesOtherBlocksWhileOneIsLoadedElsewhere() throws Exception {
        GatedLevel level = new GatedLevel();
        BlockPyramid pyramid = new BlockPyramid(new TileCache(1 << 20), false) {
            {
                add(level);
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2, task -> new Thread(task, "reader"));
        try {
            Future<BufferedImage> first = threads.submit(() -> {
                Thread.currentThread().setName("first");
                return pyramid.readRegion(0, 0, 0, 8, 8);
            });
            assertTrue(level.firstBlockStarted.await(10, TimeUnit.SECONDS));
            Future<BufferedImage> second = threads.submit(() -> {
                Thread.currentThread().setName("second");
                return pyramid.readRegion(0, 0, 0, 8, 8);
            });
            // while the first reader is held in block (0, 0) the second decodes the three others
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (level.loads.size() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(4, level.loads.size(), "all blocks started while the first is held: " + level.loads);
            assertEquals("second", level.loadedBy.get("1,0"));
            assertEquals("second", level.loadedBy.get("0,1"));
            assertEquals("second", level.loadedBy.get("1,1"));
            level.releaseFirstBlock.countDown();

            for (BufferedImage region : List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS))) {
                assertEquals(1, region.getRGB(0, 0) & 0xFF);
                assertEquals(2, region.getRGB(7, 0) & 0xFF);
                assertEquals(3, region.getRGB(0, 7) & 0xFF);
                assertEquals(4, region.getRGB(7, 7) & 0xFF);
            }
            assertEquals(4, level.loads.size(), "each block decoded once: " + level.loads);
        } finally {
            level.releaseFirstBlock.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void getUnlessLoadingWaitsForNobody() throws Exception {
        TileCache cache = new TileCache(1 << 20);
        TileCache.Key key = new TileCache.Key("level", 0, 0);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TileCache.Block block = new TileCache.Block(new int[16], 4, 4);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<TileCache.Block> loader = thread.submit(() -> cache.get(key, () -> {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                return block;
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertNull(cache.getUnlessLoading(key, () -> {
                throw new AssertionError("a block being loaded is not loaded twice");
            }), "another thread is loading it");
            release.countDown();
            assertSame(block, loader.get(10, TimeUnit.SECONDS));
            assertSame(block, cache.getUnlessLoading(key, () -> {
                throw new AssertionError("a cached block is not loaded again");
            }), "cached now");
            TileCache.Block other = new TileCache.Block(new int[16], 4, 4);
            assertSame(other, cache.getUnlessLoading(new TileCache.Key("level", 1, 0), () -> other),
                    "a block nobody loads is loaded by the caller");
        } finally {
            release.countDown();
            thread.shutdownNow();
        }
    }
}
