package org.annotide.formats.internal.cvat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.annotide.core.geometry.CocoRle;
import org.annotide.core.geometry.MaskRuns;
import org.annotide.core.geometry.PolygonRings;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.internal.Numbers;
import org.annotide.formats.internal.Shapes;
import org.annotide.formats.internal.Xml;
import org.annotide.model.Annotation;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;

/**
 * Writes CVAT for images 1.1 XML ({@code annotations.xml} when the output is a folder): the labels with colours,
 * types, attribute specifications and skeletons (element labels and an SVG with the edges), then one
 * {@code <image>} per image with every shape CVAT has. Polygons with several parts become one polygon per part
 * sharing a group; polygons with holes become masks (CVAT polygons have no holes); keypoints of a class with
 * keypoint names become skeletons, others {@code <points>}.
 */
public final class CvatExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path output = context.output();
        Path file = output.getFileName().toString().toLowerCase().endsWith(".xml") ? output
                : output.resolve("annotations.xml");
        Files.createDirectories(file.getParent());
        context.monitor().beginTask("Exporting CVAT", context.images().size());
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = Xml.streamWriter(out);
            IndentingWriter writer = new IndentingWriter(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            writer.start("annotations", 0);
            writer.leaf("version", "1.1", 1);
            writeMeta(context, writer);
            CvatShapeWriter shapes = new CvatShapeWriter(writer, context.report(), file.getFileName().toString());
            List<ImageAsset> images = context.images();
            for (int i = 0; i < images.size(); i++) {
                context.checkCancelled();
                ImageAsset image = images.get(i);
                writer.start("image", 1);
                xml.writeAttribute("id", Integer.toString(i));
                xml.writeAttribute("name", image.getName());
                xml.writeAttribute("width", Integer.toString(image.getWidth()));
                xml.writeAttribute("height", Integer.toString(image.getHeight()));
                String subset = image.getMetadata().get("subset");
                if (subset != null) {
                    xml.writeAttribute("subset", subset);
                }
                String task = image.getMetadata().get("cvat:task_id");
                if (task != null) {
                    xml.writeAttribute("task_id", task);
                }
                shapes.write(image);
                writer.end(1);
                context.monitor().worked(1);
            }
            writer.end(0);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        context.monitor().done();
    }

    private static void writeMeta(ExportContext context, IndentingWriter writer) throws XMLStreamException {
        writer.start("meta", 1);
        writer.start("task", 2);
        String name = context.project().getMetadata().get("cvat:task.name");
        writer.leaf("name", name != null ? name : context.project().getName() == null ? "" : context.project().getName(), 3);
        writer.leaf("size", Integer.toString(context.images().size()), 3);
        writer.leaf("mode", "annotation", 3);
        writer.start("labels", 3);
        for (LabelClass labelClass : context.project().getLabelClasses()) {
            writeLabel(writer, labelClass);
        }
        writer.end(3);
        writer.end(2);
        writer.end(1);
    }

    static void writeLabel(IndentingWriter writer, LabelClass labelClass) throws XMLStreamException {
        boolean skeleton = !labelClass.getKeypointNames().isEmpty();
        writer.start("label", 4);
        writer.leaf("name", labelClass.getName(), 5);
        if (labelClass.getColor() != null) {
            writer.leaf("color", labelClass.getColor(), 5);
        }
        writer.leaf("type", skeleton ? "skeleton" : type(labelClass.getAllowedShapes()), 5);
        writer.start("attributes", 5);
        for (AttributeDefinition definition : labelClass.getAttributes()) {
            writer.start("attribute", 6);
            writer.leaf("name", definition.getName(), 7);
            writer.leaf("mutable", definition.isMutable() ? "True" : "False", 7);
            writer.leaf("input_type", definition.getType() == null ? "text" : definition.getType().getLiteral()
                    .toLowerCase(java.util.Locale.ROOT), 7);
            writer.leaf("default_value", definition.getDefaultValue() == null ? "" : definition.getDefaultValue(), 7);
            writer.leaf("values", String.join("\n", definition.getValues()), 7);
            writer.end(6);
        }
        writer.end(5);
        if (skeleton) {
            writer.leaf("svg", CvatSkeletonSvg.svg(labelClass), 5);
        }
        writer.end(4);
        if (skeleton) {
            for (String element : labelClass.getKeypointNames()) {
                writer.start("label", 4);
                writer.leaf("name", element, 5);
                writer.leaf("type", "points", 5);
                writer.start("attributes", 5);
                writer.end(5);
                writer.leaf("parent", labelClass.getName(), 5);
                writer.end(4);
            }
        }
    }

    /** The CVAT label type whose shapes are exactly the allowed ones, else "any". */
    private static String type(List<ShapeKind> allowed) {
        Set<ShapeKind> set = allowed.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(allowed);
        for (Map.Entry<String, Set<ShapeKind>> type : CvatLabels.TYPES.entrySet()) {
            if (type.getValue().equals(set)) {
                return type.getKey();
            }
        }
        return "any";
    }

    /** Shapes of one image as CVAT elements. */
    static final class CvatShapeWriter {

        private final IndentingWriter writer;
        private final org.annotide.formats.ValidationReport report;
        private final String file;

        CvatShapeWriter(IndentingWriter writer, org.annotide.formats.ValidationReport report, String file) {
            this.writer = writer;
            this.report = report;
            this.file = file;
        }

        void write(ImageAsset image) throws XMLStreamException {
            int nextGroup = org.annotide.formats.Dataset.nextGroup(image);
            for (Annotation annotation : image.getAnnotations()) {
                String where = image.getName() + " annotation " + annotation.getId();
                Shape shape = annotation.getShape();
                report.accepted(1);
                switch (shape) {
                    case BoxShape box -> {
                        start("box", annotation);
                        attribute("xtl", box.getX());
                        attribute("ytl", box.getY());
                        attribute("xbr", box.getX() + box.getWidth());
                        attribute("ybr", box.getY() + box.getHeight());
                        finish(annotation, null);
                    }
                    case RotatedBoxShape box -> {
                        start("box", annotation);
                        attribute("xtl", box.getCx() - box.getWidth() / 2);
                        attribute("ytl", box.getCy() - box.getHeight() / 2);
                        attribute("xbr", box.getCx() + box.getWidth() / 2);
                        attribute("ybr", box.getCy() + box.getHeight() / 2);
                        attribute("rotation", box.getAngle());
                        finish(annotation, null);
                    }
                    case PolygonShape polygon -> nextGroup = polygon(image, annotation, polygon, nextGroup, where);
                    case PolylineShape polyline -> {
                        start("polyline", annotation);
                        writer.xml().writeAttribute("points", Numbers.formatPoints(polyline.getPoints()));
                        finish(annotation, null);
                    }
                    case KeypointsShape keypoints -> keypoints(annotation, keypoints, where);
                    case EllipseShape ellipse -> {
                        start("ellipse", annotation);
                        attribute("cx", ellipse.getCx());
                        attribute("cy", ellipse.getCy());
                        attribute("rx", ellipse.getRx());
                        attribute("ry", ellipse.getRy());
                        attribute("rotation", ellipse.getAngle());
                        finish(annotation, null);
                    }
                    case MaskShape mask -> mask(annotation, mask);
                    default -> {
                        start("tag", annotation);
                        finish(annotation, null);
                    }
                }
            }
        }

        private int polygon(ImageAsset image, Annotation annotation, PolygonShape polygon, int nextGroup, String where)
                throws XMLStreamException {
            PolygonRings polygonRings = PolygonRings.of(polygon);
            if (polygonRings.hasHoles()) {
                if (image.getWidth() <= 0 || image.getHeight() <= 0) {
                    report.reject(file, where, "a polygon with holes becomes a mask, which needs the image size");
                    return nextGroup;
                }
                CocoRle rle = ShapeGeometry.rasterize(polygon, image.getHeight(), image.getWidth());
                report.warn(file, where, "CVAT polygons cannot have holes: written as a mask");
                mask(annotation, ShapeGeometry.fromCocoRle(rle));
                return nextGroup;
            }
            List<double[]> rings = polygonRings.rings();
            Integer group = null;
            if (rings.size() > 1) {
                group = annotation.getGroup() != 0 ? annotation.getGroup() : nextGroup++;
                report.warn(file, where, "CVAT polygons have one part: written as " + rings.size()
                        + " polygons sharing group " + group);
            }
            for (double[] ring : rings) {
                start("polygon", annotation);
                writer.xml().writeAttribute("points", Numbers.formatPoints(ring));
                finish(annotation, group);
            }
            return nextGroup;
        }

        private void keypoints(Annotation annotation, KeypointsShape keypoints, String where) throws XMLStreamException {
            LabelClass labelClass = annotation.getLabelClass();
            double[] points = keypoints.getPoints() == null ? new double[0] : keypoints.getPoints();
            int[] visibility = keypoints.getVisibility();
            if (labelClass != null && !labelClass.getKeypointNames().isEmpty()
                    && labelClass.getKeypointNames().size() == points.length / 2) {
                start("skeleton", annotation);
                writer.xml().writeAttribute("points", "");
                writer.xml().writeAttribute("z_order", Integer.toString(annotation.getZOrder()));
                if (annotation.getGroup() != 0) {
                    writer.xml().writeAttribute("group_id", Integer.toString(annotation.getGroup()));
                }
                for (Map.Entry<String, String> attribute : annotation.getAttributes()) {
                    writeAttributeElement(attribute, labelClass);
                }
                for (int i = 0; i < points.length / 2; i++) {
                    String element = labelClass.getKeypointNames().get(i);
                    int v = visibility == null || i >= visibility.length ? 2 : visibility[i];
                    writer.start("points", 3);
                    writer.xml().writeAttribute("label", element);
                    writer.xml().writeAttribute("occluded", v == 1 ? "1" : "0");
                    writer.xml().writeAttribute("outside", v == 0 ? "1" : "0");
                    writer.xml().writeAttribute("points", Numbers.formatPoints(new double[] {points[2 * i], points[2 * i + 1]}));
                    writer.xml().writeAttribute("z_order", Integer.toString(annotation.getZOrder()));
                    for (Map.Entry<String, String> attribute : annotation.getAttributes()) {
                        if (attribute.getKey().startsWith(element + ".")) {
                            writer.start("attribute", 4);
                            writer.xml().writeAttribute("name", attribute.getKey().substring(element.length() + 1));
                            writer.xml().writeCharacters(attribute.getValue());
                            writer.endInline();
                        }
                    }
                    writer.end(3);
                }
                writer.end(2);
                return;
            }
            if (visibility != null) {
                for (int v : visibility) {
                    if (v != 2) {
                        report.warn(file, where, "CVAT points have no visibility: every point is written as visible");
                        break;
                    }
                }
            }
            start("points", annotation);
            writer.xml().writeAttribute("points", Numbers.formatPoints(points));
            finish(annotation, null);
        }

        private void mask(Annotation annotation, MaskShape mask) throws XMLStreamException {
            MaskShape tight = MaskRuns.encodeCropped(MaskRuns.decodeBits(mask), mask.getX(), mask.getY(),
                    mask.getWidth(), mask.getHeight());
            MaskShape written = tight == null ? mask : tight;
            start("mask", annotation);
            StringBuilder rle = new StringBuilder();
            int[] counts = written.getCounts() == null ? new int[0] : written.getCounts();
            for (int i = 0; i < counts.length; i++) {
                rle.append(i == 0 ? "" : ", ").append(counts[i]);
            }
            writer.xml().writeAttribute("rle", rle.toString());
            writer.xml().writeAttribute("left", Integer.toString(written.getX()));
            writer.xml().writeAttribute("top", Integer.toString(written.getY()));
            writer.xml().writeAttribute("width", Integer.toString(written.getWidth()));
            writer.xml().writeAttribute("height", Integer.toString(written.getHeight()));
            finish(annotation, null);
        }

        private void start(String element, Annotation annotation) throws XMLStreamException {
            writer.start(element, 2);
            writer.xml().writeAttribute("label", annotation.getLabelClass() == null ? "" : annotation.getLabelClass().getName());
            String source = annotation.getAttributes().get(CvatImageReader.SOURCE_ATTRIBUTE);
            if (source != null) {
                writer.xml().writeAttribute("source", source);
            }
            writer.xml().writeAttribute("occluded", annotation.isOccluded() ? "1" : "0");
        }

        private void attribute(String name, double value) throws XMLStreamException {
            writer.xml().writeAttribute(name, Numbers.format(value));
        }

        /** z_order, group_id, the attribute elements, and the end tag. */
        private void finish(Annotation annotation, Integer group) throws XMLStreamException {
            writer.xml().writeAttribute("z_order", Integer.toString(annotation.getZOrder()));
            int groupId = group != null ? group : annotation.getGroup();
            if (groupId != 0) {
                writer.xml().writeAttribute("group_id", Integer.toString(groupId));
            }
            for (Map.Entry<String, String> attribute : annotation.getAttributes()) {
                writeAttributeElement(attribute, null);
            }
            writer.end(2);
        }

        private void writeAttributeElement(Map.Entry<String, String> attribute, LabelClass skeleton)
                throws XMLStreamException {
            String key = attribute.getKey();
            if (key.equals(CvatImageReader.SOURCE_ATTRIBUTE)
                    || org.annotide.formats.internal.coco.CocoKept.isKept(key)) {
                return;
            }
            if (skeleton != null) {
                for (String element : skeleton.getKeypointNames()) {
                    if (key.startsWith(element + ".")) {
                        return; // written on its element
                    }
                }
            }
            writer.start("attribute", 3);
            writer.xml().writeAttribute("name", key);
            writer.xml().writeCharacters(attribute.getValue());
            writer.endInline();
        }
    }

    /** An XMLStreamWriter that indents by two spaces per level and closes empty elements on one line. */
    static final class IndentingWriter {

        private final XMLStreamWriter xml;
        private final List<Boolean> hasChildren = new ArrayList<>();

        IndentingWriter(XMLStreamWriter xml) {
            this.xml = xml;
        }

        XMLStreamWriter xml() {
            return xml;
        }

        void start(String name, int level) throws XMLStreamException {
            if (!hasChildren.isEmpty()) {
                hasChildren.set(hasChildren.size() - 1, true);
            }
            xml.writeCharacters("\n" + "  ".repeat(level));
            xml.writeStartElement(name);
            hasChildren.add(false);
        }

        void end(int level) throws XMLStreamException {
            boolean children = hasChildren.remove(hasChildren.size() - 1);
            if (children) {
                xml.writeCharacters("\n" + "  ".repeat(level));
            }
            xml.writeEndElement();
        }

        /** Ends an element whose content was text on the same line. */
        void endInline() throws XMLStreamException {
            hasChildren.remove(hasChildren.size() - 1);
            xml.writeEndElement();
        }

        void leaf(String name, String text, int level) throws XMLStreamException {
            start(name, level);
            xml.writeCharacters(text);
            endInline();
        }
    }
}
