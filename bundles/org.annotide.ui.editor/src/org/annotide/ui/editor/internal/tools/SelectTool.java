package org.annotide.ui.editor.internal.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annotide.model.Annotation;
import org.annotide.model.Shape;
import org.annotide.ui.editor.internal.geometry.GlyphHits;
import org.annotide.ui.editor.internal.geometry.Handle;
import org.annotide.ui.editor.internal.geometry.ShapeEdits;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.GlyphIndex;
import org.annotide.ui.editor.internal.index.Glyphs;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

/**
 * Selects, moves and reshapes annotations. Click selects the topmost annotation under the pointer
 * (Shift or Ctrl-click adds or removes it); dragging from empty space selects what lies wholly inside the
 * band; dragging a selected annotation moves the selection; with one annotation selected its handles can
 * be dragged (vertices, corners, edges, axes, the rotation knob), a double-click on an edge of a polygon or
 * polyline inserts a vertex there, and Delete removes the last clicked vertex. Every drag is one command,
 * shown live while the mouse moves.
 */
public final class SelectTool implements Tool {

    /** Pointer travel, in screen pixels, that turns a press into a drag. */
    private static final int DRAG_THRESHOLD = 3;
    /** Hit tolerance in screen pixels. */
    private static final double TOLERANCE = 4;
    private static final int HIDDEN = Glyph.HIDDEN;

    private enum Mode {
        NONE, PRESS, MOVE, HANDLE, BAND
    }

    private final ToolSite site;
    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private int pressScreenX;
    private int pressScreenY;
    private int bandScreenX;
    private int bandScreenY;
    private boolean additive;
    private Handle handle;
    private Map<EAttribute, Object> handleChanges = Map.of();
    private double moveX;
    private double moveY;

    public SelectTool(ToolSite site) {
        this.site = site;
    }

    @Override
    public String name() {
        return "Select";
    }

    @Override
    public String hint() {
        return "Click to select (Shift/Ctrl adds), drag to move or band-select; drag handles to reshape, "
                + "double-click an edge to add a vertex";
    }

    @Override
    public void mouseDown(ToolEvent event) {
        if (event.button() != 1) {
            return;
        }
        pressX = event.x();
        pressY = event.y();
        pressScreenX = event.screenX();
        pressScreenY = event.screenY();
        bandScreenX = event.screenX();
        bandScreenY = event.screenY();
        additive = event.shift() || event.mod1();
        Annotation single = site.selection().single();
        if (single != null && !single.isLocked() && !additive) {
            handle = handleAt(single.getShape(), event.screenX(), event.screenY());
            if (handle != null) {
                mode = Mode.HANDLE;
                handleChanges = Map.of();
                site.selection().setActiveVertex(handle.role() == Handle.Role.VERTEX ? handle.index() : -1);
                return;
            }
        }
        Annotation hit = annotationAt(event.x(), event.y());
        if (hit == null) {
            mode = Mode.BAND;
            return;
        }
        if (additive) {
            site.selection().toggle(hit);
            mode = Mode.NONE;
            return;
        }
        if (!site.selection().contains(hit)) {
            site.selection().set(List.of(hit));
        }
        mode = Mode.PRESS;
    }

    @Override
    public void mouseMove(ToolEvent event) {
        switch (mode) {
        case PRESS -> {
            if (Math.abs(event.screenX() - pressScreenX) > DRAG_THRESHOLD
                    || Math.abs(event.screenY() - pressScreenY) > DRAG_THRESHOLD) {
                mode = Mode.MOVE;
                previewMove(event);
            }
        }
        case MOVE -> previewMove(event);
        case HANDLE -> previewHandle(event);
        case BAND -> {
            bandScreenX = event.screenX();
            bandScreenY = event.screenY();
            site.redraw();
        }
        default -> {
        }
        }
    }

    @Override
    public void mouseUp(ToolEvent event) {
        if (event.button() != 1) {
            return;
        }
        Mode ended = mode;
        mode = Mode.NONE;
        switch (ended) {
        case MOVE -> {
            site.clearPreview();
            if (moveX != 0 || moveY != 0) {
                site.execute(site.commands().translate(site.selection().items(), moveX, moveY));
            }
            site.redraw();
        }
        case HANDLE -> {
            site.clearPreview();
            Annotation single = site.selection().single();
            if (single != null && !handleChanges.isEmpty()) {
                site.execute(site.commands().setShape(single, handleChanges,
                        handle.role() == Handle.Role.VERTEX ? "Move Vertex" : "Reshape"));
            }
            site.redraw();
        }
        case BAND -> finishBand(event);
        default -> {
        }
        }
    }

    @Override
    public void doubleClick(ToolEvent event) {
        Annotation single = site.selection().single();
        if (single == null || single.isLocked()) {
            return;
        }
        Shape shape = single.getShape();
        int edge = ShapeEdits.nearestEdge(shape, event.x(), event.y(), TOLERANCE / site.viewport().scale());
        if (edge >= 0) {
            if (site.execute(site.commands().setShape(single,
                    ShapeEdits.insertVertex(shape, edge, event.x(), event.y()), "Insert Vertex"))) {
                site.selection().setActiveVertex(edge + 1);
            }
        }
    }

    @Override
    public boolean cancel() {
        if (mode == Mode.NONE || mode == Mode.PRESS) {
            mode = Mode.NONE;
            return false;
        }
        mode = Mode.NONE;
        site.clearPreview();
        site.redraw();
        return true;
    }

    /** Deletes the active vertex of the single selected annotation; false when there is none. */
    public boolean deleteActiveVertex() {
        Annotation single = site.selection().single();
        int vertex = site.selection().activeVertex();
        if (single == null || vertex < 0 || single.isLocked()) {
            return false;
        }
        Map<EAttribute, Object> changes = ShapeEdits.deleteVertex(single.getShape(), vertex);
        if (changes == null) {
            site.note("This vertex cannot go: an outline needs three vertices and a line two (Delete the annotation instead)");
            return true;
        }
        site.execute(site.commands().setShape(single, changes, "Delete Vertex"));
        site.selection().setActiveVertex(-1);
        return true;
    }

    @Override
    public void paint(GC gc) {
        Viewport viewport = site.viewport();
        Annotation single = site.selection().single();
        if (single != null && !single.isLocked() && mode != Mode.MOVE) {
            Shape shape = mode == Mode.HANDLE && !handleChanges.isEmpty()
                    ? ShapeEdits.preview(single.getShape(), handleChanges)
                    : single.getShape();
            int size = site.style().handleSize();
            int active = site.selection().activeVertex();
            for (Handle h : ShapeEdits.handles(shape, viewport.scale())) {
                int x = (int) Math.round(viewport.toScreenX(h.x()));
                int y = (int) Math.round(viewport.toScreenY(h.y()));
                boolean isActive = h.role() == Handle.Role.VERTEX && h.index() == active;
                gc.setBackground(isActive ? site.painter().color(site.style().selectionRgb())
                        : gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
                gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
                gc.setLineWidth(1);
                if (h.role() == Handle.Role.ROTATION) {
                    gc.fillOval(x - size / 2, y - size / 2, size, size);
                    gc.drawOval(x - size / 2, y - size / 2, size, size);
                } else {
                    gc.fillRectangle(x - size / 2, y - size / 2, size, size);
                    gc.drawRectangle(x - size / 2, y - size / 2, size, size);
                }
            }
        }
        if (mode == Mode.BAND) {
            gc.setForeground(site.painter().color(site.style().selectionRgb()));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setLineWidth(1);
            gc.drawRectangle(Math.min(pressScreenX, bandScreenX), Math.min(pressScreenY, bandScreenY),
                    Math.abs(bandScreenX - pressScreenX), Math.abs(bandScreenY - pressScreenY));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    /** The topmost visible annotation under the image point, within the editable window; null if none. */
    public Annotation annotationAt(double x, double y) {
        double tolerance = TOLERANCE / site.viewport().scale();
        double[] window = site.window();
        List<Glyph> candidates = site.annotations().index().query(x - tolerance, y - tolerance, x + tolerance,
                y + tolerance, HIDDEN);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Glyph glyph = candidates.get(i);
            if (glyph.intersects(window[0], window[1], window[2], window[3])
                    && GlyphHits.hits(glyph, x, y, tolerance)) {
                return glyph.annotation();
            }
        }
        return null;
    }

    private Handle handleAt(Shape shape, int screenX, int screenY) {
        Viewport viewport = site.viewport();
        double reach = site.style().handleSize() / 2.0 + 2;
        Handle best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Handle h : ShapeEdits.handles(shape, viewport.scale())) {
            double distance = Math.hypot(viewport.toScreenX(h.x()) - screenX, viewport.toScreenY(h.y()) - screenY);
            if (distance <= reach && distance < bestDistance) {
                best = h;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void previewMove(ToolEvent event) {
        moveX = event.x() - pressX;
        moveY = event.y() - pressY;
        List<Annotation> moving = new ArrayList<>();
        List<Glyph> previews = new ArrayList<>();
        for (Annotation annotation : site.selection().items()) {
            if (annotation.isLocked()) {
                continue;
            }
            moving.add(annotation);
            Shape moved = ShapeEdits.preview(annotation.getShape(),
                    ShapeEdits.translate(annotation.getShape(), moveX, moveY));
            Glyph glyph = Glyphs.of(annotation, moved, Long.MAX_VALUE);
            if (glyph != null) {
                previews.add(glyph);
            }
        }
        site.preview(previews, moving);
        site.redraw();
    }

    private void previewHandle(ToolEvent event) {
        Annotation single = site.selection().single();
        if (single == null) {
            return;
        }
        handleChanges = ShapeEdits.moveHandle(single.getShape(), handle.index(), event.x(), event.y());
        Glyph glyph = Glyphs.of(single, ShapeEdits.preview(single.getShape(), handleChanges), Long.MAX_VALUE);
        site.preview(glyph == null ? List.of() : List.of(glyph), List.of(single));
        site.redraw();
    }

    private void finishBand(ToolEvent event) {
        site.redraw();
        if (Math.abs(event.screenX() - pressScreenX) <= DRAG_THRESHOLD
                && Math.abs(event.screenY() - pressScreenY) <= DRAG_THRESHOLD) {
            if (!additive) {
                site.selection().clear();
            }
            return;
        }
        double x0 = Math.min(pressX, event.x());
        double y0 = Math.min(pressY, event.y());
        double x1 = Math.max(pressX, event.x());
        double y1 = Math.max(pressY, event.y());
        GlyphIndex index = site.annotations().index();
        List<Annotation> inside = new ArrayList<>();
        for (Glyph glyph : index.query(x0, y0, x1, y1, HIDDEN)) {
            if (glyph.minX() >= x0 && glyph.maxX() <= x1 && glyph.minY() >= y0 && glyph.maxY() <= y1) {
                inside.add(glyph.annotation());
            }
        }
        if (additive) {
            site.selection().add(inside);
        } else {
            site.selection().set(inside);
        }
    }
}
