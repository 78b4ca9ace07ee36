package org.annotide.core.store.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/** Reads what {@link BinaryOutput} wrote, from a byte range of a file, keeping a CRC-32C of what it consumed. */
final class BinaryInput {

    private final FileChannel channel;
    private final ByteBuffer buffer;
    private final CRC32C crc = new CRC32C();
    private final List<String> symbols = new ArrayList<>();
    private long filePosition;
    private final long end;

    BinaryInput(FileChannel channel, long start, long end, int bufferSize) {
        this.channel = channel;
        this.filePosition = start;
        this.end = end;
        this.buffer = ByteBuffer.allocate(bufferSize).order(ByteOrder.LITTLE_ENDIAN);
        buffer.limit(0);
    }

    /** File position of the next byte to be read. */
    long position() {
        return filePosition - buffer.remaining();
    }

    boolean atEnd() {
        return position() >= end;
    }

    /** CRC of the bytes consumed so far. */
    int crc() {
        crc.update(buffer.array(), 0, buffer.position());
        buffer.compact().flip();
        return (int) crc.getValue();
    }

    private void require(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return;
        }
        crc.update(buffer.array(), 0, buffer.position());
        buffer.compact();
        while (buffer.position() < bytes) {
            int room = (int) Math.min(buffer.remaining(), end - filePosition);
            if (room <= 0) {
                buffer.flip();
                throw new EOFException("unexpected end of data at byte " + position());
            }
            ByteBuffer slice = buffer.slice(buffer.position(), room);
            int n = channel.read(slice, filePosition);
            if (n < 0) {
                buffer.flip();
                throw new EOFException("unexpected end of file at byte " + position());
            }
            buffer.position(buffer.position() + n);
            filePosition += n;
        }
        buffer.flip();
    }

    /** Consumes bytes without looking at them (they still count for the CRC). */
    void skip(long bytes) throws IOException {
        while (bytes > 0) {
            require(1);
            int n = (int) Math.min(bytes, buffer.remaining());
            buffer.position(buffer.position() + n);
            bytes -= n;
        }
    }

    int readByte() throws IOException {
        require(1);
        return buffer.get() & 0xFF;
    }

    int readInt() throws IOException {
        require(4);
        return buffer.getInt();
    }

    long readLong() throws IOException {
        require(8);
        return buffer.getLong();
    }

    double readDouble() throws IOException {
        require(8);
        return buffer.getDouble();
    }

    float readFloat() throws IOException {
        require(4);
        return buffer.getFloat();
    }

    long readVarLong() throws IOException {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IOException("malformed varint at byte " + position());
    }

    int readVarInt() throws IOException {
        long value = readVarLong();
        if (value > 0xFFFFFFFFL) {
            throw new IOException("varint out of range at byte " + position());
        }
        return (int) value;
    }

    /** A non-negative count, checked against what is left so corrupt data cannot ask for huge arrays. */
    int readCount(int bytesPerItem) throws IOException {
        int count = readVarInt();
        if (count < 0 || (long) count * bytesPerItem > end - position()) {
            throw new IOException("implausible count " + count + " at byte " + position());
        }
        return count;
    }

    long readSignedVarLong() throws IOException {
        long raw = readVarLong();
        return (raw >>> 1) ^ -(raw & 1);
    }

    String readString() throws IOException {
        int length = readCount(1);
        byte[] bytes = new byte[length];
        int offset = 0;
        while (offset < length) {
            require(1);
            int n = Math.min(length - offset, buffer.remaining());
            buffer.get(bytes, offset, n);
            offset += n;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** @return the symbol, or null for {@link BinaryOutput#END} */
    String readSymbol() throws IOException {
        int code = readVarInt();
        if (code == BinaryOutput.END) {
            return null;
        }
        if (code == 1) {
            String name = readString();
            symbols.add(name);
            return name;
        }
        int index = code - 2;
        if (index >= symbols.size()) {
            throw new IOException("unknown symbol " + index + " at byte " + position());
        }
        return symbols.get(index);
    }

    double[] readDoubles() throws IOException {
        double[] values = new double[readCount(8)];
        int i = 0;
        while (i < values.length) {
            require(8);
            int n = Math.min(values.length - i, buffer.remaining() / 8);
            for (int stop = i + n; i < stop; i++) {
                values[i] = buffer.getDouble();
            }
        }
        return values;
    }

    int[] readInts() throws IOException {
        int[] values = new int[readCount(4)];
        int i = 0;
        while (i < values.length) {
            require(4);
            int n = Math.min(values.length - i, buffer.remaining() / 4);
            for (int stop = i + n; i < stop; i++) {
                values[i] = buffer.getInt();
            }
        }
        return values;
    }
}
