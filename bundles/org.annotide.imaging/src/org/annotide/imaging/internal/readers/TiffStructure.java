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
 * list, with the few tags needed to recognise a pyramid. Pixels are left to the TIFF image reader.
 */
final class TiffStructure {

    /** One image file directory. */
    record Directory(long offset, int width, int height, int tileWidth, int tileHeight, int rowsPerStrip,
            long subfileType, long[] subIfds, int samplesPerPixel, long dataEnd) {

        boolean tiled() {
            return tileWidth > 0 && tileHeight > 0;
        }

        boolean reduced() {
            return (subfileType & TiffTags.SUBFILE_REDUCED) != 0;
        }
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
            for (long child : page.subIfds()) {
                Directory directory = structure.readDirectory(child);
                if (directory != null) {
                    structure.subDirectories.add(directory);
                }
            }
        }
        return structure;
    }

    /** The length of the file. */
    long length() {
        return length;
    }

    /** A copy of the file's header whose first directory is the one at {@code offset}. */
    byte[] headerStartingAt(long offset) {
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

    private long nextOffset;

    private Directory readDirectory(long offset) throws IOException {
        if (offset <= 0 || offset >= length || !seen.add(offset) || seen.size() > MAX_DIRECTORIES) {
            nextOffset = 0;
            return null;
        }
        int countSize = bigTiff ? 8 : 2;
        int entrySize = bigTiff ? 20 : 12;
        ByteBuffer countBuffer = readAt(channel, offset, countSize).order(order);
        if (countBuffer.remaining() < countSize) {
            throw new IOException("directory at byte " + offset + " lies past the end of the file");
        }
        long count = bigTiff ? countBuffer.getLong(0) : countBuffer.getShort(0) & 0xFFFF;
        if (count <= 0 || count > 10_000) {
            throw new IOException("directory at byte " + offset + " claims " + count + " entries");
        }
        int size = (int) count * entrySize + (bigTiff ? 8 : 4);
        ByteBuffer entries = readAt(channel, offset + countSize, size).order(order);
        if (entries.remaining() < size) {
            throw new IOException("directory at byte " + offset + " is cut off by the end of the file");
        }
        int width = 0;
        int height = 0;
        int tileWidth = 0;
        int tileHeight = 0;
        int rowsPerStrip = Integer.MAX_VALUE;
        long subfileType = 0;
        int samples = 1;
        long[] subIfds = new long[0];
        long[] dataOffsets = new long[0];
        long[] dataCounts = new long[0];
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
                case TiffTags.SUB_IFDS -> subIfds = values(entries, valueAt, type, values, 1000);
                case TiffTags.STRIP_OFFSETS, TiffTags.TILE_OFFSETS -> dataOffsets = values(entries, valueAt, type, values, MAX_BLOCKS);
                case TiffTags.STRIP_BYTE_COUNTS, TiffTags.TILE_BYTE_COUNTS -> dataCounts = values(entries, valueAt, type, values, MAX_BLOCKS);
                default -> {
                    // other tags are the image reader's business
                }
            }
        }
        nextOffset = bigTiff ? entries.getLong((int) count * entrySize) : entries.getInt((int) count * entrySize) & 0xFFFF_FFFFL;
        if (width <= 0 || height <= 0) {
            throw new IOException("directory at byte " + offset + " has no image size");
        }
        long dataEnd = 0;
        for (int i = 0; i < Math.min(dataOffsets.length, dataCounts.length); i++) {
            dataEnd = Math.max(dataEnd, dataOffsets[i] + dataCounts[i]);
        }
        return new Directory(offset, width, height, tileWidth, tileHeight, rowsPerStrip, subfileType, subIfds, samples,
                dataEnd);
    }

    private long number(ByteBuffer entries, int at, int type) {
        return switch (type) {
            case 1, 6, 7 -> entries.get(at) & 0xFF;
            case 3, 8 -> entries.getShort(at) & 0xFFFF;
            case 16, 17, 18 -> entries.getLong(at);
            default -> entries.getInt(at) & 0xFFFF_FFFFL;
        };
    }

    /** The unsigned values of a SHORT, LONG or LONG8 array entry (none when more than {@code limit}). */
    private long[] values(ByteBuffer entries, int at, int type, long count, int limit) throws IOException {
        if (count <= 0 || count > limit) {
            return new long[0];
        }
        int size = switch (type) {
            case 3 -> 2;
            case 16, 17, 18 -> 8;
            default -> 4;
        };
        long bytes = size * count;
        ByteBuffer values;
        int base;
        if (bytes <= (bigTiff ? 8 : 4)) {
            values = entries;
            base = at;
        } else {
            long pointer = bigTiff ? entries.getLong(at) : entries.getInt(at) & 0xFFFF_FFFFL;
            values = readAt(channel, pointer, (int) bytes).order(order);
            base = 0;
            if (values.remaining() < bytes) {
                return new long[0];
            }
        }
        long[] result = new long[(int) count];
        for (int i = 0; i < count; i++) {
            result[i] = switch (size) {
                case 2 -> values.getShort(base + i * 2) & 0xFFFF;
                case 8 -> values.getLong(base + i * 8);
                default -> values.getInt(base + i * 4) & 0xFFFF_FFFFL;
            };
        }
        return result;
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
