package org.annotide.formats.internal.voc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.Numbers;
import org.annotide.formats.internal.Xml;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ShapeKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes one VOC annotation XML. Always writes pose (Unspecified by default), truncated and difficult (0 by
 * default) and occluded, because common VOC readers expect them; what the reader keeps as attributes it
 * writes back where it came from; other attributes go to datumaro's {@code <attributes>}.
 */
final class VocAnnotationWriter {

    private final ValidationReport report;

    VocAnnotationWriter(ValidationReport report) {
        this.report = report;
    }

    void write(Path file, ImageAsset image, List<VocObject> objects, boolean segmented) throws IOException {
        Document document = Xml.newDocument();
        Element root = document.createElement("annotation");
        document.appendChild(root);
        String folder = image.getMetadata().get("voc:folder");
        Xml.append(root, "folder", folder == null ? "" : folder);
        Xml.append(root, "filename", image.getName());
        Element source = null;
        for (Map.Entry<String, String> entry : image.getMetadata().map().entrySet()) {
            if (entry.getKey().startsWith("voc:source.")) {
                if (source == null) {
                    source = Xml.append(root, "source", null);
                }
                Xml.append(source, entry.getKey().substring("voc:source.".length()), entry.getValue());
            }
        }
        Element size = Xml.append(root, "size", null);
        Xml.append(size, "width", Integer.toString(image.getWidth()));
        Xml.append(size, "height", Integer.toString(image.getHeight()));
        Xml.append(size, "depth", Integer.toString(image.getBands() > 0 ? image.getBands() : 3));
        Xml.append(root, "segmented", segmented ? "1" : "0");
        for (VocObject object : objects) {
            writeObject(root, object, image);
        }
        Xml.write(document, file);
    }

    private void writeObject(Element root, VocObject object, ImageAsset image) {
        Annotation annotation = object.box();
        Element element = Xml.append(root, "object", null);
        Xml.append(element, "name", annotation.getLabelClass().getName());
        Map<String, String> attributes = annotation.getAttributes().map();
        Xml.append(element, "pose", attributes.getOrDefault("pose", "Unspecified"));
        Xml.append(element, "truncated", attributes.getOrDefault("truncated", "0"));
        Xml.append(element, "difficult", attributes.getOrDefault("difficult", "0"));
        Xml.append(element, "occluded", annotation.isOccluded() ? "1" : "0");
        double[] bounds = ShapeGeometry.bounds(annotation.getShape());
        if (annotation.getShape().getKind() != ShapeKind.BOX) {
            report.warn(image.getName(), "annotation " + annotation.getId(), "a " + annotation.getShape().getKind()
                    .getLiteral() + " is written as its bounding box, with its pixels in the segmentation masks");
        }
        bndbox(element, bounds);
        for (Annotation part : object.parts()) {
            Element partElement = Xml.append(element, "part", null);
            Xml.append(partElement, "name", part.getLabelClass().getName());
            bndbox(partElement, ShapeGeometry.bounds(part.getShape()));
            report.accepted(1);
        }
        Element actions = null;
        Element others = null;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            if (key.startsWith(VocAnnotationReader.ACTION_PREFIX)) {
                if (actions == null) {
                    actions = Xml.append(element, "actions", null);
                }
                Xml.append(actions, key.substring(VocAnnotationReader.ACTION_PREFIX.length()), attribute.getValue());
            } else if (key.startsWith("voc:") && !key.equals(VocAnnotationReader.PART_ATTRIBUTE)) {
                Xml.append(element, key.substring("voc:".length()), attribute.getValue());
            } else if (!List.of("pose", "truncated", "difficult").contains(key)) {
                if (others == null) {
                    others = Xml.append(element, "attributes", null);
                }
                Element entry = Xml.append(others, "attribute", null);
                Xml.append(entry, "name", key);
                Xml.append(entry, "value", attribute.getValue());
            }
        }
        report.accepted(object.region() != null && object.region() != annotation ? 2 : 1);
    }

    private static void bndbox(Element parent, double[] bounds) {
        Element box = Xml.append(parent, "bndbox", null);
        Xml.append(box, "xmin", Numbers.format(bounds[0]));
        Xml.append(box, "ymin", Numbers.format(bounds[1]));
        Xml.append(box, "xmax", Numbers.format(bounds[0] + bounds[2]));
        Xml.append(box, "ymax", Numbers.format(bounds[1] + bounds[3]));
    }
}
