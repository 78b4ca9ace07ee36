package org.annotide.ui.editor.internal.render;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GCData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.internal.cairo.Cairo;

/**
 * Draws an image onto a GC as {@link GC#drawImage} does, with cairo, but without the read-back of the whole source
 * that SWT 3.133-3.135 on GTK starts every {@code drawImage} with: it calls {@code Image.getImageData()} only to
 * learn the source's width and height, which copies and converts every pixel of the source, 5 MB for the editor's
 * 1280 x 960 frame layer and 1 MB for each 512-pixel tile, on every draw (from the X server for a frame layer). In the editor bench that read-back was
 * about 80 % of a frame's CPU time. Upstream took the size from the image instead
 * (eclipse-platform/eclipse.platform.swt#3507, fixed by #3510), in no release on Maven Central yet: remove this
 * class once the target platform has one.
 * <p>
 * The fast path does what SWT's own draw does after that read (clip to the destination, translate and scale,
 * the GC's interpolation and alpha, a padded pattern when scaling); where it does not apply it falls back to
 * {@code GC.drawImage}: no cairo context, a right-to-left GC, or an image whose surface (in memory, or on the X
 * server for an image made by size) is not of the image's own size (a device zoom other than 100 %).
 */
public final class Blit {

    private Blit() {
    }

    /** {@code gc.drawImage(image, x, y)}. */
    public static void draw(GC gc, Image image, int x, int y) {
        Rectangle bounds = image.getBounds();
        draw(gc, image, 0, 0, bounds.width, bounds.height, x, y, bounds.width, bounds.height);
    }

    /** {@code gc.drawImage(image, srcX, srcY, srcWidth, srcHeight, destX, destY, destWidth, destHeight)}. */
    public static void draw(GC gc, Image image, int srcX, int srcY, int srcWidth, int srcHeight, int destX, int destY,
            int destWidth, int destHeight) {
        Rectangle bounds = image.getBounds();
        if (!fast(gc, image) || srcWidth <= 0 || srcHeight <= 0 || srcX < 0 || srcY < 0
                || srcX + srcWidth > bounds.width || srcY + srcHeight > bounds.height) {
            gc.drawImage(image, srcX, srcY, srcWidth, srcHeight, destX, destY, destWidth, destHeight);
            return;
        }
        GCData data = gc.getGCData();
        long cairo = data.cairo;
        if (data.alpha == 0 || destWidth == 0 || destHeight == 0) {
            return;
        }
        boolean scaled = srcWidth != destWidth || srcHeight != destHeight;
        Cairo.cairo_save(cairo);
        try {
            Cairo.cairo_rectangle(cairo, destX, destY, destWidth, destHeight);
            Cairo.cairo_clip(cairo);
            if (scaled) {
                float scaleX = destWidth / (float) srcWidth;
                float scaleY = destHeight / (float) srcHeight;
                // the same float arithmetic as SWT's, so both paths put a scaled image on the same pixels
                Cairo.cairo_translate(cairo, destX - (int) (srcX * scaleX), destY - (int) (srcY * scaleY));
                Cairo.cairo_scale(cairo, scaleX, scaleY);
            } else {
                Cairo.cairo_translate(cairo, destX - srcX, destY - srcY);
            }
            long pattern = Cairo.cairo_pattern_create_for_surface(image.surface);
            if (pattern == 0) {
                SWT.error(SWT.ERROR_NO_HANDLES);
            }
            try {
                if (scaled) {
                    Cairo.cairo_pattern_set_extend(pattern, Cairo.CAIRO_EXTEND_PAD);
                }
                Cairo.cairo_pattern_set_filter(pattern, filter(data.interpolation));
                Cairo.cairo_set_source(cairo, pattern);
                if (data.alpha == 255) {
                    Cairo.cairo_paint(cairo);
                } else {
                    Cairo.cairo_paint_with_alpha(cairo, data.alpha / 255.0);
                }
            } finally {
                Cairo.cairo_pattern_destroy(pattern);
            }
        } finally {
            Cairo.cairo_restore(cairo);
        }
    }

    /** True when {@link #draw} paints {@code image} onto {@code gc} itself rather than through {@code GC.drawImage}. */
    public static boolean fast(GC gc, Image image) {
        GCData data = gc.getGCData();
        long surface = image.surface;
        Rectangle bounds = image.getBounds();
        if (data.cairo == 0 || surface == 0 || (data.style & SWT.MIRRORED) != 0) {
            return false;
        }
        return switch (Cairo.cairo_surface_get_type(surface)) {
            case Cairo.CAIRO_SURFACE_TYPE_IMAGE -> Cairo.cairo_image_surface_get_width(surface) == bounds.width
                    && Cairo.cairo_image_surface_get_height(surface) == bounds.height;
            // an image made by size lives on the X server (gdk_window_create_similar_surface)
            case Cairo.CAIRO_SURFACE_TYPE_XLIB -> Cairo.cairo_xlib_surface_get_width(surface) == bounds.width
                    && Cairo.cairo_xlib_surface_get_height(surface) == bounds.height;
            default -> false;
        };
    }

    /** SWT's mapping of {@link GC#setInterpolation} to cairo's filters. */
    private static int filter(int interpolation) {
        return switch (interpolation) {
            case SWT.NONE -> Cairo.CAIRO_FILTER_NEAREST;
            case SWT.LOW -> Cairo.CAIRO_FILTER_FAST;
            case SWT.HIGH -> Cairo.CAIRO_FILTER_BEST;
            default -> Cairo.CAIRO_FILTER_GOOD;
        };
    }
}
