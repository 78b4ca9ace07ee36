package org.annotide.formats.internal.yolo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.PolygonRings;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.Numbers;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the annotations of one image into the lines of a YOLO label file for a task, converting every shape
 * the task can hold and reporting the rest:
 * <ul>
 * <li>detect: every area shape as its axis-aligned bounds (exact for boxes; reported for the others);</li>
 * <li>segment: polygons (one line per part, holes dropped and reported), boxes and rotated boxes as their 4
 * corners (exact), ellipses as polygons within 0.01 px, masks as the outlines of their pixels (exact
 * up to holes);</li>
 * <li>obb: rotated boxes and boxes as 4 corners (exact), other area shapes as their minimum-area rectangle
 * (reported);</li>
 * <li>pose: a box and keypoints of one group as one line; lone keypoints with their bounds as box; lone
 * boxes with every keypoint absent (reported).</li>
 * </ul>
 * Coordinates are normalised to the image size and written with up to 10 decimals.
 */
final class YoloLineWriter {

    private static final int DECIMALS = 10;

    private final YoloTask task;
    private final Map<LabelClass, Integer> classIndex;
    private final int keypointCount;
    private final ValidationReport report;
    private final String file;

    YoloLineWriter(YoloTask task, Map<LabelClass, Integer> classIndex, int keypointCount, ValidationReport report,
            String file) {
        this.task = task;
        this.classIndex = classIndex;
        this.keypointCount = keypointCount;
        this.report = report;
        this.file = file;
    }

    List<String> lines(ImageAsset image) {
        List<String> lines = new ArrayList<>();
        int width = image.getWidth();
        int height = image.getHeight();
        Map<Integer, List<Annotation>> groups = new HashMap<>();
        for (Annotation annotation : image.getAnnotations()) {
            if (annotation.getGroup() != 0) {
                groups.computeIfAbsent(annotation.getGroup(), key -> new ArrayList<>()).add(annotation);
            }
        }
        for (Annotation annotation : image.getAnnotations()) {
            String where = image.getName() + " annotation " + annotation.getId();
            Integer index = annotation.getLabelClass() == null ? null : classIndex.get(annotation.getLabelClass());
            if (index == null) {
                report.reject(file, where, "a YOLO line needs a class; this annotation has none");
                continue;
            }
            if (annotation.getShape().getKind() == ShapeKind.IMAGE_CLASS) {
                report.reject(file, where, "image-level classes belong to the yolo-classify layout");
                continue;
            }
            if (width <= 0 || height <= 0) {
                report.reject(file, where, "the image size is unknown, so coordinates cannot be normalised");
                continue;
            }
            int before = lines.size();
            switch (task) {
                case DETECT -> detect(lines, index, annotation.getShape(), width, height, where);
                case SEGMENT -> segment(lines, index, annotation.getShape(), width, height, where);
                case OBB -> obb(lines, index, annotation.getShape(), width, height, where);
                case POSE -> pose(lines, index, annotation, groups.get(annotation.getGroup()), width, height, where);
                default -> throw new IllegalStateException(task.name());
            }
            if (lines.size() > before) {
                report.accepted(1);
            }
        }
        return lines;
    }

    private void detect(List<String> lines, int index, Shape shape, int width, int height, String where) {
        if (shape.getKind() == ShapeKind.POLYLINE || shape.getKind() == ShapeKind.KEYPOINTS) {
            report.reject(file, where, "a " + shape.getKind().getLiteral() + " is no detection box");
            return;
        }
        double[] bounds = ShapeGeometry.bounds(shape);
        if (!(shape instanceof BoxShape)) {
            report.warn(file, where, "a " + shape.getKind().getLiteral() + " is written as its bounding box");
        }
        lines.add(boxLine(index, bounds, width, height));
    }

    private void segment(List<String> lines, int index, Shape shape, int width, int height, String where) {
        switch (shape) {
            case BoxShape box -> lines.add(pointsLine(index, new double[] {box.getX(), box.getY(),
                    box.getX() + box.getWidth(), box.getY(), box.getX() + box.getWidth(), box.getY() + box.getHeight(),
                    box.getX(), box.getY() + box.getHeight()}, width, height));
            case RotatedBoxShape box -> lines.add(pointsLine(index, ShapeGeometry.rotatedCorners(box), width, height));
            case EllipseShape ellipse -> {
                lines.add(pointsLine(index, ShapeGeometry.ellipsePolygon(ellipse), width, height));
                report.warn(file, where, "an ellipse is written as a polygon within " + ShapeGeometry.ELLIPSE_TOLERANCE
                        + " px of its outline");
            }
            case PolygonShape polygon -> {
                PolygonRings rings = PolygonRings.of(polygon);
                List<List<double[]>> parts = rings.parts();
                for (List<double[]> part : parts) {
                    if (part.get(0).length >= 6) {
                        lines.add(pointsLine(index, part.get(0), width, height));
                    }
                }
                if (parts.size() > 1) {
                    report.warn(file, where, "a polygon of " + parts.size() + " parts is written as one line per part");
                }
                if (rings.hasHoles()) {
                    report.warn(file, where, "YOLO polygons have no holes: the holes were left out");
                }
            }
            case MaskShape mask -> {
                Geometry outline = ShapeGeometry.toJts(mask);
                if (outline.isEmpty()) {
                    report.reject(file, where, "the mask is empty");
                    return;
                }
                boolean holes = false;
                for (int i = 0; i < outline.getNumGeometries(); i++) {
                    Polygon polygon = (Polygon) outline.getGeometryN(i);
                    holes |= polygon.getNumInteriorRing() > 0;
                    lines.add(pointsLine(index, ring(polygon.getExteriorRing().getCoordinates()), width, height));
                }
                if (outline.getNumGeometries() > 1 || holes) {
                    report.warn(file, where, "a mask is written as the outlines of its " + outline.getNumGeometries()
                            + " region(s)" + (holes ? "; its holes were left out" : ""));
                }
            }
            default -> report.reject(file, where, "a " + shape.getKind().getLiteral() + " has no area to segment");
        }
    }

    private void obb(List<String> lines, int index, Shape shape, int width, int height, String where) {
        switch (shape) {
            case RotatedBoxShape box -> lines.add(pointsLine(index, ShapeGeometry.rotatedCorners(box), width, height));
            case BoxShape box -> lines.add(pointsLine(index, new double[] {box.getX(), box.getY(),
                    box.getX() + box.getWidth(), box.getY(), box.getX() + box.getWidth(), box.getY() + box.getHeight(),
                    box.getX(), box.getY() + box.getHeight()}, width, height));
            case PolygonShape polygon -> minimumRectangle(lines, index, shape, width, height, where);
            case EllipseShape ellipse -> minimumRectangle(lines, index, shape, width, height, where);
            case MaskShape mask -> minimumRectangle(lines, index, shape, width, height, where);
            default -> report.reject(file, where, "a " + shape.getKind().getLiteral() + " is no oriented box");
        }
    }

    private void minimumRectangle(List<String> lines, int index, Shape shape, int width, int height, String where) {
        Geometry rectangle = MinimumAreaRectangle.getMinimumRectangle(ShapeGeometry.toJts(shape));
        Coordinate[] coordinates = rectangle.getCoordinates();
        if (coordinates.length < 5) {
            report.reject(file, where, "the shape has no area, so it has no oriented box");
            return;
        }
        lines.add(pointsLine(index, ring(coordinates), width, height));
        report.warn(file, where, "a " + shape.getKind().getLiteral() + " is written as its minimum-area rectangle");
    }

    private void pose(List<String> lines, int index, Annotation annotation, List<Annotation> group, int width,
            int height, String where) {
        Shape shape = annotation.getShape();
        Annotation partner = null;
        if (group != null && group.size() == 2) {
            partner = group.get(0) == annotation ? group.get(1) : group.get(0);
            if (partner.getLabelClass() != annotation.getLabelClass()
                    || partner.getShape().getKind() == shape.getKind()) {
                partner = null;
            }
        }
        KeypointsShape keypoints;
        double[] bounds;
        if (shape instanceof KeypointsShape own) {
            if (partner != null && partner.getShape() instanceof BoxShape) {
                return; // written with its box
            }
            keypoints = own;
            bounds = ShapeGeometry.bounds(own);
        } else if (shape instanceof BoxShape box) {
            keypoints = partner != null && partner.getShape() instanceof KeypointsShape other ? other : null;
            bounds = new double[] {box.getX(), box.getY(), box.getWidth(), box.getHeight()};
            if (keypoints == null) {
                report.warn(file, where, "a box without keypoints is written with every keypoint absent");
            }
        } else {
            report.reject(file, where, "a pose dataset holds boxes with keypoints, not a " + shape.getKind().getLiteral());
            return;
        }
        int count = keypoints == null ? keypointCount : keypoints.getPoints().length / 2;
        if (count != keypointCount) {
            report.reject(file, where, "the dataset's kpt_shape has " + keypointCount + " keypoints, this object " + count);
            return;
        }
        StringBuilder line = new StringBuilder(boxLine(index, bounds, width, height));
        for (int i = 0; i < keypointCount; i++) {
            double x = keypoints == null ? 0 : keypoints.getPoints()[2 * i];
            double y = keypoints == null ? 0 : keypoints.getPoints()[2 * i + 1];
            int[] visibility = keypoints == null ? null : keypoints.getVisibility();
            int v = keypoints == null ? 0 : visibility == null || i >= visibility.length ? 2 : visibility[i];
            if (v == 0) {
                x = 0;
                y = 0;
            }
            line.append(' ').append(Numbers.format(x / width, DECIMALS)).append(' ')
                    .append(Numbers.format(y / height, DECIMALS)).append(' ').append(v);
        }
        lines.add(line.toString());
    }

    private static double[] ring(Coordinate[] coordinates) {
        int n = coordinates.length - 1; // JTS repeats the first coordinate at the end
        double[] points = new double[n * 2];
        for (int i = 0; i < n; i++) {
            points[2 * i] = coordinates[i].x;
            points[2 * i + 1] = coordinates[i].y;
        }
        return points;
    }

    private static String boxLine(int index, double[] bounds, int width, int height) {
        return index + " " + Numbers.format((bounds[0] + bounds[2] / 2) / width, DECIMALS) + " "
                + Numbers.format((bounds[1] + bounds[3] / 2) / height, DECIMALS) + " "
                + Numbers.format(bounds[2] / width, DECIMALS) + " " + Numbers.format(bounds[3] / height, DECIMALS);
    }

    private static String pointsLine(int index, double[] points, int width, int height) {
        StringBuilder line = new StringBuilder(Integer.toString(index));
        for (int i = 0; i + 1 < points.length; i += 2) {
            line.append(' ').append(Numbers.format(points[i] / width, DECIMALS)).append(' ')
                    .append(Numbers.format(points[i + 1] / height, DECIMALS));
        }
        return line.toString();
    }
}
