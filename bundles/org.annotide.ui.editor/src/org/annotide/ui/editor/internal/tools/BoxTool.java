package org.annotide.ui.editor.internal.tools;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.Shape;

/**
 * Drags an axis-aligned box, or an ellipse inscribed in the dragged box (Shift: a square or a circle).
 */
public final class BoxTool extends DrawingTool {

    /** Drags shorter than this many screen pixels are clicks, not boxes. */
    private static final double MIN_DRAG = 3;

    private final boolean ellipse;
    private double startX;
    private double startY;
    private boolean dragging;

    public BoxTool(ToolSite site, boolean ellipse) {
        super(site);
        this.ellipse = ellipse;
    }

    @Override
    public String name() {
        return ellipse ? "Ellipse" : "Box";
    }

    @Override
    public String hint() {
        return "Drag to draw " + (ellipse ? "an ellipse" : "a box") + " (Shift: " + (ellipse ? "circle" : "square") + ")";
    }

    @Override
    public void mouseDown(ToolEvent event) {
        if (event.button() != 1) {
            return;
        }
        startX = clampX(event.x());
        startY = clampY(event.y());
        dragging = true;
    }

    @Override
    public void mouseMove(ToolEvent event) {
        if (dragging) {
            preview(shape(event));
        }
    }

    @Override
    public void mouseUp(ToolEvent event) {
        if (!dragging || event.button() != 1) {
            return;
        }
        dragging = false;
        clear();
        double[] box = box(event);
        if (box[2] >= screenToImage(MIN_DRAG) && box[3] >= screenToImage(MIN_DRAG)) {
            site.create(shape(event), ellipse ? "Draw Ellipse" : "Draw Box");
        }
    }

    @Override
    public boolean cancel() {
        if (!dragging) {
            return false;
        }
        dragging = false;
        clear();
        return true;
    }

    private double[] box(ToolEvent event) {
        double x = clampX(event.x());
        double y = clampY(event.y());
        double width = Math.abs(x - startX);
        double height = Math.abs(y - startY);
        if (event.shift()) {
            width = height = Math.min(width, height);
            x = startX + Math.signum(x - startX) * width;
            y = startY + Math.signum(y - startY) * height;
        }
        return new double[] { Math.min(startX, x), Math.min(startY, y), width, height };
    }

    private Shape shape(ToolEvent event) {
        double[] box = box(event);
        if (ellipse) {
            EllipseShape shape = AnnotideFactory.eINSTANCE.createEllipseShape();
            shape.setCx(box[0] + box[2] / 2);
            shape.setCy(box[1] + box[3] / 2);
            shape.setRx(box[2] / 2);
            shape.setRy(box[3] / 2);
            return shape;
        }
        BoxShape shape = AnnotideFactory.eINSTANCE.createBoxShape();
        shape.setX(box[0]);
        shape.setY(box[1]);
        shape.setWidth(box[2]);
        shape.setHeight(box[3]);
        return shape;
    }
}
