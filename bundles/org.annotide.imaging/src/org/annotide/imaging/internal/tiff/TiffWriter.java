package org.annotide.imaging.internal.tiff;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a tiled TIFF or BigTIFF: tile data are appended as they are encoded (by any thread, in any
 * order), and the directories of all levels are written at the end. Several levels form a pyramid,
 * either as a page series (each level a page, reduced pages marked in NewSubfileType) or as SubIFDs
 * of the full-resolution page.
 */
public final class TiffWriter implements Closeable {

    /** How the reduced levels are reached from the first page. */
    public enum Layout {
        PAGES, SUB_IFDS
    }

    /** One resolution level; its tile offsets are recorded as tiles are written. */
    public static final class Level {
        final int width;
        final int height;
        final int tileWidth;
        final int tileHeight;
        final TileFormat format;
        final long[] offsets;
        final long[] byteCounts;

        public Level(int width, int height, int tileWidth, int tileHeight, TileFormat format) {
            if (tileWidth % 16 != 0 || tileHeight % 16 != 0) {
                throw new IllegalArgumentException("TIFF tile sizes must be multiples of 16, not " + tileWidth + "x" + tileHeight);
            }
            this.width = width;
            this.height = height;
            this.tileWidth = tileWidth;
            this.tileHeight = tileHeight;
            this.format = format;
            int tiles = Math.toIntExact((long) tilesAcross() * tilesDown());
            this.offsets = new long[tiles];
            this.byteCounts = new long[tiles];
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        public int tilesAcross() {
            return (width + tileWidth - 1) / tileWidth;
        }

        public int tilesDown() {
            return (height + tileHeight - 1) / tileHeight;
        }

        public TileFormat format() {
            return format;
        }
    }

    private static final String SOFTWARE = "Annotide";

    private final FileChannel channel;
    private final boolean bigTiff;
    private long end;

    /** Creates (or truncates) the file and writes its header. */
    public TiffWriter(Path file, boolean bigTiff) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.bigTiff = bigTiff;
        ByteBuffer header = ByteBuffer.allocate(bigTiff ? 16 : 8).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 'I').put((byte) 'I');
        if (bigTiff) {
            header.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(0);
        } else {
            header.putShort((short) 42).putInt(0);
        }
        writeFully(header.flip(), 0);
        end = header.capacity();
    }

    public boolean isBigTiff() {
        return bigTiff;
    }

    /** Appends the encoded bytes of tile {@code index} (row-major) of a level; returns where they went. */
    public long writeTile(Level level, int index, byte[] data, int length) throws IOException {
        long offset;
        synchronized (this) {
            offset = end;
            end += length + (length & 1);
        }
        writeFully(ByteBuffer.wrap(data, 0, length), offset);
        checkOffset(offset + length);
        level.offsets[index] = offset;
        level.byteCounts[index] = length;
        return offset;
    }

    /** Points a tile at bytes already written for an identical tile (e.g. the blank background). */
    public void shareTile(Level level, int index, long offset, long length) {
        level.offsets[index] = offset;
        level.byteCounts[index] = length;
    }

    /** Writes the directories; the first level is the full-resolution image. */
    public void finish(List<Level> levels, Layout layout, String description) throws IOException {
        List<TiffDirectory> directories = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            directories.add(directory(levels.get(i), i > 0, i == 0 ? description : null));
        }
        long start;
        synchronized (this) {
            start = (end + 7) & ~7L;
        }
        long[] offsets = new long[directories.size()];
        // Reduced levels of a SubIFD pyramid go first so the main directory can list them.
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i < levels.size(); i++) {
            order.add(i);
        }
        if (layout == Layout.SUB_IFDS) {
            order.add(0);
        } else {
            order.add(0, 0);
        }
        long position = start;
        for (int index : order) {
            if (index == 0 && layout == Layout.SUB_IFDS && levels.size() > 1) {
                long[] children = new long[levels.size() - 1];
                System.arraycopy(offsets, 1, children, 0, children.length);
                directories.get(0).addSubIfds(children);
            }
            offsets[index] = position;
            position += (directories.get(index).size() + 7) & ~7L;
        }
        for (int index : order) {
            long next = 0;
            if (layout == Layout.PAGES && index + 1 < levels.size()) {
                next = offsets[index + 1];
            }
            checkOffset(offsets[index]);
            writeFully(directories.get(index).serialise(offsets[index], next), offsets[index]);
        }
        ByteBuffer first = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        if (bigTiff) {
            first.putLong(offsets[0]);
            writeFully(first.flip(), 8);
        } else {
            first.putInt((int) offsets[0]).limit(4);
            writeFully(first.flip(), 4);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private TiffDirectory directory(Level level, boolean reduced, String description) {
        TileFormat format = level.format;
        TiffDirectory directory = new TiffDirectory(bigTiff);
        directory.addLong(TiffTags.NEW_SUBFILE_TYPE, reduced ? TiffTags.SUBFILE_REDUCED : 0);
        directory.addLong(TiffTags.IMAGE_WIDTH, level.width);
        directory.addLong(TiffTags.IMAGE_LENGTH, level.height);
        int[] bits = new int[format.samplesPerPixel()];
        java.util.Arrays.fill(bits, format.bitsPerSample());
        directory.addShorts(TiffTags.BITS_PER_SAMPLE, bits);
        directory.addShorts(TiffTags.COMPRESSION, format.compression());
        directory.addShorts(TiffTags.PHOTOMETRIC, format.photometric());
        if (description != null) {
            directory.addAscii(TiffTags.IMAGE_DESCRIPTION, description);
        }
        directory.addShorts(TiffTags.SAMPLES_PER_PIXEL, format.samplesPerPixel());
        directory.addShorts(TiffTags.PLANAR_CONFIGURATION, 1);
        directory.addAscii(TiffTags.SOFTWARE, SOFTWARE);
        if (format.predictor() != 1) {
            directory.addShorts(TiffTags.PREDICTOR, format.predictor());
        }
        directory.addLong(TiffTags.TILE_WIDTH, level.tileWidth);
        directory.addLong(TiffTags.TILE_LENGTH, level.tileHeight);
        directory.addOffsets(TiffTags.TILE_OFFSETS, level.offsets);
        directory.addOffsets(TiffTags.TILE_BYTE_COUNTS, level.byteCounts);
        if (format.alpha()) {
            directory.addShorts(TiffTags.EXTRA_SAMPLES, 2);
        }
        int[] sampleFormat = new int[format.samplesPerPixel()];
        java.util.Arrays.fill(sampleFormat, 1);
        directory.addShorts(TiffTags.SAMPLE_FORMAT, sampleFormat);
        if (format.photometric() == TiffTags.PHOTOMETRIC_YCBCR) {
            directory.addShorts(TiffTags.YCBCR_SUBSAMPLING, 2, 2);
        }
        return directory;
    }

    private void checkOffset(long offset) throws IOException {
        if (!bigTiff && offset > 0xFFFF_FFFFL) {
            throw new IOException("the image exceeds the 4 GB of a classic TIFF; write a BigTIFF instead");
        }
    }

    private void writeFully(ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }
}
