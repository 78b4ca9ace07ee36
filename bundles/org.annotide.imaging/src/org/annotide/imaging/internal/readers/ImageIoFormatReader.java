package org.annotide.imaging.internal.readers;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;


import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;
import org.annotide.imaging.internal.io.ChannelImageInputStream;

/** A format the Java runtime's own ImageIO decoders read (PNG, JPEG, BMP). */
abstract class ImageIoFormatReader implements ImageFormatReader {

    private final String imageIoName;
    private final String displayName;

    ImageIoFormatReader(String imageIoName, String displayName) {
        this.imageIoName = imageIoName;
        this.displayName = displayName;
    }

    /**
     * Throws when the file is visibly cut short (e.g. a PNG without its IEND chunk), so an import refuses
     * a truncated file without decoding it.
     */
    abstract void checkComplete(FileChannel channel) throws IOException;

    /** The last {@code count} bytes of the file (fewer when it is shorter). */
    static byte[] tail(FileChannel channel, int count) throws IOException {
        long size = channel.size();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(count, size));
        long position = size - buffer.capacity();
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            // reads until full
        }
        return buffer.array();
    }

    /** EXIF orientation 1-8 of the file; 1 unless the format carries one. */
    int orientation(ImageInputStream stream) throws IOException {
        return 1;
    }

    @Override
    public ImageInfo readInfo(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                ChannelImageInputStream stream = new ChannelImageInputStream(channel)) {
            checkComplete(channel);
            int orientation = orientation(stream);
            stream.seek(0);
            ImageReader reader = newReader();
            try {
                reader.setInput(stream, true, true);
                return ImageTypes.info(reader, 0, displayName, orientation);
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public ImageSource open(Path file) throws IOException {
        ImageInfo info = readInfo(file);
        return new ImageIoSource(file, newReader(), info);
    }

    private ImageReader newReader() throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(imageIoName);
        if (!readers.hasNext()) {
            throw new IOException("this Java runtime has no " + displayName + " decoder");
        }
        return readers.next();
    }
}
