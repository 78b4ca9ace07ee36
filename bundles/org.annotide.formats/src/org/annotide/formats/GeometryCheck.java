package org.annotide.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;

/**
 * The one geometry check every import passes through ({@link ImportResult#read} runs it on the dataset of any
 * importer, Annotide's or a third party's), so the policy is the same for every format:
 * <ul>
 * <li><b>rejected</b> (the annotation is left out, the report says where and why): a coordinate or size that is not
 * a finite number (NaN, infinity), a coordinate beyond {@value #MAX_COORDINATE} px, a negative width, height or
 * radius, and, on an image of known size, a shape whose bounds lie farther outside the image than the image is
 * large (coordinates that cannot be meant for this image, such as Label Studio percentages far over 100 or YOLO
 * centres far over 1);</li>
 * <li><b>warned about and kept as given</b>: a shape that extends more than {@value #TOLERANCE} px outside the
 * image (annotation tools allow it, and COCO evaluation uses such boxes as they are: clipping would change
 * results).</li>
 * </ul>
 */
public final class GeometryCheck {

    /** No image is this large; a coordinate beyond it is an error in the file (e.g. {@code 1e308}). */
    public static final double MAX_COORDINATE = 1e7;
    /** How far a shape may extend outside its image without a warning, in pixels. */
    public static final double TOLERANCE = 1.0;

    private GeometryCheck() {
    }

    /** Checks every annotation of the dataset: rejected ones are removed, both kinds are reported. */
    public static void apply(Dataset dataset, ValidationReport report) {
        for (ImageAsset image : dataset.images()) {
            List<Annotation> rejected = new ArrayList<>();
            int index = 0;
            for (Annotation annotation : image.getAnnotations()) {
                String file = dataset.sizeOrigin(image) != null ? dataset.sizeOrigin(image) : dataset.source();
                String where = "image " + image.getName() + ", annotation " + (++index)
                        + (annotation.getLabelClass() != null ? " (" + annotation.getLabelClass().getName() + ")" : "");
                String problem = problem(annotation.getShape(), image.getWidth(), image.getHeight());
                if (problem != null) {
                    report.reject(file, where, problem + "; the annotation was not imported");
                    rejected.add(annotation);
                    continue;
                }
                String outside = outside(annotation.getShape(), image.getWidth(), image.getHeight());
                if (outside != null) {
                    report.warn(file, where, outside);
                }
            }
            for (Annotation annotation : rejected) {
                dataset.remove(image, annotation);
            }
        }
    }

    /** Why the shape cannot be imported on an image of this size (0: unknown), or null when it can. */
    public static String problem(Shape shape, int width, int height) {
        if (shape == null) {
            return null;
        }
        double[] values = values(shape);
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return "a coordinate or size is " + (Double.isNaN(value) ? "NaN" : "infinite");
            }
            if (Math.abs(value) > MAX_COORDINATE) {
                return "a coordinate or size of " + format(value) + " px is beyond any image";
            }
        }
        String negative = negativeSize(shape);
        if (negative != null) {
            return negative;
        }
        double[] bounds = bounds(shape);
        if (bounds != null && width > 0 && height > 0 && (bounds[0] < -width || bounds[2] > 2.0 * width
                || bounds[1] < -height || bounds[3] > 2.0 * height)) {
            return "the shape (x " + format(bounds[0]) + " to " + format(bounds[2]) + ", y " + format(bounds[1]) + " to "
                    + format(bounds[3]) + ") lies farther outside the " + width + "x" + height
                    + " image than the image is large";
        }
        return null;
    }

    private static String outside(Shape shape, int width, int height) {
        double[] bounds = bounds(shape);
        if (bounds == null || width <= 0 || height <= 0) {
            return null;
        }
        if (bounds[0] < -TOLERANCE || bounds[1] < -TOLERANCE || bounds[2] > width + TOLERANCE
                || bounds[3] > height + TOLERANCE) {
            return "the shape (x " + format(bounds[0]) + " to " + format(bounds[2]) + ", y " + format(bounds[1]) + " to "
                    + format(bounds[3]) + ") extends outside the " + width + "x" + height + " image; kept as given";
        }
        return null;
    }

    private static String negativeSize(Shape shape) {
        if (shape instanceof BoxShape box && (box.getWidth() < 0 || box.getHeight() < 0)) {
            return "the box has a negative width or height";
        }
        if (shape instanceof RotatedBoxShape box && (box.getWidth() < 0 || box.getHeight() < 0)) {
            return "the rotated box has a negative width or height";
        }
        if (shape instanceof EllipseShape ellipse && (ellipse.getRx() < 0 || ellipse.getRy() < 0)) {
            return "the ellipse has a negative radius";
        }
        if (shape instanceof MaskShape mask && (mask.getWidth() < 0 || mask.getHeight() < 0)) {
            return "the mask has a negative width or height";
        }
        return null;
    }

    /** Every number of the shape's geometry. */
    private static double[] values(Shape shape) {
        if (shape instanceof BoxShape box) {
            return new double[] {box.getX(), box.getY(), box.getWidth(), box.getHeight()};
        }
        if (shape instanceof RotatedBoxShape box) {
            return new double[] {box.getCx(), box.getCy(), box.getWidth(), box.getHeight(), box.getAngle()};
        }
        if (shape instanceof EllipseShape ellipse) {
            return new double[] {ellipse.getCx(), ellipse.getCy(), ellipse.getRx(), ellipse.getRy(), ellipse.getAngle()};
        }
        if (shape instanceof PolygonShape polygon) {
            return orEmpty(polygon.getPoints());
        }
        if (shape instanceof PolylineShape polyline) {
            return orEmpty(polyline.getPoints());
        }
        if (shape instanceof KeypointsShape keypoints) {
            return orEmpty(keypoints.getPoints());
        }
        if (shape instanceof MaskShape mask) {
            return new double[] {mask.getX(), mask.getY(), mask.getWidth(), mask.getHeight()};
        }
        return new double[0];
    }

    /** {minX, minY, maxX, maxY} of what the shape covers (labelled keypoints only), or null when nothing. */
    private static double[] bounds(Shape shape) {
        if (shape instanceof BoxShape box) {
            return new double[] {box.getX(), box.getY(), box.getX() + box.getWidth(), box.getY() + box.getHeight()};
        }
        if (shape instanceof MaskShape mask) {
            return new double[] {mask.getX(), mask.getY(), mask.getX() + mask.getWidth(), mask.getY() + mask.getHeight()};
        }
        if (shape instanceof RotatedBoxShape box) {
            double a = Math.toRadians(box.getAngle());
            double hw = Math.abs(box.getWidth() / 2 * Math.cos(a)) + Math.abs(box.getHeight() / 2 * Math.sin(a));
            double hh = Math.abs(box.getWidth() / 2 * Math.sin(a)) + Math.abs(box.getHeight() / 2 * Math.cos(a));
            return new double[] {box.getCx() - hw, box.getCy() - hh, box.getCx() + hw, box.getCy() + hh};
        }
        if (shape instanceof EllipseShape ellipse) {
            double r = Math.max(ellipse.getRx(), ellipse.getRy());
            return new double[] {ellipse.getCx() - r, ellipse.getCy() - r, ellipse.getCx() + r, ellipse.getCy() + r};
        }
        if (shape instanceof KeypointsShape keypoints) {
            double[] points = orEmpty(keypoints.getPoints());
            int[] visibility = keypoints.getVisibility();
            double[] bounds = null;
            for (int i = 0; i + 1 < points.length; i += 2) {
                if (visibility == null || i / 2 >= visibility.length || visibility[i / 2] > 0) {
                    bounds = extend(bounds, points[i], points[i + 1]);
                }
            }
            return bounds;
        }
        double[] points = shape instanceof PolygonShape polygon ? orEmpty(polygon.getPoints())
                : shape instanceof PolylineShape polyline ? orEmpty(polyline.getPoints()) : new double[0];
        double[] bounds = null;
        for (int i = 0; i + 1 < points.length; i += 2) {
            bounds = extend(bounds, points[i], points[i + 1]);
        }
        return bounds;
    }

    private static double[] extend(double[] bounds, double x, double y) {
        if (bounds == null) {
            return new double[] {x, y, x, y};
        }
        bounds[0] = Math.min(bounds[0], x);
        bounds[1] = Math.min(bounds[1], y);
        bounds[2] = Math.max(bounds[2], x);
        bounds[3] = Math.max(bounds[3], y);
        return bounds;
    }

    private static double[] orEmpty(double[] values) {
        return values == null ? new double[0] : values;
    }

    private static String format(double value) {
        return Math.abs(value) >= 1e7 ? String.format(Locale.ROOT, "%.3g", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
