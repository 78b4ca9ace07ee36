package org.annotide.ui.editor.tests.ui;

import java.util.Arrays;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.PolygonShape;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.perf.SyntheticAnnotations;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing stays direct with 10^5 objects on the image: a vertex drag among rasterised neighbours. */
class LargeImageTest extends EditorUiTest {

    private static final int POLYGONS = 100_000;
    private static final int SIZE = 20_000;

    @Test
    void aVertexIsDraggedWithAHundredThousandPolygonsPresent() throws Exception {
        ImageAsset image = TestProjects.addSlide(store, "large", SIZE);
        // the synthetic polygons of the benchmark, spread over a 20,000 pixel square, added in one command
        ImageAsset generated = SyntheticAnnotations.image(image.getLocation(), SIZE, SIZE, POLYGONS, 42);
        List<Annotation> annotations = List.copyOf(generated.getAnnotations());
        for (Annotation annotation : annotations) {
            annotation.setLabelClass(null);
        }
        TestProjects.execute(store, new AddCommand(store.editingDomain(), image, Literals.IMAGE_ASSET__ANNOTATIONS,
                annotations));
        assertEquals(POLYGONS, image.getAnnotations().size());

        open(image);
        Annotation target = isolated(image);
        double[] before = ((PolygonShape) target.getShape()).getPoints().clone();
        actualSizeAt(before[0], before[1]);
        // at 1:2 about a thousand polygons are on screen
        Input.key('-');
        Input.key('-');
        Spin.until("zoom 1:2", () -> canvas().viewport().scale() == 0.5);
        canvas().centreOn(before[0], before[1]);
        Input.key('v');
        Spin.until("the select tool", () -> canvas().toolKind() == ToolKind.SELECT);
        Spin.until("a frame at 1:1", () -> canvas().lastFrame() != null);
        assertTrue(canvas().lastFrame().rasterised(), "so many polygons on screen are drawn as raster tiles");

        double[] centre = centroid(before);
        click(centre[0], centre[1]);
        Spin.until("the polygon selected", () -> canvas().selection().single() == target);
        // let the double-click time pass: a press this soon and this near would be a double-click
        Spin.forMillis(800);
        drag(before[0], before[1], before[0] + 50, before[1] + 30);
        double[] after = ((PolygonShape) target.getShape()).getPoints();
        assertEquals(before[0] + 50, after[0], 3);
        assertEquals(before[1] + 30, after[1], 3);
        assertArrayEquals(Arrays.copyOfRange(before, 2, before.length), Arrays.copyOfRange(after, 2, after.length),
                "only the dragged vertex moved");

        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("undone", () -> ((PolygonShape) target.getShape()).getPoints()[0] == before[0]);
    }

    /** A polygon whose bounds touch no other polygon's, so a click on it can only mean it. */
    private Annotation isolated(ImageAsset image) {
        for (Annotation annotation : image.getAnnotations()) {
            Glyph glyph = canvas().session().annotations().index().get(annotation);
            if (glyph.minX() > 100 && glyph.minY() > 100 && canvas().session().annotations().index()
                    .query(glyph.minX() - 8, glyph.minY() - 8, glyph.maxX() + 8, glyph.maxY() + 8, 0).size() == 1) {
                return annotation;
            }
        }
        throw new AssertionError("no isolated polygon among " + image.getAnnotations().size());
    }

    private static double[] centroid(double[] points) {
        double x = 0;
        double y = 0;
        for (int i = 0; i < points.length; i += 2) {
            x += points[i];
            y += points[i + 1];
        }
        return new double[] { x / (points.length / 2), y / (points.length / 2) };
    }
}
