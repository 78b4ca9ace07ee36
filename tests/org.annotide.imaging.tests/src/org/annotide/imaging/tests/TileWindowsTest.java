package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.imaging.TileWindows;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.Tile;
import org.junit.jupiter.api.Test;

/** Tiles are windows: coordinates translate by the tile's origin, membership is geometric. */
class TileWindowsTest {

    private static final AnnotideFactory MODEL = AnnotideFactory.eINSTANCE;
    private final Rectangle2D region = new Rectangle2D.Double(100, 200, 50, 40);

    private static Tile tile(int x, int y, int width, int height) {
        Tile tile = MODEL.createTile();
        tile.setX(x);
        tile.setY(y);
        tile.setWidth(width);
        tile.setHeight(height);
        return tile;
    }

    private static BoxShape box(double x, double y, double w, double h) {
        BoxShape box = MODEL.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        return box;
    }

    @Test
    void coordinatesTranslateByTheTileOrigin() {
        Tile tile = tile(960, 1920, 1024, 1024);
        assertEquals(40, TileWindows.toTileX(tile, 1000));
        assertEquals(-20, TileWindows.toTileY(tile, 1900));
        assertEquals(1000, TileWindows.toImageX(tile, 40));
        assertArrayEquals(new double[] {0, 0, 64, 80}, TileWindows.toTile(tile, new double[] {960, 1920, 1024, 2000}));
        double[] image = {1234.5, 2345.25, 960, 1920};
        assertArrayEquals(image, TileWindows.toImage(tile, TileWindows.toTile(tile, image)));
    }

    @Test
    void boxesCountWhenTheyOverlapTheInteriorNotWhenTheyTouch() {
        assertTrue(TileWindows.intersects(region, box(140, 230, 100, 100)));
        assertFalse(TileWindows.intersects(region, box(150, 200, 10, 10)), "touching the right edge only");
        assertFalse(TileWindows.intersects(region, box(0, 0, 50, 50)));
    }

    @Test
    void rotatedBoxesAndEllipsesUseTheirTrueOutline() {
        RotatedBoxShape diamond = MODEL.createRotatedBoxShape();
        diamond.setCx(90);
        diamond.setCy(190);
        diamond.setWidth(20);
        diamond.setHeight(20);
        diamond.setAngle(45);
        // its bounding box reaches (104, 204) but the diamond's tip stops short of the region's corner
        assertFalse(TileWindows.intersects(region, diamond));
        diamond.setWidth(40);
        diamond.setHeight(40);
        assertTrue(TileWindows.intersects(region, diamond));

        EllipseShape ellipse = MODEL.createEllipseShape();
        ellipse.setCx(94);
        ellipse.setCy(194);
        ellipse.setRx(8);
        ellipse.setRy(8);
        assertFalse(TileWindows.intersects(region, ellipse), "the circle misses the corner its box covers");
        ellipse.setRx(30);
        ellipse.setRy(2);
        ellipse.setAngle(45);
        assertTrue(TileWindows.intersects(region, ellipse));
        Rectangle2D bounds = TileWindows.bounds(ellipse);
        assertEquals(2 * Math.hypot(30 * Math.cos(Math.PI / 4), 2 * Math.sin(Math.PI / 4)), bounds.getWidth(), 1e-9);
    }

    @Test
    void aTileInsideAPolygonHoleDoesNotShowThePolygon() {
        PolygonShape ring = MODEL.createPolygonShape();
        ring.setPoints(new double[] {0, 0, 400, 0, 400, 400, 0, 400, 50, 50, 350, 50, 350, 350, 50, 350});
        ring.setRingEnds(new int[] {4, 8});
        assertFalse(TileWindows.intersects(region, ring));
        assertTrue(TileWindows.intersects(new Rectangle2D.Double(20, 20, 50, 50), ring));
        PolygonShape plain = MODEL.createPolygonShape();
        plain.setPoints(new double[] {120, 210, 130, 210, 125, 220});
        assertTrue(TileWindows.intersects(region, plain));
    }

    @Test
    void polylinesCountBySegmentNotByEnclosedArea() {
        PolylineShape line = MODEL.createPolylineShape();
        line.setPoints(new double[] {0, 0, 300, 0, 300, 300}); // an L around the region, not through it
        assertFalse(TileWindows.intersects(region, line));
        line.setPoints(new double[] {0, 220, 300, 220});
        assertTrue(TileWindows.intersects(region, line));
    }

    @Test
    void aMasksBoundsAreItsForegroundAsInACocoExport() {
        // a 10 x 10 window at (90, 190) whose foreground is the 2 x 2 square at window (4, 5)
        MaskShape mask = MODEL.createMaskShape();
        mask.setX(90);
        mask.setY(190);
        mask.setWidth(10);
        mask.setHeight(10);
        mask.setCounts(new int[] {54, 2, 8, 2, 34});
        Rectangle2D bounds = TileWindows.bounds(mask);
        double[] coco = ShapeGeometry.toCocoRle(mask, 1000, 1000).toBbox();
        assertArrayEquals(coco, new double[] {bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight()},
                "the tight foreground box, not the window");
        assertArrayEquals(new double[] {94, 195, 2, 2}, coco);
        mask.setCounts(new int[] {100});
        assertNull(TileWindows.bounds(mask), "no foreground, no bounds");
    }

    @Test
    void keypointsOfNegativeVisibilityAreNotLabelled() {
        KeypointsShape points = MODEL.createKeypointsShape();
        points.setPoints(new double[] {120, 220, 10, 10, 130, 230});
        points.setVisibility(new int[] {2, -1, 1});
        Rectangle2D bounds = TileWindows.bounds(points);
        assertEquals(new Rectangle2D.Double(120, 220, 10, 10), bounds, "the point of visibility -1 is left out");
        points.setVisibility(new int[] {-1, 2, 0});
        assertFalse(TileWindows.intersects(region, points), "only the point outside the region is labelled");
    }

    @Test
    void keypointsCountByVisiblePoints() {
        KeypointsShape points = MODEL.createKeypointsShape();
        points.setPoints(new double[] {120, 220, 10, 10});
        points.setVisibility(new int[] {0, 2});
        assertFalse(TileWindows.intersects(region, points), "the point inside is not labelled");
        points.setVisibility(new int[] {1, 2});
        assertTrue(TileWindows.intersects(region, points));
        points.setVisibility(new int[] {0, 0});
        assertNull(TileWindows.bounds(points));
    }

    @Test
    void masksCountByForegroundPixels() {
        MaskShape mask = MODEL.createMaskShape();
        mask.setX(90);
        mask.setY(190);
        mask.setWidth(20);
        mask.setHeight(20);
        // row-major runs: background 0..209 (rows 0-9 and 10 pixels of row 10), foreground at row 10 columns 10-12
        mask.setCounts(new int[] {210, 3, 187});
        assertTrue(TileWindows.intersects(region, mask), "pixel (100..102, 200) is inside");
        mask.setCounts(new int[] {200, 5, 195});
        assertFalse(TileWindows.intersects(region, mask), "columns 0-4 of row 10 lie left of the region");
    }

    @Test
    void imageClassesShowOnEveryTileAndTilesListTheirAnnotations() {
        ImageAsset image = MODEL.createImageAsset();
        image.setWidth(1000);
        image.setHeight(1000);
        Tile left = tile(0, 0, 500, 1000);
        Tile right = tile(450, 0, 550, 1000);
        image.getTiles().addAll(List.of(left, right));
        Annotation whole = annotation(image, MODEL.createImageClassShape());
        Annotation inLeft = annotation(image, box(10, 10, 20, 20));
        Annotation inOverlap = annotation(image, box(460, 500, 20, 20));
        assertEquals(List.of(whole, inLeft, inOverlap), TileWindows.annotationsOn(left));
        assertEquals(List.of(whole, inOverlap), TileWindows.annotationsOn(right));
        assertEquals(List.of(left, right), TileWindows.tilesShowing(inOverlap));
        assertEquals(List.of(left), TileWindows.tilesShowing(inLeft));
    }

    @Test
    void anImageClassPinnedToATileShowsOnThatTileOnly() {
        ImageAsset image = MODEL.createImageAsset();
        image.setWidth(1000);
        image.setHeight(1000);
        Tile left = tile(0, 0, 500, 1000);
        left.setId("left");
        Tile right = tile(450, 0, 550, 1000);
        right.setId("right");
        image.getTiles().addAll(List.of(left, right));
        Annotation pinned = annotation(image, MODEL.createImageClassShape());
        pinned.getAttributes().put(TileWindows.TILE_ATTRIBUTE, "right");
        assertEquals(List.of(), TileWindows.annotationsOn(left));
        assertEquals(List.of(pinned), TileWindows.annotationsOn(right));
        assertEquals(List.of(right), TileWindows.tilesShowing(pinned));
    }

    private static Annotation annotation(ImageAsset image, Shape shape) {
        Annotation annotation = MODEL.createAnnotation();
        annotation.setShape(shape);
        image.getAnnotations().add(annotation);
        return annotation;
    }
}
