package org.annotide.ui.editor.internal.render;

import org.annotide.ui.editor.internal.geometry.Viewport;

/**
 * One display tile: {@link #SIZE} x {@link #SIZE} screen pixels of the image plane scaled to a zoom step,
 * counted from image pixel 0; with or without the rasterised annotation overlay.
 */
public record TileKey(int step, int column, int row, boolean overlay) {

    public static final int SIZE = 256;
    /**
     * Screen pixels that outlines and dots reach beyond a glyph's bounds: a tile's overlay draws the glyphs this
     * close to it, so a change this close to a tile must make it stale.
     */
    public static final int OVERLAY_MARGIN = 4;

    public double scale() {
        return Viewport.scaleOf(step);
    }

    /** Image-space bounds: minX, minY, maxX, maxY. */
    public double[] imageBounds() {
        double size = SIZE / scale();
        return new double[] { column * size, row * size, (column + 1) * size, (row + 1) * size };
    }

    public boolean intersects(double[] region) {
        double[] bounds = imageBounds();
        return bounds[0] <= region[2] && bounds[2] >= region[0] && bounds[1] <= region[3] && bounds[3] >= region[1];
    }

    /** Whether an overlay of this tile draws something of a glyph with these image bounds (minX, minY, maxX, maxY). */
    public boolean touchedBy(double[] region) {
        double margin = OVERLAY_MARGIN / scale();
        return intersects(new double[] { region[0] - margin, region[1] - margin, region[2] + margin,
                region[3] + margin });
    }
}
