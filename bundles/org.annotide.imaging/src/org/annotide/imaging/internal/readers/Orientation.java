package org.annotide.imaging.internal.readers;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * EXIF orientations 1-8: the transform from the stored pixels to the displayed image. For each value,
 * displayed pixel (x, y) is stored pixel:
 * <pre>
 * 1 (x, y)          2 (W-1-x, y)         3 (W-1-x, H-1-y)     4 (x, H-1-y)
 * 5 (y, x)          6 (y, H-1-x)         7 (W-1-y, H-1-x)     8 (W-1-y, x)
 * </pre>
 * where W and H are the stored width and height; 5-8 swap the axes.
 */
public final class Orientation {

    private Orientation() {
    }

    public static boolean swapsAxes(int orientation) {
        return orientation >= 5;
    }

    /** The stored-pixel rectangle holding a displayed region of an image stored as rawWidth x rawHeight. */
    public static Rectangle toStored(int orientation, Rectangle shown, int rawWidth, int rawHeight) {
        int x = shown.x;
        int y = shown.y;
        int w = shown.width;
        int h = shown.height;
        return switch (orientation) {
            case 2 -> new Rectangle(rawWidth - x - w, y, w, h);
            case 3 -> new Rectangle(rawWidth - x - w, rawHeight - y - h, w, h);
            case 4 -> new Rectangle(x, rawHeight - y - h, w, h);
            case 5 -> new Rectangle(y, x, h, w);
            case 6 -> new Rectangle(y, rawHeight - x - w, h, w);
            case 7 -> new Rectangle(rawWidth - y - h, rawHeight - x - w, h, w);
            case 8 -> new Rectangle(rawWidth - y - h, x, h, w);
            default -> new Rectangle(shown);
        };
    }

    /** Turns stored pixels (a whole image or the rectangle {@link #toStored} gave) into displayed ones. */
    public static BufferedImage apply(int orientation, BufferedImage stored) {
        if (orientation <= 1 || orientation > 8) {
            return stored;
        }
        int rawWidth = stored.getWidth();
        int rawHeight = stored.getHeight();
        int width = swapsAxes(orientation) ? rawHeight : rawWidth;
        int height = swapsAxes(orientation) ? rawWidth : rawHeight;
        Raster source = stored.getRaster();
        WritableRaster target = source.createCompatibleWritableRaster(width, height);
        Object pixel = null;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = rawWidth - 1 - x; sy = y; }
                    case 3 -> { sx = rawWidth - 1 - x; sy = rawHeight - 1 - y; }
                    case 4 -> { sx = x; sy = rawHeight - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = rawHeight - 1 - x; }
                    case 7 -> { sx = rawWidth - 1 - y; sy = rawHeight - 1 - x; }
                    default -> { sx = rawWidth - 1 - y; sy = x; }
                }
                pixel = source.getDataElements(source.getMinX() + sx, source.getMinY() + sy, pixel);
                target.setDataElements(x, y, pixel);
            }
        }
        return new BufferedImage(stored.getColorModel(), target, stored.isAlphaPremultiplied(), null);
    }
}
