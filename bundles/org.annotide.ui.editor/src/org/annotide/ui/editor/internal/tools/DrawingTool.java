package org.annotide.ui.editor.internal.tools;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.Shape;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.Glyphs;

/** Shared by the tools that draw a new shape: clamping to the editable area and the live preview. */
abstract class DrawingTool implements Tool {

    protected final ToolSite site;

    DrawingTool(ToolSite site) {
        this.site = site;
    }

    protected double clampX(double x) {
        double[] window = site.window();
        return Math.max(window[0], Math.min(window[2], x));
    }

    protected double clampY(double y) {
        double[] window = site.window();
        return Math.max(window[1], Math.min(window[3], y));
    }

    /** Image pixels that make up the given number of screen pixels at the current zoom. */
    protected double screenToImage(double pixels) {
        return pixels / site.viewport().scale();
    }

    /** Shows the shape being drawn in the current class's colour. */
    protected void preview(Shape shape) {
        Annotation draft = AnnotationCommands.newAnnotation(shape, site.currentClass());
        Glyph glyph = Glyphs.of(draft, Long.MAX_VALUE);
        if (glyph == null) {
            site.clearPreview();
        } else {
            site.preview(List.of(glyph), List.of());
        }
        site.redraw();
    }

    protected void clear() {
        site.clearPreview();
        site.redraw();
    }
}
