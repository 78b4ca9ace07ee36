package org.annotide.ui.editor.internal.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annotide.ui.editor.internal.geometry.Viewport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * The image layer of the last frame (display tiles and what stands in for missing ones), kept in a
 * screen-sized back buffer so that a frame costs what changed, not the size of the view:
 * <ul>
 * <li>a pan moves the pixels already there (one blit into the second buffer of a pair) and draws only the
 * strips that scrolled into view;</li>
 * <li>a tile is drawn again only where its image changed (a delivery after an edit, a stand-in replaced);</li>
 * <li>a zoom starts from the last frame scaled to the new zoom, so no frame is blank and no stand-in coarser
 * than the last frame shows while the new zoom's tiles arrive.</li>
 * </ul>
 * Two buffers are used in turn rather than {@code GC.copyArea} on one: copying a surface onto itself makes
 * cairo take a snapshot first, which doubles the cost. UI thread only.
 */
final class TileLayer {

    /** What the layer asks of the tile cache. */
    interface Source {

        /** The image of a tile, or null while it has none. */
        Image image(TileKey key);

        /** Draws what stands in for a tile without an image (the thumbnail, other zooms); the GC is clipped. */
        void paintStandIn(GC gc, Viewport viewport, TileKey key);

        /** A counter that moves when any tile arrives: a stand-in may then have a better source. */
        long installs();
    }

    /** What a tile's screen area holds: its image, or a stand-in painted when {@code installs} had that value. */
    private record Painted(Image image, long installs, boolean scaledFrame) {
    }

    private final Display display;
    private Image front;
    private GC frontGc;
    private Image back;
    private GC backGc;
    private int width;
    private int height;
    private boolean valid;
    private int step;
    private long offsetX;
    private long offsetY;
    private boolean overlay;
    private int backgroundRgb;
    private final Map<TileKey, Painted> painted = new HashMap<>();
    private int composedTiles;
    private long composedPixels;

    TileLayer(Display display) {
        this.display = display;
    }

    /**
     * Brings the layer up to date with the viewport and the tiles: only what moved into view, what changed
     * and what was a stand-in are drawn.
     *
     * @param visible the tiles at the viewport's step that intersect the screen
     */
    void compose(Viewport viewport, boolean withOverlay, List<TileKey> visible, Color background, Source source) {
        composedTiles = 0;
        composedPixels = 0;
        int w = viewport.screenWidth();
        int h = viewport.screenHeight();
        if (front == null || w != width || h != height) {
            allocate(w, h);
        }
        int rgb = background.getRed() << 16 | background.getGreen() << 8 | background.getBlue();
        boolean full = !valid || withOverlay != overlay || rgb != backgroundRgb;
        List<Rectangle> exposed = new ArrayList<>(2);
        Rectangle scaledArea = null;
        if (!full && viewport.step() != step) {
            scaledArea = scaleLastFrame(viewport, background);
            full = true;
        } else if (!full) {
            long dx = offsetX - viewport.offsetX();
            long dy = offsetY - viewport.offsetY();
            if (Math.abs(dx) >= w || Math.abs(dy) >= h) {
                full = true;
            } else if (dx != 0 || dy != 0) {
                scroll((int) dx, (int) dy, exposed);
            }
        }
        GC gc = frontGc;
        gc.setBackground(background);
        if (full) {
            painted.clear();
            if (scaledArea == null) {
                gc.fillRectangle(0, 0, w, h);
            }
        } else {
            for (Rectangle strip : exposed) {
                gc.fillRectangle(strip);
            }
        }
        long installs = source.installs();
        Rectangle screen = new Rectangle(0, 0, w, h);
        Map<TileKey, Painted> now = new HashMap<>(visible.size() * 2);
        for (TileKey key : visible) {
            Rectangle area = screenArea(key, viewport).intersection(screen);
            if (area.isEmpty()) {
                continue;
            }
            Image image = source.image(key);
            Painted before = painted.get(key);
            if (scaledArea != null && image == null && contains(scaledArea, area)) {
                // the scaled last frame stands in until the tile arrives
                now.put(key, new Painted(null, installs, true));
                continue;
            }
            boolean redraw = full || before == null || before.image() != image
                    || image == null && !before.scaledFrame() && before.installs() != installs;
            if (redraw) {
                draw(gc, viewport, key, area, image, source);
                now.put(key, new Painted(image, installs, false));
            } else {
                for (Rectangle strip : exposed) {
                    Rectangle part = area.intersection(strip);
                    if (!part.isEmpty()) {
                        draw(gc, viewport, key, part, image, source);
                    }
                }
                now.put(key, before);
            }
        }
        painted.clear();
        painted.putAll(now);
        valid = true;
        step = viewport.step();
        offsetX = viewport.offsetX();
        offsetY = viewport.offsetY();
        overlay = withOverlay;
        backgroundRgb = rgb;
    }

    /** The composed layer, screen-sized; drawn unscaled at the origin. Not to be disposed. */
    Image image() {
        return front;
    }

    /** Tiles (whole or in part) drawn into the layer by the last {@link #compose}. */
    int composedTiles() {
        return composedTiles;
    }

    /** Pixels drawn from tiles or stand-ins by the last {@link #compose}. */
    long composedPixels() {
        return composedPixels;
    }

    /** The next compose draws everything again. */
    void invalidate() {
        valid = false;
    }

    void dispose() {
        release();
        painted.clear();
    }

    private void draw(GC gc, Viewport viewport, TileKey key, Rectangle area, Image image, Source source) {
        long x = key.column() * (long) TileKey.SIZE - viewport.offsetX();
        long y = key.row() * (long) TileKey.SIZE - viewport.offsetY();
        gc.setClipping(area);
        if (image != null) {
            // display tiles are opaque (beyond the image they carry the background): nothing to clear
            Blit.draw(gc, image, (int) x, (int) y);
        } else {
            gc.fillRectangle(area);
            source.paintStandIn(gc, viewport, key);
        }
        gc.setClipping((Rectangle) null);
        composedTiles++;
        composedPixels += (long) area.width * area.height;
    }

    /** Moves the last frame by (dx, dy) into the other buffer and makes it the front; adds the exposed strips. */
    private void scroll(int dx, int dy, List<Rectangle> exposed) {
        int w = width - Math.abs(dx);
        int h = height - Math.abs(dy);
        Blit.draw(backGc, front, Math.max(0, -dx), Math.max(0, -dy), w, h, Math.max(0, dx), Math.max(0, dy), w, h);
        swap();
        if (dx > 0) {
            exposed.add(new Rectangle(0, 0, dx, height));
        } else if (dx < 0) {
            exposed.add(new Rectangle(width + dx, 0, -dx, height));
        }
        // the horizontal strip leaves out the corner the vertical one has
        int x0 = dx > 0 ? dx : 0;
        int stripWidth = width - Math.abs(dx);
        if (dy > 0) {
            exposed.add(new Rectangle(x0, 0, stripWidth, dy));
        } else if (dy < 0) {
            exposed.add(new Rectangle(x0, height + dy, stripWidth, -dy));
        }
    }

    /**
     * Draws the last frame scaled to the new zoom into the other buffer (the background around it) and makes
     * it the front; returns the screen area it covers.
     */
    private Rectangle scaleLastFrame(Viewport viewport, Color background) {
        double factor = viewport.scale() / Viewport.scaleOf(step);
        double x0 = offsetX * factor - viewport.offsetX();
        double y0 = offsetY * factor - viewport.offsetY();
        int x = (int) Math.round(x0);
        int y = (int) Math.round(y0);
        int w = (int) Math.round(x0 + width * factor) - x;
        int h = (int) Math.round(y0 + height * factor) - y;
        backGc.setBackground(background);
        backGc.fillRectangle(0, 0, width, height);
        if (w > 0 && h > 0) {
            backGc.setInterpolation(SWT.LOW);
            Blit.draw(backGc, front, 0, 0, width, height, x, y, w, h);
            backGc.setInterpolation(SWT.DEFAULT);
        }
        swap();
        composedPixels += (long) width * height;
        return new Rectangle(x, y, Math.max(0, w), Math.max(0, h)).intersection(new Rectangle(0, 0, width, height));
    }

    private void swap() {
        Image image = front;
        GC gc = frontGc;
        front = back;
        frontGc = backGc;
        back = image;
        backGc = gc;
    }

    private void allocate(int w, int h) {
        release();
        width = w;
        height = h;
        front = new Image(display, w, h);
        frontGc = new GC(front);
        back = new Image(display, w, h);
        backGc = new GC(back);
        valid = false;
    }

    private void release() {
        if (frontGc != null) {
            frontGc.dispose();
            front.dispose();
            backGc.dispose();
            back.dispose();
            frontGc = null;
            front = null;
            backGc = null;
            back = null;
        }
        valid = false;
    }

    private static Rectangle screenArea(TileKey key, Viewport viewport) {
        long x = key.column() * (long) TileKey.SIZE - viewport.offsetX();
        long y = key.row() * (long) TileKey.SIZE - viewport.offsetY();
        return new Rectangle((int) x, (int) y, TileKey.SIZE, TileKey.SIZE);
    }

    private static boolean contains(Rectangle outer, Rectangle inner) {
        return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width
                && inner.y + inner.height <= outer.y + outer.height;
    }
}
