package org.annotide.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annotide.access.Account;
import org.annotide.ml.TrainingConfig;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.EpochMetrics;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Shape;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The model as the API writes and reads it (snake_case fields, ids as strings except annotation ids). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a request body into an object whose fields are all among {@code allowed}. */
    static ObjectNode parse(byte[] body, Set<String> allowed) {
        if (body.length == 0) {
            throw new ApiException(400, "the request needs a JSON object as its body");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // a limit of the parser (nesting over 1,000 deep, a number of over 1,000 digits) has no location
            throw new ApiException(400, e.getLocation() == null ? "the JSON body is refused: " + e.getOriginalMessage()
                    : "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiException(400, "the body cannot be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "the body must be a JSON object");
        }
        checkFields((ObjectNode) node, allowed, "");
        return (ObjectNode) node;
    }

    static void checkFields(ObjectNode node, Set<String> allowed, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ApiException(400, "unknown field '" + where + name + "'; known fields: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    static String text(ObjectNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new ApiException(400, "the field '" + field + "' is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiException(400, "the field '" + field + "' must be a string, not " + kind(value));
        }
        return value.asText();
    }

    static String kind(JsonNode value) {
        return value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    static String date(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static final Schema TEXT = Schema.string().orNull();
    private static final Schema DATE = Schema.string().orNull().described("an instant, ISO 8601 (UTC)");

    /** A page of {@code item}s: {@code {"items": [...]}}. */
    static Schema items(Schema item) {
        return Schema.object(Schema.field("items", Schema.array(item)));
    }

    /** What {@link #project} writes. */
    static final Schema PROJECT = Schema.object(Schema.field("id", Schema.string()), Schema.field("name", TEXT),
            Schema.field("description", TEXT), Schema.field("images", Schema.integer(), "how many"),
            Schema.field("label_classes", Schema.integer(), "how many"), Schema.field("created_at", DATE),
            Schema.field("role", TEXT, "the caller's role there: Admin, Team Manager or Annotator"));

    /** A project as GET shows it, with {@code role}: the one the caller holds there (Admin, Team Manager, Annotator). */
    static ObjectNode project(Project project, String id, Account caller) {
        ObjectNode node = object();
        node.put("id", id);
        node.put("name", project.getName());
        node.put("description", project.getDescription());
        node.put("images", project.getImages().size());
        node.put("label_classes", project.getLabelClasses().size());
        node.put("created_at", date(project.getCreatedAt()));
        node.put("role", caller == null ? null : Account.roleName(caller.role()));
        return node;
    }

    /** What {@link #image} writes. */
    static final Schema IMAGE = Schema.object(Schema.field("id", Schema.string()), Schema.field("name", TEXT),
            Schema.field("width", Schema.integer()), Schema.field("height", Schema.integer()),
            Schema.field("bands", Schema.integer()), Schema.field("format", TEXT),
            Schema.field("status", TEXT, "new, in-progress, in-review or completed"),
            Schema.field("ground_truth", Schema.bool(), "whether it is a benchmark image (its annotations are "
                    + "ground truth, never shown to an Annotator)"),
            Schema.field("description", TEXT), Schema.field("metadata", Schema.map(Schema.string())));

    static ObjectNode image(ImageAsset image, boolean groundTruth) {
        ObjectNode node = object();
        node.put("id", image.getId());
        node.put("name", image.getName());
        node.put("width", image.getWidth());
        node.put("height", image.getHeight());
        node.put("bands", image.getBands());
        node.put("format", image.getFormat());
        node.put("status", image.getStatus() == null ? null : image.getStatus().getLiteral().toLowerCase(Locale.ROOT));
        node.put("ground_truth", groundTruth);
        node.put("description", image.getDescription());
        ObjectNode metadata = node.putObject("metadata");
        image.getMetadata().forEach(entry -> metadata.put(entry.getKey(), entry.getValue()));
        return node;
    }

    /** What {@link #labelClass} writes. */
    static final Schema LABEL_CLASS = Schema.object(Schema.field("id", Schema.string()), Schema.field("name", TEXT),
            Schema.field("color", TEXT, "#rrggbb"), Schema.field("supercategory", TEXT));

    static ObjectNode labelClass(LabelClass c) {
        ObjectNode node = object();
        node.put("id", c.getId());
        node.put("name", c.getName());
        node.put("color", c.getColor());
        node.put("supercategory", c.getSupercategory());
        return node;
    }

    /**
     * A shape as {@link #shape} writes and {@link #readShape} reads it: one object per kind of the model, its
     * {@code kind} and that kind's numeric fields (made from the model, as those two are).
     */
    static final Schema SHAPE = shapeSchema();

    private static Schema shapeSchema() {
        List<Schema> kinds = new ArrayList<>();
        for (EClassifier classifier : AnnotidePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && AnnotidePackage.Literals.SHAPE.isSuperTypeOf(c)) {
                List<Schema.Property> fields = new ArrayList<>();
                fields.add(Schema.field("kind", Schema.constant(shapeKind(c))));
                for (EAttribute attribute : c.getEAllAttributes()) {
                    Class<?> type = attribute.getEAttributeType().getInstanceClass();
                    Schema schema = type == double[].class ? Schema.array(Schema.number())
                            : type == int[].class ? Schema.array(Schema.integer())
                            : type == int.class || type == Integer.class ? Schema.integer() : Schema.number();
                    // written always; a reader may leave a field out (it keeps the model's default)
                    fields.add(Schema.optional(attribute.getName(), schema, null));
                }
                kinds.add(Schema.object(fields));
            }
        }
        return Schema.oneOf(kinds);
    }

    /** What {@link #annotation} writes. */
    static final Schema ANNOTATION = Schema.object(Schema.field("id", Schema.integer()), Schema.field("image",
            Schema.string()), Schema.field("label_class", TEXT), Schema.field("shape", SHAPE.orNull()),
            Schema.field("provenance", TEXT, "manual, imported or predicted"), Schema.field("score", Schema.number()),
            Schema.field("review", TEXT, "none, accepted or rejected (the review of a prediction)"),
            Schema.field("model_version", TEXT, "for a prediction: the trained model (name:version) that proposed it"),
            Schema.field("locked", Schema.bool()), Schema.field("occluded", Schema.bool()),
            Schema.field("crowd", Schema.bool(), "a region covering a crowd of objects (COCO iscrowd)"),
            Schema.field("group", Schema.integer(), "groups the annotations of one object; 0: none"),
            Schema.field("z_order", Schema.integer()),
            Schema.field("author", TEXT), Schema.field("created_at", DATE), Schema.field("updated_at", DATE),
            Schema.field("attributes", Schema.map(Schema.string())),
            Schema.field("version", Schema.string(), "the content's entity tag (also the ETag)"));

    /** The annotation with its version (which is also its ETag). */
    static ObjectNode annotation(Annotation a, ImageAsset image) {
        ObjectNode node = object();
        node.put("id", a.getId());
        node.put("image", image.getId());
        node.put("label_class", a.getLabelClass() == null ? null : a.getLabelClass().getId());
        node.set("shape", a.getShape() == null ? null : shape(a.getShape()));
        node.put("provenance", a.getProvenance() == null ? null : a.getProvenance().getLiteral().toLowerCase(Locale.ROOT));
        node.put("score", a.getScore());
        node.put("review", a.getReview() == null ? null : a.getReview().getLiteral().toLowerCase(Locale.ROOT));
        node.put("model_version", a.getModelVersion());
        node.put("locked", a.isLocked());
        node.put("occluded", a.isOccluded());
        node.put("crowd", a.isCrowd());
        node.put("group", a.getGroup());
        node.put("z_order", a.getZOrder());
        node.put("author", a.getAuthor());
        node.put("created_at", date(a.getCreatedAt()));
        node.put("updated_at", date(a.getUpdatedAt()));
        ObjectNode attributes = node.putObject("attributes");
        a.getAttributes().forEach(e -> attributes.put(e.getKey(), e.getValue()));
        node.put("version", version(node));
        return node;
    }

    /** A strong entity tag of the annotation's content: any change of any field gives another one. */
    static String version(ObjectNode annotationWithoutVersion) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(annotationWithoutVersion.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shapeKind(EClass eClass) {
        return org.annotide.server.ShapeJson.kind(eClass);
    }

    static ObjectNode shape(Shape shape) {
        return org.annotide.server.ShapeJson.write(shape);
    }

    /** Reads a shape object; anything but {@code kind} and the numeric fields of that kind is a 400. */
    static Shape readShape(JsonNode value) {
        try {
            return org.annotide.server.ShapeJson.read(value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    /** What {@link #epoch} writes. */
    static final Schema EPOCH = Schema.object(Schema.field("epoch", Schema.integer()), Schema.field("metrics",
            Schema.map(Schema.number()), "train_loss, val_loss and further metrics by name"));

    /** What {@link #job} writes. */
    static final Schema JOB = Schema.object(Schema.field("id", Schema.string()), Schema.field("name", TEXT),
            Schema.field("project", TEXT), Schema.field("task_type", TEXT), Schema.field("status", Schema.string(),
                    "pending, preparing, training, completed, failed or cancelled"),
            Schema.field("progress", Schema.number(), "0 to 1"), Schema.field("created_by", TEXT),
            Schema.field("created_at", DATE), Schema.field("started_at", DATE), Schema.field("finished_at", DATE),
            Schema.field("error", TEXT), Schema.field("config", Schema.map(Schema.string()), "how it trains"),
            Schema.field("from_model", TEXT, "the model it fine-tunes, or null"),
            Schema.field("epochs", Schema.array(EPOCH)), Schema.field("model_id", TEXT));

    static ObjectNode job(TrainingJob job, String projectId) {
        ObjectNode node = object();
        node.put("id", job.getId());
        node.put("name", job.getName());
        node.put("project", projectId);
        node.put("task_type", job.getType() == null ? null : job.getType().getLiteral().toLowerCase(Locale.ROOT));
        node.put("status", job.getStatus().getLiteral().toLowerCase(Locale.ROOT));
        node.put("progress", job.getProgress());
        node.put("created_by", job.getCreatedBy());
        node.put("created_at", date(job.getCreatedAt()));
        node.put("started_at", date(job.getStartedAt()));
        node.put("finished_at", date(job.getFinishedAt()));
        node.put("error", job.getErrorMessage());
        ObjectNode config = node.putObject("config");
        job.getConfiguration().forEach(e -> config.put(e.getKey(), e.getValue()));
        node.put("from_model", job.getConfiguration().get(TrainingConfig.FROM_MODEL)); // the model it fine-tunes, or null
        ArrayNode epochs = node.putArray("epochs");
        for (EpochMetrics e : job.getEpochs()) {
            epochs.add(epoch(e.getEpoch(), e.getTrainLoss(), e.getValidationLoss(), e.getMetrics().map()));
        }
        node.put("model_id", job.getResultModel() == null ? null : job.getResultModel().getId());
        return node;
    }

    static ObjectNode epoch(int epoch, double trainLoss, double validationLoss, Map<String, Double> metrics) {
        ObjectNode node = object();
        node.put("epoch", epoch);
        ObjectNode m = node.putObject("metrics");
        m.put("train_loss", trainLoss);
        m.put("val_loss", validationLoss);
        metrics.forEach(m::put);
        return node;
    }

    /** What {@link #model} writes. */
    static final Schema MODEL = Schema.object(Schema.field("id", Schema.string()), Schema.field("name", TEXT),
            Schema.field("project", TEXT), Schema.field("version", Schema.integer()), Schema.field("task_type", TEXT),
            Schema.field("architecture", TEXT), Schema.field("input_size", Schema.integer()),
            Schema.field("is_active", Schema.bool()), Schema.field("created_at", DATE), Schema.field("job_id", TEXT),
            Schema.field("classes", Schema.array(Schema.string())),
            Schema.field("metrics", Schema.map(Schema.number())));

    static ObjectNode model(TrainedModel model, String projectId) {
        ObjectNode node = object();
        node.put("id", model.getId());
        node.put("name", model.getName());
        node.put("project", projectId);
        node.put("version", model.getVersion());
        node.put("task_type", model.getType() == null ? null : model.getType().getLiteral().toLowerCase(Locale.ROOT));
        node.put("architecture", model.getArchitecture());
        node.put("input_size", model.getInputSize());
        node.put("is_active", model.isActive());
        node.put("created_at", date(model.getCreatedAt()));
        node.put("job_id", model.getJob() == null ? null : model.getJob().getId());
        ArrayNode classes = node.putArray("classes");
        model.getLabelClasses().forEach(c -> classes.add(c.getName()));
        ObjectNode metrics = node.putObject("metrics");
        model.getMetrics().forEach(e -> metrics.put(e.getKey(), e.getValue()));
        return node;
    }
}
