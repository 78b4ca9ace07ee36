package org.annotide.client.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.annotide.benchmark.SourceStatus;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.server.ShapeJson;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The API's JSON (docs/server.md) to the mirror's model objects and back: annotations, label classes, training sets
 * (with their tiles), images and their statuses.
 */
public final class ServerModel {

    /** Builds and reads the JSON of the server's API for every part of the sync (a mapper is thread-safe). */
    static final ObjectMapper JSON = new ObjectMapper();

    private ServerModel() {
    }

    /**
     * The body of a create or replace: class, shape, score, attributes, review, provenance, model version, the flags
     * locked, occluded and crowd, group and z-order. The mark of a conflict copy
     * ({@link org.annotide.client.RemoteProject#CONFLICT_ATTRIBUTE}) and whether the annotation is hidden are this
     * computer's and are not sent: hiding is each user's view (see {@link LocalEdits}).
     */
    public static ObjectNode body(Annotation annotation) {
        ObjectNode body = JSON.createObjectNode();
        body.put("label_class", annotation.getLabelClass() == null ? null : annotation.getLabelClass().getId());
        body.set("shape", annotation.getShape() == null ? null : ShapeJson.write(annotation.getShape()));
        if (annotation.getScore() >= 0 && annotation.getScore() <= 1) {
            body.put("score", annotation.getScore());
        }
        ObjectNode attributes = body.putObject("attributes");
        annotation.getAttributes().forEach(e -> {
            if (!org.annotide.client.RemoteProject.CONFLICT_ATTRIBUTE.equals(e.getKey()) && e.getValue() != null) {
                attributes.put(e.getKey(), e.getValue());
            }
        });
        body.put("review", literal(annotation.getReview()));
        body.put("provenance", literal(annotation.getProvenance()));
        body.put("model_version", annotation.getModelVersion());
        body.put("locked", annotation.isLocked());
        body.put("occluded", annotation.isOccluded());
        body.put("crowd", annotation.isCrowd());
        body.put("group", annotation.getGroup());
        body.put("z_order", annotation.getZOrder());
        return body;
    }

    /** An enum of the model as the API writes it: its literal in lower case. */
    private static String literal(Enumerator value) {
        return value == null ? null : value.getLiteral().toLowerCase(Locale.ROOT);
    }

    /** The fields of an annotation that are one plain value each: their name in the API, the model's attribute. */
    private static final Map<String, EAttribute> VALUES = Map.of("model_version", Literals.ANNOTATION__MODEL_VERSION,
            "locked", Literals.ANNOTATION__LOCKED, "occluded", Literals.ANNOTATION__OCCLUDED, "crowd",
            Literals.ANNOTATION__CROWD, "group", Literals.ANNOTATION__GROUP, "z_order", Literals.ANNOTATION__ZORDER);

    /**
     * Another user's review of a prediction shows it here as the editor's Accept and Reject do there: rejected hidden,
     * accepted shown. Hiding itself is each user's own and does not travel; this only follows a review that changed.
     */
    private static void reviewed(Annotation annotation, ReviewState review) {
        if (review == ReviewState.REJECTED && !annotation.isHidden()) {
            annotation.setHidden(true);
        } else if (review == ReviewState.ACCEPTED && annotation.isHidden()) {
            annotation.setHidden(false);
        }
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
        String review = json.path("review").asText(null);
        for (ReviewState r : ReviewState.VALUES) {
            if (r.getLiteral().equalsIgnoreCase(review) && r != annotation.getReview()) {
                annotation.setReview(r);
                reviewed(annotation, r);
            }
        }
        for (Map.Entry<String, EAttribute> field : VALUES.entrySet()) {
            JsonNode value = json.get(field.getKey());
            if (value != null) { // an older server does not answer it: the mirror's stays
                Object served = value.isNull() ? null : value.isBoolean() ? value.booleanValue()
                        : value.isNumber() ? (Object) value.intValue() : value.asText();
                if (!Objects.equals(served, annotation.eGet(field.getValue()))) {
                    annotation.eSet(field.getValue(), served == null ? field.getValue().getDefaultValue() : served);
                }
            }
        }
        if (json.hasNonNull("score")) {
            annotation.setScore(json.get("score").asDouble());
        }
        annotation.setAuthor(json.path("author").asText(null));
        annotation.setCreatedAt(date(json.path("created_at").asText(null)));
        annotation.setUpdatedAt(date(json.path("updated_at").asText(null)));
        if (json.has("attributes")) {
            Map<String, String> served = new java.util.LinkedHashMap<>();
            json.get("attributes").fields().forEachRemaining(e -> served.put(e.getKey(), e.getValue().asText()));
            if (!served.equals(new HashMap<>(annotation.getAttributes().map()))) {
                annotation.getAttributes().clear();
                annotation.getAttributes().putAll(served);
            }
        }
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

    /**
     * The body of a training set's create or replace: name, description and its tiles, each with its image and
     * region, so that the server can cut a tile the mirror cut and it has not seen (it takes those it has as they are).
     */
    public static ObjectNode body(TrainingSet set) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", set.getName() == null || set.getName().isBlank() ? set.getId() : set.getName());
        body.put("description", set.getDescription());
        ArrayNode tiles = body.putArray("tiles");
        for (Tile tile : set.getTiles()) {
            if (tile.getImage() == null) {
                continue; // a tile its image let go (re-tiled): no window onto anything
            }
            tiles.addObject().put("id", tile.getId()).put("image", tile.getImage().getId()).put("x", tile.getX())
                    .put("y", tile.getY()).put("width", tile.getWidth()).put("height", tile.getHeight())
                    .put("tile_index", tile.getTileIndex()).put("row", tile.getRow()).put("column", tile.getColumn());
        }
        return body;
    }

    /** A new training set as the server describes it (its tiles resolved by {@link #fill(TrainingSet, JsonNode, Project)}). */
    public static TrainingSet trainingSet(JsonNode json, Project project) {
        TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
        set.setId(json.get("id").asText());
        fill(set, json, project);
        return set;
    }

    /**
     * Sets name, description, author, time and tiles as the server describes them, changing only what differs. Each
     * tile is the mirror image's tile of that id, or a new one of the image with the server's region; a tile of an
     * image the mirror does not have yet is left out (the next catching up brings the image and the set again).
     */
    public static void fill(TrainingSet set, JsonNode json, Project project) {
        String name = json.path("name").asText(set.getId());
        if (!name.equals(set.getName())) {
            set.setName(name);
        }
        String description = json.path("description").asText(null);
        if (!java.util.Objects.equals(description, set.getDescription())) {
            set.setDescription(description);
        }
        String createdBy = json.path("created_by").asText(null);
        if (!java.util.Objects.equals(createdBy, set.getCreatedBy())) {
            set.setCreatedBy(createdBy);
        }
        Date createdAt = date(json.path("created_at").asText(null));
        if (!java.util.Objects.equals(createdAt, set.getCreatedAt())) {
            set.setCreatedAt(createdAt);
        }
        Map<String, ImageAsset> images = new HashMap<>();
        project.getImages().forEach(image -> images.put(image.getId(), image));
        List<Tile> wanted = new ArrayList<>();
        for (JsonNode t : json.path("tiles")) {
            ImageAsset image = images.get(t.path("image").asText(""));
            if (image != null) {
                wanted.add(tile(image, t));
            }
        }
        if (!wanted.equals(set.getTiles())) {
            ECollections.setEList(set.getTiles(), wanted);
        }
    }

    /** The image's tile of the id the server names, added to the image with the server's region if it has none. */
    private static Tile tile(ImageAsset image, JsonNode json) {
        String id = json.get("id").asText();
        for (Tile tile : image.getTiles()) {
            if (tile.getId().equals(id)) {
                return tile;
            }
        }
        Tile tile = AnnotideFactory.eINSTANCE.createTile();
        tile.setId(id);
        tile.setX(json.path("x").asInt());
        tile.setY(json.path("y").asInt());
        tile.setWidth(json.path("width").asInt());
        tile.setHeight(json.path("height").asInt());
        tile.setTileIndex(json.path("tile_index").asInt());
        tile.setRow(json.path("row").asInt());
        tile.setColumn(json.path("column").asInt());
        image.getTiles().add(tile);
        return tile;
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
        ImageStatus status = imageStatus(json.path("status").asText(null));
        if (status != null) {
            image.setStatus(status);
        }
        fill(image, json);
        return image;
    }

    /**
     * Sets what people change of an image (its name, description and metadata) as the server describes it, changing
     * only what differs; a server that does not send a field leaves it as it is.
     */
    public static void fill(ImageAsset image, JsonNode json) {
        if (json.hasNonNull("name") && !json.get("name").asText().equals(image.getName())) {
            image.setName(json.get("name").asText());
        }
        if (json.has("description")) {
            String description = json.get("description").isNull() ? null : json.get("description").asText();
            if (!java.util.Objects.equals(description, image.getDescription())) {
                image.setDescription(description);
            }
        }
        JsonNode metadata = json.get("metadata");
        if (metadata != null && metadata.isObject()) {
            Map<String, String> served = new java.util.LinkedHashMap<>();
            metadata.fields().forEachRemaining(e -> served.put(e.getKey(), e.getValue().asText()));
            if (!served.equals(new HashMap<>(image.getMetadata().map()))) {
                image.getMetadata().clear();
                image.getMetadata().putAll(served);
            }
        }
    }

    /** The body of an image's change: name, description and metadata (replaced whole on the server). */
    public static ObjectNode body(ImageAsset image) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", image.getName() == null || image.getName().isBlank() ? image.getId() : image.getName());
        body.put("description", image.getDescription());
        ObjectNode metadata = body.putObject("metadata");
        image.getMetadata().forEach(e -> metadata.put(e.getKey(), e.getValue()));
        return body;
    }

    /**
     * An image's status as the API writes it: the stored literal of the images list ({@code done}) or the word of the
     * status route and its events ({@code in-review}); null for none or one this client does not know.
     */
    public static ImageStatus imageStatus(String text) {
        if (text == null) {
            return null;
        }
        for (ImageStatus s : ImageStatus.VALUES) {
            if (s.getLiteral().equalsIgnoreCase(text) || s.getName().equalsIgnoreCase(text)) {
                return s;
            }
        }
        try {
            return SourceStatus.parse(text).stored();
        } catch (IllegalArgumentException e) {
            return null;
        }
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
