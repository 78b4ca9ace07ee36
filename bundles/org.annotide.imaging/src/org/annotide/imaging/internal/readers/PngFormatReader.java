package org.annotide.imaging.internal.readers;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Set;

/** PNG, 8 or 16 bits, grey, RGB, palette, with or without alpha. */
public final class PngFormatReader extends ImageIoFormatReader {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

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

    @Override
    void checkComplete(FileChannel channel) throws IOException {
        if (!Arrays.equals(tail(channel, IEND.length), IEND)) {
            throw new IOException("the PNG file is cut short (it does not end with an IEND chunk)");
        }
    }
}
