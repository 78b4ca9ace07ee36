package org.annotide.ui.editor.internal.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.Outlines;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.ui.editor.internal.geometry.Handle.Role;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Geometry edits of shapes as the attribute values they change, never touching the shape itself: the
 * editor turns the values into one undoable command, and the same values applied to a copy give the live
 * preview while the mouse moves. Coordinates are image pixels.
 */
public final class ShapeEdits {

    /** Distance of the rotation knob from its shape, in screen pixels. */
    public static final double ROTATION_KNOB = 24;

    private ShapeEdits() {
    }

    /**
     * The draggable points of a shape.
     *
     * @param scale screen pixels per image pixel, to keep the rotation knob at a fixed screen distance
     */
    public static List<Handle> handles(Shape shape, double scale) {
        List<Handle> handles = new ArrayList<>();
        if (shape instanceof BoxShape box) {
            double x0 = box.getX();
            double y0 = box.getY();
            double x1 = x0 + box.getWidth();
            double y1 = y0 + box.getHeight();
            double mx = (x0 + x1) / 2;
            double my = (y0 + y1) / 2;
            double[][] points = { { x0, y0 }, { x1, y0 }, { x1, y1 }, { x0, y1 }, { mx, y0 }, { x1, my }, { mx, y1 },
                    { x0, my } };
            for (int i = 0; i < points.length; i++) {
                handles.add(new Handle(i, points[i][0], points[i][1], i < 4 ? Role.CORNER : Role.EDGE));
            }
        } else if (shape instanceof RotatedBoxShape box) {
            double[] corners = Outlines.rotatedBox(box.getCx(), box.getCy(), box.getWidth(), box.getHeight(),
                    box.getAngle());
            for (int i = 0; i < 4; i++) {
                handles.add(new Handle(i, corners[2 * i], corners[2 * i + 1], Role.CORNER));
            }
            double[] knob = Outlines.rotate(box.getCx(), box.getCy() - box.getHeight() / 2 - ROTATION_KNOB / scale,
                    box.getCx(), box.getCy(), box.getAngle());
            handles.add(new Handle(4, knob[0], knob[1], Role.ROTATION));
        } else if (shape instanceof EllipseShape ellipse) {
            double cx = ellipse.getCx();
            double cy = ellipse.getCy();
            double[][] local = { { cx + ellipse.getRx(), cy }, { cx, cy + ellipse.getRy() }, { cx - ellipse.getRx(), cy },
                    { cx, cy - ellipse.getRy() } };
            for (int i = 0; i < 4; i++) {
                double[] p = Outlines.rotate(local[i][0], local[i][1], cx, cy, ellipse.getAngle());
                handles.add(new Handle(i, p[0], p[1], Role.AXIS));
            }
            double[] knob = Outlines.rotate(cx, cy - ellipse.getRy() - ROTATION_KNOB / scale, cx, cy,
                    ellipse.getAngle());
            handles.add(new Handle(4, knob[0], knob[1], Role.ROTATION));
        } else if (shape instanceof KeypointsShape keypoints) {
            double[] points = points(keypoints.getPoints());
            int[] visibility = keypoints.getVisibility();
            for (int i = 0; i < points.length / 2; i++) {
                if (visibility == null || i >= visibility.length || visibility[i] > 0) {
                    handles.add(new Handle(i, points[2 * i], points[2 * i + 1], Role.VERTEX));
                }
            }
        } else {
            double[] points = vertexPoints(shape);
            for (int i = 0; i < points.length / 2; i++) {
                handles.add(new Handle(i, points[2 * i], points[2 * i + 1], Role.VERTEX));
            }
        }
        return handles;
    }

    /** Moves the whole shape; masks move by whole pixels. */
    public static Map<EAttribute, Object> translate(Shape shape, double dx, double dy) {
        Map<EAttribute, Object> changes = new LinkedHashMap<>();
        if (shape instanceof BoxShape box) {
            changes.put(Literals.BOX_SHAPE__X, box.getX() + dx);
            changes.put(Literals.BOX_SHAPE__Y, box.getY() + dy);
        } else if (shape instanceof RotatedBoxShape box) {
            changes.put(Literals.ROTATED_BOX_SHAPE__CX, box.getCx() + dx);
            changes.put(Literals.ROTATED_BOX_SHAPE__CY, box.getCy() + dy);
        } else if (shape instanceof EllipseShape ellipse) {
            changes.put(Literals.ELLIPSE_SHAPE__CX, ellipse.getCx() + dx);
            changes.put(Literals.ELLIPSE_SHAPE__CY, ellipse.getCy() + dy);
        } else if (shape instanceof MaskShape mask) {
            changes.put(Literals.MASK_SHAPE__X, mask.getX() + (int) Math.round(dx));
            changes.put(Literals.MASK_SHAPE__Y, mask.getY() + (int) Math.round(dy));
        } else if (shape instanceof PolygonShape || shape instanceof PolylineShape || shape instanceof KeypointsShape) {
            double[] points = vertexPoints(shape).clone();
            for (int i = 0; i + 1 < points.length; i += 2) {
                points[i] += dx;
                points[i + 1] += dy;
            }
            changes.put(pointsAttribute(shape), points);
        }
        return changes;
    }

    /** Drags handle {@code index} (see {@link #handles}) to (x, y). */
    public static Map<EAttribute, Object> moveHandle(Shape shape, int index, double x, double y) {
        Map<EAttribute, Object> changes = new LinkedHashMap<>();
        if (shape instanceof BoxShape box) {
            moveBoxHandle(box, index, x, y, changes);
        } else if (shape instanceof RotatedBoxShape box) {
            moveRotatedBoxHandle(box, index, x, y, changes);
        } else if (shape instanceof EllipseShape ellipse) {
            moveEllipseHandle(ellipse, index, x, y, changes);
        } else if (shape instanceof PolygonShape || shape instanceof PolylineShape || shape instanceof KeypointsShape) {
            double[] points = vertexPoints(shape).clone();
            if (index >= 0 && 2 * index + 1 < points.length) {
                points[2 * index] = x;
                points[2 * index + 1] = y;
                changes.put(pointsAttribute(shape), points);
            }
        }
        return changes;
    }

    private static void moveBoxHandle(BoxShape box, int index, double x, double y, Map<EAttribute, Object> changes) {
        double x0 = box.getX();
        double y0 = box.getY();
        double x1 = x0 + box.getWidth();
        double y1 = y0 + box.getHeight();
        switch (index) {
        case 0 -> { x0 = x; y0 = y; }
        case 1 -> { x1 = x; y0 = y; }
        case 2 -> { x1 = x; y1 = y; }
        case 3 -> { x0 = x; y1 = y; }
        case 4 -> y0 = y;
        case 5 -> x1 = x;
        case 6 -> y1 = y;
        case 7 -> x0 = x;
        default -> {
            return;
        }
        }
        changes.put(Literals.BOX_SHAPE__X, Math.min(x0, x1));
        changes.put(Literals.BOX_SHAPE__Y, Math.min(y0, y1));
        changes.put(Literals.BOX_SHAPE__WIDTH, Math.abs(x1 - x0));
        changes.put(Literals.BOX_SHAPE__HEIGHT, Math.abs(y1 - y0));
    }

    private static void moveRotatedBoxHandle(RotatedBoxShape box, int index, double x, double y,
            Map<EAttribute, Object> changes) {
        double cx = box.getCx();
        double cy = box.getCy();
        double angle = box.getAngle();
        if (index == 4) {
            changes.put(Literals.ROTATED_BOX_SHAPE__ANGLE, knobAngle(cx, cy, x, y));
            return;
        }
        if (index < 0 || index > 3) {
            return;
        }
        // in the box's own frame the opposite corner stays where it is
        double[] local = Outlines.rotate(x, y, cx, cy, -angle);
        double hw = box.getWidth() / 2;
        double hh = box.getHeight() / 2;
        double[][] corners = { { cx - hw, cy - hh }, { cx + hw, cy - hh }, { cx + hw, cy + hh }, { cx - hw, cy + hh } };
        double[] fixed = corners[(index + 2) % 4];
        double midX = (fixed[0] + local[0]) / 2;
        double midY = (fixed[1] + local[1]) / 2;
        double[] centre = Outlines.rotate(midX, midY, cx, cy, angle);
        changes.put(Literals.ROTATED_BOX_SHAPE__CX, centre[0]);
        changes.put(Literals.ROTATED_BOX_SHAPE__CY, centre[1]);
        changes.put(Literals.ROTATED_BOX_SHAPE__WIDTH, Math.abs(local[0] - fixed[0]));
        changes.put(Literals.ROTATED_BOX_SHAPE__HEIGHT, Math.abs(local[1] - fixed[1]));
    }

    private static void moveEllipseHandle(EllipseShape ellipse, int index, double x, double y,
            Map<EAttribute, Object> changes) {
        double cx = ellipse.getCx();
        double cy = ellipse.getCy();
        if (index == 4) {
            changes.put(Literals.ELLIPSE_SHAPE__ANGLE, knobAngle(cx, cy, x, y));
            return;
        }
        double[] local = Outlines.rotate(x, y, cx, cy, -ellipse.getAngle());
        if (index == 0 || index == 2) {
            changes.put(Literals.ELLIPSE_SHAPE__RX, Math.abs(local[0] - cx));
        } else if (index == 1 || index == 3) {
            changes.put(Literals.ELLIPSE_SHAPE__RY, Math.abs(local[1] - cy));
        }
    }

    /** The angle that puts the rotation knob (straight up at angle 0) under the point. */
    private static double knobAngle(double cx, double cy, double x, double y) {
        double degrees = Math.toDegrees(Math.atan2(y - cy, x - cx)) + 90;
        degrees = ((degrees % 360) + 360) % 360;
        return degrees > 180 ? degrees - 360 : degrees;
    }

    /**
     * The edge of a polygon or polyline nearest to the point within the tolerance, as the index of its
     * first vertex; -1 when none is that near or the shape has no edges.
     */
    public static int nearestEdge(Shape shape, double x, double y, double tolerance) {
        double[] points = vertexPoints(shape);
        int best = -1;
        double bestDistance = tolerance;
        if (shape instanceof PolygonShape polygon) {
            int start = 0;
            for (int end : ringEnds(polygon, points.length / 2)) {
                for (int i = start; i < end; i++) {
                    int j = i + 1 < end ? i + 1 : start;
                    double d = GlyphHits.distanceToSegment(points[2 * i], points[2 * i + 1], points[2 * j],
                            points[2 * j + 1], x, y);
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = i;
                    }
                }
                start = end;
            }
        } else if (shape instanceof PolylineShape) {
            for (int i = 0; i + 1 < points.length / 2; i++) {
                double d = GlyphHits.distanceToSegment(points[2 * i], points[2 * i + 1], points[2 * i + 2],
                        points[2 * i + 3], x, y);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        return best;
    }

    /** Inserts a vertex after vertex {@code edgeStart}, on the edge that starts there. */
    public static Map<EAttribute, Object> insertVertex(Shape shape, int edgeStart, double x, double y) {
        Map<EAttribute, Object> changes = new LinkedHashMap<>();
        double[] points = vertexPoints(shape);
        int vertices = points.length / 2;
        if (edgeStart < 0 || edgeStart >= vertices
                || !(shape instanceof PolygonShape || shape instanceof PolylineShape)) {
            return changes;
        }
        double[] inserted = new double[points.length + 2];
        System.arraycopy(points, 0, inserted, 0, 2 * (edgeStart + 1));
        inserted[2 * edgeStart + 2] = x;
        inserted[2 * edgeStart + 3] = y;
        System.arraycopy(points, 2 * (edgeStart + 1), inserted, 2 * edgeStart + 4, points.length - 2 * (edgeStart + 1));
        changes.put(pointsAttribute(shape), inserted);
        if (shape instanceof PolygonShape polygon && polygon.getRingEnds() != null && polygon.getRingEnds().length > 0) {
            int[] ends = ringEnds(polygon, vertices).clone();
            for (int r = 0; r < ends.length; r++) {
                if (ends[r] > edgeStart) {
                    ends[r]++;
                }
            }
            changes.put(Literals.POLYGON_SHAPE__RING_ENDS, ends);
        }
        return changes;
    }

    /**
     * Deletes a vertex; for keypoints marks the point not labelled. A hole or a further part left with fewer
     * than three vertices goes as a whole. Null when the shape would degenerate (the only outline below three
     * vertices, a line below two).
     */
    public static Map<EAttribute, Object> deleteVertex(Shape shape, int vertex) {
        Map<EAttribute, Object> changes = new LinkedHashMap<>();
        if (shape instanceof KeypointsShape keypoints) {
            int count = points(keypoints.getPoints()).length / 2;
            if (vertex < 0 || vertex >= count) {
                return null;
            }
            int[] visibility = new int[count];
            int[] given = keypoints.getVisibility();
            for (int i = 0; i < count; i++) {
                visibility[i] = given == null || i >= given.length ? 2 : given[i];
            }
            visibility[vertex] = 0;
            changes.put(Literals.KEYPOINTS_SHAPE__VISIBILITY, visibility);
            return changes;
        }
        double[] points = vertexPoints(shape);
        int vertices = points.length / 2;
        if (vertex < 0 || vertex >= vertices) {
            return null;
        }
        if (shape instanceof PolygonShape polygon) {
            int[] ends = ringEnds(polygon, vertices);
            int start = 0;
            for (int ring = 0; ring < ends.length; ring++) {
                if (vertex >= start && vertex < ends[ring] && ends[ring] - start <= 3) {
                    return removeRing(polygon, points, ends, ring);
                }
                start = ends[ring];
            }
            if (polygon.getRingEnds() != null && polygon.getRingEnds().length > 0) {
                int[] shifted = ends.clone();
                for (int r = 0; r < shifted.length; r++) {
                    if (shifted[r] > vertex) {
                        shifted[r]--;
                    }
                }
                changes.put(Literals.POLYGON_SHAPE__RING_ENDS, shifted);
            }
        } else if (shape instanceof PolylineShape) {
            if (vertices <= 2) {
                return null;
            }
        } else {
            return null;
        }
        double[] remaining = new double[points.length - 2];
        System.arraycopy(points, 0, remaining, 0, 2 * vertex);
        System.arraycopy(points, 2 * vertex + 2, remaining, 2 * vertex, points.length - 2 * vertex - 2);
        changes.put(pointsAttribute(shape), remaining);
        return changes;
    }

    /**
     * Takes away a ring that would fall below three vertices: a hole, or a part with its holes while other
     * parts remain (so a hole or a stray part goes the way its vertices go). Null for the outline of the only
     * part, which the annotation cannot do without.
     */
    private static Map<EAttribute, Object> removeRing(PolygonShape polygon, double[] points, int[] ends, int ring) {
        int[] parts = partEnds(polygon, ends.length);
        int part = 0;
        while (parts[part] <= ring) {
            part++;
        }
        int partFirstRing = part == 0 ? 0 : parts[part - 1];
        boolean wholePart = ring == partFirstRing;
        int firstRing;
        int lastRing;
        if (!wholePart) {
            firstRing = ring;
            lastRing = ring + 1;
        } else if (parts.length > 1) {
            firstRing = partFirstRing;
            lastRing = parts[part];
        } else {
            return null;
        }
        int from = firstRing == 0 ? 0 : ends[firstRing - 1];
        int to = ends[lastRing - 1];
        int removedVertices = to - from;
        int removedRings = lastRing - firstRing;
        double[] remaining = new double[points.length - 2 * removedVertices];
        System.arraycopy(points, 0, remaining, 0, 2 * from);
        System.arraycopy(points, 2 * to, remaining, 2 * from, points.length - 2 * to);
        int[] remainingEnds = new int[ends.length - removedRings];
        for (int r = 0; r < ends.length; r++) {
            if (r < firstRing) {
                remainingEnds[r] = ends[r];
            } else if (r >= lastRing) {
                remainingEnds[r - removedRings] = ends[r] - removedVertices;
            }
        }
        int[] remainingParts = new int[parts.length - (wholePart ? 1 : 0)];
        int next = 0;
        for (int p = 0; p < parts.length; p++) {
            if (p == part && wholePart) {
                continue;
            }
            remainingParts[next++] = parts[p] > firstRing ? parts[p] - removedRings : parts[p];
        }
        Map<EAttribute, Object> changes = new LinkedHashMap<>();
        changes.put(Literals.POLYGON_SHAPE__POINTS, remaining);
        // one ring or one part is written as no ends at all, as the drawing tools write it
        changes.put(Literals.POLYGON_SHAPE__RING_ENDS, remainingEnds.length == 1 ? new int[0] : remainingEnds);
        if (polygon.getPartEnds() != null && polygon.getPartEnds().length > 0) {
            changes.put(Literals.POLYGON_SHAPE__PART_ENDS, remainingParts.length == 1 ? new int[0] : remainingParts);
        }
        return changes;
    }

    /** The cumulative ring count at the end of each part, read as the polygon is drawn. */
    private static int[] partEnds(PolygonShape polygon, int rings) {
        return RingEnds.consistent(polygon.getPartEnds(), rings);
    }

    /** A detached copy of the shape with the changes applied: the live preview of an edit. */
    public static Shape preview(Shape shape, Map<EAttribute, Object> changes) {
        Shape copy = EcoreUtil.copy(shape);
        for (Map.Entry<EAttribute, Object> change : changes.entrySet()) {
            copy.eSet(change.getKey(), change.getValue());
        }
        return copy;
    }

    /** The cumulative vertex count at the end of each ring, read as the polygon is drawn. */
    private static int[] ringEnds(PolygonShape polygon, int vertices) {
        return RingEnds.consistent(polygon.getRingEnds(), vertices);
    }

    private static double[] vertexPoints(Shape shape) {
        if (shape instanceof PolygonShape polygon) {
            return points(polygon.getPoints());
        }
        if (shape instanceof PolylineShape polyline) {
            return points(polyline.getPoints());
        }
        if (shape instanceof KeypointsShape keypoints) {
            return points(keypoints.getPoints());
        }
        return new double[0];
    }

    private static EAttribute pointsAttribute(Shape shape) {
        if (shape instanceof PolygonShape) {
            return Literals.POLYGON_SHAPE__POINTS;
        }
        if (shape instanceof PolylineShape) {
            return Literals.POLYLINE_SHAPE__POINTS;
        }
        return Literals.KEYPOINTS_SHAPE__POINTS;
    }

    private static double[] points(double[] points) {
        return points == null ? new double[0] : Arrays.copyOf(points, points.length - points.length % 2);
    }
}
