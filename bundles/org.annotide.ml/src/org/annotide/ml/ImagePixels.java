package org.annotide.ml;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;

import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageSource;
import org.annotide.model.ImageAsset;

/** Reads images and tiles as the network sees them: a square of 8-bit samples, HWC, grey or RGB. */
public final class ImagePixels {

    private final ImageFormats formats;

    public ImagePixels(ImageFormats formats) {
        this.formats = formats;
    }

    /** With the image readers of the running platform. */
    public static ImagePixels installed() {
        return new ImagePixels(ImageFormats.installed());
    }

    /** The file of an image: its location resolved against the project folder. */
    public static Path file(Path projectFolder, ImageAsset image) {
        String location = image.getLocation();
        if (location == null || location.isEmpty()) {
            return null;
        }
        if (location.startsWith("file:")) {
            return Path.of(java.net.URI.create(location));
        }
        Path path = Path.of(location);
        return path.isAbsolute() ? path : projectFolder.resolve(path);
    }

    /**
     * @param region the part of the image to read (after EXIF orientation), or null for all of it
     * @throws IOException when the file is missing, unreadable or in no known format
     */
    public BufferedImage read(Path file, Rectangle region) throws IOException {
        try (ImageSource source = formats.readerFor(file).open(file)) {
            Rectangle all = new Rectangle(0, 0, source.levelWidth(0), source.levelHeight(0));
            Rectangle r = region == null ? all : region.intersection(all);
            if (r.isEmpty()) {
                throw new IOException("the region " + region + " lies outside the image " + all.width + "x" + all.height);
            }
            return source.read(0, r);
        } catch (RuntimeException e) {
            throw new IOException("cannot decode " + file.getFileName() + ": " + e, e);
        }
    }

    /** Scales an image to {@code size x size} and returns its samples as HWC bytes with 1 or 3 channels. */
    public static byte[] samples(BufferedImage image, int size, int channels) {
        int type = channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage target = new BufferedImage(size, size, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        byte[] data = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
        if (channels == 3) {
            for (int i = 0; i < data.length; i += 3) { // BGR to RGB
                byte b = data[i];
                data[i] = data[i + 2];
                data[i + 2] = b;
            }
        }
        return data;
    }
}
