package org.annotide.imaging.internal.pyramid;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.annotide.imaging.internal.pixels.Downsampler;
import org.annotide.imaging.internal.tiff.TileEncoder;
import org.annotide.imaging.internal.tiff.TileFormat;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes a tiled pyramidal TIFF from a band source in one pass over it: each band of full-resolution
 * rows is (optionally) written as tiles, halved into the next level's band buffer, and so on down to a
 * level that fits in one tile. Memory is a few bands, whatever the image size; reading, halving and
 * encoding run on all cores. Tiles of one colour (slide background) are stored once and shared.
 */
public final class PyramidBuilder {

    /**
     * @param tileSize       tile width and height, a multiple of 16
     * @param includeBase    write the full-resolution level as the first page
     * @param reducedLevels  write the halved levels down to one tile
     * @param baseFormat     encoding of the full-resolution level
     * @param format         encoding of the reduced levels
     * @param jpegQuality    0-1, for JPEG formats
     * @param bigTiff        BigTIFF rather than classic TIFF (needed above 4 GB)
     * @param layout         reduced levels as a page series or as SubIFDs of the first page
     * @param description    ImageDescription of the first page, or null
     */
    public record Options(int tileSize, boolean includeBase, boolean reducedLevels, TileFormat baseFormat,
            TileFormat format, float jpegQuality, boolean bigTiff, TiffWriter.Layout layout, String description) {
    }

    /** A tile of one colour in one encoding, written once and shared. */
    private record UniformTile(int pixel, TileFormat format) {
    }

    private final BandSource source;
    private final Options options;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final int encoderThreads;
    private final List<int[]> sizes = new ArrayList<>();
    private final List<TiffWriter.Level> written = new ArrayList<>();
    private final ConcurrentHashMap<UniformTile, long[]> uniformTiles = new ConcurrentHashMap<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final ThreadLocal<TileEncoder> baseEncoders;
    private final ThreadLocal<TileEncoder> encoders;
    private final Semaphore inFlight;
    private final List<int[]> accumulated = new ArrayList<>();
    private final int[] filledRows;
    private final int[] tileRows;
    private ExecutorService workers;
    private ExecutorService readers;
    private TiffWriter writer;

    public PyramidBuilder(BandSource source, Options options) {
        this.source = source;
        this.options = options;
        int width = source.width();
        int height = source.height();
        sizes.add(new int[] {width, height});
        while (options.reducedLevels() && Math.max(width, height) > options.tileSize()) {
            width = Downsampler.halve(width);
            height = Downsampler.halve(height);
            sizes.add(new int[] {width, height});
        }
        filledRows = new int[sizes.size()];
        tileRows = new int[sizes.size()];
        baseEncoders = ThreadLocal.withInitial(() -> TileEncoder.create(options.baseFormat(), options.jpegQuality()));
        encoders = ThreadLocal.withInitial(() -> TileEncoder.create(options.format(), options.jpegQuality()));
        // a sequential source is decoded on one thread, the critical path: leave it a core of its own
        encoderThreads = source.columnChunk() >= source.width() && threads > 1 ? threads - 1 : threads;
        inFlight = new Semaphore(4 * encoderThreads);
    }

    /**
     * Builds into {@code target}, atomically: the file appears complete or not at all.
     *
     * @throws OperationCanceledException when the monitor is cancelled; nothing is left behind
     */
    public void build(Path target, String taskName, IProgressMonitor monitor) throws IOException {
        int tile = options.tileSize();
        if (!options.includeBase() && sizes.size() == 1) {
            throw new IllegalStateException("nothing to write: the image fits in one tile and the base is excluded");
        }
        // a name of its own, so two processes building the same file cannot write into each other's; made by
        // createFile, not createTempFile, so that the finished file gets the umask's permissions, not 0600
        Path temporary = Files.createFile(target.toAbsolutePath().resolveSibling(target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part"));
        SubMonitor progress = SubMonitor.convert(monitor, taskName, source.height());
        workers = pool(encoderThreads, "annotide-pyramid");
        readers = pool(threads, "annotide-pyramid-read");
        ExecutorService prefetch = pool(1, "annotide-pyramid-prefetch");
        boolean done = false;
        try {
            writer = new TiffWriter(temporary, options.bigTiff());
            for (int level = 0; level < sizes.size(); level++) {
                if (level > 0) {
                    accumulated.add(new int[sizes.get(level)[0] * tile]);
                } else {
                    accumulated.add(null);
                }
                if (level > 0 || options.includeBase()) {
                    written.add(new TiffWriter.Level(sizes.get(level)[0], sizes.get(level)[1], tile, tile,
                            level == 0 ? options.baseFormat() : options.format()));
                }
            }
            int width = source.width();
            int bandRows = source.bandRows(tile);
            int bandSize = Math.multiplyExact(width, Math.min(bandRows, source.height()));
            // two band buffers: the next band is read while this one is cut, halved and encoded
            int[] spare = new int[bandSize];
            Future<int[]> next = prefetch.submit(readBand(0, Math.min(bandRows, source.height()), new int[bandSize]));
            for (int y = 0; y < source.height(); y += bandRows) {
                int rows = Math.min(bandRows, source.height() - y);
                int[] band = await(next);
                if (y + bandRows < source.height()) {
                    next = prefetch.submit(readBand(y + bandRows, Math.min(bandRows, source.height() - y - bandRows), spare));
                }
                spare = band;
                for (int sub = 0; sub < rows; sub += tile) {
                    int subRows = Math.min(tile, rows - sub);
                    if (options.includeBase()) {
                        emit(0, band, sub * width, width, subRows);
                    }
                    if (sizes.size() > 1) {
                        push(1, halve(band, sub * width, width, subRows), Downsampler.halve(subRows));
                    }
                }
                rethrowFailure();
                progress.split(rows);
            }
            for (int level = 1; level < sizes.size(); level++) {
                if (filledRows[level] > 0) {
                    flush(level);
                }
            }
            drain();
            rethrowFailure();
            writer.finish(written, options.layout(), options.description());
            writer.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } finally {
            prefetch.shutdownNow();
            readers.shutdownNow();
            workers.shutdownNow();
            if (!done) {
                if (writer != null) {
                    try {
                        writer.close();
                    } catch (IOException ignored) {
                        // the partial file is deleted next
                    }
                }
                Files.deleteIfExists(temporary);
            }
        }
    }

    // ---------------------------------------------------------------- reading and halving

    /** A task reading a band in column pieces on the reader threads; it returns the filled buffer. */
    private java.util.concurrent.Callable<int[]> readBand(int y, int rows, int[] band) {
        return () -> {
            int width = source.width();
            int chunk = Math.max(1, source.columnChunk());
            List<Future<?>> reads = new ArrayList<>();
            for (int x = 0; x < width; x += chunk) {
                Rectangle region = new Rectangle(x, y, Math.min(chunk, width - x), rows);
                int offset = x;
                reads.add(readers.submit(() -> {
                    source.read(region, band, offset, width);
                    return null;
                }));
            }
            await(reads);
            return band;
        };
    }

    private static ExecutorService pool(int size, String name) {
        return Executors.newFixedThreadPool(size, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private int[] halve(int[] pixels, int offset, int width, int rows) throws IOException {
        int outRows = Downsampler.halve(rows);
        int[] out = new int[Downsampler.halve(width) * outRows];
        int pieces = (long) width * rows < (1 << 20) ? 1 : threads;
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            int from = outRows * i / pieces;
            int to = outRows * (i + 1) / pieces;
            jobs.add(workers.submit(() -> Downsampler.halveRows(pixels, offset, width, rows, out, from, to)));
        }
        await(jobs);
        return out;
    }

    /** Appends halved rows to a level's band; a full band becomes a row of tiles and moves down a level. */
    private void push(int level, int[] pixels, int rows) throws IOException {
        int width = sizes.get(level)[0];
        System.arraycopy(pixels, 0, accumulated.get(level), filledRows[level] * width, rows * width);
        filledRows[level] += rows;
        if (filledRows[level] == options.tileSize()) {
            flush(level);
        }
    }

    private void flush(int level) throws IOException {
        int width = sizes.get(level)[0];
        int rows = filledRows[level];
        int[] pixels = accumulated.get(level);
        emit(level, pixels, 0, width, rows);
        filledRows[level] = 0;
        if (level + 1 < sizes.size()) {
            push(level + 1, halve(pixels, 0, width, rows), Downsampler.halve(rows));
        }
    }

    // ---------------------------------------------------------------- tiles

    /** Cuts a row of tiles out of a band and hands them to the encoders. */
    private void emit(int level, int[] pixels, int offset, int width, int rows) throws IOException {
        int tile = options.tileSize();
        TiffWriter.Level target = written.get(options.includeBase() ? level : level - 1);
        int tileRow = tileRows[level]++;
        for (int column = 0; column * tile < width; column++) {
            int[] tilePixels = new int[tile * tile];
            int x0 = column * tile;
            int copy = Math.min(tile, width - x0);
            for (int ty = 0; ty < tile; ty++) {
                int from = offset + Math.min(ty, rows - 1) * width + x0;
                int to = ty * tile;
                System.arraycopy(pixels, from, tilePixels, to, copy);
                // pad by repeating the edge, which encodes smaller and blurs nothing in when resampled
                java.util.Arrays.fill(tilePixels, to + copy, to + tile, tilePixels[to + copy - 1]);
            }
            int index = tileRow * target.tilesAcross() + column;
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while building a pyramid");
            }
            workers.execute(() -> {
                try {
                    encode(target, index, tilePixels, level == 0 ? baseEncoders : encoders);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    inFlight.release();
                }
            });
        }
    }

    private void encode(TiffWriter.Level level, int index, int[] pixels, ThreadLocal<TileEncoder> encoder)
            throws IOException {
        int first = pixels[0];
        boolean uniform = true;
        for (int pixel : pixels) {
            if (pixel != first) {
                uniform = false;
                break;
            }
        }
        // shared bytes must also share the encoding, so the key includes the level's format
        UniformTile key = new UniformTile(first, level.format());
        if (uniform) {
            long[] shared = uniformTiles.get(key);
            if (shared != null) {
                writer.shareTile(level, index, shared[0], shared[1]);
                return;
            }
        }
        int tile = options.tileSize();
        TileEncoder.EncodedTile encoded = encoder.get().encode(pixels, tile, tile);
        long offset = writer.writeTile(level, index, encoded.data(), encoded.length());
        if (uniform) {
            uniformTiles.putIfAbsent(key, new long[] {offset, encoded.length()});
        }
    }

    private void drain() throws InterruptedIOException {
        int permits = 4 * encoderThreads;
        try {
            inFlight.acquire(permits);
            inFlight.release(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while building a pyramid");
        }
    }

    private void await(List<Future<?>> futures) throws IOException {
        for (Future<?> future : futures) {
            await(future);
        }
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while building a pyramid");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable cause = failure.get();
        if (cause == null) {
            return;
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IOException("a pyramid tile could not be encoded", cause);
    }
}
