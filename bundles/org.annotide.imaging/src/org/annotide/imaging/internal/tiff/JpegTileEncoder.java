package org.annotide.imaging.internal.tiff;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** A complete baseline JPEG stream per tile (TIFF compression 7), written by the JDK's encoder. */
final class JpegTileEncoder implements TileEncoder {

    private final ImageWriter writer;
    private final ImageWriteParam param;
    private final Sink sink = new Sink();
    private BufferedImage tile;

    JpegTileEncoder(float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no JPEG encoder");
        }
        writer = writers.next();
        param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
    }

    @Override
    public TileFormat format() {
        return TileFormat.JPEG_RGB;
    }

    @Override
    public EncodedTile encode(int[] pixels, int width, int height) throws IOException {
        if (tile == null || tile.getWidth() != width || tile.getHeight() != height) {
            tile = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }
        System.arraycopy(pixels, 0, ((DataBufferInt) tile.getRaster().getDataBuffer()).getData(), 0, width * height);
        sink.reset();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(sink)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(tile, null, null), param);
        } finally {
            writer.setOutput(null);
        }
        return new EncodedTile(sink.buffer(), sink.size());
    }

    /** A byte sink whose array is handed out without copying. */
    private static final class Sink extends ByteArrayOutputStream {
        Sink() {
            super(64 * 1024);
        }

        byte[] buffer() {
            return buf;
        }
    }
}
