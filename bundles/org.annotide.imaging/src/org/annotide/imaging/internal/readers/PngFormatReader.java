package org.annotide.imaging.internal.readers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Set;

import javax.imageio.stream.ImageInputStream;

/** PNG, 8 or 16 bits, grey, RGB, palette, with or without alpha; EXIF orientation from an eXIf chunk. */
public final class PngFormatReader extends ImageIoFormatReader {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static final int IDAT = 0x49444154;
    private static final int IEND_TYPE = 0x49454E44;
    private static final int EXIF = 0x65584966;

    /** The IEND chunk every PNG ends with: length 0, type, CRC. */
    private static final byte[] IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    public PngFormatReader() {
        super("png", "PNG");
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("png");
    }

    @Override
    public boolean canRead(byte[] head) {
        if (head.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** The Orientation in an eXIf chunk before the image data, if any. */
    @Override
    int orientation(ImageInputStream stream) throws IOException {
        stream.seek(SIGNATURE.length);
        while (true) {
            long length = stream.readInt() & 0xFFFF_FFFFL;
            int type = stream.readInt();
            if (type == IDAT || type == IEND_TYPE) {
                return 1;
            }
            if (type == EXIF && length < (1 << 24)) {
                byte[] exif = new byte[(int) length];
                stream.readFully(exif);
                return ExifOrientation.read(new ByteArrayInputStream(exif));
            }
            stream.seek(stream.getStreamPosition() + length + 4); // data and CRC
        }
    }

    @Override
    void checkComplete(FileChannel channel) throws IOException {
        if (!Arrays.equals(tail(channel, IEND.length), IEND)) {
            throw new IOException("the PNG file is cut short (it does not end with an IEND chunk)");
        }
    }
}
