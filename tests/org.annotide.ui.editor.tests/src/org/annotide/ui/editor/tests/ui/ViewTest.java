package org.annotide.ui.editor.tests.ui;

import java.util.Locale;

import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.part.AnnotationEditorContributor;
import org.annotide.ui.editor.internal.render.Overview;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zoom with the wheel and keys, pan with keys and the middle button, the overview, the status line. */
class ViewTest extends EditorUiTest {

    private ImageAsset image;

    @BeforeEach
    void createProject() throws Exception {
        image = TestProjects.addImage(store, "wide", 3000, 2000);
        open(image);
    }

    private Viewport viewport() {
        return canvas().viewport();
    }

    @Test
    void theImageOpensFittedAndCentred() {
        double fit = Math.min(viewport().screenWidth() / 3000.0, viewport().screenHeight() / 2000.0);
        assertTrue(viewport().scale() <= fit, "the whole image is visible");
        assertTrue(Viewport.scaleOf(viewport().step() + 1) > fit, "at the largest zoom that shows it whole");
        assertEquals(1500, viewport().toImageX(viewport().screenWidth() / 2.0), 2 / viewport().scale());
        assertEquals(1000, viewport().toImageY(viewport().screenHeight() / 2.0), 2 / viewport().scale());
    }

    @Test
    void theWheelZoomsAtThePointer() {
        Input.key('f');
        Spin.until("fit", () -> viewport().scale() * 3000 <= viewport().screenWidth());
        int step = viewport().step();
        Point pointer = new Point(200, 150);
        double imageX = viewport().toImageX(pointer.x);
        double imageY = viewport().toImageY(pointer.y);
        Input.wheel(control(), pointer.x, pointer.y, 3);
        Spin.until("zoomed in", () -> viewport().step() > step);
        assertEquals(imageX, viewport().toImageX(pointer.x), 2 / viewport().scale(), "the point under the pointer stays");
        assertEquals(imageY, viewport().toImageY(pointer.y), 2 / viewport().scale());
        Input.wheel(control(), pointer.x, pointer.y, -3);
        Spin.until("zoomed back out", () -> viewport().step() == step);
    }

    @Test
    void keysZoomFitOneToOneAndPan() {
        Input.key(SWT.CTRL, '0', 0);
        Spin.until("1:1", () -> viewport().scale() == 1);
        Input.key('=');
        Spin.until("zoomed in by half an octave", () -> viewport().step() == Viewport.STEPS_PER_OCTAVE / 2);
        Input.key('-');
        Spin.until("and out", () -> viewport().step() == 0);
        long offset = viewport().offsetX();
        Input.keyCode(SWT.ARROW_RIGHT);
        Spin.until("panned right", () -> viewport().offsetX() > offset);
        long vertical = viewport().offsetY();
        Input.keyCode(SWT.ARROW_DOWN);
        Spin.until("panned down", () -> viewport().offsetY() > vertical);
        Input.key('f');
        Spin.until("fit", () -> viewport().scale() * 3000 <= viewport().screenWidth());
        AnnotationEditorContributor contributor = (AnnotationEditorContributor) editor.getEditorSite()
                .getActionBarContributor();
        Spin.until("the zoom in the status line", () -> viewport().zoomLabel()
                .equals(contributor.statusText(AnnotationEditorContributor.ZOOM_FIELD)));
    }

    @Test
    void theMiddleButtonPansAndTheOverviewRecentres() {
        Input.key(SWT.CTRL, '0', 0);
        Spin.until("1:1", () -> viewport().scale() == 1);
        long x = viewport().offsetX();
        long y = viewport().offsetY();
        Input.drag(control(), 400, 300, 300, 250, 6, 2, 0);
        Spin.until("panned by the drag", () -> viewport().offsetX() == x + 100 && viewport().offsetY() == y + 50);

        long spaceX = viewport().offsetX();
        Input.holdingKey(' ', () -> Input.drag(control(), 300, 250, 340, 250, 4, 1, 0));
        Spin.until("Space with the left button pans too", () -> viewport().offsetX() == spaceX - 40);

        Rectangle overview = Overview.bounds(viewport());
        assertTrue(overview != null, "the overview is shown");
        Input.click(control(), overview.x + 2, overview.y + 2);
        double[] visible = viewport().visibleImageBounds();
        assertTrue(visible[0] < 100 && visible[1] < 100, "the top-left corner of the image is in view");

        Point pointer = new Point(300, 200);
        Input.moveTo(control(), pointer.x, pointer.y);
        AnnotationEditorContributor contributor = (AnnotationEditorContributor) editor.getEditorSite()
                .getActionBarContributor();
        String expected = String.format(Locale.ROOT, "%.1f, %.1f", viewport().toImageX(pointer.x),
                viewport().toImageY(pointer.y));
        Spin.until("the pointer's image coordinates in the status line",
                () -> expected.equals(contributor.statusText(AnnotationEditorContributor.POSITION_FIELD)));
    }
}
