package org.annotide.formats.internal.cvat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.annotide.core.geometry.MaskRuns;
import org.annotide.core.geometry.PolygonRings;
import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Numbers;
import org.annotide.formats.internal.Xml;
import org.annotide.formats.internal.coco.CocoKept;
import org.annotide.formats.internal.cvat.CvatExporter.IndentingWriter;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;

/**
 * Writes CVAT for video 1.1 ({@code annotations.xml} and, into a folder, the frames as
 * {@code images/frame_NNNNNN.<ext>}, as CVAT's export with images). The images are the frames: their
 * {@code cvat:frame} numbers when those form a frame range (start, stop, step), else 0, 1, 2, ... in their order.
 * Annotations with the same {@code cvat:track_id}, class and kind form one track; any other annotation is a track of
 * its own frame (as CVAT writes shapes). Every frame of a track is written, as CVAT does; a frame is a keyframe when
 * it was one, when it starts a run of frames, or when CVAT's interpolation from the keyframes around it would not
 * give it exactly (so an edited frame survives CVAT's import, which keeps only keyframes); a run that ends before
 * the last frame is closed by an {@code outside} keyframe, placed so that the frames before it interpolate to what
 * they are.
 */
public final class CvatVideoExporter implements FormatExporter {

    private static final double TOLERANCE = 1e-6;
    private static final Set<String> INTERNAL = Set.of(TrackReader.TRACK_ID, TrackReader.KEYFRAME,
            CvatImageReader.SOURCE_ATTRIBUTE);

    @Override
    public void write(ExportContext context) throws IOException {
        Path output = context.output();
        boolean single = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
        Path file = single ? output : output.resolve("annotations.xml");
        Files.createDirectories(file.getParent());
        String fileName = file.getFileName().toString();
        ValidationReport report = context.report();
        Numbering numbering = Numbering.of(context.images(), report, fileName);
        List<Track> tracks = tracks(context, numbering, report, fileName);
        context.monitor().beginTask("Exporting CVAT for video", tracks.size() + 1);
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = Xml.streamWriter(out);
            IndentingWriter writer = new IndentingWriter(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            writer.start("annotations", 0);
            writer.leaf("version", "1.1", 1);
            writeMeta(context, numbering, writer);
            for (Track track : tracks) {
                context.checkCancelled();
                track.write(writer, numbering);
                context.monitor().worked(1);
            }
            writer.end(0);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        if (!single && context.options().copyImages()) {
            copyFrames(context, numbering, output.resolve("images"), report);
        }
        context.monitor().done();
    }

    /** Which frame each image is, and the task's frame range. */
    private record Numbering(Map<ImageAsset, Integer> frames, int start, int stop, int step) {

        static Numbering of(List<ImageAsset> images, ValidationReport report, String file) {
            Map<ImageAsset, Integer> kept = new LinkedHashMap<>();
            Set<Integer> seen = new HashSet<>();
            for (ImageAsset image : images) {
                String value = image.getMetadata().get(CvatVideoImporter.FRAME);
                try {
                    int frame = Integer.parseInt(value == null ? "" : value.trim());
                    if (frame >= 0 && seen.add(frame)) {
                        kept.put(image, frame);
                    }
                } catch (NumberFormatException e) {
                    // numbered below
                }
            }
            if (!images.isEmpty() && kept.size() == images.size()) {
                List<Integer> sorted = kept.values().stream().sorted().toList();
                int step = sorted.size() > 1 ? sorted.get(1) - sorted.get(0) : 1;
                boolean range = true;
                for (int i = 1; i < sorted.size(); i++) {
                    range &= sorted.get(i) - sorted.get(i - 1) == step;
                }
                if (range) {
                    Map<ImageAsset, Integer> ordered = new LinkedHashMap<>();
                    kept.entrySet().stream().sorted(Map.Entry.comparingByValue())
                            .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
                    return new Numbering(ordered, sorted.get(0), sorted.get(sorted.size() - 1), step);
                }
            }
            if (!kept.isEmpty()) {
                report.warn(file, "<meta>", "the images' cvat:frame numbers do not form one frame range (start,"
                        + " stop, step): the " + images.size() + " images are written as frames 0 to "
                        + (images.size() - 1) + " in frame order");
            }
            List<ImageAsset> ordered = new ArrayList<>(images);
            ordered.sort(Comparator.comparingInt(image -> kept.getOrDefault(image, Integer.MAX_VALUE)));
            Map<ImageAsset, Integer> frames = new LinkedHashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                frames.put(ordered.get(i), i);
            }
            return new Numbering(frames, 0, Math.max(images.size() - 1, 0), 1);
        }
    }

    private static void writeMeta(ExportContext context, Numbering numbering, IndentingWriter writer)
            throws XMLStreamException {
        writer.start("meta", 1);
        writer.start("task", 2);
        String name = context.project().getMetadata().get("cvat:task.name");
        writer.leaf("name", name != null ? name : context.project().getName() == null ? "" : context.project().getName(), 3);
        writer.leaf("size", Integer.toString(numbering.frames().size()), 3);
        writer.leaf("mode", "interpolation", 3);
        writer.leaf("overlap", "0", 3);
        writer.leaf("start_frame", Integer.toString(numbering.start()), 3);
        writer.leaf("stop_frame", Integer.toString(numbering.stop()), 3);
        writer.leaf("frame_filter", numbering.step() == 1 ? "" : "step=" + numbering.step(), 3);
        writer.start("labels", 3);
        for (LabelClass labelClass : context.project().getLabelClasses()) {
            CvatExporter.writeLabel(writer, labelClass);
        }
        writer.end(3);
        int width = -1;
        int height = -1;
        for (ImageAsset image : numbering.frames().keySet()) {
            if (width == -1) {
                width = image.getWidth();
                height = image.getHeight();
            } else if (width != image.getWidth() || height != image.getHeight()) {
                width = 0;
            }
        }
        if (width > 0 && height > 0) {
            writer.start("original_size", 3);
            writer.leaf("width", Integer.toString(width), 4);
            writer.leaf("height", Integer.toString(height), 4);
            writer.end(3);
        }
        writer.end(2);
        writer.end(1);
    }

    // ---- tracks

    /** One track: its class, element, id, group and source, and its shapes by frame. */
    private static final class Track {
        final LabelClass labelClass;
        final String type;
        final String keptId;
        int id;
        int group;
        String source;
        final Map<Integer, TrackShape> shapes = new LinkedHashMap<>();

        Track(LabelClass labelClass, String type, String keptId) {
            this.labelClass = labelClass;
            this.type = type;
            this.keptId = keptId;
        }

        void write(IndentingWriter writer, Numbering numbering) throws XMLStreamException {
            XMLStreamWriter xml = writer.xml();
            writer.start("track", 1);
            xml.writeAttribute("id", Integer.toString(id));
            xml.writeAttribute("label", labelClass == null ? "" : labelClass.getName());
            if (source != null) {
                xml.writeAttribute("source", source);
            }
            if (group != 0) {
                xml.writeAttribute("group_id", Integer.toString(group));
            }
            List<TrackShape> ordered = new ArrayList<>(shapes.values());
            ordered.sort(Comparator.comparingInt(TrackShape::frame));
            int from = 0;
            while (from < ordered.size()) {
                int to = from;
                while (to + 1 < ordered.size()
                        && ordered.get(to + 1).frame() == ordered.get(to).frame() + numbering.step()) {
                    to++;
                }
                List<TrackShape> run = keyframes(ordered.subList(from, to + 1), numbering);
                for (TrackShape shape : run) {
                    writeShape(writer, shape);
                }
                from = to + 1;
            }
            writer.end(1);
        }
    }

    /**
     * The frames of one run (consecutive frames of a track) with their keyframe flags settled, followed by the
     * {@code outside} keyframe that ends the run when it ends before the task's last frame.
     */
    private static List<TrackShape> keyframes(List<TrackShape> run, Numbering numbering) {
        List<TrackShape> shapes = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            TrackShape shape = run.get(i);
            boolean key = i == 0 || shape.keyframe() || !TrackInterpolation.interpolates(shape.type());
            shapes.add(shape.withFlags(false, key));
        }
        TrackShape last = shapes.get(shapes.size() - 1);
        boolean ends = last.frame() < numbering.stop();
        while (true) {
            TrackShape ending = ends ? ending(shapes, last.frame() + numbering.step()) : null;
            int mismatch = firstMismatch(shapes, ending);
            if (mismatch < 0) {
                if (ending != null) {
                    shapes.add(ending);
                }
                return shapes;
            }
            shapes.set(mismatch, shapes.get(mismatch).withFlags(false, true));
        }
    }

    /** The index of the first frame that is not a keyframe and that interpolation would not give; -1 if none. */
    private static int firstMismatch(List<TrackShape> shapes, TrackShape ending) {
        TrackShape key = null;
        for (int i = 0; i < shapes.size(); i++) {
            TrackShape shape = shapes.get(i);
            if (shape.keyframe()) {
                key = shape;
                continue;
            }
            TrackShape next = null;
            for (int j = i + 1; j < shapes.size() && next == null; j++) {
                next = shapes.get(j).keyframe() ? shapes.get(j) : null;
            }
            if (next == null) {
                next = ending;
            }
            TrackShape expected = next == null ? TrackInterpolation.propagated(key, shape.frame())
                    : TrackInterpolation.between(key, next, shape.frame());
            if (!expected.sameAs(shape, TOLERANCE)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The {@code outside} keyframe after a run: where the run's linear motion would have been on that frame (so the
     * frames after the run's last keyframe interpolate towards it exactly), or the last shape itself.
     */
    private static TrackShape ending(List<TrackShape> shapes, int frame) {
        TrackShape last = shapes.get(shapes.size() - 1);
        TrackShape key = null;
        for (TrackShape shape : shapes) {
            if (shape.keyframe()) {
                key = shape;
            }
        }
        boolean linear = last.type().equals("box") || last.type().equals("ellipse")
                || last.type().equals("points") && last.points().length == 2;
        if (last.keyframe() || !linear || key.points().length != last.points().length) {
            return last.at(frame, last.points(), last.rotation()).withFlags(true, true)
                    .withAttributes(last.attributes());
        }
        double scale = (frame - key.frame()) / (double) (last.frame() - key.frame());
        double[] points = new double[last.points().length];
        for (int i = 0; i < points.length; i++) {
            points[i] = key.points()[i] + (last.points()[i] - key.points()[i]) * scale;
        }
        double rotation = key.rotation() + TrackInterpolation.turn(last.rotation(), key.rotation()) * scale;
        rotation = ((rotation % 360) + 360) % 360;
        return last.at(frame, points, rotation).withFlags(true, true).withAttributes(last.attributes());
    }

    private static void writeShape(IndentingWriter writer, TrackShape shape) throws XMLStreamException {
        XMLStreamWriter xml = writer.xml();
        writer.start(shape.type(), 2);
        xml.writeAttribute("frame", Integer.toString(shape.frame()));
        xml.writeAttribute("keyframe", shape.keyframe() ? "1" : "0");
        xml.writeAttribute("outside", shape.outside() ? "1" : "0");
        xml.writeAttribute("occluded", shape.occluded() ? "1" : "0");
        double[] p = shape.points();
        switch (shape.type()) {
            case "box" -> {
                xml.writeAttribute("xtl", Numbers.format(p[0]));
                xml.writeAttribute("ytl", Numbers.format(p[1]));
                xml.writeAttribute("xbr", Numbers.format(p[2]));
                xml.writeAttribute("ybr", Numbers.format(p[3]));
                if (shape.rotation() != 0) {
                    xml.writeAttribute("rotation", Numbers.format(shape.rotation()));
                }
            }
            case "ellipse" -> {
                xml.writeAttribute("cx", Numbers.format(p[0]));
                xml.writeAttribute("cy", Numbers.format(p[1]));
                xml.writeAttribute("rx", Numbers.format(p[2]));
                xml.writeAttribute("ry", Numbers.format(p[3]));
                if (shape.rotation() != 0) {
                    xml.writeAttribute("rotation", Numbers.format(shape.rotation()));
                }
            }
            case "mask" -> {
                MaskShape mask = shape.mask();
                StringBuilder rle = new StringBuilder();
                int[] counts = mask.getCounts() == null ? new int[0] : mask.getCounts();
                for (int i = 0; i < counts.length; i++) {
                    rle.append(i == 0 ? "" : ", ").append(counts[i]);
                }
                xml.writeAttribute("rle", rle.toString());
                xml.writeAttribute("left", Integer.toString(mask.getX()));
                xml.writeAttribute("top", Integer.toString(mask.getY()));
                xml.writeAttribute("width", Integer.toString(mask.getWidth()));
                xml.writeAttribute("height", Integer.toString(mask.getHeight()));
            }
            default -> xml.writeAttribute("points", Numbers.formatPoints(p));
        }
        xml.writeAttribute("z_order", Integer.toString(shape.zOrder()));
        for (Map.Entry<String, String> attribute : shape.attributes().entrySet()) {
            writer.start("attribute", 3);
            xml.writeAttribute("name", attribute.getKey());
            xml.writeCharacters(attribute.getValue());
            writer.endInline();
        }
        writer.end(2);
    }

    /** The annotations of the images as tracks, in order of first appearance, with their ids settled. */
    private static List<Track> tracks(ExportContext context, Numbering numbering, ValidationReport report,
            String file) {
        Map<String, Track> byKey = new LinkedHashMap<>();
        List<Track> tracks = new ArrayList<>();
        for (Map.Entry<ImageAsset, Integer> entry : numbering.frames().entrySet()) {
            ImageAsset image = entry.getKey();
            int frame = entry.getValue();
            for (Annotation annotation : image.getAnnotations()) {
                String where = image.getName() + " annotation " + annotation.getId();
                TrackShape shape = trackShape(annotation, frame, report, file, where);
                if (shape == null) {
                    continue;
                }
                report.accepted(1);
                String trackId = annotation.getAttributes().get(TrackReader.TRACK_ID);
                String key = trackId == null ? null : trackId + "\u0000"
                        + (annotation.getLabelClass() == null ? "" : annotation.getLabelClass().getName()) + "\u0000"
                        + shape.type();
                Track track = key == null ? null : byKey.get(key);
                if (track == null || track.shapes.containsKey(frame)) {
                    track = new Track(annotation.getLabelClass(), shape.type(), track == null ? trackId : null);
                    track.group = annotation.getGroup();
                    track.source = annotation.getAttributes().get(CvatImageReader.SOURCE_ATTRIBUTE);
                    tracks.add(track);
                    if (key != null && !byKey.containsKey(key)) {
                        byKey.put(key, track);
                    }
                }
                track.shapes.put(frame, shape);
            }
            context.checkCancelled();
        }
        Set<Integer> used = new HashSet<>();
        int highest = -1;
        for (Track track : tracks) {
            try {
                int id = Integer.parseInt(track.keptId == null ? "" : track.keptId.trim());
                if (id >= 0 && used.add(id)) {
                    track.id = id;
                    highest = Math.max(highest, id);
                    continue;
                }
            } catch (NumberFormatException e) {
                // numbered below
            }
            track.id = -1;
        }
        for (Track track : tracks) {
            if (track.id < 0) {
                track.id = ++highest;
            }
        }
        return tracks;
    }

    /** The annotation as a track shape at its frame, or null (reported) when CVAT for video has no place for it. */
    private static TrackShape trackShape(Annotation annotation, int frame, ValidationReport report, String file,
            String where) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> attribute : annotation.getAttributes()) {
            if (!INTERNAL.contains(attribute.getKey()) && !CocoKept.isKept(attribute.getKey())) {
                attributes.put(attribute.getKey(), attribute.getValue());
            }
        }
        boolean keyframe = !"0".equals(annotation.getAttributes().get(TrackReader.KEYFRAME));
        String type;
        double[] points;
        double rotation = 0;
        MaskShape mask = null;
        switch (annotation.getShape()) {
            case BoxShape box -> {
                type = "box";
                points = new double[] {box.getX(), box.getY(), box.getX() + box.getWidth(), box.getY() + box.getHeight()};
            }
            case RotatedBoxShape box -> {
                type = "box";
                points = new double[] {box.getCx() - box.getWidth() / 2, box.getCy() - box.getHeight() / 2,
                        box.getCx() + box.getWidth() / 2, box.getCy() + box.getHeight() / 2};
                rotation = box.getAngle();
            }
            case EllipseShape ellipse -> {
                type = "ellipse";
                points = new double[] {ellipse.getCx(), ellipse.getCy(), ellipse.getRx(), ellipse.getRy()};
                rotation = ellipse.getAngle();
            }
            case PolygonShape polygon -> {
                PolygonRings rings = PolygonRings.of(polygon);
                if (rings.hasHoles() || rings.rings().size() != 1) {
                    report.reject(file, where, "a polygon with holes or several parts has no place in a CVAT track"
                            + " (export as CVAT for images: parts become polygons, holes masks)");
                    return null;
                }
                type = "polygon";
                points = rings.rings().get(0);
            }
            case PolylineShape polyline -> {
                type = "polyline";
                points = polyline.getPoints() == null ? new double[0] : polyline.getPoints();
            }
            case KeypointsShape keypoints -> {
                LabelClass labelClass = annotation.getLabelClass();
                if (labelClass != null && !labelClass.getKeypointNames().isEmpty()) {
                    report.reject(file, where, "skeletons are not written to CVAT for video by Annotide yet (export"
                            + " as CVAT for images)");
                    return null;
                }
                type = "points";
                points = keypoints.getPoints() == null ? new double[0] : keypoints.getPoints();
                int[] visibility = keypoints.getVisibility();
                if (visibility != null) {
                    for (int v : visibility) {
                        if (v != 2) {
                            report.warn(file, where, "CVAT points have no visibility: every point is written as"
                                    + " visible");
                            break;
                        }
                    }
                }
            }
            case MaskShape shape -> {
                type = "mask";
                MaskShape tight = MaskRuns.encodeCropped(MaskRuns.decodeBits(shape), shape.getX(), shape.getY(),
                        shape.getWidth(), shape.getHeight());
                mask = tight == null ? shape : tight;
                points = new double[0];
            }
            default -> {
                report.reject(file, where, "CVAT for video has no tags (image-level classes): export as CVAT for"
                        + " images to keep them");
                return null;
            }
        }
        return new TrackShape(type, frame, points.clone(), rotation, mask, false, annotation.isOccluded(), keyframe,
                annotation.getZOrder(), attributes);
    }

    private static void copyFrames(ExportContext context, Numbering numbering, Path folder, ValidationReport report)
            throws IOException {
        for (Map.Entry<ImageAsset, Integer> entry : numbering.frames().entrySet()) {
            context.checkCancelled();
            ImageAsset frame = entry.getKey();
            Path source = ImageFiles.resolve(frame, context.projectFolder());
            String name = source != null ? source.getFileName().toString() : String.valueOf(frame.getLocation());
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : ".png";
            ImageFiles.copyImage(context, frame, folder, VideoFrames.frameStem(entry.getValue()) + extension,
                    why -> report.warn("images/", frame.getName(), why + ": frame " + entry.getValue()));
        }
    }
}
