package org.annotide.formats.internal.cvat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.formats.Dataset;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.Numbers;
import org.annotide.formats.internal.Shapes;
import org.annotide.formats.internal.XmlElement;
import org.annotide.formats.internal.cvat.CvatImageReader.ShapeException;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.Shape;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One {@code <track>} of CVAT for video into annotations, as CVAT reads it: only the keyframes count (the frames
 * CVAT writes between them are what it computes again on import); from each keyframe that is not {@code outside}
 * the track is on every frame up to the next keyframe, computed by {@link TrackInterpolation}, and after its last
 * keyframe to the end of the task; an {@code outside} keyframe ends it until the next keyframe. Masks are not
 * interpolated: each keyframe's mask is on its own frame. Every annotation keeps the track's id (attribute
 * {@value #TRACK_ID}), whether its frame is a keyframe ({@value #KEYFRAME}, {@code 1} or {@code 0}), the track's
 * {@code group_id} as its group and {@code source} as {@code cvat:source}. A track with a malformed or misplaced
 * shape is rejected as a whole (with the shape's line), never imported in part.
 */
final class TrackReader {

    static final String TRACK_ID = "cvat:track_id";
    static final String KEYFRAME = "cvat:keyframe";
    private static final Set<String> TYPES = Set.of("box", "polygon", "polyline", "points", "ellipse", "mask");

    private final Dataset dataset;
    private final CvatLabels labels;
    private final VideoFrames frames;
    private final Map<Integer, ImageAsset> images;
    private final ValidationReport report;
    private final String file;

    TrackReader(Dataset dataset, CvatLabels labels, VideoFrames frames, Map<Integer, ImageAsset> images,
            ValidationReport report, String file) {
        this.dataset = dataset;
        this.labels = labels;
        this.frames = frames;
        this.images = images;
        this.report = report;
        this.file = file;
    }

    /** A track that cannot be read: where and why. */
    private static final class TrackException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        TrackException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    void read(XmlElement track) {
        String where = "line " + track.line() + " <track id=\"" + track.attribute("id") + "\">";
        String labelName = track.attribute("label");
        if (labelName != null && !labelName.isEmpty() && !labels.allows(labelName)) {
            report.reject(file, where, "the label \"" + labelName + "\" is not declared in the file's <meta> labels;"
                    + " the track was not imported");
            return;
        }
        List<TrackShape> keyframes;
        try {
            keyframes = keyframes(track);
        } catch (TrackException e) {
            report.reject(file, "line " + e.line + " (" + where + ")", e.getMessage() + "; the track was not imported");
            return;
        }
        LabelClass labelClass = labelName == null || labelName.isEmpty() ? null : dataset.labelClass(labelName);
        int group = (int) orZero(Numbers.parse(track.attribute("group_id")));
        String source = track.attribute("source");
        List<TrackShape> shapes = frames(keyframes);
        long added = 0;
        for (TrackShape shape : shapes) {
            Shape modelShape = modelShape(shape);
            if (modelShape == null) {
                report.warn(file, where, "frame " + shape.frame() + ": the interpolated polygon has fewer than 3"
                        + " vertices; left out on that frame");
                continue;
            }
            Annotation annotation = dataset.annotate(images.get(shape.frame()), labelClass, modelShape);
            annotation.setOccluded(shape.occluded());
            annotation.setZOrder(shape.zOrder());
            annotation.setGroup(group);
            if (source != null && !source.isEmpty()) {
                annotation.getAttributes().put(CvatImageReader.SOURCE_ATTRIBUTE, source);
            }
            shape.attributes().forEach((key, value) -> annotation.getAttributes().put(key, value));
            if (track.attribute("id") != null) {
                annotation.getAttributes().put(TRACK_ID, track.attribute("id"));
            }
            annotation.getAttributes().put(KEYFRAME, shape.keyframe() ? "1" : "0");
            added++;
        }
        report.accepted(added);
    }

    /** The keyframes of a track in frame order, each with the attributes it inherits. */
    private List<TrackShape> keyframes(XmlElement track) throws TrackException {
        String type = null;
        List<TrackShape> keyframes = new ArrayList<>();
        for (XmlElement element : track.children()) {
            String name = element.name();
            if (name.equals("skeleton")) {
                throw new TrackException(element.line(), "skeleton tracks are not read by Annotide yet (export the"
                        + " task as CVAT for images to import its skeletons)");
            }
            if (!TYPES.contains(name)) {
                throw new TrackException(element.line(), "Annotide has no <" + name + "> shape");
            }
            if (type != null && !type.equals(name)) {
                throw new TrackException(element.line(), "a track holds one kind of shape: <" + type + "> and <"
                        + name + ">");
            }
            type = name;
            int frame = frame(element);
            if (!flag(element, "keyframe")) {
                continue; // CVAT computes the frames between keyframes again, and so do we
            }
            for (TrackShape earlier : keyframes) {
                if (earlier.frame() == frame) {
                    throw new TrackException(element.line(), "frame " + frame + " has two keyframes");
                }
            }
            keyframes.add(parse(element, frame));
        }
        if (keyframes.isEmpty()) {
            throw new TrackException(track.line(), "the track has no keyframe (keyframe=\"1\"), so it is on no frame");
        }
        keyframes.sort(Comparator.comparingInt(TrackShape::frame));
        List<TrackShape> inherited = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (TrackShape keyframe : keyframes) {
            Map<String, String> attributes = TrackInterpolation.inherited(previous, keyframe.attributes());
            inherited.add(keyframe.withAttributes(attributes));
            previous = attributes;
        }
        return inherited;
    }

    /** Every frame on which the track is inside, keyframes included, in frame order. */
    private List<TrackShape> frames(List<TrackShape> keyframes) {
        List<TrackShape> shapes = new ArrayList<>();
        for (int i = 0; i < keyframes.size(); i++) {
            TrackShape keyframe = keyframes.get(i);
            if (keyframe.outside()) {
                continue;
            }
            shapes.add(keyframe);
            if (!TrackInterpolation.interpolates(keyframe.type())) {
                continue;
            }
            if (i + 1 < keyframes.size()) {
                TrackShape next = keyframes.get(i + 1);
                for (int frame = keyframe.frame() + frames.step; frame < next.frame(); frame += frames.step) {
                    shapes.add(TrackInterpolation.between(keyframe, next, frame));
                }
            } else {
                for (int frame = keyframe.frame() + frames.step; frame <= frames.stop; frame += frames.step) {
                    shapes.add(TrackInterpolation.propagated(keyframe, frame));
                }
            }
        }
        return shapes;
    }

    private int frame(XmlElement element) throws TrackException {
        double value = Numbers.parse(element.attribute("frame"));
        if (Double.isNaN(value) || value != Math.rint(value)) {
            throw new TrackException(element.line(), "<" + element.name() + "> needs frame=\"N\", a whole number;"
                    + " found " + (element.attribute("frame") == null ? "none" : "\"" + element.attribute("frame") + "\""));
        }
        int frame = (int) value;
        if (!frames.contains(frame)) {
            throw new TrackException(element.line(), "frame " + frame + " is not a frame of the task ("
                    + frames.range() + ")");
        }
        return frame;
    }

    private static boolean flag(XmlElement element, String name) {
        String value = element.attribute(name);
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    private static TrackShape parse(XmlElement element, int frame) throws TrackException {
        try {
            double[] points;
            double rotation = 0;
            MaskShape mask = null;
            switch (element.name()) {
                case "box" -> {
                    points = new double[] {CvatImageReader.number(element, "xtl"), CvatImageReader.number(element, "ytl"),
                            CvatImageReader.number(element, "xbr"), CvatImageReader.number(element, "ybr")};
                    if (points[2] < points[0] || points[3] < points[1]) {
                        throw new ShapeException("the box's bottom-right corner lies above or left of its top-left"
                                + " corner");
                    }
                    rotation = CvatImageReader.optionalNumber(element, "rotation");
                }
                case "ellipse" -> {
                    points = new double[] {CvatImageReader.number(element, "cx"), CvatImageReader.number(element, "cy"),
                            CvatImageReader.number(element, "rx"), CvatImageReader.number(element, "ry")};
                    if (points[2] < 0 || points[3] < 0) {
                        throw new ShapeException("an ellipse's radii rx and ry cannot be negative");
                    }
                    rotation = CvatImageReader.optionalNumber(element, "rotation");
                }
                case "mask" -> {
                    mask = CvatImageReader.mask(element);
                    points = new double[0];
                }
                default -> {
                    points = Numbers.parsePoints(element.attribute("points"));
                    if (points == null) {
                        throw new ShapeException("points must be \"x,y;x,y;...\" numbers");
                    }
                    int minimum = element.name().equals("polygon") ? 3 : element.name().equals("polyline") ? 2 : 1;
                    if (points.length / 2 < minimum) {
                        throw new ShapeException("a <" + element.name() + "> needs at least " + minimum
                                + " point(s), has " + points.length / 2);
                    }
                }
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (XmlElement attribute : element.children("attribute")) {
                if (attribute.attribute("name") != null) {
                    attributes.put(attribute.attribute("name"), attribute.text());
                }
            }
            return new TrackShape(element.name(), frame, points, rotation, mask, flag(element, "outside"),
                    flag(element, "occluded"), true, (int) orZero(Numbers.parse(element.attribute("z_order"))),
                    attributes);
        } catch (ShapeException e) {
            throw new TrackException(element.line(), "<" + element.name() + "> at frame " + frame + ": "
                    + e.getMessage());
        }
    }

    /** The model's shape for a track shape; null for a polygon that interpolation left with under 3 vertices. */
    static Shape modelShape(TrackShape shape) {
        double[] p = shape.points();
        return switch (shape.type()) {
            case "box" -> shape.rotation() != 0
                    ? Shapes.rotatedBox((p[0] + p[2]) / 2, (p[1] + p[3]) / 2, p[2] - p[0], p[3] - p[1],
                            Shapes.normalizeAngle(shape.rotation()))
                    : Shapes.box(p[0], p[1], p[2] - p[0], p[3] - p[1]);
            case "ellipse" -> Shapes.ellipse(p[0], p[1], p[2], p[3], shape.rotation());
            case "polygon" -> p.length < 6 ? null : Shapes.polygon(p);
            case "polyline" -> Shapes.polyline(p);
            case "points" -> {
                int[] visibility = new int[p.length / 2];
                java.util.Arrays.fill(visibility, 2);
                yield Shapes.keypoints(p, visibility);
            }
            default -> EcoreUtil.copy(shape.mask());
        };
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
