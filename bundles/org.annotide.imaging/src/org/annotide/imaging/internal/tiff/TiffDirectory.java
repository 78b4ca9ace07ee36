package org.annotide.imaging.internal.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of one TIFF image file directory, serialised for classic TIFF or BigTIFF. Values that do
 * not fit in an entry are written right after the directory, so a directory and its data are one block.
 */
final class TiffDirectory {

    static final short BYTE = 1;
    static final short ASCII = 2;
    static final short SHORT = 3;
    static final short LONG = 4;
    static final short IFD = 13;
    static final short LONG8 = 16;
    static final short IFD8 = 18;

    private record Entry(int tag, short type, long count, byte[] value) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final boolean bigTiff;

    TiffDirectory(boolean bigTiff) {
        this.bigTiff = bigTiff;
    }

    void addShorts(int tag, int... values) {
        ByteBuffer buffer = buffer(values.length * 2);
        for (int value : values) {
            buffer.putShort((short) value);
        }
        entries.add(new Entry(tag, SHORT, values.length, buffer.array()));
    }

    void addLong(int tag, long value) {
        entries.add(new Entry(tag, LONG, 1, buffer(4).putInt((int) value).array()));
    }

    /** Offsets or byte counts: LONG in classic TIFF (checked to fit), LONG8 in BigTIFF. */
    void addOffsets(int tag, long[] values) {
        entries.add(new Entry(tag, bigTiff ? LONG8 : LONG, values.length, offsetBytes(tag, values)));
    }

    void addSubIfds(long[] offsets) {
        entries.add(new Entry(TiffTags.SUB_IFDS, bigTiff ? IFD8 : IFD, offsets.length,
                offsetBytes(TiffTags.SUB_IFDS, offsets)));
    }

    void addAscii(int tag, String text) {
        byte[] ascii = (text + '\0').getBytes(StandardCharsets.US_ASCII);
        entries.add(new Entry(tag, ASCII, ascii.length, ascii));
    }

    /** Bytes this directory takes in the file, its out-of-line values included. */
    long size() {
        long size = directoryHeaderSize();
        for (Entry entry : entries) {
            if (entry.value.length > inlineSize()) {
                size += padded(entry.value.length);
            }
        }
        return size;
    }

    /** Serialises the directory for the file position {@code offset}; {@code next} is the next IFD or 0. */
    ByteBuffer serialise(long offset, long next) {
        entries.sort(Comparator.comparingInt(Entry::tag));
        ByteBuffer out = buffer((int) size());
        long overflow = offset + directoryHeaderSize();
        List<byte[]> outOfLine = new ArrayList<>();
        if (bigTiff) {
            out.putLong(entries.size());
        } else {
            out.putShort((short) entries.size());
        }
        for (Entry entry : entries) {
            out.putShort((short) entry.tag).putShort(entry.type);
            if (bigTiff) {
                out.putLong(entry.count);
            } else {
                out.putInt((int) entry.count);
            }
            if (entry.value.length <= inlineSize()) {
                out.put(entry.value);
                for (int i = entry.value.length; i < inlineSize(); i++) {
                    out.put((byte) 0);
                }
            } else {
                putOffset(out, overflow);
                overflow += padded(entry.value.length);
                outOfLine.add(entry.value);
            }
        }
        putOffset(out, next);
        for (byte[] value : outOfLine) {
            out.put(value);
            if ((value.length & 1) != 0) {
                out.put((byte) 0);
            }
        }
        return out.flip();
    }

    private long directoryHeaderSize() {
        return bigTiff ? 8 + 20L * entries.size() + 8 : 2 + 12L * entries.size() + 4;
    }

    private int inlineSize() {
        return bigTiff ? 8 : 4;
    }

    private void putOffset(ByteBuffer out, long value) {
        if (bigTiff) {
            out.putLong(value);
        } else {
            out.putInt((int) value);
        }
    }

    private byte[] offsetBytes(int tag, long[] values) {
        ByteBuffer buffer = buffer(values.length * (bigTiff ? 8 : 4));
        for (long value : values) {
            if (bigTiff) {
                buffer.putLong(value);
            } else {
                if (value > 0xFFFF_FFFFL) {
                    throw new IllegalStateException("tag " + tag + " value " + value + " exceeds classic TIFF's 4 GB");
                }
                buffer.putInt((int) value);
            }
        }
        return buffer.array();
    }

    private static long padded(long length) {
        return (length + 1) & ~1L;
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
