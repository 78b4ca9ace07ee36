package org.annotide.ui.editor.internal.geometry;

import org.annotide.core.geometry.Outlines;

/**
 * The ring the editor draws, hits and cuts an ellipse as: core's {@link Outlines#ellipse} with a fixed number of
 * vertices, enough to look smooth at a few hundred pixels and cheap at a million glyphs. Measuring and exporting
 * use core's finer outline ({@code Outlines.ellipseSegments}) instead; the vertices lie on the same ellipse in
 * the same order.
 */
public final class DrawnEllipse {

    /** Vertices of a drawn ellipse. */
    public static final int SEGMENTS = 48;

    private DrawnEllipse() {
    }

    /** The drawn ring x0 y0 x1 y1 ... of an ellipse (angle in degrees, clockwise on screen). */
    public static double[] ring(double cx, double cy, double rx, double ry, double angleDegrees) {
        return Outlines.ellipse(cx, cy, rx, ry, angleDegrees, SEGMENTS);
    }
}
