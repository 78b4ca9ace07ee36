package org.annotide.formats.internal.voc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annotide.formats.Dataset;
import org.annotide.formats.ImportContext;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Numbers;
import org.annotide.formats.internal.Shapes;
import org.annotide.formats.internal.Xml;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.LabelClass;
import org.annotide.model.ImageAsset;
import org.annotide.model.Shape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One VOC annotation XML: the image's file name, size and depth, and its objects. An object becomes a box
 * (xmin, ymin, xmax - xmin, ymax - ymin, as CVAT and datumaro read VOC) with its flags: occluded as the
 * model's flag; truncated and difficult as attributes when 1; pose as an attribute unless "Unspecified";
 * actions as attributes {@code action:<name>}; datumaro's {@code <attributes>} as attributes; any other child
 * as attribute {@code voc:<tag>}. Parts become boxes of their own class, marked {@code voc:part}, in the
 * object's group.
 */
final class VocAnnotationReader {

    static final String ACTION_PREFIX = "action:";
    static final String PART_ATTRIBUTE = "voc:part";
    private static final Set<String> OBJECT_FIELDS = Set.of("name", "pose", "truncated", "difficult", "occluded",
            "bndbox", "part", "actions", "attributes");

    private final ImportContext context;
    private final Dataset dataset;
    private final ValidationReport report;

    VocAnnotationReader(ImportContext context, Dataset dataset) {
        this.context = context;
        this.dataset = dataset;
        this.report = context.report();
    }

    /** Reads the file; returns the object annotations in file order (null where an object was rejected). */
    List<Annotation> read(Path file, ImageAsset image) {
        String fileName = context.display(file);
        Document document;
        try {
            document = Xml.parse(file);
        } catch (Exception e) {
            report.rejectFile(fileName, "", "the file is not well-formed XML (" + e.getMessage()
                    + "); nothing was imported for image " + image.getName());
            return List.of();
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("annotation")) {
            report.rejectFile(fileName, "/" + root.getTagName(), "a VOC file has the root element <annotation>;"
                    + " nothing was imported for image " + image.getName());
            return List.of();
        }
        readImageFields(root, image, file);
        List<Annotation> objects = new ArrayList<>();
        int index = 0;
        int nextGroup = Dataset.nextGroup(image);
        for (Element object : Xml.children(root, "object")) {
            index++;
            String where = "/annotation/object[" + index + "]";
            Annotation annotation = object(object, image, fileName, where);
            objects.add(annotation);
            if (annotation == null) {
                continue;
            }
            int part = 0;
            for (Element partElement : Xml.children(object, "part")) {
                part++;
                String partWhere = where + "/part[" + part + "]";
                String name = Xml.childText(partElement, "name");
                Shape box = box(partElement, fileName, partWhere);
                if (name == null || name.isEmpty() || box == null) {
                    if (name == null || name.isEmpty()) {
                        report.reject(fileName, partWhere, "a part needs a name");
                    }
                    continue;
                }
                if (annotation.getGroup() == 0) {
                    annotation.setGroup(nextGroup++);
                }
                Annotation partAnnotation = dataset.annotate(image, dataset.labelClass(name), box);
                partAnnotation.setGroup(annotation.getGroup());
                partAnnotation.getAttributes().put(PART_ATTRIBUTE, "1");
                report.accepted(1);
            }
        }
        return objects;
    }

    private void readImageFields(Element root, ImageAsset image, Path file) {
        Element size = Xml.child(root, "size");
        if (size != null) {
            int width = (int) Numbers.parse(Xml.childText(size, "width"));
            int height = (int) Numbers.parse(Xml.childText(size, "height"));
            int depth = (int) Numbers.parse(Xml.childText(size, "depth"));
            // claimed, so that the one geometry check names this file for a shape outside the image; the XML's
            // size wins over the picture's, as VOC tools read it
            if (width > 0 && height > 0 && dataset.claimSize(image, width, height, context.display(file)) != null) {
                image.setWidth(width);
                image.setHeight(height);
            }
            if (depth > 0) {
                image.setBands(depth);
            }
        }
        String fileName = Xml.childText(root, "filename");
        if (fileName != null && !fileName.isEmpty()) {
            Path folder = file.getParent().getParent();
            List<Path> folders = new ArrayList<>(List.of(folder.resolve("JPEGImages"), folder, file.getParent()));
            folders.addAll(context.options().imageRoots());
            Path found = ImageFiles.find(fileName, folders);
            boolean locatedBefore = image.getLocation() != null && !image.getLocation().equals(image.getName());
            if (found != null || !locatedBefore) {
                image.setName(fileName);
                ImageFiles.locate(image, fileName, found);
            }
        }
        String folderName = Xml.childText(root, "folder");
        if (folderName != null && !folderName.isEmpty()) {
            image.getMetadata().put("voc:folder", folderName);
        }
        Element source = Xml.child(root, "source");
        if (source != null) {
            for (Element child : Xml.children(source, null)) {
                image.getMetadata().put("voc:source." + child.getTagName(), child.getTextContent().strip());
            }
        }
    }

    private Annotation object(Element object, ImageAsset image, String file, String where) {
        String name = Xml.childText(object, "name");
        if (name == null || name.isEmpty()) {
            report.reject(file, where + "/name", "an object needs a name");
            return null;
        }
        Shape box = box(object, file, where);
        if (box == null) {
            return null;
        }
        Annotation annotation = dataset.annotate(image, dataset.labelClass(name), box);
        annotation.setOccluded("1".equals(Xml.childText(object, "occluded")));
        flag(annotation, object, "truncated");
        flag(annotation, object, "difficult");
        String pose = Xml.childText(object, "pose");
        if (pose != null && !pose.isEmpty() && !pose.equals("Unspecified")) {
            annotation.getAttributes().put("pose", pose);
        }
        Element actions = Xml.child(object, "actions");
        if (actions != null) {
            for (Element action : Xml.children(actions, null)) {
                annotation.getAttributes().put(ACTION_PREFIX + action.getTagName(), action.getTextContent().strip());
                defineAction(annotation.getLabelClass(), ACTION_PREFIX + action.getTagName());
            }
        }
        Element attributes = Xml.child(object, "attributes");
        if (attributes != null) {
            for (Element attribute : Xml.children(attributes, "attribute")) {
                String key = Xml.childText(attribute, "name");
                if (key != null) {
                    String value = Xml.childText(attribute, "value");
                    annotation.getAttributes().put(key, value == null ? "" : value);
                }
            }
        }
        for (Element child : Xml.children(object, null)) {
            if (!OBJECT_FIELDS.contains(child.getTagName())) {
                annotation.getAttributes().put("voc:" + child.getTagName(), child.getTextContent().strip());
            }
        }
        report.accepted(1);
        return annotation;
    }

    /** Actions are yes/no attributes of their class: declared once, as labelmap.txt declares them. */
    static void defineAction(LabelClass labelClass, String name) {
        for (AttributeDefinition definition : labelClass.getAttributes()) {
            if (name.equals(definition.getName())) {
                return;
            }
        }
        AttributeDefinition definition = AnnotideFactory.eINSTANCE.createAttributeDefinition();
        definition.setName(name);
        definition.setType(AttributeType.CHECKBOX);
        definition.setDefaultValue("0");
        labelClass.getAttributes().add(definition);
    }

    private static void flag(Annotation annotation, Element object, String name) {
        String value = Xml.childText(object, name);
        if (value != null && !value.isEmpty() && !value.equals("0")) {
            annotation.getAttributes().put(name, value);
        }
    }

    private Shape box(Element element, String file, String where) {
        Element box = Xml.child(element, "bndbox");
        if (box == null) {
            report.reject(file, where, "no <bndbox>");
            return null;
        }
        double xmin = Numbers.parse(Xml.childText(box, "xmin"));
        double ymin = Numbers.parse(Xml.childText(box, "ymin"));
        double xmax = Numbers.parse(Xml.childText(box, "xmax"));
        double ymax = Numbers.parse(Xml.childText(box, "ymax"));
        if (Double.isNaN(xmin) || Double.isNaN(ymin) || Double.isNaN(xmax) || Double.isNaN(ymax)) {
            report.reject(file, where + "/bndbox", "xmin, ymin, xmax and ymax must be numbers");
            return null;
        }
        if (xmax < xmin || ymax < ymin) {
            report.reject(file, where + "/bndbox", "xmax or ymax is smaller than xmin or ymin");
            return null;
        }
        return Shapes.box(xmin, ymin, xmax - xmin, ymax - ymin);
    }
}
