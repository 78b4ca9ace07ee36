package org.annotide.core.geometry;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Conversions between model shapes and geometry: JTS geometries for vector work (area, overlap), COCO RLE
 * for pixel work. All coordinates are image pixels, y down.
 * <p>
 * Ellipses become polygons whose vertices lie on the ellipse and whose edges stray from it by at most
 * {@link #ELLIPSE_TOLERANCE} pixels (at least {@link #ELLIPSE_MIN_SEGMENTS} vertices). Area shapes are
 * returned valid: self-intersecting polygons are repaired with JTS's {@link GeometryFixer}.
 */
public final class ShapeGeometry {

    /** Largest distance, in pixels, between an ellipse and the polygon that stands for it. */
    public static final double ELLIPSE_TOLERANCE = 0.01;
    /** Fewest vertices of an ellipse's polygon, so small ellipses still look round. */
    public static final int ELLIPSE_MIN_SEGMENTS = 16;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private ShapeGeometry() {
    }

    /** The shared factory (floating precision) used for every geometry this class makes. */
    public static GeometryFactory factory() {
        return FACTORY;
    }

    /**
     * The shape as a JTS geometry: polygon (holes, several parts as a MultiPolygon) for box, rotated box,
     * polygon, ellipse and mask (the union of its pixel squares); LineString for a polyline; MultiPoint of the
     * labelled points (visibility &gt; 0) for keypoints; an empty geometry for an image-level class.
     */
    public static Geometry toJts(Shape shape) {
        return switch (shape) {
            case BoxShape box -> rectangle(box.getX(), box.getY(), box.getWidth(), box.getHeight());
            case RotatedBoxShape rotated -> valid(FACTORY.createPolygon(closedRing(rotatedCorners(rotated))));
            case EllipseShape ellipse -> valid(FACTORY.createPolygon(closedRing(ellipsePolygon(ellipse))));
            case PolygonShape polygon -> polygon(polygon);
            case MaskShape mask -> mask(mask);
            case PolylineShape polyline -> FACTORY.createLineString(coordinates(nonNull(polyline.getPoints()), false));
            case KeypointsShape keypoints -> FACTORY.createMultiPointFromCoords(labelledPoints(keypoints));
            default -> FACTORY.createGeometryCollection();
        };
    }

    /**
     * The polygonal part of a geometry as a model polygon, the inverse of {@link #toJts} for area shapes:
     * each Polygon (alone, in a MultiPolygon or in a collection) becomes one part, its shell the part's first
     * ring and its holes the following rings. JTS's repeated closing vertex is dropped, ring orientation is
     * kept as JTS gives it. One ring leaves {@code ringEnds} unset and one part {@code partEnds}, as the
     * drawing tools do.
     *
     * @return null when the geometry has no area to keep (empty, or only points and lines)
     */
    public static PolygonShape fromJts(Geometry geometry) {
        List<Polygon> polygons = new ArrayList<>();
        collectPolygons(geometry, polygons);
        List<double[]> rings = new ArrayList<>();
        List<Integer> partEnds = new ArrayList<>();
        for (Polygon polygon : polygons) {
            rings.add(openRing(polygon.getExteriorRing()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                if (!polygon.getInteriorRingN(h).isEmpty()) {
                    rings.add(openRing(polygon.getInteriorRingN(h)));
                }
            }
            partEnds.add(rings.size());
        }
        if (rings.isEmpty()) {
            return null;
        }
        int vertices = 0;
        int[] ringEnds = new int[rings.size()];
        for (int r = 0; r < rings.size(); r++) {
            vertices += rings.get(r).length / 2;
            ringEnds[r] = vertices;
        }
        double[] points = new double[2 * vertices];
        int offset = 0;
        for (double[] ring : rings) {
            System.arraycopy(ring, 0, points, offset, ring.length);
            offset += ring.length;
        }
        PolygonShape shape = AnnotideFactory.eINSTANCE.createPolygonShape();
        shape.setPoints(points);
        if (ringEnds.length > 1) {
            shape.setRingEnds(ringEnds);
        }
        if (partEnds.size() > 1) {
            shape.setPartEnds(partEnds.stream().mapToInt(Integer::intValue).toArray());
        }
        return shape;
    }

    private static void collectPolygons(Geometry geometry, List<Polygon> polygons) {
        if (geometry instanceof Polygon polygon) {
            if (!polygon.isEmpty()) {
                polygons.add(polygon);
            }
            return;
        }
        // MultiPolygon and GeometryCollection; the points and lines an overlay may leave have no area
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry element = geometry.getGeometryN(i);
            if (element != geometry) {
                collectPolygons(element, polygons);
            }
        }
    }

    /** A ring's vertices x0 y0 x1 y1 ... without the closing repeat of the first. */
    private static double[] openRing(LineString ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        int n = coordinates.length;
        if (n > 1 && coordinates[0].equals2D(coordinates[n - 1])) {
            n--;
        }
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = coordinates[i].x;
            xy[2 * i + 1] = coordinates[i].y;
        }
        return xy;
    }

    /**
     * Area in square pixels: exact for box, rotated box and ellipse, the pixel count for a mask, the planar
     * area of the (repaired) polygon; 0 for polylines, keypoints and image-level classes.
     */
    public static double area(Shape shape) {
        return switch (shape) {
            case BoxShape box -> Math.max(0, box.getWidth()) * Math.max(0, box.getHeight());
            case RotatedBoxShape rotated -> Math.max(0, rotated.getWidth()) * Math.max(0, rotated.getHeight());
            case EllipseShape ellipse -> Math.PI * Math.abs(ellipse.getRx()) * Math.abs(ellipse.getRy());
            case MaskShape mask -> MaskRuns.area(mask);
            case PolygonShape polygon -> polygon(polygon).getArea();
            default -> 0;
        };
    }

    /**
     * The axis-aligned bounds x, y, w, h by {@link ShapeBounds}' rules (exact for ellipses and rotated boxes,
     * the tight pixel box of a mask's foreground, the labelled points of keypoints); 0, 0, 0, 0 for a shape
     * without bounds.
     */
    public static double[] bounds(Shape shape) {
        double[] bounds = ShapeBounds.of(shape);
        return bounds == null ? new double[4] : bounds;
    }

    /** The model mask (row-major window) as a COCO RLE of the whole image; pixels outside the image are dropped. */
    public static CocoRle toCocoRle(MaskShape mask, int imageHeight, int imageWidth) {
        return MaskRuns.toCocoRle(mask, imageHeight, imageWidth);
    }

    /** A model mask whose window is the tight box around the RLE's foreground (a 0x0 window when empty). */
    public static MaskShape fromCocoRle(CocoRle rle) {
        return MaskRuns.fromCocoRle(rle);
    }

    /**
     * Rasterises an area shape with pycocotools' rules: boxes with rleFrBbox, polygons ring by ring with
     * rleFrPoly (outer rings united, holes subtracted), rotated boxes and ellipses through their polygons,
     * masks by re-encoding.
     *
     * @throws IllegalArgumentException for a polyline, keypoints or an image-level class
     */
    public static CocoRle rasterize(Shape shape, int imageHeight, int imageWidth) {
        return switch (shape) {
            case BoxShape box -> CocoRle.fromBox(box.getX(), box.getY(), box.getWidth(), box.getHeight(),
                    imageHeight, imageWidth);
            case RotatedBoxShape rotated -> CocoRle.fromPolygon(rotatedCorners(rotated), imageHeight, imageWidth);
            case EllipseShape ellipse -> CocoRle.fromPolygon(ellipsePolygon(ellipse), imageHeight, imageWidth);
            case MaskShape mask -> MaskRuns.toCocoRle(mask, imageHeight, imageWidth);
            case PolygonShape polygon -> rasterizePolygon(polygon, imageHeight, imageWidth);
            default -> throw new IllegalArgumentException(
                    "a " + shape.getKind().getLiteral() + " shape has no area to rasterise");
        };
    }

    /** The four corners x0 y0 .. x3 y3 of a rotated box, by {@link Outlines#rotatedBox}. */
    public static double[] rotatedCorners(RotatedBoxShape box) {
        return Outlines.rotatedBox(box.getCx(), box.getCy(), box.getWidth(), box.getHeight(), box.getAngle());
    }

    /**
     * The ellipse as a polygon x0 y0 x1 y1 ... with vertices on the ellipse, dense enough that no edge strays
     * more than {@link #ELLIPSE_TOLERANCE} pixels from it ({@link Outlines#ellipseSegments}).
     */
    public static double[] ellipsePolygon(EllipseShape ellipse) {
        double rx = Math.abs(ellipse.getRx());
        double ry = Math.abs(ellipse.getRy());
        return Outlines.ellipse(ellipse.getCx(), ellipse.getCy(), rx, ry, ellipse.getAngle(),
                Outlines.ellipseSegments(rx, ry));
    }

    private static CocoRle rasterizePolygon(PolygonShape polygon, int imageHeight, int imageWidth) {
        List<CocoRle> parts = new ArrayList<>();
        for (List<double[]> part : PolygonRings.of(polygon).parts()) {
            CocoRle outer = CocoRle.fromPolygon(part.get(0), imageHeight, imageWidth);
            if (part.size() > 1) {
                List<CocoRle> holes = new ArrayList<>();
                for (double[] hole : part.subList(1, part.size())) {
                    holes.add(CocoRle.fromPolygon(hole, imageHeight, imageWidth));
                }
                CocoRle holeUnion = CocoRle.merge(holes, false);
                outer = CocoRle.merge(List.of(outer, holeUnion.invert()), true);
            }
            parts.add(outer);
        }
        if (parts.isEmpty()) {
            return new CocoRle(imageHeight, imageWidth, new int[] { imageHeight * imageWidth });
        }
        return CocoRle.merge(parts, false);
    }

    private static Geometry polygon(PolygonShape shape) {
        List<Polygon> polygons = new ArrayList<>();
        for (List<double[]> part : PolygonRings.of(shape).parts()) {
            LinearRing shell = closedRing(part.get(0));
            if (shell.isEmpty()) {
                continue;
            }
            LinearRing[] holes = new LinearRing[part.size() - 1];
            for (int i = 1; i < part.size(); i++) {
                holes[i - 1] = closedRing(part.get(i));
            }
            polygons.add(FACTORY.createPolygon(shell, holes));
        }
        Geometry geometry = polygons.size() == 1 ? polygons.get(0)
                : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        return valid(geometry);
    }

    /** The union of the mask's pixel squares, built from one rectangle per foreground run of each row. */
    private static Geometry mask(MaskShape mask) {
        byte[] window = MaskRuns.decodeWindow(mask);
        int width = mask.getWidth();
        List<Geometry> runs = new ArrayList<>();
        for (int row = 0; row < mask.getHeight(); row++) {
            int column = 0;
            while (column < width) {
                if (window[row * width + column] == 0) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < width && window[row * width + column] != 0) {
                    column++;
                }
                runs.add(FACTORY.toGeometry(new Envelope(mask.getX() + start, mask.getX() + column,
                        mask.getY() + row, mask.getY() + row + 1)));
            }
        }
        return runs.isEmpty() ? FACTORY.createPolygon() : UnaryUnionOp.union(runs);
    }

    private static Geometry rectangle(double x, double y, double w, double h) {
        if (!(w > 0 && h > 0)) {
            return FACTORY.createPolygon();
        }
        return FACTORY.toGeometry(new Envelope(x, x + w, y, y + h));
    }

    private static Geometry valid(Geometry geometry) {
        return geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
    }

    private static LinearRing closedRing(double[] xy) {
        Coordinate[] coordinates = coordinates(xy, true);
        if (coordinates.length < 4) {
            // fewer than three distinct vertices: JTS rejects such a ring, and it has no area anyway
            return FACTORY.createLinearRing();
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate[] coordinates(double[] xy, boolean close) {
        int n = xy.length / 2;
        boolean closed = n > 0 && xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1];
        boolean addClosing = close && n > 0 && !closed;
        Coordinate[] coordinates = new Coordinate[n + (addClosing ? 1 : 0)];
        for (int i = 0; i < n; i++) {
            coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        if (addClosing) {
            coordinates[n] = coordinates[0].copy();
        }
        return coordinates;
    }

    private static Coordinate[] labelledPoints(KeypointsShape keypoints) {
        double[] xy = nonNull(keypoints.getPoints());
        int[] visibility = keypoints.getVisibility();
        List<Coordinate> labelled = new ArrayList<>();
        for (int i = 0; i < xy.length / 2; i++) {
            if (ShapeBounds.isLabelled(visibility, i)) {
                labelled.add(new Coordinate(xy[2 * i], xy[2 * i + 1]));
            }
        }
        return labelled.toArray(Coordinate[]::new);
    }

    private static double[] nonNull(double[] values) {
        return values == null ? new double[0] : values;
    }
}
