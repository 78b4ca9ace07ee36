package org.annotide.ml;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST ({@code *-images-idx3-ubyte[.gz]},
 * {@code *-labels-idx1-ubyte[.gz]}): unsigned bytes with a big-endian header of dimensions.
 */
public final class IdxFiles {

    /** Images: {@code count} rows of {@code rows * columns} grey samples. */
    public record Images(int rows, int columns, byte[][] pixels) {
    }

    private IdxFiles() {
    }

    /** @param limit read at most this many images (0: all) */
    public static Images readImages(Path file, int limit) throws IOException {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != 0x00000803) {
                throw new IOException(file + " is not an IDX image file (magic " + Integer.toHexString(magic) + ")");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int columns = in.readInt();
            int n = limit > 0 ? Math.min(limit, count) : count;
            byte[][] pixels = new byte[n][rows * columns];
            for (int i = 0; i < n; i++) {
                in.readFully(pixels[i]);
            }
            return new Images(rows, columns, pixels);
        }
    }

    /** @param limit read at most this many labels (0: all) */
    public static int[] readLabels(Path file, int limit) throws IOException {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != 0x00000801) {
                throw new IOException(file + " is not an IDX label file (magic " + Integer.toHexString(magic) + ")");
            }
            int count = in.readInt();
            int n = limit > 0 ? Math.min(limit, count) : count;
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = in.readUnsignedByte();
            }
            return labels;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new DataInputStream(in);
    }
}
