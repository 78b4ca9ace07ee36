package org.annotide.ui.editor.internal.index;

import org.annotide.core.geometry.Outlines;
import org.annotide.model.Annotation;
import org.annotide.model.ShapeKind;
import org.annotide.ui.editor.internal.geometry.DrawnEllipse;

/**
 * What painting needs of one annotation, copied from the model on the UI thread so tile renderers on worker
 * threads never touch EMF objects. Immutable; coordinate arrays are shared with the model, whose array
 * values are never changed in place (a change sets a new array).
 */
public final class Glyph {

    public static final int PREDICTED = 1;
    public static final int ACCEPTED = 1 << 1;
    public static final int REJECTED = 1 << 2;
    public static final int LOCKED = 1 << 3;
    public static final int HIDDEN = 1 << 4;
    public static final int CROWD = 1 << 5;

    private final Annotation annotation;
    private final ShapeKind kind;
    private final double[] coords;
    private final int[] ringEnds;
    private final int[] partEnds;
    private final int[] values;
    private final int[] skeleton;
    private final int rgb;
    private final int flags;
    private final double score;
    private final int zOrder;
    private final long sequence;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    /** Where the index keeps this glyph; assigned by {@link GlyphIndex}, -1 while not indexed. */
    int slot = -1;

    /**
     * Bounds (minX, minY, maxX, maxY) are in image pixels.
     *
     * @param coords   BOX x y w h; ROTATED_BOX cx cy w h angle; ELLIPSE cx cy rx ry angle; POLYGON, POLYLINE and
     *                 KEYPOINTS the points; MASK x y w h of the window
     * @param ringEnds POLYGON cumulative vertex counts per ring, else null
     * @param partEnds POLYGON cumulative ring counts per part, else null
     * @param values   KEYPOINTS visibility per point; MASK the row-major runs; else null
     * @param skeleton KEYPOINTS pairs of point indices joined by a bone, else null
     */
    public Glyph(Annotation annotation, ShapeKind kind, double[] coords, int[] ringEnds, int[] partEnds, int[] values,
            int[] skeleton, int rgb, int flags, double score, int zOrder, long sequence, double minX, double minY,
            double maxX, double maxY) {
        this.annotation = annotation;
        this.kind = kind;
        this.coords = coords;
        this.ringEnds = ringEnds;
        this.partEnds = partEnds;
        this.values = values;
        this.skeleton = skeleton;
        this.rgb = rgb;
        this.flags = flags;
        this.score = score;
        this.zOrder = zOrder;
        this.sequence = sequence;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    public Annotation annotation() {
        return annotation;
    }

    public ShapeKind kind() {
        return kind;
    }

    public double[] coords() {
        return coords;
    }

    public int[] ringEnds() {
        return ringEnds;
    }

    public int[] partEnds() {
        return partEnds;
    }

    public int[] values() {
        return values;
    }

    public int[] skeleton() {
        return skeleton;
    }

    public int rgb() {
        return rgb;
    }

    public int flags() {
        return flags;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public double score() {
        return score;
    }

    public int zOrder() {
        return zOrder;
    }

    public long sequence() {
        return sequence;
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }

    public boolean intersects(double x0, double y0, double x1, double y1) {
        return minX <= x1 && maxX >= x0 && minY <= y1 && maxY >= y0;
    }

    /**
     * The closed rings of an area shape as flat x y arrays in image pixels (holes after their outer ring);
     * empty for polylines, keypoints and masks.
     */
    public double[][] rings() {
        switch (kind) {
        case BOX:
            double x = coords[0];
            double y = coords[1];
            double w = coords[2];
            double h = coords[3];
            return new double[][] { { x, y, x + w, y, x + w, y + h, x, y + h } };
        case ROTATED_BOX:
            return new double[][] { Outlines.rotatedBox(coords[0], coords[1], coords[2], coords[3], coords[4]) };
        case ELLIPSE:
            return new double[][] { DrawnEllipse.ring(coords[0], coords[1], coords[2], coords[3], coords[4]) };
        case POLYGON:
            if (ringEnds.length == 1) {
                // the common case: one ring, the points as they are (never changed in place)
                return new double[][] { coords };
            }
            double[][] rings = new double[ringEnds.length][];
            int start = 0;
            for (int r = 0; r < ringEnds.length; r++) {
                rings[r] = java.util.Arrays.copyOfRange(coords, start * 2, ringEnds[r] * 2);
                start = ringEnds[r];
            }
            return rings;
        default:
            return new double[0][];
        }
    }
}
