package org.annotide.imaging.internal.readers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Set;

/** Windows bitmaps. */
public final class BmpFormatReader extends ImageIoFormatReader {

    public BmpFormatReader() {
        super("bmp", "BMP");
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("bmp", "dib");
    }

    @Override
    public boolean canRead(byte[] head) {
        return head.length >= 14 && head[0] == 'B' && head[1] == 'M';
    }

    /** The header's file size (bytes 2-5) must not exceed the file's length. */
    @Override
    void checkComplete(FileChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(header, 0);
        long declared = header.getInt(2) & 0xFFFF_FFFFL;
        if (declared > channel.size()) {
            throw new IOException("the BMP file is cut short (" + channel.size() + " of " + declared + " bytes)");
        }
    }
}
