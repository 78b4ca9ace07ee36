package org.annotide.imaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Decoded display blocks shared by the pyramids of an image service (or of a mirror's tiles), least recently used
 * first out, bounded in bytes. A block being loaded is loaded once: other threads asking for it wait for it.
 */
public final class TileCache {

    /** Which block: a level of a file (the key names file, version and level) and the block's grid cell. */
    public record Key(String level, int column, int row) {
    }

    /** Packed 8-bit pixels of one block. */
    public record Block(int[] pixels, int width, int height) {
        long bytes() {
            return 4L * pixels.length + 64;
        }
    }

    /** Produces a block on a miss. */
    public interface Loader {
        Block load() throws IOException;
    }

    private final LinkedHashMap<Key, Block> blocks = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<Key, CompletableFuture<Block>> loading = new HashMap<>();
    private long maxBytes;
    private long bytes;

    public TileCache(long maxBytes) {
        this.maxBytes = Math.max(0, maxBytes);
    }

    public Block get(Key key, Loader loader) throws IOException {
        return get(key, loader, true);
    }

    /**
     * The block when it is cached or this thread loads it; null, without waiting, while another thread loads it.
     * A reader of several blocks asks this way first and waits for the others' blocks last, so that threads
     * reading overlapping regions decode different blocks at the same time instead of queueing for the same one.
     */
    public Block getUnlessLoading(Key key, Loader loader) throws IOException {
        return get(key, loader, false);
    }

    private Block get(Key key, Loader loader, boolean wait) throws IOException {
        CompletableFuture<Block> pending;
        boolean mine = false;
        synchronized (this) {
            Block block = blocks.get(key);
            if (block != null) {
                return block;
            }
            pending = loading.get(key);
            if (pending == null) {
                pending = new CompletableFuture<>();
                loading.put(key, pending);
                mine = true;
            } else if (!wait) {
                return null;
            }
        }
        if (mine) {
            try {
                Block block = loader.load();
                synchronized (this) {
                    loading.remove(key);
                    store(key, block);
                }
                pending.complete(block);
                return block;
            } catch (IOException | RuntimeException | Error e) {
                synchronized (this) {
                    loading.remove(key);
                }
                pending.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BlockPyramid.NotAtHand away) { // each reader draws its stand-in
                throw new BlockPyramid.NotAtHand(away.getMessage());
            }
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw cause instanceof RuntimeException runtime ? runtime : e;
        }
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized long maxBytes() {
        return maxBytes;
    }

    public synchronized void setMaxBytes(long maxBytes) {
        this.maxBytes = Math.max(0, maxBytes);
        evict();
    }

    public synchronized void clear() {
        blocks.clear();
        bytes = 0;
    }

    private void store(Key key, Block block) {
        if (block.bytes() > maxBytes) {
            return;
        }
        Block previous = blocks.put(key, block);
        if (previous != null) {
            bytes -= previous.bytes();
        }
        bytes += block.bytes();
        evict();
    }

    private void evict() {
        for (Iterator<Block> eldest = blocks.values().iterator(); bytes > maxBytes && eldest.hasNext();) {
            bytes -= eldest.next().bytes();
            eldest.remove();
        }
    }
}
