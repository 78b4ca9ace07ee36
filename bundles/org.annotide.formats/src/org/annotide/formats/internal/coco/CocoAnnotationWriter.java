package org.annotide.formats.internal.coco;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.CocoRle;
import org.annotide.core.geometry.PolygonRings;
import org.annotide.core.geometry.ShapeBounds;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.Provenance;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the annotations of one image as COCO annotation objects, the way pycocotools reads them:
 * <ul>
 * <li>box: {@code segmentation: []}, bbox as is, area = width x height;</li>
 * <li>polygon without holes: one list per part, bbox = tight bounds of the vertices, area = the pixel count of
 * the rasterised polygon exactly as pycocotools' {@code annToRLE} + {@code area} compute it;</li>
 * <li>polygon with holes (COCO polygons cannot have holes): an RLE of the rasterised polygon;</li>
 * <li>mask: compressed RLE of the whole image; bbox and area from the RLE ({@code toBbox}, {@code area});</li>
 * <li>rotated box: its four corners as a polygon plus {@code attributes.rotation} (so Annotide and CVAT read a
 * rotated box back, other tools the exact polygon);</li>
 * <li>ellipse: a polygon within 0.01 px of the outline (reported: COCO has no ellipses);</li>
 * <li>keypoints: {@code keypoints} triples and {@code num_keypoints}, merged into the region of the same group
 * when there is exactly one; alone, with the bounds of the labelled points as bbox;</li>
 * <li>image class: an annotation with only image and category (the datumaro "labels" layout);</li>
 * <li>polyline: not representable, reported as rejected.</li>
 * </ul>
 * The area and bbox a COCO file gave are written back as they were while the shape is unchanged
 * ({@link CocoKept}); the rules above give only what the file lacked. Occluded goes to
 * {@code attributes.occluded}, other attributes to {@code attributes}, a score other than 1 to {@code score}.
 */
final class CocoAnnotationWriter {

    private final JsonGenerator json;
    private final Map<LabelClass, Long> categoryIds;
    private final ValidationReport report;
    private final String file;

    CocoAnnotationWriter(JsonGenerator json, Map<LabelClass, Long> categoryIds, ValidationReport report, String file) {
        this.json = json;
        this.categoryIds = categoryIds;
        this.report = report;
        this.file = file;
    }

    void writeCaptions(ImageAsset image, long imageId) throws IOException {
        int count = CocoFormat.captionCount(image);
        for (int i = 1; i <= count; i++) {
            json.writeStartObject();
            json.writeNumberField("id", imageId * 1000L + i);
            json.writeNumberField("image_id", imageId);
            json.writeStringField("caption", image.getMetadata().get(CocoFormat.CAPTION_PREFIX + i));
            json.writeEndObject();
            report.accepted(1);
        }
    }

    void writeImage(ImageAsset image, long imageId, boolean regions, boolean labels) throws IOException {
        Map<Integer, List<Annotation>> groups = new LinkedHashMap<>();
        for (Annotation annotation : image.getAnnotations()) {
            if (annotation.getGroup() != 0) {
                groups.computeIfAbsent(annotation.getGroup(), key -> new ArrayList<>()).add(annotation);
            }
        }
        for (Annotation annotation : image.getAnnotations()) {
            ShapeKind kind = annotation.getShape().getKind();
            boolean label = kind == ShapeKind.IMAGE_CLASS;
            if (label && !labels || !label && !regions) {
                continue;
            }
            String where = image.getName() + " annotation " + annotation.getId();
            if (annotation.getLabelClass() == null || !categoryIds.containsKey(annotation.getLabelClass())) {
                report.reject(file, where, "a COCO annotation needs a category; this one has no class");
                continue;
            }
            if (kind == ShapeKind.POLYLINE) {
                report.reject(file, where, "COCO has no polylines");
                continue;
            }
            Pair pair = pair(annotation, groups.get(annotation.getGroup()));
            if (pair != null && pair.keypoints == annotation) {
                continue; // written together with its region
            }
            if (pair == null && annotation.getGroup() != 0 && !label) {
                report.warn(file, where, "COCO cannot keep groups other than a region with its keypoints;"
                        + " written without its group");
            }
            write(image, imageId, annotation, pair == null ? null : pair.keypoints, where);
        }
    }

    /** A region and the keypoints of the same group and class, when the group holds exactly those two. */
    private record Pair(Annotation region, Annotation keypoints) {
    }

    private static Pair pair(Annotation annotation, List<Annotation> group) {
        if (group == null || group.size() != 2) {
            return null;
        }
        Annotation first = group.get(0);
        Annotation second = group.get(1);
        Annotation keypoints = first.getShape() instanceof KeypointsShape ? first
                : second.getShape() instanceof KeypointsShape ? second : null;
        if (keypoints == null) {
            return null;
        }
        Annotation region = keypoints == first ? second : first;
        ShapeKind kind = region.getShape().getKind();
        if (region.getLabelClass() != keypoints.getLabelClass() || kind == ShapeKind.KEYPOINTS
                || kind == ShapeKind.POLYLINE || kind == ShapeKind.IMAGE_CLASS
                || region.isCrowd() != keypoints.isCrowd()) {
            return null;
        }
        return new Pair(region, keypoints);
    }

    private void write(ImageAsset image, long imageId, Annotation annotation, Annotation keypoints, String where)
            throws IOException {
        Shape shape = annotation.getShape();
        int height = image.getHeight();
        int width = image.getWidth();
        Map<String, Object> extras = new LinkedHashMap<>();
        json.writeStartObject();
        json.writeNumberField("id", annotation.getId());
        json.writeNumberField("image_id", imageId);
        json.writeNumberField("category_id", categoryIds.get(annotation.getLabelClass()));
        if (!(shape instanceof org.annotide.model.ImageClassShape)) {
            Geometry geometry = geometry(shape, height, width, where, extras);
            if (geometry == null) {
                json.writeEndObject();
                return;
            }
            double keptArea = CocoKept.area(annotation);
            if (!Double.isNaN(keptArea)) {
                geometry.area = keptArea;
            }
            double[] keptBbox = CocoKept.bbox(annotation);
            if (keptBbox != null) {
                geometry.bbox = keptBbox;
            }
            json.writeFieldName("segmentation");
            geometry.writeSegmentation(json);
            json.writeNumberField("area", geometry.area);
            json.writeArrayFieldStart("bbox");
            for (double value : geometry.bbox) {
                json.writeNumber(value);
            }
            json.writeEndArray();
            json.writeNumberField("iscrowd", annotation.isCrowd() ? 1 : 0);
        }
        KeypointsShape points = keypoints != null ? (KeypointsShape) keypoints.getShape()
                : shape instanceof KeypointsShape own ? own : null;
        if (points != null) {
            writeKeypoints(points);
        }
        if (annotation.getScore() != 1.0 || annotation.getProvenance() == Provenance.PREDICTED) {
            json.writeNumberField("score", annotation.getScore());
        }
        writeAttributes(annotation, extras);
        json.writeEndObject();
        report.accepted(keypoints == null ? 1 : 2);
    }

    private void writeKeypoints(KeypointsShape points) throws IOException {
        double[] xy = points.getPoints() == null ? new double[0] : points.getPoints();
        int[] visibility = points.getVisibility();
        int labelled = 0;
        json.writeArrayFieldStart("keypoints");
        for (int i = 0; i < xy.length / 2; i++) {
            int v = visibility == null || i >= visibility.length ? 2 : visibility[i];
            json.writeNumber(xy[2 * i]);
            json.writeNumber(xy[2 * i + 1]);
            json.writeNumber(v);
            if (ShapeBounds.isLabelled(visibility, i)) {
                labelled++;
            }
        }
        json.writeEndArray();
        json.writeNumberField("num_keypoints", labelled);
    }

    private void writeAttributes(Annotation annotation, Map<String, Object> extras) throws IOException {
        boolean any = !extras.isEmpty() || annotation.isOccluded();
        for (String key : annotation.getAttributes().keySet()) {
            any |= !CocoKept.isKept(key);
        }
        if (!any) {
            return;
        }
        json.writeObjectFieldStart("attributes");
        if (annotation.isOccluded()) {
            json.writeBooleanField("occluded", true);
        }
        for (Map.Entry<String, Object> extra : extras.entrySet()) {
            json.writeFieldName(extra.getKey());
            json.writeNumber((Double) extra.getValue());
        }
        for (Map.Entry<String, String> attribute : annotation.getAttributes()) {
            if (!extras.containsKey(attribute.getKey()) && !attribute.getKey().equals("occluded")
                    && !CocoKept.isKept(attribute.getKey())) {
                json.writeFieldName(attribute.getKey());
                JsonSupport.writeInferred(json, attribute.getValue());
            }
        }
        json.writeEndObject();
    }

    // ------------------------------------------------------------------ geometry

    /** What a region becomes: polygons or an RLE, with pycocotools' area and the bbox. */
    private static final class Geometry {
        List<double[]> polygons;
        CocoRle rle;
        double area;
        double[] bbox;

        void writeSegmentation(JsonGenerator json) throws IOException {
            if (rle != null) {
                json.writeStartObject();
                json.writeArrayFieldStart("size");
                json.writeNumber(rle.height());
                json.writeNumber(rle.width());
                json.writeEndArray();
                json.writeStringField("counts", rle.toCompressedString());
                json.writeEndObject();
                return;
            }
            json.writeStartArray();
            for (double[] polygon : polygons) {
                json.writeArray(polygon, 0, polygon.length);
            }
            json.writeEndArray();
        }
    }

    private Geometry geometry(Shape shape, int height, int width, String where, Map<String, Object> extras) {
        Geometry geometry = new Geometry();
        switch (shape) {
            case BoxShape box -> {
                geometry.polygons = List.of();
                geometry.bbox = new double[] {box.getX(), box.getY(), box.getWidth(), box.getHeight()};
                geometry.area = box.getWidth() * box.getHeight();
            }
            case RotatedBoxShape box -> {
                double[] corners = ShapeGeometry.rotatedCorners(box);
                polygons(geometry, List.of(corners), height, width, where);
                extras.put("rotation", box.getAngle());
            }
            case EllipseShape ellipse -> {
                polygons(geometry, List.of(ShapeGeometry.ellipsePolygon(ellipse)), height, width, where);
                report.warn(file, where, "COCO has no ellipses: written as a polygon within "
                        + ShapeGeometry.ELLIPSE_TOLERANCE + " px of the outline");
            }
            case PolygonShape polygon -> {
                PolygonRings polygonRings = PolygonRings.of(polygon);
                if (polygonRings.hasHoles()) {
                    if (!sized(height, width, where)) {
                        return null;
                    }
                    rle(geometry, ShapeGeometry.rasterize(polygon, height, width));
                    report.warn(file, where, "COCO polygons cannot have holes: written as an RLE mask of the polygon");
                } else {
                    List<double[]> rings = polygonRings.rings();
                    for (double[] ring : rings) {
                        if (ring.length < 6) {
                            report.reject(file, where, "a polygon ring with fewer than 3 points cannot be written"
                                    + " (pycocotools would read 2 points as a box)");
                            return null;
                        }
                    }
                    polygons(geometry, rings, height, width, where);
                }
            }
            case MaskShape mask -> {
                if (!sized(height, width, where)) {
                    return null;
                }
                rle(geometry, ShapeGeometry.toCocoRle(mask, height, width));
            }
            case KeypointsShape keypoints -> {
                geometry.polygons = List.of();
                geometry.bbox = ShapeGeometry.bounds(keypoints);
                geometry.area = geometry.bbox[2] * geometry.bbox[3];
            }
            default -> {
                report.reject(file, where, "COCO cannot carry a " + shape.getKind().getLiteral());
                return null;
            }
        }
        return geometry;
    }

    private boolean sized(int height, int width, String where) {
        if (height > 0 && width > 0) {
            return true;
        }
        report.reject(file, where, "the image size is unknown, so its mask cannot be written as COCO RLE");
        return false;
    }

    private static void rle(Geometry geometry, CocoRle rle) {
        geometry.rle = rle;
        geometry.area = rle.area();
        geometry.bbox = rle.toBbox();
    }

    private void polygons(Geometry geometry, List<double[]> rings, int height, int width, String where) {
        geometry.polygons = rings;
        geometry.bbox = ShapeBounds.ofRings(rings);
        if (height > 0 && width > 0) {
            List<CocoRle> parts = new ArrayList<>();
            for (double[] ring : rings) {
                parts.add(CocoRle.fromPolygon(ring, height, width));
            }
            geometry.area = (parts.size() == 1 ? parts.get(0) : CocoRle.merge(parts, false)).area();
        } else {
            geometry.area = ShapeGeometry.area(Shapes.polygonOfParts(rings));
            report.warn(file, where, "the image size is unknown: area is the polygon's geometric area, not"
                    + " pycocotools' pixel count");
        }
    }
}
