package org.annotide.core.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Buffered little-endian writer onto a file channel with varints, symbols (strings written once, then
 * referred to by number) and a running CRC-32C of everything written.
 */
final class BinaryOutput {

    static final int END = 0;
    private static final int NEW_SYMBOL = 1;

    private final WritableByteChannel channel;
    private final ByteBuffer buffer;
    private final CRC32C crc = new CRC32C();
    private final Map<String, Integer> symbols = new HashMap<>();
    private long flushed;

    BinaryOutput(WritableByteChannel channel, int bufferSize) {
        this.channel = channel;
        this.buffer = ByteBuffer.allocate(bufferSize).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Bytes written so far, including those still buffered. */
    long size() {
        return flushed + buffer.position();
    }

    int crc() {
        return (int) crc.getValue();
    }

    /** Starts afresh (empty buffer, no symbols, CRC and size zero) so a journal can reuse one buffer. */
    void reset() {
        buffer.clear();
        crc.reset();
        symbols.clear();
        flushed = 0;
    }

    void flush() throws IOException {
        buffer.flip();
        crc.update(buffer.array(), 0, buffer.limit());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        flushed += buffer.limit();
        buffer.clear();
    }

    private void ensure(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    void writeByte(int value) throws IOException {
        ensure(1);
        buffer.put((byte) value);
    }

    void writeInt(int value) throws IOException {
        ensure(4);
        buffer.putInt(value);
    }

    void writeLong(long value) throws IOException {
        ensure(8);
        buffer.putLong(value);
    }

    void writeDouble(double value) throws IOException {
        ensure(8);
        buffer.putDouble(value);
    }

    void writeFloat(float value) throws IOException {
        ensure(4);
        buffer.putFloat(value);
    }

    void writeVarLong(long value) throws IOException {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer.put((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        buffer.put((byte) value);
    }

    void writeVarInt(int value) throws IOException {
        writeVarLong(value & 0xFFFFFFFFL);
    }

    void writeSignedVarLong(long value) throws IOException {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    void writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeVarInt(bytes.length);
        writeBytes(bytes, 0, bytes.length);
    }

    void writeBytes(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (!buffer.hasRemaining()) {
                flush();
            }
            int n = Math.min(length, buffer.remaining());
            buffer.put(bytes, offset, n);
            offset += n;
            length -= n;
        }
    }

    /** Writes a name: the first time in full, afterwards as the number it was given. */
    void writeSymbol(String name) throws IOException {
        Integer known = symbols.get(name);
        if (known != null) {
            writeVarInt(known);
            return;
        }
        writeVarInt(NEW_SYMBOL);
        writeString(name);
        symbols.put(name, symbols.size() + 2);
    }

    void writeDoubles(double[] values) throws IOException {
        writeVarInt(values.length);
        int i = 0;
        while (i < values.length) {
            if (buffer.remaining() < 8) {
                flush();
            }
            int n = Math.min(values.length - i, buffer.remaining() / 8);
            for (int end = i + n; i < end; i++) {
                buffer.putDouble(values[i]);
            }
        }
    }

    void writeInts(int[] values) throws IOException {
        writeVarInt(values.length);
        int i = 0;
        while (i < values.length) {
            if (buffer.remaining() < 4) {
                flush();
            }
            int n = Math.min(values.length - i, buffer.remaining() / 4);
            for (int end = i + n; i < end; i++) {
                buffer.putInt(values[i]);
            }
        }
    }
}
