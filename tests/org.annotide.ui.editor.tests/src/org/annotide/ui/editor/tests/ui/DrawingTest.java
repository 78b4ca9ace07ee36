package org.annotide.ui.editor.tests.ui;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Provenance;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.internal.geometry.MaskWindow;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shape drawn with the mouse and the tool keys, checked in the model. */
class DrawingTest extends EditorUiTest {

    private static final double PIXEL = 1.5;

    private ImageAsset image;
    private LabelClass cell;
    private LabelClass mitosis;

    @BeforeEach
    void createProject() throws Exception {
        cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        mitosis = TestProjects.addClass(store, "mitosis", "#911eb4", "2", ShapeKind.KEYPOINTS);
        TestProjects.execute(store, new AddCommand(store.editingDomain(), mitosis, Literals.LABEL_CLASS__KEYPOINT_NAMES,
                List.of("pole A", "centre", "pole B")));
        TestProjects.execute(store, new SetCommand(store.editingDomain(), mitosis, Literals.LABEL_CLASS__SKELETON_EDGES,
                new int[] { 0, 1, 1, 2 }));
        image = TestProjects.addImage(store, "cells", 800, 600);
        open(image);
        actualSizeAt(400, 300);
    }

    private Annotation last() {
        Spin.idle(50);
        return image.getAnnotations().get(image.getAnnotations().size() - 1);
    }

    private void tool(char key, ToolKind expected) {
        Input.key(key);
        Spin.until("the " + expected + " tool", () -> canvas().toolKind() == expected);
    }

    @Test
    void boxesAndEllipsesAreDragged() {
        tool('b', ToolKind.BOX);
        drag(100, 100, 200, 180);
        BoxShape box = assertInstanceOf(BoxShape.class, last().getShape());
        assertEquals(100, box.getX(), PIXEL);
        assertEquals(100, box.getY(), PIXEL);
        assertEquals(100, box.getWidth(), PIXEL);
        assertEquals(80, box.getHeight(), PIXEL);
        assertSame(cell, last().getLabelClass());
        assertEquals(Provenance.MANUAL, last().getProvenance());

        tool('e', ToolKind.ELLIPSE);
        drag(300, 100, 380, 160);
        EllipseShape ellipse = assertInstanceOf(EllipseShape.class, last().getShape());
        assertEquals(340, ellipse.getCx(), PIXEL);
        assertEquals(130, ellipse.getCy(), PIXEL);
        assertEquals(40, ellipse.getRx(), PIXEL);
        assertEquals(30, ellipse.getRy(), PIXEL);
        assertEquals(2, image.getAnnotations().size());
    }

    @Test
    void aRotatedBoxIsAnEdgeAndAHeight() {
        tool('r', ToolKind.ROTATED_BOX);
        drag(100, 300, 200, 300);
        Point height = at(150, 340);
        Input.click(control(), height.x, height.y);
        RotatedBoxShape box = assertInstanceOf(RotatedBoxShape.class, last().getShape());
        assertEquals(100, box.getWidth(), PIXEL);
        assertEquals(40, box.getHeight(), PIXEL);
        assertEquals(150, box.getCx(), PIXEL);
        assertEquals(320, box.getCy(), PIXEL);
        assertEquals(0, box.getAngle(), 1);
    }

    @Test
    void polygonsAreClickedOrTracedAndPolylinesEndWithADoubleClick() {
        tool('p', ToolKind.POLYGON);
        click(400, 300);
        click(500, 300);
        click(500, 400);
        click(450, 420);
        Input.keyCode(SWT.BS);
        Input.keyCode(SWT.CR);
        PolygonShape polygon = assertInstanceOf(PolygonShape.class, last().getShape());
        assertArrayEquals(new double[] { 400, 300, 500, 300, 500, 400 }, polygon.getPoints(), PIXEL,
                "Backspace took the fourth vertex back");

        Input.key(SWT.SHIFT, 'p', 0);
        Spin.until("the freehand tool", () -> canvas().toolKind() == ToolKind.FREEHAND);
        Point a = at(600, 100);
        Point b = at(700, 120);
        Point c = at(680, 220);
        Input.moveTo(control(), a.x, a.y);
        Input.press(1);
        for (int i = 1; i <= 10; i++) {
            Input.moveTo(control(), a.x + (b.x - a.x) * i / 10, a.y + (b.y - a.y) * i / 10);
        }
        for (int i = 1; i <= 10; i++) {
            Input.moveTo(control(), b.x + (c.x - b.x) * i / 10, b.y + (c.y - b.y) * i / 10);
        }
        Input.release(1);
        PolygonShape traced = assertInstanceOf(PolygonShape.class, last().getShape());
        assertTrue(traced.getPoints().length / 2 >= 10, "a traced outline keeps many vertices");
        assertEquals(600, traced.getPoints()[0], PIXEL);

        tool('l', ToolKind.POLYLINE);
        click(100, 450);
        click(200, 500);
        Point end = at(300, 450);
        Input.doubleClick(control(), end.x, end.y);
        PolylineShape line = assertInstanceOf(PolylineShape.class, last().getShape());
        assertArrayEquals(new double[] { 100, 450, 200, 500, 300, 450 }, line.getPoints(), PIXEL);
    }

    @Test
    void keypointsFollowTheClassSkeletonAndShiftMarksOcclusion() {
        Input.key('2');
        Spin.until("mitosis is the current class", () -> editor.currentClass() == mitosis);
        tool('k', ToolKind.KEYPOINTS);
        click(100, 100);
        click(150, 120, SWT.SHIFT);
        click(200, 100);
        KeypointsShape keypoints = assertInstanceOf(KeypointsShape.class, last().getShape());
        assertArrayEquals(new int[] { 2, 1, 2 }, keypoints.getVisibility());
        assertArrayEquals(new double[] { 100, 100, 150, 120, 200, 100 }, keypoints.getPoints(), PIXEL);
        assertSame(mitosis, last().getLabelClass());
    }

    @Test
    void theBrushPaintsOneMaskAndTheEraserTakesFromIt() {
        tool('m', ToolKind.BRUSH);
        double radius = canvas().brushRadius();
        drag(400, 480, 500, 480);
        MaskShape mask = assertInstanceOf(MaskShape.class, last().getShape());
        Annotation painted = last();
        long area = window(mask).area();
        assertEquals(100 * 2 * radius, area, 100 * 2 * radius * 0.3 + Math.PI * radius * radius);
        drag(450, 520, 450, 560);
        assertEquals(1, image.getAnnotations().size(), "the second stroke merged into the selected mask");
        assertTrue(window((MaskShape) painted.getShape()).area() > area);
        assertTrue(window((MaskShape) painted.getShape()).contains(450, 555));

        Input.key(SWT.SHIFT, 'm', 0);
        Spin.until("the eraser", () -> canvas().toolKind() == ToolKind.ERASER);
        long before = window((MaskShape) painted.getShape()).area();
        drag(420, 450, 420, 510);
        MaskShape erased = (MaskShape) painted.getShape();
        assertTrue(window(erased).area() < before, "the eraser took pixels away");
        assertTrue(!window(erased).contains(420, 480), "where the eraser passed");
        assertTrue(window(erased).contains(480, 480), "elsewhere the mask stays");
    }

    /** QA: a brush stroke along the bottom edge of the image painted rows below it; the box tool clamps. */
    @Test
    void theBrushPaintsUpToTheImageEdgeAndNotBeyond() {
        tool('m', ToolKind.BRUSH);
        double radius = canvas().brushRadius();
        canvas().centreOn(400, 560);
        Spin.idle(30);
        drag(300, 597, 500, 597);
        MaskShape mask = assertInstanceOf(MaskShape.class, last().getShape());
        assertTrue(mask.getY() + mask.getHeight() <= 600, "the mask ends at the image's bottom edge, not at "
                + (mask.getY() + mask.getHeight()) + " (radius " + radius + ")");
        assertTrue(window(mask).contains(400, 599), "painted up to the edge");
        assertTrue(mask.getX() >= 0 && mask.getY() >= 0);
        screenshot("brush-clipped-to-image");
    }

    @Test
    void theImageClassKeyLabelsTheWholeImage() {
        Input.key('i');
        Spin.until("an image-level class", () -> !image.getAnnotations().isEmpty());
        assertInstanceOf(ImageClassShape.class, last().getShape());
        assertSame(cell, last().getLabelClass());
        Input.key('i');
        Spin.until("the image class toggled off", () -> image.getAnnotations().isEmpty());
    }

    private static MaskWindow window(MaskShape mask) {
        return new MaskWindow(mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight(), mask.getCounts());
    }
}
