package org.annotide.ui.editor.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.ui.editor.internal.geometry.Viewport;
import org.junit.jupiter.api.Test;

class ViewportTest {

    private static Viewport viewport(double contentWidth, double contentHeight) {
        Viewport viewport = new Viewport();
        viewport.setContent(0, 0, contentWidth, contentHeight);
        viewport.setScreenSize(1000, 800);
        return viewport;
    }

    @Test
    void fitShowsTheWholeContentAtTheLargestLadderStep() {
        Viewport viewport = viewport(100_000, 50_000);
        viewport.fit();
        assertTrue(100_000 * viewport.scale() <= 1000, "fits horizontally");
        assertTrue(100_000 * Viewport.scaleOf(viewport.step() + 1) > 1000, "one step more would not fit");
        double[] visible = viewport.visibleImageBounds();
        assertTrue(visible[0] <= 0 && visible[2] >= 100_000, "all columns visible");
        assertTrue(visible[1] <= 0 && visible[3] >= 50_000, "all rows visible");
    }

    @Test
    void theLadderHitsPowersOfTwoExactly() {
        assertEquals(1.0, Viewport.scaleOf(0));
        assertEquals(0.125, Viewport.scaleOf(-3 * Viewport.STEPS_PER_OCTAVE));
        assertEquals(4.0, Viewport.scaleOf(2 * Viewport.STEPS_PER_OCTAVE));
    }

    @Test
    void zoomKeepsTheImagePointUnderTheAnchor() {
        Viewport viewport = viewport(10_000, 10_000);
        viewport.fit();
        double imageX = viewport.toImageX(300);
        double imageY = viewport.toImageY(200);
        viewport.zoomBy(10, 300, 200);
        assertEquals(imageX, viewport.toImageX(300), 1 / viewport.scale());
        assertEquals(imageY, viewport.toImageY(200), 1 / viewport.scale());
    }

    @Test
    void screenAndImageCoordinatesAreInverse() {
        Viewport viewport = viewport(5_000, 5_000);
        viewport.zoomTo(5, 100, 100);
        viewport.panBy(123, -45);
        assertEquals(777.25, viewport.toImageX(viewport.toScreenX(777.25)), 1e-9);
        assertEquals(31.5, viewport.toImageY(viewport.toScreenY(31.5)), 1e-9);
    }

    @Test
    void panningCannotLoseTheImage() {
        Viewport viewport = viewport(2_000, 2_000);
        viewport.actualSize();
        viewport.panBy(1_000_000, 1_000_000);
        double[] visible = viewport.visibleImageBounds();
        assertTrue(visible[0] < 2_000 && visible[1] < 2_000, "part of the image is still on screen");
        viewport.panBy(-10_000_000, -10_000_000);
        visible = viewport.visibleImageBounds();
        assertTrue(visible[2] > 0 && visible[3] > 0, "part of the image is still on screen");
    }

    @Test
    void zoomStaysWithinTheLadder() {
        Viewport viewport = viewport(1_000, 1_000);
        viewport.zoomBy(10_000, 0, 0);
        assertEquals(Viewport.MAX_STEP, viewport.step());
        viewport.zoomBy(-10_000, 0, 0);
        assertEquals(Viewport.MIN_STEP, viewport.step());
    }
}
