package org.annotide.ui.editor.internal.tools;

import java.util.Arrays;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Shape;
import org.annotide.ui.editor.internal.edit.RingEditRules;
import org.annotide.ui.editor.internal.geometry.RingEdit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

/**
 * Draws polygons and polylines vertex by vertex (click; double-click, Enter or clicking the first vertex
 * finishes; Delete removes the last vertex), or freehand (press, trace, release). A polygon tool can be
 * armed with a {@link RingEdit}: the next ring drawn is then cut out of (or added to) an annotation instead
 * of becoming one of its own.
 */
public final class PathTool extends DrawingTool {

    /** Freehand points closer than this many screen pixels to the last one are dropped. */
    private static final double FREEHAND_SPACING = 3;
    /** A click this close to the first vertex closes the polygon. */
    private static final double CLOSE_DISTANCE = 6;

    private final boolean closed;
    private final boolean freehand;
    private double[] points = new double[0];
    private double pointerX;
    private double pointerY;
    private boolean tracing;
    /** The edit the next ring makes to {@link #ringTarget}; null while drawing new shapes. */
    private RingEdit ringEdit;
    private Annotation ringTarget;

    public PathTool(ToolSite site, boolean closed, boolean freehand) {
        super(site);
        this.closed = closed;
        this.freehand = freehand;
    }

    @Override
    public String name() {
        return freehand ? "Freehand Polygon" : closed ? "Polygon" : "Polyline";
    }

    @Override
    public String hint() {
        String drawing = drawingHint();
        return ringEdit == null ? drawing : ringEdit.label() + " mode, Esc cancels — " + drawing;
    }

    /**
     * Arms the tool: the next ring drawn cuts a hole into or adds a part to the target instead of becoming
     * an annotation of its own; anything half-drawn is dropped. Esc, another tool or the finished ring
     * ends the mode.
     */
    public void arm(Annotation target, RingEdit edit) {
        if (!closed) {
            throw new IllegalStateException("only polygon tools draw rings");
        }
        points = new double[0];
        tracing = false;
        clear();
        ringTarget = target;
        ringEdit = edit;
        site.hint(hint());
    }

    /** The edit the next ring makes, or null when the tool draws new annotations. */
    public RingEdit armedEdit() {
        return ringEdit;
    }

    private String drawingHint() {
        if (freehand) {
            return "Press and trace the outline; release to finish";
        }
        if (points.length == 0) {
            return "Click to place the first vertex";
        }
        return "Click to add vertices; double-click or Enter to finish"
                + (closed ? ", or click the first vertex" : "") + "; Delete removes the last one, Esc cancels";
    }

    @Override
    public void mouseDown(ToolEvent event) {
        if (event.button() != 1) {
            return;
        }
        double x = clampX(event.x());
        double y = clampY(event.y());
        if (freehand) {
            points = new double[] { x, y };
            tracing = true;
            return;
        }
        if (closed && vertices() >= 3 && Math.hypot(x - points[0], y - points[1]) <= screenToImage(CLOSE_DISTANCE)) {
            finish();
            return;
        }
        append(x, y);
        site.hint(hint());
        showPreview();
    }

    @Override
    public void mouseMove(ToolEvent event) {
        pointerX = clampX(event.x());
        pointerY = clampY(event.y());
        if (freehand && tracing) {
            int n = vertices();
            if (Math.hypot(pointerX - points[2 * n - 2], pointerY - points[2 * n - 1]) >= screenToImage(FREEHAND_SPACING)) {
                append(pointerX, pointerY);
                showPreview();
            }
        } else if (points.length > 0) {
            site.redraw();
        }
    }

    @Override
    public void mouseUp(ToolEvent event) {
        if (freehand && tracing && event.button() == 1) {
            tracing = false;
            finish();
        }
    }

    @Override
    public void doubleClick(ToolEvent event) {
        if (freehand) {
            return;
        }
        // the second click of the double-click added a vertex on top of the first one
        int n = vertices();
        if (n >= 2 && Math.hypot(points[2 * n - 2] - points[2 * n - 4], points[2 * n - 1] - points[2 * n - 3])
                <= screenToImage(CLOSE_DISTANCE)) {
            points = Arrays.copyOf(points, points.length - 2);
        }
        finish();
    }

    @Override
    public boolean finish() {
        int minimum = closed ? 3 : 2;
        if (points.length == 0) {
            return false;
        }
        double[] finished = points;
        points = new double[0];
        tracing = false;
        clear();
        if (finished.length / 2 < minimum) {
            site.hint(hint());
        } else if (ringEdit != null) {
            applyRingEdit(finished);
        } else {
            site.hint(hint());
            site.create(shape(finished), closed ? "Draw Polygon" : "Draw Polyline");
        }
        return true;
    }

    /** One undoable command replacing the target's shape; the annotation keeps its id, class and provenance. */
    private void applyRingEdit(double[] ring) {
        RingEdit edit = ringEdit;
        Annotation target = ringTarget;
        disarm();
        site.hint(hint());
        // the target may have been locked, relabelled or removed elsewhere while the ring was drawn
        String refusal = target.eContainer() != site.annotations().image() ? "The annotation is gone"
                : RingEditRules.refusal(List.of(target), edit);
        if (refusal != null) {
            site.note(refusal);
            return;
        }
        RingEdit.Outcome outcome = edit.apply(target.getShape(), ring);
        if (outcome.refusal() != null) {
            site.note(outcome.refusal());
            return;
        }
        if (site.execute(site.commands().replaceShape(target, outcome.shape(), edit.label()))) {
            site.selection().set(List.of(target));
        }
    }

    @Override
    public boolean cancel() {
        if (points.length == 0 && ringEdit == null) {
            return false;
        }
        points = new double[0];
        tracing = false;
        disarm();
        clear();
        site.hint(hint());
        return true;
    }

    private void disarm() {
        ringEdit = null;
        ringTarget = null;
    }

    @Override
    public boolean deleteLast() {
        if (points.length == 0 || freehand) {
            return false;
        }
        points = Arrays.copyOf(points, points.length - 2);
        site.hint(hint());
        if (points.length == 0) {
            clear();
        } else {
            showPreview();
        }
        return true;
    }

    @Override
    public void paint(GC gc) {
        if (points.length == 0 || freehand) {
            return;
        }
        int n = vertices();
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(1);
        gc.drawLine((int) site.viewport().toScreenX(points[2 * n - 2]), (int) site.viewport().toScreenY(points[2 * n - 1]),
                (int) site.viewport().toScreenX(pointerX), (int) site.viewport().toScreenY(pointerY));
        gc.setLineStyle(SWT.LINE_SOLID);
        int size = site.style().handleSize();
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        for (int i = 0; i < n; i++) {
            int x = (int) Math.round(site.viewport().toScreenX(points[2 * i]));
            int y = (int) Math.round(site.viewport().toScreenY(points[2 * i + 1]));
            gc.fillRectangle(x - size / 2, y - size / 2, size, size);
        }
    }

    private int vertices() {
        return points.length / 2;
    }

    private void append(double x, double y) {
        points = Arrays.copyOf(points, points.length + 2);
        points[points.length - 2] = x;
        points[points.length - 1] = y;
    }

    private void showPreview() {
        if (vertices() >= 2) {
            PolylineShape line = AnnotideFactory.eINSTANCE.createPolylineShape();
            line.setPoints(points.clone());
            preview(line);
        } else {
            site.redraw();
        }
    }

    private Shape shape(double[] vertices) {
        if (closed) {
            PolygonShape polygon = AnnotideFactory.eINSTANCE.createPolygonShape();
            polygon.setPoints(vertices);
            return polygon;
        }
        PolylineShape polyline = AnnotideFactory.eINSTANCE.createPolylineShape();
        polyline.setPoints(vertices);
        return polyline;
    }
}
