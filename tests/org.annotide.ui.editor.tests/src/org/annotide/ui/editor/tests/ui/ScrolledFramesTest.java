package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.render.TileKey;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The canvas keeps the last frame's image layer: a pan moves the pixels already on screen and draws only the
 * strips that scrolled in, an edit redraws the tiles it touched, and neither leaves a pixel that a full repaint
 * would not show. Pixels are read back from the screen (Xvfb), as the user sees them.
 */
class ScrolledFramesTest extends EditorUiTest {

    private static final int WIDTH = 2400;
    private static final int HEIGHT = 1800;
    /** One box every 40 pixels: far more than the vector limit on screen, so the tiles carry them rasterised. */
    private static final int SPACING = 40;

    private ImageAsset image;
    private final List<Annotation> boxes = new ArrayList<>();

    @BeforeEach
    void imageWithManyBoxes() throws Exception {
        LabelClass red = TestProjects.addClass(store, "red", "#ff0000", "1", ShapeKind.BOX);
        image = TestProjects.addImage(store, "many", WIDTH, HEIGHT);
        for (int y = 10; y + 24 < HEIGHT; y += SPACING) {
            for (int x = 10; x + 24 < WIDTH; x += SPACING) {
                BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
                box.setX(x);
                box.setY(y);
                box.setWidth(24);
                box.setHeight(24);
                Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
                annotation.setId(boxes.size() + 1L);
                annotation.setLabelClass(red);
                annotation.setShape(box);
                boxes.add(annotation);
            }
        }
        TestProjects.execute(store, new AddCommand(store.editingDomain(), image, Literals.IMAGE_ASSET__ANNOTATIONS,
                boxes));
    }

    @Test
    void aPanDrawsOnlyTheStripsThatScrolledInAndShowsWhatAFullRepaintShows() throws Exception {
        open(image);
        actualSizeAt(WIDTH / 2.0, HEIGHT / 2.0);
        settle();
        assertTrue(canvas().lastFrame().rasterised(), "hundreds of boxes on screen are drawn rasterised");
        int width = canvas().viewport().screenWidth();
        int height = canvas().viewport().screenHeight();

        canvas().panBy(37, 23);
        control().update();
        long strips = 37L * height + 23L * width;
        long drawn = canvas().tiles().composedPixels();
        assertTrue(drawn > 0 && drawn <= strips, "a 37 x 23 pan draws the strips that scrolled in (" + strips
                + " pixels), not the frame (" + (long) width * height + "): " + drawn);
        int columns = width / TileKey.SIZE + 2;
        int rows = height / TileKey.SIZE + 2;
        assertTrue(canvas().tiles().composedTiles() <= columns + rows,
                "only tiles along two edges are drawn: " + canvas().tiles().composedTiles());
        assertSameAsFullRepaint("after a pan");

        // a longer drag, frame by frame, still matches
        for (int i = 0; i < 12; i++) {
            canvas().panBy(-29, 17);
            control().update();
        }
        settle();
        assertSameAsFullRepaint("after a drag");
    }

    @Test
    void anEditRedrawsTheTileItTouchedAndNoStalePixelStays() throws Exception {
        open(image);
        actualSizeAt(WIDTH / 2.0, HEIGHT / 2.0);
        settle();
        assertTrue(canvas().lastFrame().rasterised(), "the boxes are in the tiles, so the edit must redraw a tile");
        Annotation victim = onScreen();
        BoxShape box = (BoxShape) victim.getShape();
        double cx = box.getX() + box.getWidth() / 2;
        double cy = box.getY() + box.getHeight() / 2;
        int tinted = pixel(screen(), cx, cy);

        TestProjects.execute(store, RemoveCommand.create(store.editingDomain(), image,
                Literals.IMAGE_ASSET__ANNOTATIONS, victim));
        settle();
        assertNotEquals(tinted, pixel(screen(), cx, cy), "the deleted box is gone from the screen");
        assertSameAsFullRepaint("after deleting a box");

        store.commandStack().undo();
        settle();
        assertEquals(tinted, pixel(screen(), cx, cy), "undo brings the box back on screen");
        assertSameAsFullRepaint("after undo");
    }

    @Test
    void anEditComposesOnlyTheTileItTouchedOnce() throws Exception {
        open(image);
        actualSizeAt(1300, 1060);
        settle();
        assertTrue(canvas().lastFrame().rasterised(), "the boxes are in the tiles, so the edit must redraw a tile");
        assertEquals(0, canvas().viewport().step(), "1:1 is step 0: tile (5, 4) covers image pixels 1280-1536, 1024-1280");
        // the box at 1290-1314 x 1050-1074 lies inside that one tile, more than the overlay margin from its edges
        Annotation victim = boxAt(1290, 1050);
        long rendered = canvas().tiles().renderedTiles();
        long composed = canvas().tiles().composedTilesTotal();

        TestProjects.execute(store, RemoveCommand.create(store.editingDomain(), image,
                Literals.IMAGE_ASSET__ANNOTATIONS, victim));
        settle();
        assertEquals(1, canvas().tiles().renderedTiles() - rendered,
                "deleting a box inside one tile composes that tile again and no other");
        assertEquals(1, canvas().tiles().composedTilesTotal() - composed,
                "the frames until the new tile showed drew it once, and nothing else (the stale one stayed)");
        assertSameAsFreshTiles("after deleting a box inside one tile");
    }

    @Test
    void aBoxEndingJustBeforeATileBorderRedrawsTheNeighbourItsOutlineReaches() throws Exception {
        // right edge at 1279.75: the outline's stroke reaches into tile column 5 (from image pixel 1280)
        Annotation edge = box(1256, 990, 23.75, 20);
        open(image);
        actualSizeAt(1280, 1000);
        settle();
        assertTrue(canvas().lastFrame().rasterised());
        long rendered = canvas().tiles().renderedTiles();

        TestProjects.execute(store, RemoveCommand.create(store.editingDomain(), image,
                Literals.IMAGE_ASSET__ANNOTATIONS, edge));
        settle();
        assertEquals(2, canvas().tiles().renderedTiles() - rendered,
                "the tile the box is in and the one its outline reaches are composed again");
        assertSameAsFreshTiles("after deleting a box whose outline crossed a tile border");
    }

    @Test
    void anEditOutOfViewComposesNothingUntilShownAndNoZoomKeepsItsOldPixels() throws Exception {
        open(image);
        // tiles of 1:2 around the box, then 1:1 far from it
        actualSizeAt(2262, 1662);
        canvas().zoomBy(-Viewport.STEPS_PER_OCTAVE);
        settle();
        assertEquals(-Viewport.STEPS_PER_OCTAVE, canvas().viewport().step());
        assertTrue(canvas().lastFrame().rasterised());
        actualSizeAt(300, 300);
        settle();
        Annotation victim = boxAt(2250, 1650);
        long rendered = canvas().tiles().renderedTiles();

        TestProjects.execute(store, RemoveCommand.create(store.editingDomain(), image,
                Literals.IMAGE_ASSET__ANNOTATIONS, victim));
        settle();
        assertEquals(0, canvas().tiles().renderedTiles() - rendered,
                "an edit far from the view composes no tile (its tiles at other zooms are only marked stale)");

        actualSizeAt(2262, 1662);
        canvas().zoomBy(-Viewport.STEPS_PER_OCTAVE);
        settle();
        assertSameAsFreshTiles("at 1:2, whose tiles were cached before an edit made at 1:1");
        actualSizeAt(2262, 1662);
        settle();
        assertSameAsFreshTiles("at 1:1 where the edit was");
    }

    @Test
    void aZoomShowsTheLastFrameScaledUntilTheNewTilesArrive() throws Exception {
        open(image);
        actualSizeAt(WIDTH / 2.0, HEIGHT / 2.0);
        settle();
        int width = canvas().viewport().screenWidth();
        int height = canvas().viewport().screenHeight();
        ImageData before = screen();
        canvas().zoomBy(1);
        control().update();
        // the first frame at the new zoom, before any of its tiles arrived: the image, never the background
        ImageData first = screen();
        int background = canvas().style().backgroundRgb();
        int covered = 0;
        for (int y = 0; y < height; y += 16) {
            for (int x = 0; x < width; x += 16) {
                if (rgb(first, x, y) != background) {
                    covered++;
                }
            }
        }
        int samples = ((width + 15) / 16) * ((height + 15) / 16);
        assertTrue(covered > samples * 9 / 10, "the zoomed frame shows the image everywhere: " + covered + " of "
                + samples + " samples differ from the background");
        assertNotEquals(rgb(before, width / 2, height / 2), background);
        settle();
        assertSameAsFullRepaint("once the new zoom's tiles arrived");
    }

    private Annotation boxAt(double x, double y) {
        for (Annotation annotation : boxes) {
            BoxShape box = (BoxShape) annotation.getShape();
            if (box.getX() == x && box.getY() == y) {
                return annotation;
            }
        }
        throw new AssertionError("no box at " + x + ", " + y);
    }

    private Annotation box(double x, double y, double width, double height) {
        BoxShape shape = AnnotideFactory.eINSTANCE.createBoxShape();
        shape.setX(x);
        shape.setY(y);
        shape.setWidth(width);
        shape.setHeight(height);
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setId(boxes.size() + 1L);
        annotation.setLabelClass(boxes.get(0).getLabelClass());
        annotation.setShape(shape);
        TestProjects.execute(store, new AddCommand(store.editingDomain(), image, Literals.IMAGE_ASSET__ANNOTATIONS,
                annotation));
        boxes.add(annotation);
        return annotation;
    }

    /**
     * What the screen shows equals what tiles composed anew show, pixel for pixel: no tile kept pixels of an
     * annotation that changed (a full repaint would not tell, as it draws the same cached tiles).
     */
    private void assertSameAsFreshTiles(String when) {
        ImageData kept = screen();
        canvas().tiles().invalidateOverlays();
        settle();
        ImageData fresh = screen();
        int differing = differing(kept, fresh);
        assertEquals(0, differing, when + ", stale pixels: " + differing + " differ from freshly composed tiles");
    }

    private static int differing(ImageData a, ImageData b) {
        int differing = 0;
        for (int y = 0; y < a.height; y++) {
            for (int x = 0; x < a.width; x++) {
                if (rgb(a, x, y) != rgb(b, x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    /** A box whose centre is in the middle part of the screen. */
    private Annotation onScreen() {
        double[] visible = canvas().viewport().visibleImageBounds();
        double midX = (visible[0] + visible[2]) / 2;
        double midY = (visible[1] + visible[3]) / 2;
        for (Annotation annotation : boxes) {
            BoxShape box = (BoxShape) annotation.getShape();
            if (Math.abs(box.getX() - midX) < SPACING && Math.abs(box.getY() - midY) < SPACING) {
                return annotation;
            }
        }
        throw new AssertionError("no box near the middle of the screen");
    }

    private void settle() {
        // model changes reach the canvas through asyncExec: let them arrive before asking whether tiles are current
        Spin.idle(30);
        Spin.until("every visible tile current", () -> {
            control().redraw();
            control().update();
            return canvas().lastFrame() != null && canvas().lastFrame().complete()
                    && canvas().tiles().pending() == 0;
        });
        control().update();
    }

    /** What the screen shows equals what a frame drawing every tile anew shows, pixel for pixel. */
    private void assertSameAsFullRepaint(String when) {
        ImageData kept = screen();
        canvas().tiles().setScrolling(false);
        try {
            control().redraw();
            control().update();
            ImageData full = screen();
            int differing = 0;
            String first = null;
            for (int y = 0; y < kept.height; y++) {
                for (int x = 0; x < kept.width; x++) {
                    if (rgb(kept, x, y) != rgb(full, x, y)) {
                        if (first == null) {
                            first = x + "," + y + ": " + Integer.toHexString(rgb(kept, x, y)) + " instead of "
                                    + Integer.toHexString(rgb(full, x, y));
                        }
                        differing++;
                    }
                }
            }
            assertEquals(0, differing, when + ", pixels differ from a full repaint (first at " + first + ")");
        } finally {
            canvas().tiles().setScrolling(true);
            control().redraw();
            control().update();
        }
    }

    /** The canvas as shown on screen. */
    private ImageData screen() {
        Spin.idle(30);
        Point size = control().getSize();
        Image shot = new Image(control().getDisplay(), size.x, size.y);
        GC gc = new GC(control());
        try {
            gc.copyArea(shot, 0, 0);
            return shot.getImageData();
        } finally {
            gc.dispose();
            shot.dispose();
        }
    }

    private int pixel(ImageData data, double imageX, double imageY) {
        Point p = at(imageX, imageY);
        return rgb(data, p.x, p.y);
    }

    private static int rgb(ImageData data, int x, int y) {
        org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
        return rgb.red << 16 | rgb.green << 8 | rgb.blue;
    }
}
