package org.annotide.ui.editor.internal.canvas;

import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.render.Overview;
import org.annotide.ui.editor.internal.tools.ToolEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * Mouse and keyboard handling of the canvas: the wheel zooms at the pointer, the middle button or Space
 * with the left button pans, the overview recentres the view; everything else goes to the active tool.
 * Keys bound to commands (zoom, tools, classes ...) reach the editor through the workbench's key bindings,
 * not through here.
 */
final class CanvasInput {

    /** Ladder steps per wheel notch: 2^(1/4), a gentle zoom. */
    private static final int WHEEL_STEPS = 2;

    private enum Drag {
        NONE, PAN, OVERVIEW, TOOL
    }

    private final AnnotationCanvas owner;
    private final Canvas canvas;
    private Drag drag = Drag.NONE;
    private boolean spaceDown;
    private int lastX;
    private int lastY;
    private Cursor panCursor;

    CanvasInput(AnnotationCanvas owner) {
        this.owner = owner;
        this.canvas = owner.control();
    }

    void install() {
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.KeyUp, this::keyUp);
        canvas.addListener(SWT.MouseExit, event -> spaceDown = false);
        canvas.addListener(SWT.Dispose, event -> {
            if (panCursor != null) {
                panCursor.dispose();
            }
        });
    }

    private void mouseDown(Event event) {
        canvas.setFocus();
        if (!owner.hasSession()) {
            return;
        }
        owner.actionStarted();
        lastX = event.x;
        lastY = event.y;
        Viewport viewport = owner.viewport();
        Rectangle overview = owner.overviewVisible() ? Overview.bounds(viewport) : null;
        if (event.button == 2 || (event.button == 1 && spaceDown)) {
            drag = Drag.PAN;
            canvas.setCursor(panCursor());
        } else if (event.button == 1 && overview != null && overview.contains(event.x, event.y)) {
            drag = Drag.OVERVIEW;
            recentre(overview, event);
        } else {
            drag = Drag.TOOL;
            owner.tool().mouseDown(toolEvent(event));
        }
    }

    private void mouseMove(Event event) {
        if (!owner.hasSession()) {
            return;
        }
        Viewport viewport = owner.viewport();
        switch (drag) {
        case PAN -> {
            owner.panBy(lastX - event.x, lastY - event.y);
            lastX = event.x;
            lastY = event.y;
        }
        case OVERVIEW -> {
            Rectangle overview = Overview.bounds(viewport);
            if (overview != null) {
                recentre(overview, event);
            }
        }
        default -> owner.tool().mouseMove(toolEvent(event));
        }
        owner.pointerMoved(viewport.toImageX(event.x), viewport.toImageY(event.y));
    }

    private void mouseUp(Event event) {
        if (!owner.hasSession()) {
            return;
        }
        Drag ended = drag;
        drag = Drag.NONE;
        if (ended == Drag.PAN) {
            canvas.setCursor(null);
        } else if (ended == Drag.TOOL) {
            owner.tool().mouseUp(toolEvent(event));
        }
    }

    private void doubleClick(Event event) {
        if (owner.hasSession() && event.button == 1 && !spaceDown) {
            owner.tool().doubleClick(toolEvent(event));
        }
    }

    private void wheel(Event event) {
        if (!owner.hasSession() || event.count == 0) {
            return;
        }
        owner.actionStarted();
        owner.zoomAt(Integer.signum(event.count) * WHEEL_STEPS, event.x, event.y);
        owner.pointerMoved(owner.viewport().toImageX(event.x), owner.viewport().toImageY(event.y));
        event.doit = false;
    }

    private void keyDown(Event event) {
        if (event.character == ' ') {
            spaceDown = true;
        }
    }

    private void keyUp(Event event) {
        if (event.character == ' ') {
            spaceDown = false;
        }
    }

    private void recentre(Rectangle overview, Event event) {
        double[] point = Overview.contentPoint(owner.viewport(), overview, event.x, event.y);
        owner.centreOn(point[0], point[1]);
    }

    private ToolEvent toolEvent(Event event) {
        Viewport viewport = owner.viewport();
        return new ToolEvent(viewport.toImageX(event.x), viewport.toImageY(event.y), event.x, event.y, event.button,
                event.stateMask);
    }

    private Cursor panCursor() {
        if (panCursor == null) {
            panCursor = new Cursor(canvas.getDisplay(), SWT.CURSOR_SIZEALL);
        }
        return panCursor;
    }
}
