package org.annotide.formats.internal.labelstudio;

import java.util.ArrayList;
import java.util.List;

import org.annotide.core.geometry.PolygonRings;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Label Studio result values and model shapes, both ways. Coordinates are percentages of
 * {@code original_width} and {@code original_height}. A rectangle turns by {@code rotation} degrees clockwise
 * about its top-left corner (x, y), as Label Studio draws it; the model's rotated box turns about its centre.
 * An ellipse is its centre (x, y) and radii radiusX, radiusY, turned about the centre.
 */
final class LabelStudioResults {

    /** Result types, the value key holding their labels, and the default control name Annotide writes. */
    enum Kind {
        RECTANGLE("rectanglelabels", "rectangle"), POLYGON("polygonlabels", "polygon"),
        KEYPOINT("keypointlabels", "keypoint"), BRUSH("brushlabels", "brush"), ELLIPSE("ellipselabels", "ellipse"),
        CHOICES("choices", "choice");

        final String labelsKey;
        final String control;

        Kind(String labelsKey, String control) {
            this.labelsKey = labelsKey;
            this.control = control;
        }

        /** The kind of a result type ("rectanglelabels", "rectangle", "labels" with a box, ...), or null. */
        static Kind of(String type, JsonNode value) {
            if (type != null) {
                switch (type.toLowerCase()) {
                    case "rectanglelabels", "rectangle" -> {
                        return RECTANGLE;
                    }
                    case "polygonlabels", "polygon" -> {
                        return POLYGON;
                    }
                    case "keypointlabels", "keypoint" -> {
                        return KEYPOINT;
                    }
                    case "brushlabels", "brush" -> {
                        return BRUSH;
                    }
                    case "ellipselabels", "ellipse" -> {
                        return ELLIPSE;
                    }
                    case "choices" -> {
                        return CHOICES;
                    }
                    case "labels" -> {
                        return value != null && value.has("points") ? POLYGON : value != null && value.has("rle") ? BRUSH
                                : RECTANGLE;
                    }
                    default -> {
                        return null;
                    }
                }
            }
            return null;
        }

        /** The kind a JSON-MIN value has, told by its keys. */
        static Kind ofValue(JsonNode value) {
            for (Kind kind : values()) {
                if (value.has(kind.labelsKey)) {
                    return kind;
                }
            }
            if (value.has("rle")) {
                return BRUSH;
            }
            if (value.has("points")) {
                return POLYGON;
            }
            if (value.has("radiusX")) {
                return ELLIPSE;
            }
            if (value.has("x") && value.has("y") && value.has("height")) {
                return RECTANGLE;
            }
            if (value.has("x") && value.has("y")) {
                return KEYPOINT;
            }
            return null;
        }
    }

    private LabelStudioResults() {
    }

    /** The labels of a value: its kind's key, else "labels". */
    static List<String> labels(Kind kind, JsonNode value) {
        JsonNode labels = value.get(kind.labelsKey);
        if (labels == null) {
            labels = value.get("labels");
        }
        List<String> names = new ArrayList<>();
        if (labels != null && labels.isArray()) {
            labels.forEach(label -> names.add(label.asText()));
        } else if (labels != null && labels.isTextual()) {
            names.add(labels.asText());
        }
        return names;
    }

    /**
     * The shape of a value in pixels.
     *
     * @throws IllegalArgumentException with the reason when the value is incomplete or out of range
     */
    static Shape shape(Kind kind, JsonNode value, int width, int height) {
        if (kind != Kind.CHOICES && (width <= 0 || height <= 0)) {
            throw new IllegalArgumentException("original_width and original_height are needed to place the shape");
        }
        Shape shape = switch (kind) {
            case RECTANGLE -> rectangle(value, width, height);
            case POLYGON -> polygon(value, width, height);
            case KEYPOINT -> Shapes.keypoints(new double[] {number(value, "x") * width / 100,
                    number(value, "y") * height / 100}, new int[] {2});
            case BRUSH -> brush(value, width, height);
            case ELLIPSE -> Shapes.ellipse(number(value, "x") * width / 100, number(value, "y") * height / 100,
                    number(value, "radiusX") * width / 100, number(value, "radiusY") * height / 100,
                    Shapes.normalizeAngle(optional(value, "rotation")));
            case CHOICES -> Shapes.imageClass();
        };
        // a percentage near Double.MAX_VALUE is a finite number, but not once scaled to pixels
        for (double bound : org.annotide.core.geometry.ShapeGeometry.bounds(shape)) {
            if (!Double.isFinite(bound)) {
                throw new IllegalArgumentException("the coordinates are out of range");
            }
        }
        return shape;
    }

    private static Shape rectangle(JsonNode value, int width, int height) {
        double x = number(value, "x") * width / 100;
        double y = number(value, "y") * height / 100;
        double w = number(value, "width") * width / 100;
        double h = number(value, "height") * height / 100;
        if (w < 0 || h < 0) {
            throw new IllegalArgumentException("width and height must not be negative");
        }
        double rotation = optional(value, "rotation");
        if (rotation == 0) {
            return Shapes.box(x, y, w, h);
        }
        double radians = Math.toRadians(rotation);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        return Shapes.rotatedBox(x + (w * cos - h * sin) / 2, y + (w * sin + h * cos) / 2, w, h,
                Shapes.normalizeAngle(rotation));
    }

    private static Shape polygon(JsonNode value, int width, int height) {
        JsonNode points = value.get("points");
        if (points == null || !points.isArray() || points.size() < 3) {
            throw new IllegalArgumentException("a polygon needs a list of at least 3 [x, y] points");
        }
        double[] flat = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            JsonNode point = points.get(i);
            if (!point.isArray() || point.size() < 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                throw new IllegalArgumentException("point " + i + " is not [x, y]");
            }
            flat[2 * i] = point.get(0).asDouble() * width / 100;
            flat[2 * i + 1] = point.get(1).asDouble() * height / 100;
        }
        return Shapes.polygon(flat);
    }

    private static Shape brush(JsonNode value, int width, int height) {
        JsonNode rle = value.get("rle");
        if (rle == null || !rle.isArray()) {
            throw new IllegalArgumentException("a brush needs its rle (format \"rle\")");
        }
        int[] bytes = new int[rle.size()];
        for (int i = 0; i < bytes.length; i++) {
            if (!rle.get(i).isIntegralNumber()) {
                throw new IllegalArgumentException("rle must be a list of bytes");
            }
            bytes[i] = rle.get(i).asInt();
        }
        MaskShape mask = LabelStudioBrush.decode(bytes, width, height);
        if (mask == null) {
            throw new IllegalArgumentException("the brush mask is empty");
        }
        return mask;
    }

    private static double number(JsonNode value, String key) {
        JsonNode node = value.get(key);
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw new IllegalArgumentException("\"" + key + "\" must be a number");
        }
        return node.asDouble();
    }

    private static double optional(JsonNode value, String key) {
        JsonNode node = value.get(key);
        return node == null || node.isNull() ? 0 : number(value, key);
    }

    // ------------------------------------------------------------------ writing

    /** The kind a shape is written as, or null when Label Studio has no such result. */
    static Kind kindOf(Shape shape) {
        return switch (shape.getKind()) {
            case BOX, ROTATED_BOX -> Kind.RECTANGLE;
            case POLYGON -> Kind.POLYGON;
            case KEYPOINTS -> Kind.KEYPOINT;
            case MASK -> Kind.BRUSH;
            case ELLIPSE -> Kind.ELLIPSE;
            case IMAGE_CLASS -> Kind.CHOICES;
            default -> null;
        };
    }

    /** Writes the geometry of a shape into a value object (labels are added by the caller). */
    static void write(Shape shape, ObjectNode value, int width, int height) {
        switch (shape) {
            case BoxShape box -> {
                value.put("x", box.getX() * 100 / width);
                value.put("y", box.getY() * 100 / height);
                value.put("width", box.getWidth() * 100 / width);
                value.put("height", box.getHeight() * 100 / height);
                value.put("rotation", 0);
            }
            case RotatedBoxShape box -> {
                double radians = Math.toRadians(box.getAngle());
                double cos = Math.cos(radians);
                double sin = Math.sin(radians);
                double x = box.getCx() - (box.getWidth() * cos - box.getHeight() * sin) / 2;
                double y = box.getCy() - (box.getWidth() * sin + box.getHeight() * cos) / 2;
                value.put("x", x * 100 / width);
                value.put("y", y * 100 / height);
                value.put("width", box.getWidth() * 100 / width);
                value.put("height", box.getHeight() * 100 / height);
                value.put("rotation", box.getAngle());
            }
            case PolygonShape polygon -> {
                ArrayNode points = value.putArray("points");
                double[] ring = PolygonRings.of(polygon).parts().get(0).get(0);
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    points.addArray().add(ring[i] * 100 / width).add(ring[i + 1] * 100 / height);
                }
                value.put("closed", true);
            }
            case KeypointsShape keypoints -> {
                value.put("x", keypoints.getPoints()[0] * 100 / width);
                value.put("y", keypoints.getPoints()[1] * 100 / height);
            }
            case EllipseShape ellipse -> {
                value.put("x", ellipse.getCx() * 100 / width);
                value.put("y", ellipse.getCy() * 100 / height);
                value.put("radiusX", ellipse.getRx() * 100 / width);
                value.put("radiusY", ellipse.getRy() * 100 / height);
                value.put("rotation", ellipse.getAngle());
            }
            case MaskShape mask -> {
                value.put("format", "rle");
                ArrayNode rle = value.putArray("rle");
                for (int b : LabelStudioBrush.encode(mask, width, height)) {
                    rle.add(b);
                }
            }
            default -> {
                // image classes carry no geometry
            }
        }
    }
}
