package org.annotide.client.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Keeps the tiles a mirror fetched ({@code tiles/IMAGE/LEVEL/X_Y.png}) within a size limit: when they grow past it, the
 * least recently used are deleted in the background until they fill at most nine tenths of it (so that not every new
 * tile starts a sweep), never a tile of an image that is open now (an editor showing it reads it again at any moment)
 * nor a pyramid's description (small, and what shows an image offline at all). A tile's file time is its last use: it is
 * set when the tile is written and when it is read from disk, so the order survives the session. A deleted tile is
 * fetched again when it is next shown. Thread-safe.
 */
final class TileDisk {

    private static final String TILE_SUFFIX = ".png";

    private final Path folder;
    private final LongSupplier limit;
    private final Supplier<Set<String>> openImages;
    private final ExecutorService sweeper = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Annotide mirror tile eviction");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final AtomicBoolean sweepQueued = new AtomicBoolean();
    /** Bytes of tiles on disk as the last sweep counted them plus those written since; -1 before the first count. */
    private final AtomicLong bytes = new AtomicLong(-1);
    private final AtomicLong evicted = new AtomicLong();
    /**
     * Writes start a sweep above this many bytes: the limit, or more after a sweep that open images kept over it (so
     * that each tile of an open image does not walk the folder again for nothing); a closed image starts one anyway.
     */
    private volatile long sweepAbove = -1;

    /**
     * @param folder     the mirror's {@code tiles/} folder
     * @param limit      the bytes the tiles may fill, asked at each sweep (a preference)
     * @param openImages the names of the image folders under {@code folder} whose tiles must stay now
     */
    TileDisk(Path folder, LongSupplier limit, Supplier<Set<String>> openImages) {
        this.folder = folder;
        this.limit = limit;
        this.openImages = openImages;
    }

    /** Counts what the mirror kept in earlier sessions, and trims it if it is over the limit (in the background). */
    void start() {
        sweep();
    }

    /** A tile was read from disk: it is the most recently used now. */
    void used(Path tile) {
        try {
            Files.setLastModifiedTime(tile, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // evicted meanwhile, or a read-only disk: the order is a hint only
        }
    }

    /** A tile of {@code size} bytes was written; past the limit a sweep starts. */
    void added(long size) {
        long now = bytes.get() < 0 ? -1 : bytes.addAndGet(size);
        if (now > Math.max(limit.getAsLong(), sweepAbove)) {
            sweep();
        }
    }

    /** An image was closed: its tiles may go now if the mirror is over its limit. */
    void released() {
        long now = bytes.get();
        if (now > limit.getAsLong()) {
            sweep();
        }
    }

    /** Tiles deleted since the mirror opened. */
    long evicted() {
        return evicted.get();
    }

    void close() {
        sweeper.shutdownNow();
    }

    private void sweep() {
        if (sweepQueued.compareAndSet(false, true) && !sweeper.isShutdown()) {
            try {
                sweeper.execute(() -> {
                    sweepQueued.set(false);
                    trim();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                sweepQueued.set(false); // closed meanwhile
            }
        }
    }

    private record Tile(Path file, long size, long used) {
    }

    /** Counts the tiles and deletes the least recently used of closed images until they fill nine tenths of the limit. */
    private void trim() {
        List<Tile> tiles = new ArrayList<>();
        try (Stream<Path> all = Files.isDirectory(folder) ? Files.walk(folder) : Stream.empty()) {
            all.filter(p -> p.getFileName().toString().endsWith(TILE_SUFFIX)).forEach(p -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                    tiles.add(new Tile(p, attributes.size(), attributes.lastModifiedTime().toMillis()));
                } catch (IOException e) {
                    // deleted meanwhile
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return; // the folder cannot be read now: the next write tries again
        }
        long total = tiles.stream().mapToLong(Tile::size).sum();
        long max = limit.getAsLong();
        sweepAbove = -1;
        if (total > max) {
            long target = max / 10 * 9;
            Set<String> open = openImages.get();
            tiles.sort(Comparator.comparingLong(Tile::used));
            for (Tile tile : tiles) {
                if (total <= target) {
                    break;
                }
                if (open.contains(folder.relativize(tile.file()).getName(0).toString())) {
                    continue;
                }
                try {
                    Files.deleteIfExists(tile.file());
                    total -= tile.size();
                    evicted.incrementAndGet();
                } catch (IOException e) {
                    // kept: the next sweep tries again
                }
            }
        }
        if (total > max) {
            sweepAbove = total + max / 10;
        }
        bytes.set(total); // writes during the sweep may be missed: the next sweep counts them
    }
}
