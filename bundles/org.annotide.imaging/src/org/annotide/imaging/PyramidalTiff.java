package org.annotide.imaging;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;

import org.annotide.imaging.internal.pyramid.BandSource;
import org.annotide.imaging.internal.pyramid.PyramidBuilder;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.annotide.imaging.internal.tiff.TileFormat;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes a tiled, compressed TIFF (optionally with its pyramid) from pixels that the caller produces in
 * horizontal bands, with the builder the pyramid cache uses: memory is a few bands whatever the size, the
 * work runs on all cores, tiles of one colour are stored once, and the file appears complete or not at all.
 * For callers that make their own pixels, such as the synthetic slides of org.annotide.perf.
 */
public final class PyramidalTiff {

    /** The full-resolution pixels, read in horizontal bands. */
    public interface Pixels {

        int width();

        int height();

        /** Rows read at once: a multiple of the tile size, larger for sources that decode from the start. */
        int bandRows(int tileSize);

        /** Width of the column pieces a band is read in, one per thread; the whole width for sequential sources. */
        int columnChunk();

        /** Reads a region as packed 8-bit RGB pixels into {@code target} from {@code offset}, {@code scan} per row. Thread-safe. */
        void read(Rectangle region, int[] target, int offset, int scan) throws IOException;
    }

    public enum Compression {
        /** Lossy, small; what whole-slide scanners write. */
        JPEG,
        /** Lossless zlib with horizontal differencing. */
        DEFLATE
    }

    /** Where the reduced levels go. */
    public enum Layout {
        PAGES, SUB_IFDS
    }

    /**
     * @param tileSize    tile width and height, a multiple of 16
     * @param pyramid     also write the halved levels down to one tile
     * @param jpegQuality 0-1, for JPEG
     * @param bigTiff     BigTIFF rather than classic TIFF (needed above 4 GB)
     * @param description ImageDescription of the first page, or null
     */
    public record Options(int tileSize, boolean pyramid, Compression compression, float jpegQuality, boolean bigTiff,
            Layout layout, String description) {
    }

    private PyramidalTiff() {
    }

    /** Writes the file; {@code task} names the work for the monitor. Honours cancel. */
    public static void write(Path file, Pixels pixels, Options options, String task, IProgressMonitor monitor)
            throws IOException {
        TileFormat format = options.compression() == Compression.JPEG ? TileFormat.JPEG_RGB : TileFormat.DEFLATE_RGB;
        PyramidBuilder.Options build = new PyramidBuilder.Options(options.tileSize(), true, options.pyramid(), format,
                format, options.jpegQuality(), options.bigTiff(),
                options.layout() == Layout.SUB_IFDS ? TiffWriter.Layout.SUB_IFDS : TiffWriter.Layout.PAGES,
                options.description());
        new PyramidBuilder(bands(pixels), build).build(file, task, monitor);
    }

    private static BandSource bands(Pixels pixels) {
        if (pixels instanceof BandSource source) {
            return source;
        }
        return new BandSource() {
            @Override
            public int width() {
                return pixels.width();
            }

            @Override
            public int height() {
                return pixels.height();
            }

            @Override
            public int bandRows(int tileSize) {
                return pixels.bandRows(tileSize);
            }

            @Override
            public int columnChunk() {
                return pixels.columnChunk();
            }

            @Override
            public void read(Rectangle region, int[] target, int offset, int scan) throws IOException {
                pixels.read(region, target, offset, scan);
            }
        };
    }
}
