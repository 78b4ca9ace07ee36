package org.annotide.ui.editor.internal.geometry;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.EllipseShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Combining a drawn ring with an area shape, as QuPath's subtract and add: the ring is cut out of the
 * shape as a hole (difference) or added to it as a further part (union). The result is always a polygon,
 * whatever the shape was (box, rotated box, ellipse or polygon), since no other kind has holes or parts.
 */
public enum RingEdit {

    CUT_HOLE("Cut Hole", "cut a hole into", OverlayNG.DIFFERENCE),
    ADD_PART("Add Part", "add a part to", OverlayNG.UNION);

    private final String label;
    private final String verb;
    private final int overlay;

    RingEdit(String label, String verb, int overlay) {
        this.label = label;
        this.verb = verb;
        this.overlay = overlay;
    }

    /** The command's label, for Undo. */
    public String label() {
        return label;
    }

    /** What the edit does, for hints: "cut a hole into" or "add a part to". */
    public String verb() {
        return verb;
    }

    /** Whether shapes of this kind can take the edit: the kinds with an area that polygons can stand for. */
    public static boolean accepts(ShapeKind kind) {
        return kind == ShapeKind.POLYGON || kind == ShapeKind.BOX || kind == ShapeKind.ROTATED_BOX
                || kind == ShapeKind.ELLIPSE;
    }

    /** What applying the edit gives: the new shape, or why there is none (for the status line). */
    public record Outcome(PolygonShape shape, String refusal) {

        static Outcome refused(String why) {
            return new Outcome(null, why);
        }
    }

    /**
     * The shape with the ring cut out or added. Refused when nothing would be left (the ring covers the
     * whole shape: deleting is a different, explicit action) and when the ring changes nothing (it misses
     * the shape when cutting, lies within it when adding).
     *
     * @param ring x0 y0 x1 y1 ... of a closed ring in image pixels (self-intersections are repaired)
     */
    public Outcome apply(Shape shape, double[] ring) {
        Geometry target = ShapeGeometry.toJts(outline(shape));
        PolygonShape drawn = AnnotideFactory.eINSTANCE.createPolygonShape();
        drawn.setPoints(ring);
        // the robust overlay falls back to snapping where floating point noise makes the plain one fail
        Geometry result = OverlayNGRobust.overlay(target, ShapeGeometry.toJts(drawn), overlay);
        if (result.equalsTopo(target)) {
            return Outcome.refused(this == CUT_HOLE ? "The ring does not overlap the selected annotation: nothing cut"
                    : "The ring lies within the selected annotation: nothing added");
        }
        PolygonShape combined = ShapeGeometry.fromJts(result);
        if (combined == null) {
            return Outcome.refused("The hole would cover the whole annotation; to remove it, press Delete");
        }
        return new Outcome(combined, null);
    }

    /**
     * An ellipse as the outline the editor draws (a few dozen vertices) rather than the evaluation's
     * 0.01-pixel approximation, whose hundreds of vertices would each get a handle once it is a polygon.
     */
    private static Shape outline(Shape shape) {
        if (shape instanceof EllipseShape ellipse) {
            PolygonShape polygon = AnnotideFactory.eINSTANCE.createPolygonShape();
            polygon.setPoints(DrawnEllipse.ring(ellipse.getCx(), ellipse.getCy(), ellipse.getRx(), ellipse.getRy(),
                    ellipse.getAngle()));
            return polygon;
        }
        return shape;
    }
}
