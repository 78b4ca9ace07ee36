package org.annotide.ui.editor.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Shape;
import org.annotide.ui.editor.internal.geometry.GlyphHits;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.Glyphs;
import org.junit.jupiter.api.Test;

class GlyphHitsTest {

    private static Glyph glyph(Shape shape) {
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setShape(shape);
        return Glyphs.of(annotation, 0);
    }

    @Test
    void holesAreNotInsideThePolygon() {
        PolygonShape donut = AnnotideFactory.eINSTANCE.createPolygonShape();
        donut.setPoints(new double[] { 0, 0, 100, 0, 100, 100, 0, 100, 40, 40, 60, 40, 60, 60, 40, 60 });
        donut.setRingEnds(new int[] { 4, 8 });
        Glyph glyph = glyph(donut);
        assertTrue(GlyphHits.hits(glyph, 20, 20, 0));
        assertFalse(GlyphHits.hits(glyph, 50, 50, 0), "inside the hole");
        assertTrue(GlyphHits.hits(glyph, 50, 50, 10.5), "near the hole's edge within the tolerance");
        assertFalse(GlyphHits.hits(glyph, 150, 50, 5));
    }

    @Test
    void linesAreHitNearTheirSegments() {
        PolylineShape line = AnnotideFactory.eINSTANCE.createPolylineShape();
        line.setPoints(new double[] { 0, 0, 100, 0, 100, 100 });
        Glyph glyph = glyph(line);
        assertTrue(GlyphHits.hits(glyph, 50, 2, 3));
        assertFalse(GlyphHits.hits(glyph, 50, 50, 3), "a polyline has no inside");
        assertTrue(GlyphHits.hits(glyph, 98, 60, 3));
    }

    @Test
    void masksAreHitOnTheirForegroundPixels() {
        MaskShape mask = AnnotideFactory.eINSTANCE.createMaskShape();
        mask.setX(10);
        mask.setY(20);
        mask.setWidth(3);
        mask.setHeight(2);
        // row 0: background, foreground, background; row 1: foreground x3
        mask.setCounts(new int[] { 1, 1, 1, 3 });
        Glyph glyph = glyph(mask);
        assertTrue(GlyphHits.hits(glyph, 11.5, 20.5, 0));
        assertFalse(GlyphHits.hits(glyph, 10.5, 20.5, 0));
        assertTrue(GlyphHits.hits(glyph, 10.5, 21.5, 0));
        assertFalse(GlyphHits.hits(glyph, 13.5, 21.5, 0), "outside the window");
    }
}
