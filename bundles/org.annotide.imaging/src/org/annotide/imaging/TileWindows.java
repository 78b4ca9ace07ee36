package org.annotide.imaging;

import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.geometry.Outlines;
import org.annotide.core.geometry.PolygonRings;
import org.annotide.core.geometry.ShapeBounds;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.Tile;

/**
 * A tile is a window onto its image. Annotations live on the image, in image pixel coordinates; a tile
 * shows those that intersect its region, translated by the region's origin:
 * <pre>
 * tile coordinates = image coordinates - (tile.x, tile.y)
 * image coordinates = tile coordinates + (tile.x, tile.y)
 * </pre>
 * An annotation drawn on a tile is converted to image coordinates and added to the image, so the same
 * annotation appears on every overlapping tile and on the image. Membership is geometric: an annotation
 * belongs to a tile when its shape meets the interior of the tile's region (an image-level class meets
 * every tile; keypoints count by their labelled points; masks by their foreground pixels). Bounds, polygon
 * rings, outlines and which keypoints count are {@code org.annotide.core.geometry}'s rules.
 */
public final class TileWindows {

    private TileWindows() {
    }

    /** The tile's region in image pixels. */
    public static Rectangle2D region(Tile tile) {
        return new Rectangle2D.Double(tile.getX(), tile.getY(), tile.getWidth(), tile.getHeight());
    }

    public static double toTileX(Tile tile, double imageX) {
        return imageX - tile.getX();
    }

    public static double toTileY(Tile tile, double imageY) {
        return imageY - tile.getY();
    }

    public static double toImageX(Tile tile, double tileX) {
        return tileX + tile.getX();
    }

    public static double toImageY(Tile tile, double tileY) {
        return tileY + tile.getY();
    }

    /** Flat x0 y0 x1 y1 ... image coordinates as tile coordinates (a new array). */
    public static double[] toTile(Tile tile, double[] imagePoints) {
        return translate(imagePoints, -tile.getX(), -tile.getY());
    }

    /** Flat x0 y0 x1 y1 ... tile coordinates as image coordinates (a new array). */
    public static double[] toImage(Tile tile, double[] tilePoints) {
        return translate(tilePoints, tile.getX(), tile.getY());
    }

    private static double[] translate(double[] points, double dx, double dy) {
        double[] moved = new double[points.length];
        for (int i = 0; i + 1 < points.length; i += 2) {
            moved[i] = points[i] + dx;
            moved[i + 1] = points[i + 1] + dy;
        }
        return moved;
    }

    /**
     * Annotation attribute that pins an image-level class to one tile: its value is the tile's id. An
     * image-level class without it labels the whole image and shows on every tile.
     */
    public static final String TILE_ATTRIBUTE = "tile";

    /** True when the annotation shows on the tile (see the class comment). */
    public static boolean intersects(Tile tile, Annotation annotation) {
        return intersects(region(tile), annotation.getShape()) && pinnedTo(annotation, tile);
    }

    /** False only for an image-level class pinned to another tile. */
    private static boolean pinnedTo(Annotation annotation, Tile tile) {
        if (!(annotation.getShape() instanceof ImageClassShape) || annotation.getAttributes().isEmpty()) {
            return true;
        }
        String pinned = annotation.getAttributes().get(TILE_ATTRIBUTE);
        return pinned == null || pinned.equals(tile.getId());
    }

    /** The annotations of the tile's image that show on the tile, in the image's order. */
    public static List<Annotation> annotationsOn(Tile tile) {
        List<Annotation> shown = new ArrayList<>();
        ImageAsset image = tile.getImage();
        if (image == null) {
            return shown;
        }
        Rectangle2D region = region(tile);
        for (Annotation annotation : image.getAnnotations()) {
            if (intersects(region, annotation.getShape()) && pinnedTo(annotation, tile)) {
                shown.add(annotation);
            }
        }
        return shown;
    }

    /** The tiles of the annotation's image that show it, in the image's order. */
    public static List<Tile> tilesShowing(Annotation annotation) {
        List<Tile> tiles = new ArrayList<>();
        if (annotation.eContainer() instanceof ImageAsset image) {
            for (Tile tile : image.getTiles()) {
                if (intersects(tile, annotation)) {
                    tiles.add(tile);
                }
            }
        }
        return tiles;
    }

    /** Whether a shape (image coordinates) meets the interior of a region (image coordinates). */
    public static boolean intersects(Rectangle2D region, Shape shape) {
        if (shape == null || region.isEmpty()) {
            return false;
        }
        Rectangle2D bounds = bounds(shape);
        if (bounds != null && !(shape instanceof ImageClassShape) && !overlapsClosed(bounds, region)) {
            return false;
        }
        if (shape instanceof ImageClassShape) {
            return true;
        }
        if (shape instanceof BoxShape box) {
            return region.intersects(box.getX(), box.getY(), box.getWidth(), box.getHeight());
        }
        if (shape instanceof RotatedBoxShape box) {
            return rotatedBox(box).intersects(region);
        }
        if (shape instanceof EllipseShape ellipse) {
            return ellipse(ellipse).intersects(region);
        }
        if (shape instanceof PolygonShape polygon) {
            return polygon(polygon).intersects(region);
        }
        if (shape instanceof PolylineShape polyline) {
            return polylineIntersects(polyline.getPoints(), region);
        }
        if (shape instanceof KeypointsShape keypoints) {
            return keypointsInside(keypoints, region);
        }
        if (shape instanceof MaskShape mask) {
            return maskIntersects(mask, region);
        }
        return bounds != null && bounds.intersects(region);
    }

    /**
     * The bounding box of a shape in image coordinates by {@link ShapeBounds}' rules (a mask's is the tight box
     * of its foreground, keypoints' that of their labelled points); null for an image-level class (it covers
     * the image), for keypoints without a labelled point and for a mask without foreground.
     */
    public static Rectangle2D bounds(Shape shape) {
        double[] bounds = ShapeBounds.of(shape);
        return bounds == null ? null : new Rectangle2D.Double(bounds[0], bounds[1], bounds[2], bounds[3]);
    }

    private static boolean overlapsClosed(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() <= b.getMaxX() && b.getMinX() <= a.getMaxX() && a.getMinY() <= b.getMaxY()
                && b.getMinY() <= a.getMaxY();
    }

    private static java.awt.Shape rotatedBox(RotatedBoxShape box) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring(path, Outlines.rotatedBox(box.getCx(), box.getCy(), box.getWidth(), box.getHeight(), box.getAngle()));
        return path;
    }

    private static java.awt.Shape ellipse(EllipseShape ellipse) {
        Ellipse2D.Double shape = new Ellipse2D.Double(-ellipse.getRx(), -ellipse.getRy(), 2 * ellipse.getRx(),
                2 * ellipse.getRy());
        AffineTransform transform = AffineTransform.getTranslateInstance(ellipse.getCx(), ellipse.getCy());
        transform.rotate(Math.toRadians(ellipse.getAngle()));
        return transform.createTransformedShape(shape);
    }

    /** All rings of all parts ({@link PolygonRings}); even-odd filling makes holes holes. */
    private static Path2D polygon(PolygonShape polygon) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : PolygonRings.of(polygon).rings()) {
            ring(path, ring);
        }
        return path;
    }

    private static void ring(Path2D path, double[] xy) {
        for (int v = 0; v + 1 < xy.length; v += 2) {
            if (v == 0) {
                path.moveTo(xy[v], xy[v + 1]);
            } else {
                path.lineTo(xy[v], xy[v + 1]);
            }
        }
        if (xy.length >= 2) {
            path.closePath();
        }
    }

    private static boolean polylineIntersects(double[] points, Rectangle2D region) {
        if (points == null || points.length < 2) {
            return false;
        }
        if (points.length < 4) {
            return region.contains(points[0], points[1]);
        }
        for (int i = 0; i + 3 < points.length; i += 2) {
            if (region.intersectsLine(new Line2D.Double(points[i], points[i + 1], points[i + 2], points[i + 3]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean keypointsInside(KeypointsShape keypoints, Rectangle2D region) {
        double[] points = keypoints.getPoints();
        int[] visibility = keypoints.getVisibility();
        if (points == null) {
            return false;
        }
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (ShapeBounds.isLabelled(visibility, i / 2) && region.contains(points[i], points[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Walks the runs of the row-major RLE, looking for a foreground pixel inside the region. */
    private static boolean maskIntersects(MaskShape mask, Rectangle2D region) {
        int width = mask.getWidth();
        int[] counts = mask.getCounts();
        if (width <= 0 || counts == null) {
            return false;
        }
        // the region as half-open ranges of mask columns and rows
        long firstColumn = (long) Math.floor(region.getMinX()) - mask.getX();
        long endColumn = (long) Math.ceil(region.getMaxX()) - mask.getX();
        long firstRow = (long) Math.floor(region.getMinY()) - mask.getY();
        long endRow = (long) Math.ceil(region.getMaxY()) - mask.getY();
        long position = 0;
        for (int i = 0; i < counts.length; i++) {
            long end = position + counts[i];
            if (i % 2 == 1 && end > position && runMeets(position, end, width, firstColumn, endColumn, firstRow, endRow)) {
                return true;
            }
            position = end;
        }
        return false;
    }

    private static boolean runMeets(long start, long end, int width, long firstColumn, long endColumn, long firstRow,
            long endRow) {
        long startRow = start / width;
        long lastRow = (end - 1) / width;
        for (long row = Math.max(startRow, firstRow); row <= Math.min(lastRow, endRow - 1); row++) {
            long from = row == startRow ? start % width : 0;
            long to = row == lastRow ? (end - 1) % width + 1 : width;
            if (from < endColumn && firstColumn < to) {
                return true;
            }
        }
        return false;
    }
}
