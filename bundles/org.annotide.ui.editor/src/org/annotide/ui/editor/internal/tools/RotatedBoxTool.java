package org.annotide.ui.editor.internal.tools;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.RotatedBoxShape;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

/**
 * Draws a rotated box from one edge and a height: drag (or click, click) along the first edge, then move
 * the pointer away from it and click to set the height. The first edge sets the angle.
 */
public final class RotatedBoxTool extends DrawingTool {

    private static final double MIN_EDGE = 3;

    private enum Phase {
        IDLE, EDGE_DRAG, EDGE_END, HEIGHT
    }

    private Phase phase = Phase.IDLE;
    private double x0;
    private double y0;
    private double x1;
    private double y1;
    private double pointerX;
    private double pointerY;

    public RotatedBoxTool(ToolSite site) {
        super(site);
    }

    @Override
    public String name() {
        return "Rotated Box";
    }

    @Override
    public String hint() {
        return switch (phase) {
        case IDLE -> "Drag along the first edge of the box (or click its two ends)";
        case EDGE_DRAG, EDGE_END -> "Click the other end of the first edge";
        case HEIGHT -> "Move to set the height, click to finish (Esc cancels)";
        };
    }

    @Override
    public void mouseDown(ToolEvent event) {
        if (event.button() != 1) {
            return;
        }
        double x = clampX(event.x());
        double y = clampY(event.y());
        switch (phase) {
        case IDLE -> {
            x0 = x;
            y0 = y;
            x1 = x;
            y1 = y;
            phase = Phase.EDGE_DRAG;
        }
        case EDGE_END -> {
            x1 = x;
            y1 = y;
            phase = Phase.EDGE_DRAG;
        }
        case HEIGHT -> {
            RotatedBoxShape shape = shape(x, y);
            phase = Phase.IDLE;
            clear();
            if (shape.getHeight() >= screenToImage(MIN_EDGE)) {
                site.create(shape, "Draw Rotated Box");
            }
        }
        default -> {
        }
        }
        site.hint(hint());
    }

    @Override
    public void mouseMove(ToolEvent event) {
        pointerX = clampX(event.x());
        pointerY = clampY(event.y());
        if (phase == Phase.EDGE_DRAG) {
            x1 = pointerX;
            y1 = pointerY;
            site.redraw();
        } else if (phase == Phase.EDGE_END) {
            site.redraw();
        } else if (phase == Phase.HEIGHT) {
            preview(shape(pointerX, pointerY));
        }
    }

    @Override
    public void mouseUp(ToolEvent event) {
        if (phase != Phase.EDGE_DRAG || event.button() != 1) {
            return;
        }
        x1 = clampX(event.x());
        y1 = clampY(event.y());
        phase = Math.hypot(x1 - x0, y1 - y0) >= screenToImage(MIN_EDGE) ? Phase.HEIGHT : Phase.EDGE_END;
        site.hint(hint());
        site.redraw();
    }

    @Override
    public boolean cancel() {
        if (phase == Phase.IDLE) {
            return false;
        }
        phase = Phase.IDLE;
        clear();
        site.hint(hint());
        return true;
    }

    @Override
    public void paint(GC gc) {
        if (phase == Phase.EDGE_DRAG || phase == Phase.EDGE_END) {
            double ex = phase == Phase.EDGE_END ? pointerX : x1;
            double ey = phase == Phase.EDGE_END ? pointerY : y1;
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            gc.setLineWidth(2);
            gc.drawLine((int) site.viewport().toScreenX(x0), (int) site.viewport().toScreenY(y0),
                    (int) site.viewport().toScreenX(ex), (int) site.viewport().toScreenY(ey));
            gc.setLineWidth(1);
        }
    }

    /** The box whose first edge runs from (x0, y0) to (x1, y1) and whose far edge passes through (x, y). */
    private RotatedBoxShape shape(double x, double y) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        // unit normal of the edge; the signed distance of the pointer from the edge is the height
        double nx = -dy / length;
        double ny = dx / length;
        double height = (x - x0) * nx + (y - y0) * ny;
        RotatedBoxShape shape = AnnotideFactory.eINSTANCE.createRotatedBoxShape();
        shape.setCx((x0 + x1) / 2 + nx * height / 2);
        shape.setCy((y0 + y1) / 2 + ny * height / 2);
        shape.setWidth(length);
        shape.setHeight(Math.abs(height));
        shape.setAngle(Math.toDegrees(Math.atan2(dy, dx)));
        return shape;
    }
}
