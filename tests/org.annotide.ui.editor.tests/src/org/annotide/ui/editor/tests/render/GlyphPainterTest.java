package org.annotide.ui.editor.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BiConsumer;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.ui.editor.internal.geometry.MaskWindow;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.Glyphs;
import org.annotide.ui.editor.internal.render.GlyphPainter;
import org.annotide.ui.editor.internal.render.RenderStyle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * The vector path (few annotations on screen, the selection, live edits): holes stay holes, and masks are
 * their pixels only.
 */
class GlyphPainterTest {

    @Test
    void holesStayUnfilledAndEveryPartIsFilled() {
        PolygonShape shape = AnnotideFactory.eINSTANCE.createPolygonShape();
        shape.setPoints(new double[] { 10, 10, 110, 10, 110, 110, 10, 110, // outer ring
                40, 40, 80, 40, 80, 80, 40, 80, // hole
                130, 10, 190, 10, 190, 70, 130, 70 }); // second part
        shape.setRingEnds(new int[] { 4, 8, 12 });
        shape.setPartEnds(new int[] { 2, 3 });
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setShape(shape);
        Viewport viewport = new Viewport();
        viewport.setContent(0, 0, 200, 200);
        viewport.setScreenSize(200, 200);
        viewport.centreOn(100, 100);
        assertEquals(10, viewport.toScreenX(10), 1e-9, "image pixels are screen pixels");

        Display display = Display.getDefault();
        Image image = new Image(display, 200, 200);
        GC gc = new GC(image);
        GlyphPainter painter = new GlyphPainter(display);
        ImageData data;
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 200, 200);
            painter.paint(gc, viewport, List.of(Glyphs.of(annotation, 0)), new RenderStyle(200, 7, 0xffff00, false, 0));
            data = image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
            painter.dispose();
        }
        RGB black = new RGB(0, 0, 0);
        assertNotEquals(black, pixel(data, 25, 60), "the ring is filled");
        assertEquals(black, pixel(data, 60, 60), "the hole is not");
        assertNotEquals(black, pixel(data, 160, 40), "the second part is filled");
        assertEquals(black, pixel(data, 160, 150), "outside everything");
    }

    /** QA found masks boxed at 1:1 and above, as if a box annotation lay around them. */
    @Test
    void aMaskHasNoRectangleUnlessSelected() {
        MaskWindow disc = MaskWindow.stroke(null, new double[] { 100, 100 }, 30, false);
        MaskShape shape = AnnotideFactory.eINSTANCE.createMaskShape();
        shape.setX(disc.x());
        shape.setY(disc.y());
        shape.setWidth(disc.width());
        shape.setHeight(disc.height());
        shape.setCounts(disc.counts());
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setShape(shape);
        Glyph glyph = Glyphs.of(annotation, 0);
        RenderStyle style = new RenderStyle(100, 7, 0xffff00, false, 0);
        for (int step : new int[] { 0, 8 }) { // 1:1 and 2:1, where the rectangle used to appear
            Viewport viewport = new Viewport();
            viewport.setContent(0, 0, 200, 200);
            viewport.setScreenSize(200, 200);
            viewport.zoomBy(step, 100, 100);
            viewport.centreOn(100, 100);
            int cornerX = (int) Math.round(viewport.toScreenX(disc.x())) + 3;
            int cornerY = (int) Math.round(viewport.toScreenY(disc.y()));
            RGB black = new RGB(0, 0, 0);

            ImageData plain = paint((gc, painter) -> painter.paint(gc, viewport, List.of(glyph), style));
            assertNotEquals(black, pixel(plain, 100, 100), "the mask's pixels are drawn");
            assertEquals(black, pixel(plain, cornerX, cornerY), "no rectangle at scale " + viewport.scale());
            assertEquals(black, pixel(plain, cornerX, cornerY - 1), "no rectangle at scale " + viewport.scale());

            ImageData selected = paint((gc, painter) -> painter.paintSelected(gc, viewport, glyph, style));
            boolean outlined = !black.equals(pixel(selected, cornerX, cornerY))
                    || !black.equals(pixel(selected, cornerX, cornerY - 1));
            assertTrue(outlined, "a selected mask shows its window at scale " + viewport.scale());
        }
    }

    private static ImageData paint(BiConsumer<GC, GlyphPainter> drawing) {
        Display display = Display.getDefault();
        Image image = new Image(display, 200, 200);
        GC gc = new GC(image);
        GlyphPainter painter = new GlyphPainter(display);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 200, 200);
            drawing.accept(gc, painter);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
            painter.dispose();
        }
    }

    private static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }
}
