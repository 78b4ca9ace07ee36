package org.annotide.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.annotide.core.geometry.MaskRuns;
import org.annotide.core.geometry.PolygonRings;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Project;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;

/**
 * Compares two models the way a round trip (import, export, import) must preserve them, and lists every
 * difference in words. Used by the round-trip tests of every format.
 *
 * <p>What counts:
 * <ul>
 * <li>label classes by name: supercategory, keypoint names, skeleton; colours and attribute definitions only
 * when the options ask (not every format carries them);</li>
 * <li>images matched by name and subset (metadata {@code subset}): width, height, and optionally metadata;</li>
 * <li>annotations as a multiset per image: class, shape kind, geometry within {@code tolerance} pixels,
 * crowd, occluded, z-order, score, provenance, attributes (minus ignored keys), and the grouping (which
 * classes and kinds share a group, not the group numbers).</li>
 * </ul>
 * Ids, dates and group numbers never count. Geometry tolerance, per kind: box, polygon, polyline, ellipse
 * (centre, radii) and keypoints compare coordinates within the tolerance; keypoints compare only labelled
 * points (a point with visibility 0 has no meaningful position) and visibility exactly; rotated boxes compare
 * their corner sets (so 0 and 180 degrees with the same corners are equal); polygons allow a different start
 * vertex per ring; masks compare their pixels exactly; image classes are equal when their classes are.
 */
public final class ModelComparison {

    /**
     * @param tolerance          largest coordinate difference in pixels still counted as equal
     * @param colors             compare label-class colours
     * @param attributeDefinitions compare label-class attribute definitions
     * @param metadata           compare image metadata
     * @param zOrder             compare z-order
     * @param ignoredAttributes  annotation attribute keys to ignore
     */
    public record Options(double tolerance, boolean colors, boolean attributeDefinitions, boolean metadata,
            boolean zOrder, Set<String> ignoredAttributes) {

        public Options {
            ignoredAttributes = ignoredAttributes == null ? Set.of() : Set.copyOf(ignoredAttributes);
        }

        /** Exact formats: 1e-6 pixels, everything compared. */
        public static Options exact() {
            return new Options(1e-6, true, true, true, true, Set.of());
        }

        public Options withTolerance(double value) {
            return new Options(value, colors, attributeDefinitions, metadata, zOrder, ignoredAttributes);
        }

        public Options withoutColors() {
            return new Options(tolerance, false, attributeDefinitions, metadata, zOrder, ignoredAttributes);
        }

        public Options withoutAttributeDefinitions() {
            return new Options(tolerance, colors, false, metadata, zOrder, ignoredAttributes);
        }

        public Options withoutMetadata() {
            return new Options(tolerance, colors, attributeDefinitions, false, zOrder, ignoredAttributes);
        }

        public Options withoutZOrder() {
            return new Options(tolerance, colors, attributeDefinitions, metadata, false, ignoredAttributes);
        }
    }

    private ModelComparison() {
    }

    public static List<String> compare(Project a, Project b, Options options) {
        return compare(a.getLabelClasses(), a.getImages(), b.getLabelClasses(), b.getImages(), options);
    }

    public static List<String> compare(Dataset a, Dataset b, Options options) {
        return compare(a.labelClasses(), a.images(), b.labelClasses(), b.images(), options);
    }

    public static List<String> compare(Collection<LabelClass> classesA, Collection<ImageAsset> imagesA,
            Collection<LabelClass> classesB, Collection<ImageAsset> imagesB, Options options) {
        List<String> differences = new ArrayList<>();
        compareClasses(classesA, classesB, options, differences);
        Map<String, ImageAsset> byKeyB = new LinkedHashMap<>();
        for (ImageAsset image : imagesB) {
            byKeyB.put(imageKey(image), image);
        }
        for (ImageAsset imageA : imagesA) {
            ImageAsset imageB = byKeyB.remove(imageKey(imageA));
            if (imageB == null) {
                differences.add("image " + imageKey(imageA) + " is missing from the second model");
                continue;
            }
            compareImages(imageA, imageB, options, differences);
        }
        for (String key : byKeyB.keySet()) {
            differences.add("image " + key + " is only in the second model");
        }
        return differences;
    }

    private static String imageKey(ImageAsset image) {
        String subset = image.getMetadata().get("subset");
        return (subset == null ? "" : subset + "/") + image.getName();
    }

    private static void compareClasses(Collection<LabelClass> a, Collection<LabelClass> b, Options options,
            List<String> differences) {
        Map<String, LabelClass> byName = new HashMap<>();
        b.forEach(c -> byName.put(c.getName(), c));
        for (LabelClass classA : a) {
            LabelClass classB = byName.remove(classA.getName());
            String name = "class " + classA.getName();
            if (classB == null) {
                differences.add(name + " is missing from the second model");
                continue;
            }
            differ(differences, name + " supercategory", blankToNull(classA.getSupercategory()),
                    blankToNull(classB.getSupercategory()));
            differ(differences, name + " keypoint names", classA.getKeypointNames(), classB.getKeypointNames());
            differ(differences, name + " skeleton", Arrays.toString(orEmpty(classA.getSkeletonEdges())),
                    Arrays.toString(orEmpty(classB.getSkeletonEdges())));
            if (options.colors()) {
                differ(differences, name + " colour", classA.getColor(), classB.getColor());
            }
            if (options.attributeDefinitions()) {
                differ(differences, name + " attribute definitions", describeDefinitions(classA),
                        describeDefinitions(classB));
            }
        }
        byName.keySet().forEach(n -> differences.add("class " + n + " is only in the second model"));
    }

    private static String describeDefinitions(LabelClass labelClass) {
        StringBuilder text = new StringBuilder();
        labelClass.getAttributes().forEach(d -> text.append(d.getName()).append(':').append(d.getType()).append(':')
                .append(d.getValues()).append(':').append(d.getDefaultValue()).append(':').append(d.isMutable())
                .append(';'));
        return text.toString();
    }

    private static void compareImages(ImageAsset a, ImageAsset b, Options options, List<String> differences) {
        String name = "image " + imageKey(a);
        differ(differences, name + " width", a.getWidth(), b.getWidth());
        differ(differences, name + " height", a.getHeight(), b.getHeight());
        if (options.metadata()) {
            differ(differences, name + " metadata", new TreeMap<>(a.getMetadata().map()),
                    new TreeMap<>(b.getMetadata().map()));
        }
        List<Annotation> unmatched = new ArrayList<>(b.getAnnotations());
        for (Annotation annotation : a.getAnnotations()) {
            String signature = signature(annotation, options);
            Annotation match = null;
            for (Annotation candidate : unmatched) {
                if (signature.equals(signature(candidate, options))
                        && sameShape(annotation.getShape(), candidate.getShape(), options.tolerance())) {
                    match = candidate;
                    break;
                }
            }
            if (match == null) {
                differences.add(name + ": " + describe(annotation, options) + " has no equal in the second model");
            } else {
                unmatched.remove(match);
            }
        }
        for (Annotation annotation : unmatched) {
            differences.add(name + ": " + describe(annotation, options) + " is only in the second model");
        }
    }

    /** Everything compared exactly: class, kind, flags, attributes and the make-up of its group. */
    private static String signature(Annotation annotation, Options options) {
        StringBuilder text = new StringBuilder();
        text.append(className(annotation)).append('|').append(annotation.getShape().getKind()).append("|crowd=")
                .append(annotation.isCrowd()).append("|occluded=").append(annotation.isOccluded()).append("|provenance=")
                .append(annotation.getProvenance()).append("|score=")
                .append(Math.round(annotation.getScore() * 1e6) / 1e6);
        if (options.zOrder()) {
            text.append("|z=").append(annotation.getZOrder());
        }
        Map<String, String> attributes = new TreeMap<>(annotation.getAttributes().map());
        attributes.keySet().removeAll(options.ignoredAttributes());
        text.append("|attributes=").append(attributes);
        if (annotation.getGroup() != 0 && annotation.eContainer() instanceof ImageAsset image) {
            List<String> mates = new ArrayList<>();
            for (Annotation other : image.getAnnotations()) {
                if (other != annotation && other.getGroup() == annotation.getGroup()) {
                    mates.add(className(other) + ":" + other.getShape().getKind());
                }
            }
            mates.sort(null);
            text.append("|group=").append(mates);
        }
        return text.toString();
    }

    private static String className(Annotation annotation) {
        return annotation.getLabelClass() == null ? "<no class>" : annotation.getLabelClass().getName();
    }

    private static String describe(Annotation annotation, Options options) {
        double[] bounds = annotation.getShape() instanceof ImageClassShape ? null
                : ShapeGeometry.bounds(annotation.getShape());
        return "annotation " + signature(annotation, options)
                + (bounds == null ? "" : " at " + Arrays.toString(bounds));
    }

    // ------------------------------------------------------------------ shapes

    /** True when the two shapes are the same kind and agree within {@code tolerance} pixels (see class comment). */
    public static boolean sameShape(Shape a, Shape b, double tolerance) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.getKind() != b.getKind()) {
            return false;
        }
        return switch (a) {
            case BoxShape box -> {
                BoxShape other = (BoxShape) b;
                yield near(box.getX(), other.getX(), tolerance) && near(box.getY(), other.getY(), tolerance)
                        && near(box.getWidth(), other.getWidth(), tolerance)
                        && near(box.getHeight(), other.getHeight(), tolerance);
            }
            case RotatedBoxShape box -> sameCornerSets(ShapeGeometry.rotatedCorners(box),
                    ShapeGeometry.rotatedCorners((RotatedBoxShape) b), tolerance);
            case PolygonShape polygon -> samePolygon(polygon, (PolygonShape) b, tolerance);
            case PolylineShape polyline -> sameSequence(polyline.getPoints(), ((PolylineShape) b).getPoints(), tolerance);
            case KeypointsShape keypoints -> sameKeypoints(keypoints, (KeypointsShape) b, tolerance);
            case EllipseShape ellipse -> sameEllipse(ellipse, (EllipseShape) b, tolerance);
            case MaskShape mask -> sameMask(mask, (MaskShape) b);
            default -> true;
        };
    }

    private static boolean near(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance;
    }

    private static boolean sameCornerSets(double[] a, double[] b, double tolerance) {
        boolean[] used = new boolean[4];
        for (int i = 0; i < 4; i++) {
            boolean found = false;
            for (int j = 0; j < 4 && !found; j++) {
                if (!used[j] && near(a[2 * i], b[2 * j], tolerance) && near(a[2 * i + 1], b[2 * j + 1], tolerance)) {
                    used[j] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePolygon(PolygonShape a, PolygonShape b, double tolerance) {
        PolygonRings polygonA = PolygonRings.of(a);
        PolygonRings polygonB = PolygonRings.of(b);
        List<double[]> ringsA = polygonA.rings();
        List<double[]> ringsB = polygonB.rings();
        if (ringsA.size() != ringsB.size()) {
            return false;
        }
        if (polygonA.parts().size() != polygonB.parts().size()) {
            return false;
        }
        for (int i = 0; i < polygonA.parts().size(); i++) {
            if (polygonA.parts().get(i).size() != polygonB.parts().get(i).size()) {
                return false;
            }
        }
        for (int i = 0; i < ringsA.size(); i++) {
            if (!sameRing(ringsA.get(i), ringsB.get(i), tolerance)) {
                return false;
            }
        }
        return true;
    }

    /** Same vertices in the same order, possibly starting at another vertex. */
    private static boolean sameRing(double[] a, double[] b, double tolerance) {
        if (a.length != b.length) {
            return false;
        }
        int n = a.length / 2;
        if (n == 0) {
            return true;
        }
        for (int shift = 0; shift < n; shift++) {
            boolean equal = true;
            for (int i = 0; i < n && equal; i++) {
                int j = (i + shift) % n;
                equal = near(a[2 * i], b[2 * j], tolerance) && near(a[2 * i + 1], b[2 * j + 1], tolerance);
            }
            if (equal) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSequence(double[] a, double[] b, double tolerance) {
        a = a == null ? new double[0] : a;
        b = b == null ? new double[0] : b;
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!near(a[i], b[i], tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameKeypoints(KeypointsShape a, KeypointsShape b, double tolerance) {
        double[] pointsA = a.getPoints() == null ? new double[0] : a.getPoints();
        double[] pointsB = b.getPoints() == null ? new double[0] : b.getPoints();
        if (pointsA.length != pointsB.length) {
            return false;
        }
        int[] visibilityA = visibility(a);
        int[] visibilityB = visibility(b);
        for (int i = 0; i < pointsA.length / 2; i++) {
            if (visibilityA[i] != visibilityB[i]) {
                return false;
            }
            if (visibilityA[i] > 0 && !(near(pointsA[2 * i], pointsB[2 * i], tolerance)
                    && near(pointsA[2 * i + 1], pointsB[2 * i + 1], tolerance))) {
                return false;
            }
        }
        return true;
    }

    private static int[] visibility(KeypointsShape keypoints) {
        int count = keypoints.getPoints() == null ? 0 : keypoints.getPoints().length / 2;
        int[] visibility = new int[count];
        int[] given = keypoints.getVisibility();
        for (int i = 0; i < count; i++) {
            visibility[i] = given == null || i >= given.length ? 2 : given[i];
        }
        return visibility;
    }

    private static boolean sameEllipse(EllipseShape a, EllipseShape b, double tolerance) {
        if (!near(a.getCx(), b.getCx(), tolerance) || !near(a.getCy(), b.getCy(), tolerance)) {
            return false;
        }
        double angleTolerance = Math.toDegrees(tolerance / Math.max(1, Math.max(a.getRx(), a.getRy())));
        if (near(a.getRx(), b.getRx(), tolerance) && near(a.getRy(), b.getRy(), tolerance)) {
            return near(a.getRx(), a.getRy(), tolerance) || sameAxis(a.getAngle(), b.getAngle(), angleTolerance);
        }
        // the same ellipse described with its radii swapped and turned a quarter
        return near(a.getRx(), b.getRy(), tolerance) && near(a.getRy(), b.getRx(), tolerance)
                && sameAxis(a.getAngle(), b.getAngle() + 90, angleTolerance);
    }

    private static boolean sameAxis(double a, double b, double tolerance) {
        double difference = Math.abs(Shapes.normalizeAngle(a - b)) % 180;
        return difference <= tolerance || 180 - difference <= tolerance;
    }

    private static boolean sameMask(MaskShape a, MaskShape b) {
        MaskShape tightA = MaskRuns.encodeCropped(MaskRuns.decodeBits(a), a.getX(), a.getY(), a.getWidth(),
                a.getHeight());
        MaskShape tightB = MaskRuns.encodeCropped(MaskRuns.decodeBits(b), b.getX(), b.getY(), b.getWidth(),
                b.getHeight());
        if (tightA == null || tightB == null) {
            return tightA == tightB;
        }
        return tightA.getX() == tightB.getX() && tightA.getY() == tightB.getY()
                && tightA.getWidth() == tightB.getWidth() && tightA.getHeight() == tightB.getHeight()
                && Arrays.equals(tightA.getCounts(), tightB.getCounts());
    }

    // ------------------------------------------------------------------ helpers

    private static void differ(List<String> differences, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            differences.add(what + ": " + a + " vs " + b);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static int[] orEmpty(int[] values) {
        return values == null ? new int[0] : values;
    }
}
