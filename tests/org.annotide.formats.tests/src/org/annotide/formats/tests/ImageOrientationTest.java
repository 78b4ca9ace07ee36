package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.annotide.formats.internal.ImageFiles;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone photo held upright is stored landscape with EXIF orientation 6: its size, and so the pixels that
 * normalised coordinates scale to, is the displayed (portrait) one, as the image importer sees it.
 */
class ImageOrientationTest {

    @TempDir
    Path temp;

    @Test
    void sizeFollowsExifOrientation() throws IOException {
        Path upright = jpeg(temp.resolve("upright.jpg"), 40, 20, 0);
        Path turned = jpeg(temp.resolve("turned.jpg"), 40, 20, 6);
        Path mirrored = jpeg(temp.resolve("mirrored.jpg"), 40, 20, 2);
        assertArrayEquals(new int[] {40, 20}, ImageFiles.size(upright));
        assertArrayEquals(new int[] {20, 40}, ImageFiles.size(turned));
        assertArrayEquals(new int[] {40, 20}, ImageFiles.size(mirrored));
    }

    @Test
    void sizeOfFormatsTheImageReadersDoNotCoverComesFromImageIo() throws IOException {
        Path gif = temp.resolve("a.gif");
        ImageIO.write(new BufferedImage(12, 7, BufferedImage.TYPE_BYTE_INDEXED), "gif", gif.toFile());
        assertArrayEquals(new int[] {12, 7}, ImageFiles.size(gif));
    }

    @Test
    void yoloCoordinatesScaleByTheOrientedSize() throws IOException {
        Path root = temp.resolve("yolo");
        Files.createDirectories(root.resolve("labels/train"));
        Files.writeString(root.resolve("data.yaml"), "path: .\ntrain: images/train\n\nnames:\n  0: thing\n");
        jpeg(root.resolve("images/train/photo.jpg"), 40, 20, 6);
        Files.writeString(root.resolve("labels/train/photo.txt"), "0 0.5 0.5 0.5 0.25\n");

        Project project = TestFormats.load("yolo-detect", root);
        ImageAsset image = TestFormats.image(project, "photo.jpg");
        assertEquals(20, image.getWidth());
        assertEquals(40, image.getHeight());
        BoxShape box = TestFormats.only(image, ShapeKind.BOX, BoxShape.class);
        assertEquals(5, box.getX(), 1e-9);
        assertEquals(15, box.getY(), 1e-9);
        assertEquals(10, box.getWidth(), 1e-9);
        assertEquals(10, box.getHeight(), 1e-9);
    }

    /** A JPEG of the given stored size with an APP1 "Exif" segment holding only Orientation (none when 0). */
    private static Path jpeg(Path file, int width, int height, int orientation) throws IOException {
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", encoded);
        byte[] jpeg = encoded.toByteArray();
        if (orientation == 0) {
            Files.write(file, jpeg);
            return file;
        }
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.capacity();
        ByteBuffer app1 = ByteBuffer.allocate(2 + length).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff.array());
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2); // SOI
        withExif.write(app1.array());
        withExif.write(jpeg, 2, jpeg.length - 2);
        Files.write(file, withExif.toByteArray());
        return file;
    }
}
