package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.annotide.formats.Dataset;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.Shapes;
import org.annotide.imaging.TileWindows;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A COCO export and tiling give one annotation the same box: both take it from core's {@code ShapeBounds}. Once
 * they did not (tiling used a mask's whole window and counted keypoints of negative visibility).
 */
class GeometryAgreementTest {

    @TempDir
    Path temp;

    @Test
    void cocoBboxAndTilingBoundsAgree() throws IOException {
        Path file = temp.resolve("pixels/i.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        Dataset dataset = new Dataset();
        ImageAsset image = dataset.image("i", "i.png");
        image.setWidth(20);
        image.setHeight(10);
        image.setLocation(file.toString());
        LabelClass thing = dataset.labelClass("thing");
        // an 8 x 6 window at (2, 1) whose foreground is the 2 x 2 square at window (3, 2): an empty border
        MaskShape mask = AnnotideFactory.eINSTANCE.createMaskShape();
        mask.setX(2);
        mask.setY(1);
        mask.setWidth(8);
        mask.setHeight(6);
        mask.setCounts(new int[] { 19, 2, 6, 2, 19 });
        dataset.annotate(image, thing, mask);
        KeypointsShape keypoints = Shapes.keypoints(new double[] { 2, 3, 7, 8, 15, 9, 0, 0 }, new int[] { 2, 1, -1, 0 });
        dataset.annotate(image, thing, keypoints);
        Project project = TestFormats.project(dataset);

        Path json = temp.resolve("coco.json");
        ValidationReport report = TestFormats.export("coco", project, json);
        assertEquals(0, report.rejectedCount(), report::toText);
        JsonNode annotations = JsonSupport.readTree(json).get("annotations");

        double[] maskBox = doubles(annotations.get(0).get("bbox"));
        assertArrayEquals(new double[] { 5, 3, 2, 2 }, maskBox, "COCO's bbox is the tight foreground");
        assertArrayEquals(maskBox, box(TileWindows.bounds(mask)), "tiling's box is COCO's");

        double[] keypointBox = doubles(annotations.get(1).get("bbox"));
        assertArrayEquals(new double[] { 2, 3, 5, 5 }, keypointBox, "labelled points only (v > 0)");
        assertArrayEquals(keypointBox, box(TileWindows.bounds(keypoints)), "tiling's box is COCO's");
    }

    private static double[] box(Rectangle2D rectangle) {
        return new double[] { rectangle.getX(), rectangle.getY(), rectangle.getWidth(), rectangle.getHeight() };
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
