package org.annotide.imaging.internal.readers;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;
import org.annotide.imaging.internal.io.ChannelImageInputStream;

/**
 * A single-level image decoded by an ImageIO reader (PNG, JPEG, BMP): region reads work, but the
 * decoder runs from the start of the file each time, so these files are not random access.
 */
final class ImageIoSource implements ImageSource {

    /** Pixels per block when a large sequential image is read piecewise (full-width bands). */
    private static final long BLOCK_PIXELS = 16L << 20;

    private final FileChannel channel;
    private final ChannelImageInputStream stream;
    private final ImageReader reader;
    private final ImageInfo info;
    private final int storedWidth;
    private final int storedHeight;

    ImageIoSource(Path file, ImageReader reader, ImageInfo info) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            this.stream = new ChannelImageInputStream(channel);
            this.reader = reader;
            this.info = info;
            reader.setInput(stream, false, true);
            this.storedWidth = reader.getWidth(0);
            this.storedHeight = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

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
        return false;
    }

    @Override
    public Dimension preferredBlock(int level) {
        int rows = (int) Math.max(1, Math.min(info.height(), BLOCK_PIXELS / info.width()));
        return new Dimension(info.width(), rows);
    }

    @Override
    public BufferedImage read(int level, Rectangle region) throws IOException {
        int orientation = info.exifOrientation();
        Rectangle stored = Orientation.toStored(orientation, region, storedWidth, storedHeight);
        ImageReadParam param = reader.getDefaultReadParam();
        if (stored.x != 0 || stored.y != 0 || stored.width != storedWidth || stored.height != storedHeight) {
            param.setSourceRegion(stored);
        }
        return Orientation.apply(orientation, reader.read(0, param));
    }

    @Override
    public void close() throws IOException {
        try {
            reader.dispose();
            stream.close();
        } finally {
            channel.close();
        }
    }
}
