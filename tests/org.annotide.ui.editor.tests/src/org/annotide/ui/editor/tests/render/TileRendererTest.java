package org.annotide.ui.editor.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.ShapeKind;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.internal.render.AwtImages;
import org.annotide.ui.editor.internal.render.RenderStyle;
import org.annotide.ui.editor.internal.render.TileKey;
import org.annotide.ui.editor.internal.render.TileRenderer;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Display tiles carry the image's own pixels and, in raster mode, the annotations drawn over them. */
class TileRendererTest {

    @TempDir
    Path folder;

    @Test
    void tilesShowThePixelsAndTheRasterisedAnnotations() throws Exception {
        try (ProjectStore store = TestProjects.create(folder.resolve("project"))) {
            LabelClass red = TestProjects.addClass(store, "red", "#ff0000", "1", ShapeKind.BOX);
            ImageAsset image = TestProjects.addImage(store, "one", 600, 400);
            BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
            box.setX(20);
            box.setY(20);
            box.setWidth(100);
            box.setHeight(60);
            TestProjects.execute(store, new AnnotationCommands(store.editingDomain(), image).create(box, red, "Draw"));
            BufferedImage png = ImageIO.read(store.folder().resolve(image.getLocation()).toFile());

            ImageAnnotations annotations = ImageAnnotations.acquire(image, Runnable::run);
            try (ImagePyramid pyramid = new DefaultImageService().open(store.folder(), image)) {
                RenderStyle style = new RenderStyle(128, 7, 0xffff00, true, 0x000000);
                TileRenderer renderer = new TileRenderer(pyramid, 600, 400, annotations.index(), Set.of(), () -> style);
                ImageData plain = renderer.render(new TileKey(0, 0, 0, false));
                ImageData overlay = renderer.render(new TileKey(0, 0, 0, true));

                assertEquals(rgb(png.getRGB(60, 5)), pixel(plain, 60, 5), "a pixel of the image at 1:1");
                assertEquals(rgb(png.getRGB(60, 50)), pixel(plain, 60, 50));
                RGB inside = pixel(overlay, 60, 50);
                RGB base = rgb(png.getRGB(60, 50));
                assertTrue(inside.red > base.red || inside.green < base.green,
                        "the red fill tints the inside: " + inside + " over " + base);
                assertEquals(pixel(plain, 200, 200), pixel(overlay, 200, 200), "outside the box nothing changes");
                RGB outline = pixel(overlay, 120, 50);
                assertTrue(outline.red > 200 && outline.green < 110 && outline.blue < 110,
                        "the outline is drawn in the class colour: " + outline);

                // beyond the image the tile shows the background colour
                ImageData edge = renderer.render(new TileKey(0, 2, 1, false));
                assertEquals(new RGB(0, 0, 0), pixel(edge, 255, 255));

                // the live-edited annotation is left out of rasterised tiles
                Annotation drawn = (Annotation) box.eContainer();
                TileRenderer excluding = new TileRenderer(pyramid, 600, 400, annotations.index(), Set.of(drawn),
                        () -> style);
                assertEquals(pixel(plain, 60, 50), pixel(excluding.render(new TileKey(0, 0, 0, true)), 60, 50));
                assertNotEquals(pixel(plain, 60, 50), inside);
            } finally {
                annotations.release();
            }
        }
    }

    @Test
    void rasterisedPolygonsLeaveTheirHolesUnfilled() throws Exception {
        try (ProjectStore store = TestProjects.create(folder.resolve("project"))) {
            LabelClass red = TestProjects.addClass(store, "red", "#ff0000", "1");
            ImageAsset image = TestProjects.addImage(store, "one", 600, 400);
            PolygonShape donut = AnnotideFactory.eINSTANCE.createPolygonShape();
            // all within display tile (0, 0), image pixels 0-255 at 1:1
            donut.setPoints(new double[] { 10, 10, 150, 10, 150, 150, 10, 150, // outer ring
                    50, 50, 110, 50, 110, 110, 50, 110, // hole
                    170, 20, 240, 20, 240, 90, 170, 90 }); // second part
            donut.setRingEnds(new int[] { 4, 8, 12 });
            donut.setPartEnds(new int[] { 2, 3 });
            TestProjects.execute(store, new AnnotationCommands(store.editingDomain(), image).create(donut, red, "Draw"));

            ImageAnnotations annotations = ImageAnnotations.acquire(image, Runnable::run);
            try (ImagePyramid pyramid = new DefaultImageService().open(store.folder(), image)) {
                RenderStyle style = new RenderStyle(128, 7, 0xffff00, true, 0x000000);
                TileRenderer renderer = new TileRenderer(pyramid, 600, 400, annotations.index(), Set.of(), () -> style);
                ImageData plain = renderer.render(new TileKey(0, 0, 0, false));
                ImageData overlay = renderer.render(new TileKey(0, 0, 0, true));
                assertNotEquals(pixel(plain, 30, 80), pixel(overlay, 30, 80), "the ring is filled");
                assertEquals(pixel(plain, 80, 80), pixel(overlay, 80, 80), "the hole is not");
                assertNotEquals(pixel(plain, 200, 50), pixel(overlay, 200, 50), "the second part is filled");
            } finally {
                annotations.release();
            }
        }
    }

    @Test
    void awtRastersConvertWithoutChangingAPixel() {
        BufferedImage image = new BufferedImage(7, 3, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 21; i++) {
            image.setRGB(i % 7, i / 7, 0x102030 * (i + 1) & 0xffffff);
        }
        ImageData data = AwtImages.toImageData(image);
        for (int i = 0; i < 21; i++) {
            assertEquals(rgb(image.getRGB(i % 7, i / 7)), pixel(data, i % 7, i / 7), "pixel " + i);
        }
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(1, 1, 0xff123456);
        assertEquals(new RGB(0x12, 0x34, 0x56), pixel(AwtImages.toImageData(argb), 1, 1));
        assertEquals(List.of(7, 3), List.of(data.width, data.height));
    }

    private static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    private static RGB rgb(int argb) {
        return new RGB((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }
}
