package org.annotide.ui.editor.internal.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.MaskShape;
import org.annotide.ui.editor.internal.geometry.MaskWindow;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.Glyphs;
import org.annotide.ui.editor.internal.render.GlyphPainter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

/**
 * Paints masks (brush) or removes from them (eraser). A stroke merges into the selected mask; with no
 * mask selected the brush starts a new mask annotation of the current class, selected so the next strokes
 * extend it, and the eraser takes from every unlocked mask the stroke touches. One stroke is one command.
 */
public final class BrushTool extends DrawingTool {

    private final boolean erase;
    private double[] stroke = new double[0];
    private boolean painting;
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;

    public BrushTool(ToolSite site, boolean erase) {
        super(site);
        this.erase = erase;
    }

    @Override
    public String name() {
        return erase ? "Eraser" : "Brush";
    }

    @Override
    public String hint() {
        return (erase ? "Drag to erase from masks" : "Drag to paint a mask (it extends the selected mask)")
                + "; [ and ] change the size";
    }

    @Override
    public void mouseDown(ToolEvent event) {
        if (event.button() != 1) {
            return;
        }
        painting = true;
        stroke = new double[] { event.x(), event.y() };
        site.redraw();
    }

    @Override
    public void mouseMove(ToolEvent event) {
        pointerX = event.x();
        pointerY = event.y();
        if (painting) {
            int n = stroke.length / 2;
            double spacing = Math.max(site.brushRadius() / 4, screenToImage(1));
            if (Math.hypot(event.x() - stroke[2 * n - 2], event.y() - stroke[2 * n - 1]) >= spacing) {
                stroke = Arrays.copyOf(stroke, stroke.length + 2);
                stroke[stroke.length - 2] = event.x();
                stroke[stroke.length - 1] = event.y();
            }
        }
        site.redraw();
    }

    @Override
    public void mouseUp(ToolEvent event) {
        if (!painting || event.button() != 1) {
            return;
        }
        painting = false;
        double[] finished = stroke;
        stroke = new double[0];
        site.redraw();
        apply(finished);
    }

    @Override
    public boolean cancel() {
        if (!painting) {
            return false;
        }
        painting = false;
        stroke = new double[0];
        site.redraw();
        return true;
    }

    private void apply(double[] points) {
        double radius = site.brushRadius();
        Annotation selected = site.selection().single();
        if (selected != null && selected.getShape() instanceof MaskShape mask && !selected.isLocked()) {
            site.execute(merge(selected, mask, points, radius));
        } else if (!erase) {
            MaskClip painted = clipped(MaskWindow.stroke(null, points, radius, false));
            if (painted != null) {
                MaskShape shape = AnnotideFactory.eINSTANCE.createMaskShape();
                changes(painted).forEach(shape::eSet);
                site.create(shape, "Paint Mask");
            } else {
                site.note("The stroke lies outside the image: nothing painted");
            }
        } else {
            CompoundCommand command = new CompoundCommand("Erase");
            for (Annotation annotation : touchedMasks(points, radius)) {
                command.append(merge(annotation, (MaskShape) annotation.getShape(), points, radius));
            }
            if (!command.isEmpty()) {
                site.execute(command);
            }
        }
    }

    private Command merge(Annotation annotation, MaskShape mask, double[] points, double radius) {
        MaskWindow before = new MaskWindow(mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight(),
                mask.getCounts() == null ? new int[0] : mask.getCounts());
        MaskClip after = clipped(MaskWindow.stroke(before, points, radius, erase));
        if (after == null) {
            return site.commands().delete(List.of(annotation));
        }
        return site.commands().setShape(annotation, changes(after), erase ? "Erase" : "Paint Mask");
    }

    private List<Annotation> touchedMasks(double[] points, double radius) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        List<Annotation> masks = new ArrayList<>();
        for (Glyph glyph : site.annotations().index().query(minX - radius, minY - radius, maxX + radius,
                maxY + radius, Glyph.HIDDEN | Glyph.LOCKED)) {
            if (glyph.annotation().getShape() instanceof MaskShape) {
                masks.add(glyph.annotation());
            }
        }
        return masks;
    }

    /**
     * The mask cut to the editable area (the image, or the tile's window), as the box tool clamps: a stroke across
     * the image's edge paints up to the edge. Null when nothing is left.
     */
    private MaskClip clipped(MaskWindow window) {
        if (window == null) {
            return null;
        }
        double[] area = site.window();
        return MaskClip.of(window.x(), window.y(), window.width(), window.height(), window.counts(),
                (int) Math.floor(area[0]), (int) Math.floor(area[1]), (int) Math.ceil(area[2]),
                (int) Math.ceil(area[3]));
    }

    private static Map<EAttribute, Object> changes(MaskClip window) {
        Map<EAttribute, Object> changes = new LinkedHashMap<>();
        changes.put(Literals.MASK_SHAPE__X, window.x());
        changes.put(Literals.MASK_SHAPE__Y, window.y());
        changes.put(Literals.MASK_SHAPE__WIDTH, window.width());
        changes.put(Literals.MASK_SHAPE__HEIGHT, window.height());
        changes.put(Literals.MASK_SHAPE__COUNTS, window.counts());
        return changes;
    }

    @Override
    public void paint(GC gc) {
        double scale = site.viewport().scale();
        int diameter = (int) Math.max(2, Math.round(2 * site.brushRadius() * scale));
        GlyphPainter painter = site.painter();
        int rgb = erase ? 0xffffff : site.currentClass() == null ? 0xffffff
                : Glyphs.rgb(site.currentClass());
        if (stroke.length >= 2) {
            gc.setAlpha(110);
            gc.setForeground(painter.color(rgb));
            gc.setBackground(painter.color(rgb));
            gc.setLineCap(SWT.CAP_ROUND);
            gc.setLineJoin(SWT.JOIN_ROUND);
            gc.setLineWidth(diameter);
            int[] screen = GlyphPainter.screen(site.viewport(), stroke);
            if (screen.length == 2) {
                gc.fillOval(screen[0] - diameter / 2, screen[1] - diameter / 2, diameter, diameter);
            } else {
                gc.drawPolyline(screen);
            }
            gc.setLineWidth(1);
            gc.setAlpha(255);
        }
        if (!Double.isNaN(pointerX)) {
            int x = (int) Math.round(site.viewport().toScreenX(pointerX));
            int y = (int) Math.round(site.viewport().toScreenY(pointerY));
            gc.setForeground(painter.color(rgb));
            gc.drawOval(x - diameter / 2, y - diameter / 2, diameter, diameter);
        }
    }
}
