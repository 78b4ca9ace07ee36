package org.annotide.formats.internal.cvat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annotide.formats.Dataset;
import org.annotide.formats.ImportContext;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Subsets;
import org.annotide.formats.internal.MaskRaster;
import org.annotide.formats.internal.Numbers;
import org.annotide.formats.internal.Shapes;
import org.annotide.formats.internal.XmlElement;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.Shape;

/**
 * One {@code <image>} of a CVAT for images 1.1 file and its shapes:
 * box (rotation about the centre, degrees clockwise: a rotated box), polygon, polyline, points (keypoints
 * without names, all visible), ellipse, mask (CVAT's run lengths, row-major inside left/top/width/height,
 * background first: exactly the model's mask), skeleton (one keypoints annotation; an element that is
 * {@code outside} has visibility 0, {@code occluded} 1, else 2), tag (image-level class). Every shape keeps
 * occluded, z_order, group_id and its attributes; {@code source} is kept as attribute {@code cvat:source}.
 */
final class CvatImageReader {

    static final String SOURCE_ATTRIBUTE = "cvat:source";

    private final ImportContext context;
    private final Dataset dataset;
    private final CvatLabels labels;
    private final Path file;
    private final String fileName;
    private final ValidationReport report;

    CvatImageReader(ImportContext context, Dataset dataset, CvatLabels labels, Path file, String fileName) {
        this.context = context;
        this.dataset = dataset;
        this.labels = labels;
        this.file = file;
        this.fileName = fileName;
        this.report = context.report();
    }

    void read(XmlElement element) {
        String name = element.attribute("name");
        if (name == null || name.isEmpty()) {
            report.reject(fileName, "line " + element.line(), "an <image> without a name");
            return;
        }
        String subset = element.attribute("subset");
        ImageAsset image = dataset.image((Subsets.named(subset) == null ? "" : subset + "/") + name, name);
        int width = (int) Numbers.parse(element.attribute("width"));
        int height = (int) Numbers.parse(element.attribute("height"));
        String conflict = dataset.claimSize(image, width, height, fileName);
        if (conflict != null) {
            report.reject(fileName, "line " + element.line(), conflict);
            return;
        }
        Subsets.set(image, subset);
        if (element.attribute("task_id") != null) {
            image.getMetadata().put("cvat:task_id", element.attribute("task_id"));
        }
        Path folder = file.getParent();
        List<Path> folders = new ArrayList<>(List.of(folder.resolve("images"), folder));
        folders.addAll(context.options().imageRoots());
        ImageFiles.locate(image, name, ImageFiles.find(name, folders));
        for (XmlElement shape : element.children()) {
            readShape(image, shape);
        }
    }

    private void readShape(ImageAsset image, XmlElement element) {
        String where = "line " + element.line() + " <" + element.name() + ">";
        String labelName = element.attribute("label");
        if (labelName != null && !labelName.isEmpty() && !labels.allows(labelName)) {
            report.reject(fileName, where, "the label \"" + labelName + "\" is not declared in the file's <meta>"
                    + " labels; the shape was not imported");
            return;
        }
        LabelClass labelClass = labelName == null || labelName.isEmpty() ? null : dataset.labelClass(labelName);
        Shape shape;
        try {
            shape = switch (element.name()) {
                case "box" -> box(element);
                case "polygon" -> points(element, 3, Kind.POLYGON);
                case "polyline" -> points(element, 2, Kind.POLYLINE);
                case "points" -> points(element, 1, Kind.POINTS);
                case "ellipse" -> Shapes.ellipse(number(element, "cx"), number(element, "cy"), number(element, "rx"),
                        number(element, "ry"), optionalNumber(element, "rotation"));
                case "mask" -> mask(element);
                case "skeleton" -> null;
                case "tag" -> Shapes.imageClass();
                default -> throw new ShapeException("Annotide has no <" + element.name() + "> shape");
            };
            if (element.name().equals("skeleton")) {
                skeleton(image, labelClass, element, where);
                return;
            }
        } catch (ShapeException e) {
            report.reject(fileName, where, e.getMessage());
            return;
        }
        Annotation annotation = dataset.annotate(image, labelClass, shape);
        common(annotation, element);
        report.accepted(1);
    }

    private void common(Annotation annotation, XmlElement element) {
        annotation.setOccluded("1".equals(element.attribute("occluded")) || "true".equals(element.attribute("occluded")));
        annotation.setZOrder((int) orZero(Numbers.parse(element.attribute("z_order"))));
        annotation.setGroup((int) orZero(Numbers.parse(element.attribute("group_id"))));
        String source = element.attribute("source");
        if (source != null && !source.isEmpty()) {
            annotation.getAttributes().put(SOURCE_ATTRIBUTE, source);
        }
        for (XmlElement attribute : element.children("attribute")) {
            String name = attribute.attribute("name");
            if (name != null) {
                annotation.getAttributes().put(name, attribute.text());
            }
        }
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private enum Kind {
        POLYGON, POLYLINE, POINTS
    }

    private static Shape box(XmlElement element) throws ShapeException {
        double xtl = number(element, "xtl");
        double ytl = number(element, "ytl");
        double xbr = number(element, "xbr");
        double ybr = number(element, "ybr");
        if (xbr < xtl || ybr < ytl) {
            throw new ShapeException("the box's bottom-right corner lies above or left of its top-left corner");
        }
        double rotation = optionalNumber(element, "rotation");
        if (rotation != 0) {
            return Shapes.rotatedBox((xtl + xbr) / 2, (ytl + ybr) / 2, xbr - xtl, ybr - ytl,
                    Shapes.normalizeAngle(rotation));
        }
        return Shapes.box(xtl, ytl, xbr - xtl, ybr - ytl);
    }

    private static Shape points(XmlElement element, int minimum, Kind kind) throws ShapeException {
        double[] points = Numbers.parsePoints(element.attribute("points"));
        if (points == null) {
            throw new ShapeException("points must be \"x,y;x,y;...\" numbers");
        }
        if (points.length / 2 < minimum) {
            throw new ShapeException("needs at least " + minimum + " point(s), has " + points.length / 2);
        }
        return switch (kind) {
            case POLYGON -> Shapes.polygon(points);
            case POLYLINE -> Shapes.polyline(points);
            case POINTS -> {
                int[] visibility = new int[points.length / 2];
                java.util.Arrays.fill(visibility, 2);
                yield Shapes.keypoints(points, visibility);
            }
        };
    }

    static MaskShape mask(XmlElement element) throws ShapeException {
        String rle = element.attribute("rle");
        if (rle == null) {
            throw new ShapeException("a mask needs its rle");
        }
        int left = whole(element, "left");
        int top = whole(element, "top");
        int width = whole(element, "width");
        int height = whole(element, "height");
        String[] parts = rle.trim().isEmpty() ? new String[0] : rle.split(",");
        int[] counts = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            double value = Numbers.parse(parts[i]);
            if (Double.isNaN(value) || value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
                throw new ShapeException("rle must be whole numbers separated by commas");
            }
            counts[i] = (int) value;
        }
        String problem = MaskRaster.checkCounts(counts, width, height);
        if (problem != null) {
            throw new ShapeException(problem);
        }
        MaskShape mask = AnnotideFactory.eINSTANCE.createMaskShape();
        mask.setX(left);
        mask.setY(top);
        mask.setWidth(width);
        mask.setHeight(height);
        mask.setCounts(counts);
        return mask;
    }

    private void skeleton(ImageAsset image, LabelClass labelClass, XmlElement element, String where) {
        if (labelClass == null || !labels.isSkeleton(labelClass.getName())) {
            report.reject(fileName, where, "the skeleton's label " + element.attribute("label")
                    + " is not a skeleton label in <meta>");
            return;
        }
        int count = labels.elementCount(labelClass.getName());
        double[] points = new double[count * 2];
        int[] visibility = new int[count];
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        for (XmlElement point : element.children("points")) {
            String elementLabel = point.attribute("label");
            Integer index = labels.element(labelClass.getName(), elementLabel);
            double[] xy = Numbers.parsePoints(point.attribute("points"));
            if (index == null || xy == null || xy.length != 2) {
                report.reject(fileName, "line " + point.line() + " <points>", "a skeleton element must be one point of"
                        + " an element label of " + labelClass.getName() + "; the skeleton was left out");
                return;
            }
            points[2 * index] = xy[0];
            points[2 * index + 1] = xy[1];
            boolean outside = "1".equals(point.attribute("outside"));
            boolean occluded = "1".equals(point.attribute("occluded"));
            visibility[index] = outside ? 0 : occluded ? 1 : 2;
            for (XmlElement attribute : point.children("attribute")) {
                annotation.getAttributes().put(elementLabel + "." + attribute.attribute("name"), attribute.text());
            }
        }
        Annotation added = dataset.annotate(image, labelClass, Shapes.keypoints(points, visibility));
        common(added, element);
        for (Map.Entry<String, String> attribute : annotation.getAttributes()) {
            added.getAttributes().put(attribute.getKey(), attribute.getValue());
        }
        report.accepted(1);
    }

    static double number(XmlElement element, String name) throws ShapeException {
        double value = Numbers.parse(element.attribute(name));
        if (Double.isNaN(value)) {
            throw new ShapeException("attribute " + name + " must be a number, found " + element.attribute(name));
        }
        return value;
    }

    static double optionalNumber(XmlElement element, String name) throws ShapeException {
        return element.attribute(name) == null ? 0 : number(element, name);
    }

    private static int whole(XmlElement element, String name) throws ShapeException {
        double value = number(element, name);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new ShapeException("attribute " + name + " must be a whole number of pixels");
        }
        return (int) value;
    }

    static final class ShapeException extends Exception {
        private static final long serialVersionUID = 1L;

        ShapeException(String message) {
            super(message);
        }
    }
}
