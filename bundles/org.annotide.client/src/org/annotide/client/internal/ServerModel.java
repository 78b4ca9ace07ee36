package org.annotide.client.internal;

import java.time.Instant;
import java.util.Date;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.server.ShapeJson;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The API's JSON (docs/server.md) to the mirror's model objects and back: annotations, label classes, images. */
public final class ServerModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerModel() {
    }

    /** The body of a create or replace: class, shape, score. */
    public static ObjectNode body(Annotation annotation) {
        ObjectNode body = JSON.createObjectNode();
        body.put("label_class", annotation.getLabelClass() == null ? null : annotation.getLabelClass().getId());
        body.set("shape", annotation.getShape() == null ? null : ShapeJson.write(annotation.getShape()));
        if (annotation.getScore() >= 0 && annotation.getScore() <= 1) {
            body.put("score", annotation.getScore());
        }
        return body;
    }

    /** A new annotation as the server describes it. */
    public static Annotation annotation(JsonNode json, Project project) {
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setId(json.get("id").asLong());
        fill(annotation, json, project);
        return annotation;
    }

    /** Sets every field the server describes (not the id) on an annotation. */
    public static void fill(Annotation annotation, JsonNode json, Project project) {
        String classId = json.path("label_class").asText(null);
        annotation.setLabelClass(project.getLabelClasses().stream().filter(c -> c.getId().equals(classId)).findFirst()
                .orElse(null));
        JsonNode shape = json.get("shape");
        annotation.setShape(shape == null || shape.isNull() ? null : ShapeJson.read(shape));
        String provenance = json.path("provenance").asText(null);
        for (Provenance p : Provenance.VALUES) {
            if (p.getLiteral().equalsIgnoreCase(provenance) || p.getName().equalsIgnoreCase(provenance)) {
                annotation.setProvenance(p);
            }
        }
        if (json.hasNonNull("score")) {
            annotation.setScore(json.get("score").asDouble());
        }
        annotation.setAuthor(json.path("author").asText(null));
        annotation.setCreatedAt(date(json.path("created_at").asText(null)));
        annotation.setUpdatedAt(date(json.path("updated_at").asText(null)));
        annotation.getAttributes().clear();
        json.path("attributes").fields().forEachRemaining(e -> annotation.getAttributes().put(e.getKey(),
                e.getValue().asText()));
    }

    public static LabelClass labelClass(JsonNode json) {
        LabelClass c = AnnotideFactory.eINSTANCE.createLabelClass();
        c.setId(json.get("id").asText());
        fill(c, json);
        return c;
    }

    /** The body of a label class's create or replace: name, colour, supercategory, description. */
    public static ObjectNode body(LabelClass c) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", c.getName() == null || c.getName().isBlank() ? c.getId() : c.getName());
        if (c.getColor() != null && c.getColor().matches("#[0-9a-fA-F]{6}")) {
            body.put("color", c.getColor());
        }
        body.put("supercategory", c.getSupercategory());
        body.put("description", c.getDescription());
        return body;
    }

    /** Sets name, colour and supercategory as the server describes them, changing only what differs. */
    public static void fill(LabelClass c, JsonNode json) {
        String name = json.path("name").asText(c.getId());
        if (!name.equals(c.getName())) {
            c.setName(name);
        }
        String color = json.path("color").asText(null);
        if (!java.util.Objects.equals(color, c.getColor())) {
            c.setColor(color);
        }
        String supercategory = json.path("supercategory").asText(null);
        if (!java.util.Objects.equals(supercategory, c.getSupercategory())) {
            c.setSupercategory(supercategory);
        }
    }

    /** An image of the mirror, its file at {@code location} (relative to the mirror folder). */
    public static ImageAsset image(JsonNode json, String location) {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId(json.get("id").asText());
        image.setName(json.path("name").asText(image.getId()));
        image.setWidth(json.path("width").asInt());
        image.setHeight(json.path("height").asInt());
        image.setBands(json.path("bands").asInt(1));
        image.setFormat(json.path("format").asText(null));
        image.setLocation(location);
        String status = json.path("status").asText(null);
        for (ImageStatus s : ImageStatus.VALUES) {
            if (s.getLiteral().equalsIgnoreCase(status) || s.getName().equalsIgnoreCase(status)) {
                image.setStatus(s);
            }
        }
        return image;
    }

    /** A copy of an annotation (shape included) under another id. */
    public static Annotation copy(Annotation annotation, long id) {
        Annotation copy = EcoreUtil.copy(annotation);
        copy.setId(id);
        return copy;
    }

    private static Date date(String text) {
        return text == null ? null : Date.from(Instant.parse(text));
    }
}
