package org.annotide.ui.editor.internal.index;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.annotide.core.geometry.Outlines;
import org.annotide.core.geometry.ShapeBounds;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.ui.editor.internal.geometry.RingEnds;

/** Builds {@link Glyph}s from annotations. */
public final class Glyphs {

    /** Colour of annotations without a label class. */
    public static final int UNLABELLED_RGB = 0x9e9e9e;

    private static final double[] NO_POINTS = new double[0];

    /** Colours parsed so far (label class colour string to 0xRRGGBB), bounded so odd input cannot grow it. */
    private static final Map<String, Integer> COLOURS = new ConcurrentHashMap<>();
    private static final int MAX_COLOURS = 1024;

    private Glyphs() {
    }

    /**
     * The glyph of an annotation, or null when it has nothing to draw (image-level classes, empty shapes).
     * Malformed geometry (odd coordinate counts, ring ends beyond the points) is drawn as far as it is
     * consistent rather than refused, so one bad imported record cannot break the editor.
     */
    public static Glyph of(Annotation annotation, long sequence) {
        return of(annotation, annotation.getShape(), sequence);
    }

    /** The glyph of an annotation drawn with another shape: the preview of an edit in progress. */
    public static Glyph of(Annotation annotation, Shape shape, long sequence) {
        if (shape == null) {
            return null;
        }
        int rgb = rgb(annotation.getLabelClass());
        int flags = flags(annotation);
        double score = annotation.getScore();
        int z = annotation.getZOrder();
        switch (shape.getKind()) {
        case BOX: {
            BoxShape box = (BoxShape) shape;
            double x = Math.min(box.getX(), box.getX() + box.getWidth());
            double y = Math.min(box.getY(), box.getY() + box.getHeight());
            double w = Math.abs(box.getWidth());
            double h = Math.abs(box.getHeight());
            return new Glyph(annotation, ShapeKind.BOX, new double[] { x, y, w, h }, null, null, null, null, rgb,
                    flags, score, z, sequence, x, y, x + w, y + h);
        }
        case ROTATED_BOX: {
            RotatedBoxShape box = (RotatedBoxShape) shape;
            double[] coords = { box.getCx(), box.getCy(), Math.abs(box.getWidth()), Math.abs(box.getHeight()),
                    box.getAngle() };
            double[] corners = Outlines.rotatedBox(coords[0], coords[1], coords[2], coords[3], coords[4]);
            return bounded(annotation, ShapeKind.ROTATED_BOX, coords, null, null, null, null, rgb, flags, score, z,
                    sequence, corners);
        }
        case ELLIPSE: {
            EllipseShape ellipse = (EllipseShape) shape;
            double[] coords = { ellipse.getCx(), ellipse.getCy(), Math.abs(ellipse.getRx()),
                    Math.abs(ellipse.getRy()), ellipse.getAngle() };
            double[] half = Outlines.ellipseHalfExtents(coords[2], coords[3], coords[4]);
            return new Glyph(annotation, ShapeKind.ELLIPSE, coords, null, null, null, null, rgb, flags, score, z,
                    sequence, coords[0] - half[0], coords[1] - half[1], coords[0] + half[0], coords[1] + half[1]);
        }
        case POLYGON:
            return polygon(annotation, (PolygonShape) shape, rgb, flags, score, z, sequence);
        case POLYLINE: {
            double[] points = points(((PolylineShape) shape).getPoints());
            if (points.length < 2) {
                return null;
            }
            return bounded(annotation, ShapeKind.POLYLINE, points, null, null, null, null, rgb, flags, score, z,
                    sequence, points);
        }
        case KEYPOINTS:
            return keypoints(annotation, (KeypointsShape) shape, rgb, flags, score, z, sequence);
        case MASK: {
            MaskShape mask = (MaskShape) shape;
            if (mask.getWidth() <= 0 || mask.getHeight() <= 0) {
                return null;
            }
            int[] counts = mask.getCounts() == null ? new int[0] : mask.getCounts();
            double[] coords = { mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight() };
            return new Glyph(annotation, ShapeKind.MASK, coords, null, null, counts, null, rgb, flags, score, z,
                    sequence, coords[0], coords[1], coords[0] + coords[2], coords[1] + coords[3]);
        }
        default:
            return null;
        }
    }

    private static Glyph polygon(Annotation annotation, PolygonShape polygon, int rgb, int flags, double score, int z,
            long sequence) {
        double[] points = points(polygon.getPoints());
        int vertices = points.length / 2;
        if (vertices < 2) {
            return null;
        }
        int[] ringEnds = RingEnds.consistent(polygon.getRingEnds(), vertices);
        int[] partEnds = RingEnds.consistent(polygon.getPartEnds(), ringEnds.length);
        return bounded(annotation, ShapeKind.POLYGON, points, ringEnds, partEnds, null, null, rgb, flags, score, z,
                sequence, points);
    }

    private static Glyph keypoints(Annotation annotation, KeypointsShape shape, int rgb, int flags, double score,
            int z, long sequence) {
        double[] points = points(shape.getPoints());
        int count = points.length / 2;
        int[] visibility = new int[count];
        int[] given = shape.getVisibility();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            visibility[i] = given == null || given.length <= i ? 2 : given[i];
            if (ShapeBounds.isLabelled(given, i)) {
                minX = Math.min(minX, points[2 * i]);
                minY = Math.min(minY, points[2 * i + 1]);
                maxX = Math.max(maxX, points[2 * i]);
                maxY = Math.max(maxY, points[2 * i + 1]);
            }
        }
        if (minX > maxX) {
            return null;
        }
        LabelClass labelClass = annotation.getLabelClass();
        int[] skeleton = labelClass == null ? null : labelClass.getSkeletonEdges();
        return new Glyph(annotation, ShapeKind.KEYPOINTS, points, null, null, visibility, skeleton, rgb, flags, score,
                z, sequence, minX, minY, maxX, maxY);
    }

    private static double[] points(double[] points) {
        if (points == null) {
            return NO_POINTS;
        }
        return points.length % 2 == 0 ? points : Arrays.copyOf(points, points.length - 1);
    }

    /** A glyph whose bounds are those of the flat points {@code xy}. */
    private static Glyph bounded(Annotation annotation, ShapeKind kind, double[] coords, int[] ringEnds, int[] partEnds,
            int[] values, int[] skeleton, int rgb, int flags, double score, int z, long sequence, double[] xy) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = xy[i];
            double y = xy[i + 1];
            if (x < minX) {
                minX = x;
            }
            if (x > maxX) {
                maxX = x;
            }
            if (y < minY) {
                minY = y;
            }
            if (y > maxY) {
                maxY = y;
            }
        }
        return new Glyph(annotation, kind, coords, ringEnds, partEnds, values, skeleton, rgb, flags, score, z, sequence,
                minX, minY, maxX, maxY);
    }

    public static int flags(Annotation annotation) {
        int flags = 0;
        if (annotation.getProvenance() == Provenance.PREDICTED) {
            flags |= Glyph.PREDICTED;
        }
        if (annotation.getReview() == ReviewState.ACCEPTED) {
            flags |= Glyph.ACCEPTED;
        } else if (annotation.getReview() == ReviewState.REJECTED) {
            flags |= Glyph.REJECTED;
        }
        if (annotation.isLocked()) {
            flags |= Glyph.LOCKED;
        }
        if (annotation.isHidden()) {
            flags |= Glyph.HIDDEN;
        }
        if (annotation.isCrowd()) {
            flags |= Glyph.CROWD;
        }
        return flags;
    }

    /** The label class colour as 0xRRGGBB; grey without a class or with an unreadable colour. */
    public static int rgb(LabelClass labelClass) {
        if (labelClass == null || labelClass.getColor() == null) {
            return UNLABELLED_RGB;
        }
        // a frame asks once per annotation, and a project has a handful of colours: parse each once
        String color = labelClass.getColor();
        Integer known = COLOURS.get(color);
        if (known != null) {
            return known;
        }
        int parsed = parse(color);
        if (COLOURS.size() < MAX_COLOURS) {
            COLOURS.put(color, parsed);
        }
        return parsed;
    }

    private static int parse(String color) {
        String hex = color.trim();
        if (hex.startsWith("#")) {
            hex = hex.substring(1);
        }
        try {
            return hex.length() == 6 ? Integer.parseInt(hex, 16) : UNLABELLED_RGB;
        } catch (NumberFormatException e) {
            return UNLABELLED_RGB;
        }
    }
}
