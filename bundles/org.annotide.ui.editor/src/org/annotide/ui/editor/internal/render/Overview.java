package org.annotide.ui.editor.internal.render;

import org.annotide.ui.editor.internal.geometry.Viewport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The minimap in the lower right corner: the whole content (image or tile window) small, with the part on
 * screen outlined. Pressing or dragging in it moves the viewport there.
 */
public final class Overview {

    /** The minimap's longer side in screen pixels. */
    public static final int SIZE = 180;
    private static final int MARGIN = 12;

    private Overview() {
    }

    /**
     * Where the minimap sits on screen: at most {@link #SIZE} pixels and a fifth of the screen's width or a
     * quarter of its height; null when the screen is too small to show it.
     */
    public static Rectangle bounds(Viewport viewport) {
        int longest = Math.min(SIZE, Math.min(viewport.screenWidth() / 5, viewport.screenHeight() / 4));
        if (longest < 48) {
            return null;
        }
        double ratio = viewport.contentWidth() / viewport.contentHeight();
        int width = ratio >= 1 ? longest : (int) Math.max(16, Math.round(longest * ratio));
        int height = ratio >= 1 ? (int) Math.max(16, Math.round(longest / ratio)) : longest;
        return new Rectangle(viewport.screenWidth() - width - MARGIN, viewport.screenHeight() - height - MARGIN,
                width, height);
    }

    /** The content point shown at a screen point of the minimap. */
    public static double[] contentPoint(Viewport viewport, Rectangle bounds, int screenX, int screenY) {
        double fx = Math.max(0, Math.min(1, (screenX - bounds.x) / (double) bounds.width));
        double fy = Math.max(0, Math.min(1, (screenY - bounds.y) / (double) bounds.height));
        return new double[] { viewport.contentX() + fx * viewport.contentWidth(),
                viewport.contentY() + fy * viewport.contentHeight() };
    }

    /**
     * @param thumbnail      the whole image at {@code thumbnailScale}, or null while it loads
     * @param thumbnailScale thumbnail pixels per image pixel
     */
    public static void paint(GC gc, Viewport viewport, Image thumbnail, double thumbnailScale, int selectionRgb) {
        Rectangle bounds = bounds(viewport);
        if (bounds == null) {
            return;
        }
        gc.setAlpha(200);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(bounds.x - 2, bounds.y - 2, bounds.width + 4, bounds.height + 4);
        gc.setAlpha(255);
        if (thumbnail != null) {
            Rectangle available = thumbnail.getBounds();
            int sx = (int) Math.floor(viewport.contentX() * thumbnailScale);
            int sy = (int) Math.floor(viewport.contentY() * thumbnailScale);
            int sw = Math.max(1, Math.min(available.width - sx, (int) Math.ceil(viewport.contentWidth() * thumbnailScale)));
            int sh = Math.max(1, Math.min(available.height - sy, (int) Math.ceil(viewport.contentHeight() * thumbnailScale)));
            if (sx < available.width && sy < available.height) {
                gc.setInterpolation(SWT.LOW);
                Blit.draw(gc, thumbnail, sx, sy, sw, sh, bounds.x, bounds.y, bounds.width, bounds.height);
                gc.setInterpolation(SWT.DEFAULT);
            }
        }
        double fx0 = (viewport.toImageX(0) - viewport.contentX()) / viewport.contentWidth();
        double fy0 = (viewport.toImageY(0) - viewport.contentY()) / viewport.contentHeight();
        double fx1 = (viewport.toImageX(viewport.screenWidth()) - viewport.contentX()) / viewport.contentWidth();
        double fy1 = (viewport.toImageY(viewport.screenHeight()) - viewport.contentY()) / viewport.contentHeight();
        int x0 = bounds.x + (int) Math.round(Math.max(0, fx0) * bounds.width);
        int y0 = bounds.y + (int) Math.round(Math.max(0, fy0) * bounds.height);
        int x1 = bounds.x + (int) Math.round(Math.min(1, fx1) * bounds.width);
        int y1 = bounds.y + (int) Math.round(Math.min(1, fy1) * bounds.height);
        Color color = new Color(gc.getDevice(),
                (selectionRgb >> 16) & 0xff, (selectionRgb >> 8) & 0xff, selectionRgb & 0xff);
        try {
            gc.setForeground(color);
            gc.setLineWidth(2);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawRectangle(x0, y0, Math.max(2, x1 - x0), Math.max(2, y1 - y0));
            gc.setLineWidth(1);
        } finally {
            color.dispose();
        }
    }
}
