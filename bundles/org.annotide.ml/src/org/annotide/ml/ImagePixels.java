package org.annotide.ml;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.ImageSource;
import org.annotide.imaging.PixelSources;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;

/**
 * Reads images and tiles as the network sees them: a square of 8-bit samples, HWC, grey or RGB. An image whose pixels a
 * source serves rather than a file (a team server's large image in a mirror, {@link PixelSources}) is read through that
 * source, the tiles under the region fetched as the editor fetches them.
 */
public final class ImagePixels {

    /**
     * Where an image's pixels are, taken under the model's lock so that reading them needs none: the project folder,
     * the image's file there, and a detached copy of what a pixel source asks of the image (id, name, location).
     */
    public record Located(Path projectFolder, Path file, ImageAsset image) {
    }

    /**
     * Bytes of decoded tiles that the windows read from one large image keep, so that overlapping windows decode a tile
     * once; the cache goes with the pyramid, so nothing stays held after the image.
     */
    static final long WINDOW_TILE_CACHE_BYTES = 64L << 20;

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

    /** Where an image's pixels are (under the model's lock), or null when it has no location. */
    public static Located locate(Path projectFolder, ImageAsset image) {
        Path file = file(projectFolder, image);
        if (file == null) {
            return null;
        }
        ImageAsset detached = AnnotideFactory.eINSTANCE.createImageAsset();
        detached.setId(image.getId());
        detached.setName(image.getName());
        detached.setLocation(image.getLocation());
        detached.setWidth(image.getWidth());
        detached.setHeight(image.getHeight());
        return new Located(projectFolder, file, detached);
    }

    /**
     * The image's pixels from the source that serves them, else from its file. Served pixels never include stand-ins:
     * a region whose tiles cannot be had now (the server away) is an error saying so, not grey pixels to learn from.
     *
     * @param region the part of the image to read (after EXIF orientation), or null for all of it
     * @throws IOException when the pixels cannot be had (the message says why)
     */
    public BufferedImage read(Located where, Rectangle region) throws IOException {
        try (ImagePyramid served = PixelSources.served(where.projectFolder(), where.image())) {
            if (served == null) {
                return read(where.file(), region);
            }
            Rectangle all = new Rectangle(0, 0, served.width(), served.height());
            Rectangle r = region == null ? all : region.intersection(all);
            if (r.isEmpty()) {
                throw new IOException("the region " + region + " lies outside the image " + all.width + "x" + all.height);
            }
            BufferedImage pixels = served.readRegion(0, r.x, r.y, r.width, r.height);
            if (served.missing() != null) {
                throw new IOException("not all of its pixels are at hand: " + served.missing());
            }
            return pixels;
        }
    }

    /**
     * The image's size in pixels (after EXIF orientation), from the source that serves it or its file's header; reads
     * no pixels.
     *
     * @throws IOException when the pixels cannot be had (the message says why)
     */
    public Dimension size(Located where) throws IOException {
        try (ImagePyramid served = PixelSources.served(where.projectFolder(), where.image())) {
            if (served != null) {
                return new Dimension(served.width(), served.height());
            }
        }
        try (ImageSource source = formats.readerFor(where.file()).open(where.file())) {
            return new Dimension(source.levelWidth(0), source.levelHeight(0));
        } catch (RuntimeException e) {
            throw new IOException("cannot decode " + where.file().getFileName() + ": " + e, e);
        }
    }

    /**
     * The image as a pyramid to read by region, for an image too large to read whole: the source's that serves it (a
     * mirror's tiles), else the imaging pyramid of its file (its tiles decoded on demand into a tile cache of its own of
     * {@value #WINDOW_TILE_CACHE_BYTES} bytes). Its reads may hold stand-ins for served tiles
     * not at hand; check {@link ImagePyramid#missing()}. The caller closes it.
     *
     * @throws IOException when the file is missing, unreadable or in no known format
     */
    public ImagePyramid open(Located where) throws IOException {
        try {
            return new DefaultImageService(formats, WINDOW_TILE_CACHE_BYTES).open(where.projectFolder(), where.image());
        } catch (RuntimeException e) {
            throw new IOException("cannot decode " + where.file().getFileName() + ": " + e, e);
        }
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
