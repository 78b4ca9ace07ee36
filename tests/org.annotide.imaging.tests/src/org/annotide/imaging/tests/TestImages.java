package org.annotide.imaging.tests;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntBinaryOperator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.annotide.imaging.internal.tiff.DeflateTileEncoder;
import org.annotide.imaging.internal.tiff.TileEncoder;
import org.annotide.imaging.internal.tiff.TileFormat;
import org.annotide.imaging.internal.tiff.TiffWriter;

import com.twelvemonkeys.imageio.plugins.tiff.BigTIFFImageWriterSpi;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageWriterSpi;

/** Writes real image files for the tests: every pixel is known, so reads can be checked exactly. */
final class TestImages {

    private TestImages() {
    }

    /** A pattern that differs between neighbouring pixels in every channel. */
    static int pattern(int x, int y) {
        return 0xFF00_0000 | ((x * 3 + y) & 0xFF) << 16 | ((y * 5 + x / 7) & 0xFF) << 8 | ((x ^ y) & 0xFF);
    }

    /** Incompressible pixels: a hash of the position. */
    static int noise(int x, int y) {
        int h = (x * 73_856_093) ^ (y * 19_349_663);
        h *= 0x9E37_79B1;
        return 0xFF00_0000 | (h ^ h >>> 15) & 0xFFFFFF;
    }

    /** A smooth pattern that survives JPEG within a few levels. */
    static int gradient(int x, int y) {
        return 0xFF00_0000 | (x / 40 & 0xFF) << 16 | (y / 40 & 0xFF) << 8 | ((x + y) / 80 & 0xFF);
    }

    static BufferedImage rgb(int width, int height, IntBinaryOperator pixel) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixel.applyAsInt(x, y));
            }
        }
        return image;
    }

    static BufferedImage argb(int width, int height, IntBinaryOperator pixel) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixel.applyAsInt(x, y));
            }
        }
        return image;
    }

    /** 16-bit grey with sample value {@code pixel(x, y)}. */
    static BufferedImage grey16(int width, int height, IntBinaryOperator pixel) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, pixel.applyAsInt(x, y));
            }
        }
        return image;
    }

    static Path png(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + image);
        }
        return file;
    }

    static Path bmp(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "bmp", file.toFile())) {
            throw new IOException("no BMP writer for " + image);
        }
        return file;
    }

    /** A JPEG whose APP1 segment carries the EXIF orientation (none when 0). */
    static Path jpeg(BufferedImage image, Path file, int orientation) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        if (orientation == 0) {
            Files.write(file, jpeg);
            return file;
        }
        byte[] app1 = exifApp1(orientation);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2); // SOI
        withExif.write(app1);
        withExif.write(jpeg, 2, jpeg.length - 2);
        Files.write(file, withExif.toByteArray());
        return file;
    }

    /** EXIF data: a little-endian TIFF header and IFD0 holding only Orientation. */
    static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return tiff.array();
    }

    /** A JPEG APP1 segment: "Exif\0\0" and the EXIF data. */
    static byte[] exifApp1(int orientation) {
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        byte[] tiff = exif(orientation);
        int length = 2 + exif.length + tiff.length;
        ByteBuffer segment = ByteBuffer.allocate(2 + length).order(ByteOrder.BIG_ENDIAN);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff);
        return segment.array();
    }

    /** A PNG with an eXIf chunk (PNG 1.5) right after its header chunk. */
    static Path pngWithExif(BufferedImage image, Path file, int orientation) throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(image, "png", encoded);
        byte[] png = encoded.toByteArray();
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
        byte[] data = exif(orientation);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length).order(ByteOrder.BIG_ENDIAN);
        chunk.putInt(data.length).put("eXIf".getBytes(StandardCharsets.US_ASCII)).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.write(chunk.array());
        out.write(png, afterHeader, png.length - afterHeader);
        Files.write(file, out.toByteArray());
        return file;
    }

    /** A strip TIFF (or BigTIFF) written by TwelveMonkeys' own writer, a second implementation to read. */
    static Path stripTiff(BufferedImage image, Path file, boolean bigTiff, String compression) throws IOException {
        ImageWriter writer = bigTiff ? new BigTIFFImageWriterSpi().createWriterInstance()
                : new TIFFImageWriterSpi().createWriterInstance();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (compression != null) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** One level of a tiled test TIFF: its size and pixels. */
    record Level(int width, int height, IntBinaryOperator pixel) {
    }

    /**
     * A tiled, lossless (Deflate) 8-bit RGB TIFF whose levels are written exactly as given, so a reader
     * that reads the wrong directory shows the wrong pixels.
     */
    static Path tiledTiff(Path file, int tile, boolean bigTiff, TiffWriter.Layout layout, List<Level> levels)
            throws IOException {
        try (TiffWriter writer = new TiffWriter(file, bigTiff)) {
            List<TiffWriter.Level> written = new java.util.ArrayList<>();
            TileEncoder encoder = new DeflateTileEncoder(TileFormat.DEFLATE_RGB);
            for (Level level : levels) {
                TiffWriter.Level target = new TiffWriter.Level(level.width(), level.height(), tile, tile, TileFormat.DEFLATE_RGB);
                int[] pixels = new int[tile * tile];
                for (int row = 0; row < target.tilesDown(); row++) {
                    for (int column = 0; column < target.tilesAcross(); column++) {
                        for (int y = 0; y < tile; y++) {
                            for (int x = 0; x < tile; x++) {
                                int px = Math.min(column * tile + x, level.width() - 1);
                                int py = Math.min(row * tile + y, level.height() - 1);
                                pixels[y * tile + x] = level.pixel().applyAsInt(px, py);
                            }
                        }
                        TileEncoder.EncodedTile encoded = encoder.encode(pixels, tile, tile);
                        writer.writeTile(target, row * target.tilesAcross() + column, encoded.data(), encoded.length());
                    }
                }
                written.add(target);
            }
            writer.finish(written, layout, null);
        }
        return file;
    }

    /** Sample of band b at (x, y) for 16-bit test images. */
    interface Sample {
        int value(int x, int y, int band);
    }

    /** A tiled, Deflate-compressed 16-bit TIFF (grey or RGB) with predictor 2, samples little-endian. */
    static Path tiledTiff16(Path file, int width, int height, int tile, int bands, Sample sample) throws IOException {
        TileFormat format = new TileFormat(bands, 16, org.annotide.imaging.internal.tiff.TiffTags.COMPRESSION_DEFLATE,
                bands == 1 ? org.annotide.imaging.internal.tiff.TiffTags.PHOTOMETRIC_MIN_IS_BLACK
                        : org.annotide.imaging.internal.tiff.TiffTags.PHOTOMETRIC_RGB, 2, false);
        try (TiffWriter writer = new TiffWriter(file, false)) {
            TiffWriter.Level level = new TiffWriter.Level(width, height, tile, tile, format);
            DeflateTileEncoder encoder = new DeflateTileEncoder(format);
            byte[] samples = new byte[tile * tile * bands * 2];
            for (int row = 0; row < level.tilesDown(); row++) {
                for (int column = 0; column < level.tilesAcross(); column++) {
                    int at = 0;
                    for (int y = 0; y < tile; y++) {
                        for (int x = 0; x < tile; x++) {
                            for (int band = 0; band < bands; band++) {
                                int value = sample.value(Math.min(column * tile + x, width - 1), Math.min(row * tile + y, height - 1), band);
                                samples[at++] = (byte) value;
                                samples[at++] = (byte) (value >> 8);
                            }
                        }
                    }
                    TileEncoder.EncodedTile encoded = encoder.encodeSamples(samples, tile, tile);
                    writer.writeTile(level, row * level.tilesAcross() + column, encoded.data(), encoded.length());
                }
            }
            writer.finish(List.of(level), TiffWriter.Layout.PAGES, null);
        }
        return file;
    }

    /** Cuts a file to a share of its length. */
    static Path truncate(Path file, double share) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, (int) (bytes.length * share)));
        return file;
    }

    static int red(int pixel) {
        return pixel >> 16 & 0xFF;
    }

    static int green(int pixel) {
        return pixel >> 8 & 0xFF;
    }

    static int blue(int pixel) {
        return pixel & 0xFF;
    }

    /** Largest per-channel difference of two packed pixels. */
    static int difference(int a, int b) {
        return Math.max(Math.abs(red(a) - red(b)), Math.max(Math.abs(green(a) - green(b)), Math.abs(blue(a) - blue(b))));
    }
}
