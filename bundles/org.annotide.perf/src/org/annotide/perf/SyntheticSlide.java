package org.annotide.perf;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.imaging.PyramidalTiff;
import org.annotide.perf.internal.imaging.TissueBands;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes a synthetic whole-slide image: stained tissue islands on a slide background, as a tiled,
 * compressed TIFF (BigTIFF when large), optionally with a page-series or SubIFD pyramid. For benches
 * and tests that need gigapixel images without downloading any. Background tiles are stored once.
 */
public final class SyntheticSlide {

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
     * @param bigTiff null to choose by size (BigTIFF when the uncompressed pixels exceed 3 GB)
     */
    public record Options(int width, int height, int tileSize, boolean pyramid, Compression compression,
            float jpegQuality, long seed, Boolean bigTiff, Layout layout) {

        public Options {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("the size must be positive, not " + width + "x" + height);
            }
            if (tileSize < 16 || tileSize % 16 != 0) {
                throw new IllegalArgumentException("the tile size must be a multiple of 16, not " + tileSize);
            }
            if (jpegQuality <= 0 || jpegQuality > 1) {
                throw new IllegalArgumentException("the JPEG quality must be in (0, 1], not " + jpegQuality);
            }
        }

        /** 512-pixel JPEG tiles at quality 0.85, no pyramid, seed 1, size-chosen TIFF flavour, page series. */
        public static Options of(int width, int height) {
            return new Options(width, height, 512, false, Compression.JPEG, 0.85f, 1, null, Layout.PAGES);
        }

        public Options withPyramid(boolean value) {
            return new Options(width, height, tileSize, value, compression, jpegQuality, seed, bigTiff, layout);
        }

        public Options withTileSize(int value) {
            return new Options(width, height, value, pyramid, compression, jpegQuality, seed, bigTiff, layout);
        }

        public Options withCompression(Compression value) {
            return new Options(width, height, tileSize, pyramid, value, jpegQuality, seed, bigTiff, layout);
        }

        public Options withJpegQuality(float value) {
            return new Options(width, height, tileSize, pyramid, compression, value, seed, bigTiff, layout);
        }

        public Options withSeed(long value) {
            return new Options(width, height, tileSize, pyramid, compression, jpegQuality, value, bigTiff, layout);
        }

        public Options withBigTiff(Boolean value) {
            return new Options(width, height, tileSize, pyramid, compression, jpegQuality, seed, value, layout);
        }

        public Options withLayout(Layout value) {
            return new Options(width, height, tileSize, pyramid, compression, jpegQuality, seed, bigTiff, value);
        }

        boolean useBigTiff() {
            return bigTiff != null ? bigTiff : (long) width * height * 3 > (3L << 30);
        }
    }

    private SyntheticSlide() {
    }

    /** Writes the slide; the file appears complete or not at all. Honours cancel. */
    public static void write(Path file, Options options, IProgressMonitor monitor) throws IOException {
        PyramidalTiff.Options build = new PyramidalTiff.Options(options.tileSize(), options.pyramid(),
                options.compression() == Compression.JPEG ? PyramidalTiff.Compression.JPEG : PyramidalTiff.Compression.DEFLATE,
                options.jpegQuality(), options.useBigTiff(),
                options.layout() == Layout.SUB_IFDS ? PyramidalTiff.Layout.SUB_IFDS : PyramidalTiff.Layout.PAGES,
                "Annotide synthetic slide " + options.width() + "x" + options.height() + " seed " + options.seed());
        PyramidalTiff.write(file, new TissueBands(options.width(), options.height(), options.seed()), build,
                "Writing " + file.getFileName(), monitor);
    }
}
