package org.annotide.imaging.internal.readers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.annotide.imaging.internal.tiff.TiffTags;

/**
 * Decodes a TIFF tile that is a JPEG file of its own with the JDK's JPEG reader directly.
 * <p>
 * Why: TwelveMonkeys' TIFF reader hands such a tile to the same JDK reader, then copies the decoded rows into its own
 * raster ({@code ByteInterleavedRaster.setRect}) and reads the TIFF structure it is shown; in a fresh JVM that Java
 * code runs interpreted (measured in fresh JVMs, four 512-pixel tiles read and converted as a level's blocks are:
 * median 145 ms of thread CPU through TwelveMonkeys, 118 ms here, the same pixels). The JDK reader's own row copies
 * into its destination stay. The pyramids Annotide
 * writes (the pyramid cache, {@code generate-image --pyramid}) have such tiles: baseline JPEG, YCbCr, no shared
 * tables.
 * <p>
 * Only a tile of that kind is taken ({@link #applies}); one with tables in the directory (Aperio's and most
 * scanners'), of another colour model, or a JPEG the JDK reader refuses is left to TwelveMonkeys, which decodes it
 * as before. One instance per source; not thread-safe, like the source.
 */
final class JpegBlocks {

    private static final int SOI = 0xFFD8;

    private ImageReader reader;
    private boolean unavailable;
    private int decoded;

    /** Whether tiles of this directory are self-contained baseline colour JPEG files this class can decode. */
    static boolean applies(TiffStructure.Directory directory) {
        return directory.tiled() && directory.compression == TiffTags.COMPRESSION_JPEG && !directory.jpegTables
                && directory.photometric == TiffTags.PHOTOMETRIC_YCBCR && directory.samplesPerPixel == 3
                && !directory.planar;
    }

    /**
     * The tile's pixels, as wide and high as the directory's tiles, or null when this tile is not for this class
     * (then the caller decodes it as before).
     */
    BufferedImage decode(TiffStructure.Directory directory, byte[] tile) {
        if (tile.length < 4 || ((tile[0] & 0xFF) << 8 | tile[1] & 0xFF) != SOI) {
            return null;
        }
        ImageReader jpeg = reader();
        if (jpeg == null) {
            return null;
        }
        try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(tile))) {
            jpeg.setInput(input, true, true);
            BufferedImage image = jpeg.read(0, jpeg.getDefaultReadParam());
            boolean fits = image.getWidth() == directory.tileWidth && image.getHeight() == directory.tileHeight
                    && image.getRaster().getNumBands() == 3;
            if (!fits) {
                return null;
            }
            decoded++;
            return image;
        } catch (IOException | RuntimeException e) {
            // TwelveMonkeys gets the tile and reports what is wrong with it
            return null;
        } finally {
            jpeg.setInput(null);
        }
    }

    /** Tiles decoded here so far (for the tests: which way a tile went). */
    int decoded() {
        return decoded;
    }

    void dispose() {
        if (reader != null) {
            reader.dispose();
            reader = null;
        }
    }

    /** The JDK's own JPEG reader (not another plugin that may be registered for JPEG), or null when there is none. */
    private ImageReader reader() {
        if (reader == null && !unavailable) {
            for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg"); readers.hasNext();) {
                ImageReader candidate = readers.next();
                if (candidate.getOriginatingProvider() != null
                        && candidate.getOriginatingProvider().getClass().getName().startsWith("com.sun.imageio.")) {
                    reader = candidate;
                    break;
                }
                candidate.dispose();
            }
            unavailable = reader == null;
        }
        return reader;
    }
}
