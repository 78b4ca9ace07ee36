package org.annotide.imaging.internal.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Set;

import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;

/** Baseline and progressive JPEG with its EXIF orientation applied. */
public final class JpegFormatReader extends ImageIoFormatReader {

    public JpegFormatReader() {
        super("jpeg", "JPEG");
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("jpg", "jpeg", "jpe", "jfif");
    }

    @Override
    public boolean canRead(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
    }

    /** A JPEG ends with the EOI marker, possibly followed by padding some writers add. */
    @Override
    void checkComplete(FileChannel channel) throws IOException {
        byte[] tail = tail(channel, 512);
        for (int i = tail.length - 2; i >= 0; i--) {
            if ((tail[i] & 0xFF) == 0xFF && (tail[i + 1] & 0xFF) == 0xD9) {
                return;
            }
        }
        throw new IOException("the JPEG file is cut short (it has no end-of-image marker)");
    }

    /** The Orientation in the APP1 "Exif" segment. */
    @Override
    int orientation(ImageInputStream stream) throws IOException {
        List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(stream, JPEG.APP1, "Exif");
        if (segments.isEmpty()) {
            return 1;
        }
        try (InputStream data = segments.get(0).data()) {
            if (data.read() < 0) { // the pad byte after "Exif\0"
                return 1;
            }
            return ExifOrientation.read(data);
        }
    }
}
