package com.example.annotide.acme;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;
import org.annotide.model.PixelType;

/**
 * The ACME Lab's raw images: the 8 bytes {@code ACMERAW1}, the width and the height as big-endian 32-bit integers,
 * then width x height 8-bit grey pixels, row by row. Stateless, so thread-safe as the extension point asks; each
 * {@link #open} gives a source that reads regions straight from the file.
 */
public final class AcmeRawReader implements ImageFormatReader {

    static final byte[] MAGIC = "ACMERAW1".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = MAGIC.length + 8;

    @Override
    public Set<String> fileExtensions() {
        return Set.of("acmeraw");
    }

    @Override
    public boolean canRead(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public ImageInfo readInfo(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            byte[] magic = data.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not an ACME raw image (no ACMERAW1 header)");
            }
            int width = data.readInt();
            int height = data.readInt();
            if (width <= 0 || height <= 0) {
                throw new IOException("bad size " + width + " x " + height);
            }
            long expected = HEADER + (long) width * height;
            if (Files.size(file) < expected) {
                throw new IOException("truncated: " + Files.size(file) + " bytes, " + expected + " expected");
            }
            return new ImageInfo("ACME raw", width, height, 1, PixelType.UINT8, false, 1);
        }
    }

    @Override
    public ImageSource open(Path file) throws IOException {
        ImageInfo info = readInfo(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        return new ImageSource() {
            @Override
            public ImageInfo info() {
                return info;
            }

            @Override
            public int levelCount() {
                return 1;
            }

            @Override
            public int levelWidth(int level) {
                return info.width();
            }

            @Override
            public int levelHeight(int level) {
                return info.height();
            }

            @Override
            public boolean isRandomAccess(int level) {
                return true;
            }

            @Override
            public Dimension preferredBlock(int level) {
                return new Dimension(info.width(), Math.min(info.height(), 256));
            }

            @Override
            public BufferedImage read(int level, Rectangle region) throws IOException {
                Rectangle r = region.intersection(new Rectangle(0, 0, info.width(), info.height()));
                if (level != 0 || r.isEmpty()) {
                    throw new IOException("no level " + level + " region " + region + " in " + file);
                }
                BufferedImage image = new BufferedImage(r.width, r.height, BufferedImage.TYPE_BYTE_GRAY);
                ByteBuffer row = ByteBuffer.allocate(r.width);
                for (int y = 0; y < r.height; y++) {
                    row.clear();
                    long position = HEADER + (long) (r.y + y) * info.width() + r.x;
                    while (row.hasRemaining()) {
                        if (channel.read(row, position + row.position()) < 0) {
                            throw new IOException(file + " ends early");
                        }
                    }
                    image.getRaster().setDataElements(0, y, r.width, 1, row.array());
                }
                return image;
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
