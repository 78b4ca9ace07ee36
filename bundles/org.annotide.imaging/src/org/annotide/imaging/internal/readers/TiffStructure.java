package org.annotide.imaging.internal.readers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.annotide.imaging.internal.tiff.TiffTags;

/**
 * The directory layout of a TIFF or BigTIFF file: every page of the main chain and the SubIFDs they
 * list, with the tags needed to recognise a pyramid and to find each tile or strip. Decoding is left
 * to the TIFF image reader, a few blocks at a time ({@link #blocks}).
 * <p>
 * Opening reads each directory's entries only (a few hundred bytes each). The tables of tile (or strip)
 * offsets and byte counts, which for a 100,000 pixel slide hold tens of thousands of entries, are read
 * entry by entry as {@link #blocks} needs them, so showing the first frame of a pyramid reads the entries of
 * the tiles it shows and no others; {@link #verify} reads whole tables, to refuse a file cut short before
 * it is imported.
 */
final class TiffStructure {

    /** One image file directory and where its blocks (tiles or strips) lie. */
    static final class Directory {
        final long offset;
        final int width;
        final int height;
        final int tileWidth;
        final int tileHeight;
        final int rowsPerStrip;
        final long subfileType;
        final long[] subIfds;
        final int samplesPerPixel;
        final boolean planar;
        /** The compression and photometric interpretation tags (1 and -1 when absent). */
        final int compression;
        final int photometric;
        /** Whether the JPEG blocks share tables stored in the directory (the blocks are then not JPEG files of their own). */
        final boolean jpegTables;
        final Table blockOffsets;
        final Table blockByteCounts;
        /** The raw entries, in the file's byte order, for copying into single-block directories. */
        final byte[] entries;
        final int entryCount;

        Directory(long offset, int width, int height, int tileWidth, int tileHeight, int rowsPerStrip, long subfileType,
                long[] subIfds, int samplesPerPixel, boolean planar, int compression, int photometric,
                boolean jpegTables, Table blockOffsets, Table blockByteCounts, byte[] entries, int entryCount) {
            this.offset = offset;
            this.width = width;
            this.height = height;
            this.tileWidth = tileWidth;
            this.tileHeight = tileHeight;
            this.rowsPerStrip = rowsPerStrip;
            this.subfileType = subfileType;
            this.subIfds = subIfds;
            this.samplesPerPixel = samplesPerPixel;
            this.planar = planar;
            this.compression = compression;
            this.photometric = photometric;
            this.jpegTables = jpegTables;
            this.blockOffsets = blockOffsets;
            this.blockByteCounts = blockByteCounts;
            this.entries = entries;
            this.entryCount = entryCount;
        }

        boolean tiled() {
            return tileWidth > 0 && tileHeight > 0;
        }

        /** Width of a block: the tile width, or the image width for strips. */
        int blockWidth() {
            return tiled() ? tileWidth : width;
        }

        /** Height of a block: the tile height, or the rows per strip. */
        int blockHeight() {
            return tiled() ? tileHeight : Math.max(1, Math.min(rowsPerStrip, height));
        }

        int blocksAcross() {
            return (width + blockWidth() - 1) / blockWidth();
        }

        int blocksDown() {
            return (height + blockHeight() - 1) / blockHeight();
        }

        /** The end of the furthest pixel data, for noticing a file cut short; reads both tables whole. */
        long dataEnd() throws IOException {
            long[] offsets = blockOffsets.all();
            long[] counts = blockByteCounts.all();
            long end = 0;
            for (int i = 0; i < Math.min(offsets.length, counts.length); i++) {
                end = Math.max(end, offsets[i] + counts[i]);
            }
            return end;
        }
    }

    /**
     * The values of a SHORT, LONG or LONG8 array entry: held when they fit in the entry itself or once read
     * whole, else read one by one from where the entry points.
     */
    final class Table {
        final int count;
        private final int size;
        private final long pointer;
        private long[] values;

        private Table(int count, int size, long pointer, long[] values) {
            this.count = count;
            this.size = size;
            this.pointer = pointer;
            this.values = values;
        }

        long get(int index) throws IOException {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException(index);
            }
            if (values != null) {
                return values[index];
            }
            entriesRead++;
            ByteBuffer value = readAt(channel, pointer + (long) index * size, size).order(order);
            if (value.remaining() < size) {
                throw new IOException("the file is cut short: a table at byte " + pointer + " lies beyond its end");
            }
            return value(value, 0, size);
        }

        long[] all() throws IOException {
            if (values == null) {
                tablesRead++;
                ByteBuffer bytes = readAt(channel, pointer, Math.toIntExact((long) count * size)).order(order);
                if (bytes.remaining() < (long) count * size) {
                    throw new IOException("the file is cut short: a table at byte " + pointer + " lies beyond its end");
                }
                long[] read = new long[count];
                for (int i = 0; i < count; i++) {
                    read[i] = value(bytes, i * size, size);
                }
                values = read;
            }
            return values;
        }
    }

    /** A file as a TIFF reader should see it: other first bytes and extra bytes after the end. */
    record View(byte[] head, long tailStart, byte[] tail) {
    }

    private static final int MAX_DIRECTORIES = 100_000;
    private static final int MAX_BLOCKS = 50_000_000;

    final boolean bigTiff;
    final ByteOrder order;
    /** The main chain, page 0 first. */
    final List<Directory> pages = new ArrayList<>();
    /** Directories reached through the SubIFDs tag of any page. */
    final List<Directory> subDirectories = new ArrayList<>();

    private final FileChannel channel;
    private final long length;
    private final Set<Long> seen = new HashSet<>();
    private long nextOffset;
    /** Directories parsed, whole tables read and single table entries read: what opening and reading cost. */
    private int directoriesRead;
    private int tablesRead;
    private long entriesRead;

    private TiffStructure(FileChannel channel, boolean bigTiff, ByteOrder order) throws IOException {
        this.channel = channel;
        this.bigTiff = bigTiff;
        this.order = order;
        this.length = channel.size();
    }

    static boolean isTiff(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        boolean little = head[0] == 'I' && head[1] == 'I' && (head[2] == 42 || head[2] == 43) && head[3] == 0;
        boolean big = head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43);
        return little || big;
    }

    static TiffStructure read(FileChannel channel) throws IOException {
        ByteBuffer head = readAt(channel, 0, 16);
        if (head.remaining() < 8) {
            throw new IOException("too short for a TIFF file");
        }
        byte[] magic = new byte[4];
        head.get(0, magic);
        if (!isTiff(magic)) {
            throw new IOException("not a TIFF file (bad header)");
        }
        ByteOrder order = magic[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        head.order(order);
        boolean bigTiff = head.getShort(2) == 43;
        TiffStructure structure = new TiffStructure(channel, bigTiff, order);
        long first;
        if (bigTiff) {
            if (head.remaining() < 16 || head.getShort(4) != 8) {
                throw new IOException("damaged BigTIFF header");
            }
            first = head.getLong(8);
        } else {
            first = head.getInt(4) & 0xFFFF_FFFFL;
        }
        for (long offset = first; offset != 0;) {
            Directory directory = structure.readDirectory(offset);
            if (directory == null) {
                break;
            }
            structure.pages.add(directory);
            offset = structure.nextOffset;
        }
        if (structure.pages.isEmpty()) {
            throw new IOException("the TIFF file has no image directory");
        }
        for (Directory page : List.copyOf(structure.pages)) {
            for (long child : page.subIfds) {
                Directory directory = structure.readDirectory(child);
                if (directory != null) {
                    structure.subDirectories.add(directory);
                }
            }
        }
        return structure;
    }

    long length() {
        return length;
    }

    int directoriesRead() {
        return directoriesRead;
    }

    int tablesRead() {
        return tablesRead;
    }

    long entriesRead() {
        return entriesRead;
    }

    /** Refuses a file whose pixels of these directories need more bytes than it has (reads their tables whole). */
    void verify(List<Directory> directories) throws IOException {
        for (Directory directory : directories) {
            long end = directory.dataEnd();
            if (end > length) {
                throw new IOException("the file is cut short: its pixels need " + end + " bytes, it has " + length);
            }
        }
    }

    private Directory readDirectory(long offset) throws IOException {
        nextOffset = 0;
        if (offset <= 0 || !seen.add(offset) || seen.size() > MAX_DIRECTORIES) {
            return null;
        }
        if (offset >= length) {
            throw new IOException("the file is cut short: a directory at byte " + offset + " lies beyond its end ("
                    + length + " bytes)");
        }
        int countSize = bigTiff ? 8 : 2;
        int entrySize = entrySize();
        ByteBuffer countBuffer = readAt(channel, offset, countSize).order(order);
        if (countBuffer.remaining() < countSize) {
            throw new IOException("the file is cut short inside the directory at byte " + offset);
        }
        long count = bigTiff ? countBuffer.getLong(0) : countBuffer.getShort(0) & 0xFFFF;
        if (count <= 0 || count > 10_000) {
            throw new IOException("the directory at byte " + offset + " claims " + count + " entries");
        }
        int size = (int) count * entrySize + (bigTiff ? 8 : 4);
        ByteBuffer entries = readAt(channel, offset + countSize, size).order(order);
        if (entries.remaining() < size) {
            throw new IOException("the file is cut short inside the directory at byte " + offset);
        }
        int width = 0;
        int height = 0;
        int tileWidth = 0;
        int tileHeight = 0;
        int rowsPerStrip = Integer.MAX_VALUE;
        long subfileType = 0;
        int samples = 1;
        boolean planar = false;
        int compression = TiffTags.COMPRESSION_NONE;
        int photometric = -1;
        boolean jpegTables = false;
        long[] subIfds = new long[0];
        Table blockOffsets = new Table(0, 4, 0, new long[0]);
        Table blockCounts = blockOffsets;
        for (int i = 0; i < count; i++) {
            int at = i * entrySize;
            int tag = entries.getShort(at) & 0xFFFF;
            int type = entries.getShort(at + 2) & 0xFFFF;
            long values = bigTiff ? entries.getLong(at + 4) : entries.getInt(at + 4) & 0xFFFF_FFFFL;
            int valueAt = at + (bigTiff ? 12 : 8);
            switch (tag) {
                case TiffTags.IMAGE_WIDTH -> width = (int) number(entries, valueAt, type);
                case TiffTags.IMAGE_LENGTH -> height = (int) number(entries, valueAt, type);
                case TiffTags.TILE_WIDTH -> tileWidth = (int) number(entries, valueAt, type);
                case TiffTags.TILE_LENGTH -> tileHeight = (int) number(entries, valueAt, type);
                case TiffTags.ROWS_PER_STRIP -> rowsPerStrip = (int) Math.min(Integer.MAX_VALUE, number(entries, valueAt, type));
                case TiffTags.NEW_SUBFILE_TYPE -> subfileType = number(entries, valueAt, type);
                case TiffTags.SAMPLES_PER_PIXEL -> samples = (int) number(entries, valueAt, type);
                case TiffTags.PLANAR_CONFIGURATION -> planar = number(entries, valueAt, type) == 2;
                case TiffTags.COMPRESSION -> compression = (int) number(entries, valueAt, type);
                case TiffTags.PHOTOMETRIC -> photometric = (int) number(entries, valueAt, type);
                case TiffTags.JPEG_TABLES -> jpegTables = values > 0;
                case TiffTags.SUB_IFDS -> subIfds = table(entries, valueAt, type, values, 1000).all();
                case TiffTags.STRIP_OFFSETS, TiffTags.TILE_OFFSETS -> blockOffsets = table(entries, valueAt, type, values, MAX_BLOCKS);
                case TiffTags.STRIP_BYTE_COUNTS, TiffTags.TILE_BYTE_COUNTS -> blockCounts = table(entries, valueAt, type, values, MAX_BLOCKS);
                default -> {
                    // other tags are the image reader's business
                }
            }
        }
        int nextAt = (int) count * entrySize;
        nextOffset = bigTiff ? entries.getLong(nextAt) : entries.getInt(nextAt) & 0xFFFF_FFFFL;
        if (width <= 0 || height <= 0) {
            throw new IOException("the directory at byte " + offset + " has no image size");
        }
        byte[] raw = new byte[nextAt];
        entries.get(0, raw);
        Directory directory = new Directory(offset, width, height, tileWidth, tileHeight, rowsPerStrip, subfileType, subIfds,
                samples, planar, compression, photometric, jpegTables, blockOffsets, blockCounts, raw, (int) count);
        int planes = planar ? samples : 1;
        long blocks = (long) directory.blocksAcross() * directory.blocksDown() * planes;
        directoriesRead++;
        if (blockOffsets.count < blocks || blockCounts.count < blocks) {
            throw new IOException("the directory at byte " + offset + " lists " + blockOffsets.count + " of its " + blocks
                    + (directory.tiled() ? " tiles" : " strips"));
        }
        return directory;
    }

    /**
     * The file as a TIFF reader should see it to decode a rectangle of blocks (tiles, or consecutive
     * strips) as an image of its own: a header pointing at a copy of the directory, appended after the
     * file's end, whose size is the rectangle's and whose blocks are only these. Every other tag is
     * copied as it is, so values stored elsewhere in the file (JPEG tables, colour maps, ...) are found
     * where they are.
     *
     * @return the view, and the size of the image it shows in {@code size}
     */
    View blocks(Directory directory, int firstColumn, int firstRow, int lastColumn, int lastRow) throws IOException {
        int planes = directory.planar ? directory.samplesPerPixel : 1;
        int across = directory.blocksAcross();
        int blocks = across * directory.blocksDown();
        int columns = lastColumn - firstColumn + 1;
        int rowsOfBlocks = lastRow - firstRow + 1;
        int count = planes * columns * rowsOfBlocks;
        long[] offsets = new long[count];
        long[] counts = new long[count];
        int k = 0;
        for (int plane = 0; plane < planes; plane++) {
            for (int row = firstRow; row <= lastRow; row++) {
                for (int column = firstColumn; column <= lastColumn; column++) {
                    int index = plane * blocks + row * across + column;
                    offsets[k] = directory.blockOffsets.get(index);
                    counts[k] = directory.blockByteCounts.get(index);
                    if (offsets[k] + counts[k] > length) {
                        throw new IOException("the file is cut short: block " + index + " of the directory at byte "
                                + directory.offset + " needs " + (offsets[k] + counts[k]) + " bytes, it has " + length);
                    }
                    k++;
                }
            }
        }
        int width = directory.tiled() ? columns * directory.tileWidth : directory.width;
        int height = directory.tiled() ? rowsOfBlocks * directory.tileHeight
                : Math.min(directory.height, (lastRow + 1) * directory.blockHeight()) - firstRow * directory.blockHeight();
        int entrySize = entrySize();
        int valueSize = bigTiff ? 8 : 4;
        boolean outOfLine = count * valueSize > (bigTiff ? 8 : 4);
        int kept = 0;
        for (int i = 0; i < directory.entryCount; i++) {
            if (tag(directory, i) != TiffTags.SUB_IFDS) {
                kept++;
            }
        }
        long start = (length + 7) & ~7L;
        int countSize = bigTiff ? 8 : 2;
        int ifdSize = countSize + kept * entrySize + (bigTiff ? 8 : 4);
        ByteBuffer tail = ByteBuffer.allocate(ifdSize + (outOfLine ? 2 * count * valueSize : 0)).order(order);
        if (!bigTiff && start + tail.capacity() > 0xFFFF_FFFFL) {
            throw new IOException("the TIFF file is too close to 4 GB to read by tile");
        }
        long offsetsAt = start + ifdSize;
        long countsAt = offsetsAt + (long) count * valueSize;
        if (bigTiff) {
            tail.putLong(kept);
        } else {
            tail.putShort((short) kept);
        }
        for (int i = 0; i < directory.entryCount; i++) {
            int tag = tag(directory, i);
            if (tag == TiffTags.SUB_IFDS) {
                continue;
            }
            int at = tail.position();
            tail.put(directory.entries, i * entrySize, entrySize);
            switch (tag) {
                case TiffTags.IMAGE_WIDTH -> patchNumber(tail, at, width);
                case TiffTags.IMAGE_LENGTH -> patchNumber(tail, at, height);
                case TiffTags.STRIP_OFFSETS, TiffTags.TILE_OFFSETS -> patchArray(tail, at, offsets, outOfLine, offsetsAt);
                case TiffTags.STRIP_BYTE_COUNTS, TiffTags.TILE_BYTE_COUNTS -> patchArray(tail, at, counts, outOfLine, countsAt);
                default -> {
                    // copied as it is
                }
            }
        }
        if (bigTiff) {
            tail.putLong(0);
        } else {
            tail.putInt(0);
        }
        if (outOfLine) {
            for (long value : offsets) {
                putValue(tail, value);
            }
            for (long value : counts) {
                putValue(tail, value);
            }
        }
        return new View(headerStartingAt(start), start, tail.array());
    }

    /** The stored bytes of one block (tile or strip) of a chunky directory, as the file holds them. */
    byte[] block(Directory directory, int column, int row) throws IOException {
        int index = row * directory.blocksAcross() + column;
        long offset = directory.blockOffsets.get(index);
        long count = directory.blockByteCounts.get(index);
        if (offset + count > length) {
            throw new IOException("the file is cut short: block " + index + " of the directory at byte "
                    + directory.offset + " needs " + (offset + count) + " bytes, it has " + length);
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new IOException("block " + index + " of the directory at byte " + directory.offset + " claims "
                    + count + " bytes");
        }
        ByteBuffer bytes = readAt(channel, offset, (int) count);
        byte[] data = new byte[bytes.remaining()];
        bytes.get(data);
        return data;
    }

    private int entrySize() {
        return bigTiff ? 20 : 12;
    }

    private int tag(Directory directory, int entry) {
        return ByteBuffer.wrap(directory.entries).order(order).getShort(entry * entrySize()) & 0xFFFF;
    }

    /** Sets an entry to one LONG value. */
    private void patchNumber(ByteBuffer tail, int at, long value) {
        tail.putShort(at + 2, (short) 4);
        if (bigTiff) {
            tail.putLong(at + 4, 1).putLong(at + 12, 0).putInt(at + 12, (int) value);
        } else {
            tail.putInt(at + 4, 1).putInt(at + 8, (int) value);
        }
    }

    /** Sets an entry to LONG (LONG8 in BigTIFF) values, inline or at {@code pointer}. */
    private void patchArray(ByteBuffer tail, int at, long[] values, boolean outOfLine, long pointer) {
        tail.putShort(at + 2, (short) (bigTiff ? 16 : 4));
        int valueAt = at + (bigTiff ? 12 : 8);
        if (bigTiff) {
            tail.putLong(at + 4, values.length);
        } else {
            tail.putInt(at + 4, values.length);
        }
        if (outOfLine) {
            if (bigTiff) {
                tail.putLong(valueAt, pointer);
            } else {
                tail.putInt(valueAt, (int) pointer);
            }
        } else if (bigTiff) {
            tail.putLong(valueAt, values[0]);
        } else {
            tail.putInt(valueAt, (int) values[0]);
        }
    }

    private void putValue(ByteBuffer tail, long value) {
        if (bigTiff) {
            tail.putLong(value);
        } else {
            tail.putInt((int) value);
        }
    }

    /** A copy of the file's header whose first directory is the one at {@code offset}. */
    private byte[] headerStartingAt(long offset) {
        ByteBuffer header = ByteBuffer.allocate(bigTiff ? 16 : 8).order(order);
        header.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        header.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        if (bigTiff) {
            header.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(offset);
        } else {
            header.putShort((short) 42).putInt((int) offset);
        }
        return header.array();
    }

    private long number(ByteBuffer entries, int at, int type) {
        return switch (type) {
            case 1, 6, 7 -> entries.get(at) & 0xFF;
            case 3, 8 -> entries.getShort(at) & 0xFFFF;
            case 16, 17, 18 -> entries.getLong(at);
            default -> entries.getInt(at) & 0xFFFF_FFFFL;
        };
    }

    /**
     * The unsigned values of a SHORT, LONG or LONG8 array entry (none when more than {@code limit}): held when
     * they fit in the entry, else left in the file until asked for.
     */
    private Table table(ByteBuffer entries, int at, int type, long count, int limit) {
        if (count <= 0 || count > limit) {
            return new Table(0, 4, 0, new long[0]);
        }
        int size = switch (type) {
            case 3 -> 2;
            case 16, 17, 18 -> 8;
            default -> 4;
        };
        if (size * count <= (bigTiff ? 8 : 4)) {
            long[] values = new long[(int) count];
            for (int i = 0; i < count; i++) {
                values[i] = value(entries, at + i * size, size);
            }
            return new Table((int) count, size, 0, values);
        }
        long pointer = bigTiff ? entries.getLong(at) : entries.getInt(at) & 0xFFFF_FFFFL;
        return new Table((int) count, size, pointer, null);
    }

    private static long value(ByteBuffer buffer, int at, int size) {
        return switch (size) {
            case 2 -> buffer.getShort(at) & 0xFFFF;
            case 8 -> buffer.getLong(at);
            default -> buffer.getInt(at) & 0xFFFF_FFFFL;
        };
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                break;
            }
        }
        return buffer.flip();
    }
}
