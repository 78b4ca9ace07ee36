package org.annotide.ui.editor.internal.render;

import java.nio.ByteOrder;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.internal.C;
import org.eclipse.swt.internal.cairo.Cairo;
import org.eclipse.swt.widgets.Display;

/**
 * Makes the SWT images of rendered tiles by copying their pixels into the image's cairo surface in one native copy.
 * <p>
 * Why not {@code new Image(display, data)}: on GTK that converts every pixel in Java ({@code ImageData.blit}) even when
 * the data already has cairo's layout, because SWT 3.135 compares the data's byte order, which {@code ImageData} always
 * reports as MSB-first for 32-bit pixels, with the little-endian order of cairo's surface on x86; the fast path of
 * {@code Image.init(ImageData)} is unreachable there. In a fresh JVM that loop runs interpreted, and it was a third of
 * the tile workers' time in the cold first paint. The bytes {@link AwtImages} writes (B, G, R, x per pixel) are already
 * what a little-endian {@code CAIRO_FORMAT_RGB24} surface holds, so here each image is a copy of a template of the
 * tile's size ({@code SWT.IMAGE_COPY}: a new image surface, painted by cairo, native) whose memory is then overwritten
 * with the tile's bytes ({@code memmove}), with the surface's format, size and stride checked first.
 * <p>
 * Anything else (another palette, padding in the rows, a big-endian machine, a device zoom other than 100 %, a
 * surface not in memory) goes through {@code new Image(display, data)}, which gives the same pixels more slowly; so
 * does everything after {@link #dispose}. Thread-safe: workers on several threads share the template.
 */
public final class TileImages {

    /** The palette of {@link AwtImages#toImageData}: the int of a pixel in memory order B, G, R, x. */
    private static final int RED = 0xFF00;
    private static final int GREEN = 0xFF0000;
    private static final int BLUE = 0xFF000000;

    private final Display display;
    private Image template;
    private boolean disposed;
    /** Whether the template's surface turned out not to be what the copy needs: then every image falls back. */
    private boolean unusable = ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN || !"gtk".equals(SWT.getPlatform());
    private long copied;

    public TileImages(Display display) {
        this.display = display;
    }

    /** An SWT image with the pixels of {@code data}, as {@code new Image(display, data)} makes it. */
    public Image create(ImageData data) {
        if (fits(data)) {
            synchronized (this) {
                Image image = copy(data);
                if (image != null) {
                    return image;
                }
            }
        }
        return new Image(display, data);
    }

    /** Images made by the native copy so far (for the tests: that the fast path is taken). */
    public synchronized long copied() {
        return copied;
    }

    public synchronized void dispose() {
        disposed = true;
        if (template != null) {
            template.dispose();
            template = null;
        }
    }

    private static boolean fits(ImageData data) {
        PaletteData palette = data.palette;
        return data.depth == 32 && palette.isDirect && palette.redMask == RED && palette.greenMask == GREEN
                && palette.blueMask == BLUE && data.bytesPerLine == data.width * 4 && data.transparentPixel == -1
                && data.alpha == -1 && data.alphaData == null && data.maskData == null
                && data.data.length >= data.bytesPerLine * data.height;
    }

    /** The image by the native copy, or null when this data cannot take it. Holds the lock. */
    private Image copy(ImageData data) {
        if (disposed || unusable || display.isDisposed()) {
            return null;
        }
        if (template == null || template.getBounds().width != data.width
                || template.getBounds().height != data.height) {
            if (template != null) {
                template.dispose();
            }
            // the one conversion in Java: a black template of the tile's size, made once
            template = new Image(display, new ImageData(data.width, data.height, 32, data.palette));
            if (!suitable(template.surface, data)) {
                unusable = true;
                template.dispose();
                template = null;
                return null;
            }
        }
        Image image = new Image(display, template, SWT.IMAGE_COPY);
        long surface = image.surface;
        if (!suitable(surface, data)) {
            image.dispose();
            return null;
        }
        Cairo.cairo_surface_flush(surface);
        C.memmove(Cairo.cairo_image_surface_get_data(surface), data.data, (long) data.bytesPerLine * data.height);
        Cairo.cairo_surface_mark_dirty(surface);
        copied++;
        return image;
    }

    /** An opaque image surface in memory of exactly the data's size and rows (so at a device zoom of 100 %). */
    private static boolean suitable(long surface, ImageData data) {
        return surface != 0 && Cairo.cairo_surface_get_type(surface) == Cairo.CAIRO_SURFACE_TYPE_IMAGE
                && Cairo.cairo_image_surface_get_format(surface) == Cairo.CAIRO_FORMAT_RGB24
                && Cairo.cairo_image_surface_get_width(surface) == data.width
                && Cairo.cairo_image_surface_get_height(surface) == data.height
                && Cairo.cairo_image_surface_get_stride(surface) == data.bytesPerLine
                && Cairo.cairo_image_surface_get_data(surface) != 0;
    }
}
