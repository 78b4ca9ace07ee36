package org.annotide.formats.internal.voc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.formats.ValidationReport;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ShapeKind;

/**
 * One VOC object as it will be written: the annotation whose class, flags and bounds make the
 * {@code <object>}, its region in the segmentation masks (the same annotation when it is not a box, the mask
 * or other area shape of its group when it is), and its parts (boxes marked {@code voc:part} in its group).
 *
 * @param box    the annotation that names the object; its bounds are the bndbox
 * @param region the area shape drawn in the segmentation PNGs, or null for a plain box
 * @param parts  the object's parts
 */
record VocObject(Annotation box, Annotation region, List<Annotation> parts) {

    /**
     * The objects of an image in annotation order. Reports (when a report is given) annotations VOC cannot
     * hold: keypoints, polylines, annotations without class.
     */
    static List<VocObject> collect(ImageAsset image, ValidationReport report) {
        Map<Integer, List<Annotation>> groups = new HashMap<>();
        for (Annotation annotation : image.getAnnotations()) {
            if (annotation.getGroup() != 0) {
                groups.computeIfAbsent(annotation.getGroup(), key -> new ArrayList<>()).add(annotation);
            }
        }
        // first the make-up of every group: its object (first non-part box), its region, its parts
        Map<Annotation, Annotation> regionOf = new HashMap<>();
        Map<Annotation, List<Annotation>> partsOf = new HashMap<>();
        Set<Annotation> consumed = new HashSet<>();
        for (List<Annotation> group : groups.values()) {
            Annotation object = null;
            for (Annotation member : group) {
                if (member.getShape() instanceof BoxShape && !isPart(member) && member.getLabelClass() != null) {
                    object = member;
                    break;
                }
            }
            if (object == null) {
                continue;
            }
            List<Annotation> parts = new ArrayList<>();
            for (Annotation member : group) {
                if (member == object) {
                    continue;
                }
                if (isPart(member)) {
                    parts.add(member);
                    consumed.add(member);
                } else if (!regionOf.containsKey(object) && isArea(member) && member.getLabelClass() != null) {
                    regionOf.put(object, member);
                    consumed.add(member);
                }
            }
            partsOf.put(object, parts);
        }
        List<VocObject> objects = new ArrayList<>();
        for (Annotation annotation : image.getAnnotations()) {
            ShapeKind kind = annotation.getShape().getKind();
            if (kind == ShapeKind.IMAGE_CLASS || consumed.contains(annotation)) {
                continue;
            }
            String where = "annotation " + annotation.getId();
            if (annotation.getLabelClass() == null) {
                reject(report, image, where, "a VOC object needs a class name");
                continue;
            }
            if (kind == ShapeKind.KEYPOINTS || kind == ShapeKind.POLYLINE) {
                reject(report, image, where, "VOC has no " + kind.getLiteral() + " shapes");
                continue;
            }
            if (annotation.getShape() instanceof BoxShape) {
                objects.add(new VocObject(annotation, regionOf.get(annotation),
                        partsOf.getOrDefault(annotation, List.of())));
            } else {
                objects.add(new VocObject(annotation, annotation, List.of()));
            }
        }
        return objects;
    }

    private static void reject(ValidationReport report, ImageAsset image, String where, String reason) {
        if (report != null) {
            report.reject(image.getName(), where, reason);
        }
    }

    static boolean isPart(Annotation annotation) {
        return annotation.getShape() instanceof BoxShape
                && "1".equals(annotation.getAttributes().get(VocAnnotationReader.PART_ATTRIBUTE));
    }

    private static boolean isArea(Annotation annotation) {
        ShapeKind kind = annotation.getShape().getKind();
        return kind == ShapeKind.MASK || kind == ShapeKind.POLYGON || kind == ShapeKind.ROTATED_BOX
                || kind == ShapeKind.ELLIPSE;
    }
}
