package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.annotide.imaging.internal.io.ChannelImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream every reader reads files through: exact bytes, full reads, and the head and tail it can show. */
class ChannelImageInputStreamTest {

    @TempDir
    Path folder;

    private byte[] bytes;
    private Path file;

    private FileChannel open() throws IOException {
        bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        file = Files.write(folder.resolve("data.bin"), bytes);
        return FileChannel.open(file);
    }

    @Test
    void readsAcrossBufferBoundariesReturnFullCounts() throws IOException {
        try (FileChannel channel = open(); ChannelImageInputStream stream = new ChannelImageInputStream(channel)) {
            assertEquals(bytes.length, stream.length());
            assertEquals(bytes[0] & 0xFF, stream.read()); // buffers the first 64 KB
            stream.seek(65_000);
            byte[] piece = new byte[1_000];
            assertEquals(1_000, stream.read(piece), "a read crossing the 64 KB buffer edge is not cut short");
            assertArrayEquals(Arrays.copyOfRange(bytes, 65_000, 66_000), piece);
            stream.seek(10);
            byte[] large = new byte[200_000];
            stream.readFully(large);
            assertArrayEquals(Arrays.copyOfRange(bytes, 10, 200_010), large);
            assertEquals(bytes[200_010] & 0xFF, stream.read());
            stream.seek(bytes.length - 5);
            assertEquals(5, stream.read(new byte[100]));
            assertEquals(-1, stream.read());
        }
    }

    @Test
    void showsAnotherHeadAndATailAfterTheEnd() throws IOException {
        try (FileChannel channel = open()) {
            byte[] head = {1, 2, 3, 4};
            byte[] tail = {9, 8, 7};
            long tailStart = bytes.length + 5;
            try (ChannelImageInputStream stream = new ChannelImageInputStream(channel, head, tailStart, tail)) {
                assertEquals(tailStart + 3, stream.length());
                byte[] start = new byte[6];
                stream.readFully(start);
                assertArrayEquals(new byte[] {1, 2, 3, 4, bytes[4], bytes[5]}, start);
                stream.seek(bytes.length - 2);
                byte[] end = new byte[10];
                stream.readFully(end);
                assertArrayEquals(new byte[] {bytes[bytes.length - 2], bytes[bytes.length - 1], 0, 0, 0, 0, 0, 9, 8, 7}, end);
                assertEquals(-1, stream.read());
            }
            assertThrows(IllegalArgumentException.class, () -> new ChannelImageInputStream(channel, null, 10, tail));
        }
    }
}
