package org.annotide.formats.internal.coco;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.annotide.model.Annotation;
import org.annotide.model.Shape;
import org.eclipse.emf.ecore.EAttribute;

/**
 * A COCO annotation's {@code area} and {@code bbox} as the file gave them. They are data, not derived values:
 * the evaluation's area ranges read {@code area}, and crowd boxes and areas of real ground truths are not what
 * the segmentation would give. The import keeps them as annotation attributes ({@code coco:area},
 * {@code coco:bbox}) together with a fingerprint of the shape they belong to ({@code coco:shape}); the export
 * writes them back as long as the shape is still the one they came with, and derives both otherwise (a shape
 * edited in Annotide gets a fresh area and box).
 */
public final class CocoKept {

    static final String AREA = "coco:area";
    static final String BBOX = "coco:bbox";
    static final String SHAPE = "coco:shape";

    private CocoKept() {
    }

    /**
     * True for the attributes this class keeps: COCO writes them as area and bbox, and no format writes them as
     * attributes (they mean nothing to other tools).
     */
    public static boolean isKept(String attribute) {
        return attribute.equals(AREA) || attribute.equals(BBOX) || attribute.equals(SHAPE);
    }

    /**
     * Keeps the file's area and bbox on the annotation of {@code shape}.
     *
     * @param area the file's area, NaN when it has none (nothing kept)
     * @param bbox the file's bbox, null when it has none or when it is the shape itself (a box)
     */
    static void keep(Annotation annotation, double area, double[] bbox) {
        if (Double.isNaN(area) && bbox == null) {
            return;
        }
        if (!Double.isNaN(area)) {
            annotation.getAttributes().put(AREA, Double.toString(area));
        }
        if (bbox != null) {
            annotation.getAttributes().put(BBOX, Double.toString(bbox[0]) + ' ' + bbox[1] + ' ' + bbox[2] + ' '
                    + bbox[3]);
        }
        annotation.getAttributes().put(SHAPE, fingerprint(annotation.getShape()));
    }

    /** The kept area, or NaN when there is none or the shape has changed since. */
    static double area(Annotation annotation) {
        String area = annotation.getAttributes().get(AREA);
        if (area == null || !current(annotation)) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(area);
            return Double.isFinite(value) && value >= 0 ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The kept bbox [x, y, width, height], or null when there is none or the shape has changed since. */
    static double[] bbox(Annotation annotation) {
        String bbox = annotation.getAttributes().get(BBOX);
        if (bbox == null || !current(annotation)) {
            return null;
        }
        String[] parts = bbox.strip().split(" ");
        if (parts.length != 4) {
            return null;
        }
        double[] values = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                values[i] = Double.parseDouble(parts[i]);
                if (!Double.isFinite(values[i])) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return values[2] < 0 || values[3] < 0 ? null : values;
    }

    private static boolean current(Annotation annotation) {
        String shape = annotation.getAttributes().get(SHAPE);
        return shape != null && annotation.getShape() != null && shape.equals(fingerprint(annotation.getShape()));
    }

    /**
     * A fingerprint of the shape's kind and every stored value (coordinates bit for bit): equal for a copy,
     * different after any edit.
     */
    static String fingerprint(Shape shape) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(shape.eClass().getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.allocate(8);
        for (EAttribute attribute : shape.eClass().getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isTransient()) {
                continue;
            }
            digest.update((byte) 0);
            Object value = shape.eGet(attribute);
            if (value instanceof double[] numbers) {
                for (double number : numbers) {
                    digest.update(buffer.clear().putDouble(0, number).array());
                }
            } else if (value instanceof int[] numbers) {
                for (int number : numbers) {
                    digest.update(buffer.clear().putLong(0, number).array());
                }
            } else if (value instanceof Double number) {
                digest.update(buffer.clear().putDouble(0, number).array());
            } else if (value != null) {
                digest.update(value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }
}
