package org.annotide.imaging.internal.tiff;

import java.io.IOException;

/**
 * Encodes one tile of packed 8-bit pixels (0xAARRGGBB, alpha used only by formats that have it) into
 * the bytes a TIFF tile holds. Not thread-safe: use one per thread.
 */
public interface TileEncoder {

    TileFormat format();

    /** @return the encoded bytes; valid until the next call */
    EncodedTile encode(int[] pixels, int width, int height) throws IOException;

    /** Encoded bytes: {@code data[0, length)}. */
    record EncodedTile(byte[] data, int length) {
    }

    static TileEncoder create(TileFormat format, float jpegQuality) {
        return switch (format.compression()) {
            case TiffTags.COMPRESSION_JPEG -> new JpegTileEncoder(jpegQuality);
            case TiffTags.COMPRESSION_DEFLATE -> new DeflateTileEncoder(format);
            default -> throw new IllegalArgumentException("no encoder for TIFF compression " + format.compression());
        };
    }
}
