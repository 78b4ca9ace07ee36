package org.annotide.ui.editor.tests.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.GlyphIndex;
import org.annotide.ui.editor.internal.index.Glyphs;
import org.junit.jupiter.api.Test;

/** The spatial index answers exactly what a scan of every glyph answers, through inserts, moves and removals. */
class GlyphIndexTest {

    private static final double SIZE = 50_000;

    @Test
    void queriesMatchABruteForceScan() {
        Random random = new Random(7);
        GlyphIndex index = new GlyphIndex(0, 0, SIZE, SIZE, 100);
        List<Glyph> all = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Glyph glyph = box(random, i);
            index.put(glyph);
            all.add(glyph);
        }
        // move a third of them, some far outside the image, and remove another third
        for (int i = 0; i < all.size(); i += 3) {
            Glyph moved = box(random, i, all.get(i).annotation());
            index.put(moved);
            all.set(i, moved);
        }
        List<Glyph> survivors = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 3 == 1) {
                assertSame(all.get(i), index.remove(all.get(i).annotation()));
                assertNull(index.get(all.get(i).annotation()));
            } else {
                survivors.add(all.get(i));
            }
        }
        assertEquals(survivors.size(), index.size());
        for (int q = 0; q < 300; q++) {
            double x0 = random.nextDouble() * SIZE * 1.2 - SIZE * 0.1;
            double y0 = random.nextDouble() * SIZE * 1.2 - SIZE * 0.1;
            double x1 = x0 + random.nextDouble() * (q % 10 == 0 ? SIZE : 3_000);
            double y1 = y0 + random.nextDouble() * (q % 10 == 0 ? SIZE : 3_000);
            Set<Glyph> expected = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Glyph glyph : survivors) {
                if (glyph.intersects(x0, y0, x1, y1)) {
                    expected.add(glyph);
                }
            }
            List<Glyph> found = index.query(x0, y0, x1, y1, 0);
            assertEquals(expected.size(), found.size(), "query " + q);
            Set<Glyph> foundSet = Collections.newSetFromMap(new IdentityHashMap<>());
            foundSet.addAll(found);
            assertEquals(expected, foundSet);
            assertEquals(Math.min(10, expected.size()), index.count(x0, y0, x1, y1, 0, 10));
        }
    }

    @Test
    void resultsComeInPaintOrderAndFlagsFilter() {
        GlyphIndex index = new GlyphIndex(0, 0, 1000, 1000, 10);
        Annotation low = annotation(10, 10, 50, 50);
        Annotation high = annotation(20, 20, 50, 50);
        high.setZOrder(5);
        Annotation hidden = annotation(30, 30, 50, 50);
        hidden.setHidden(true);
        index.put(Glyphs.of(high, 0));
        index.put(Glyphs.of(low, 1));
        index.put(Glyphs.of(hidden, 2));
        List<Glyph> found = index.query(0, 0, 1000, 1000, Glyph.HIDDEN);
        assertEquals(2, found.size());
        assertSame(low, found.get(0).annotation(), "z-order 0 is painted first");
        assertSame(high, found.get(1).annotation());
    }

    private static Glyph box(Random random, long sequence) {
        return box(random, sequence, AnnotideFactory.eINSTANCE.createAnnotation());
    }

    private static Glyph box(Random random, long sequence, Annotation annotation) {
        double size = random.nextInt(20) == 0 ? random.nextDouble() * 60_000 : random.nextDouble() * 300;
        double x = random.nextDouble() * SIZE * 1.4 - SIZE * 0.2;
        double y = random.nextDouble() * SIZE * 1.4 - SIZE * 0.2;
        BoxShape shape = AnnotideFactory.eINSTANCE.createBoxShape();
        shape.setX(x);
        shape.setY(y);
        shape.setWidth(size);
        shape.setHeight(size * random.nextDouble());
        annotation.setShape(shape);
        return Glyphs.of(annotation, sequence);
    }

    private static Annotation annotation(double x, double y, double w, double h) {
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        BoxShape shape = AnnotideFactory.eINSTANCE.createBoxShape();
        shape.setX(x);
        shape.setY(y);
        shape.setWidth(w);
        shape.setHeight(h);
        annotation.setShape(shape);
        return annotation;
    }
}
