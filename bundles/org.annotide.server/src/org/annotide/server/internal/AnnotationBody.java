package org.annotide.server.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.Shape;
import org.annotide.model.edit.ClassRules;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of an annotation's create or replace, declared once (the OpenAPI document lists it) and read into the
 * annotation's fields: label class, shape, score, and what a mirror changes besides (attributes, the review of a
 * prediction, where it came from, the model version of a prediction, the flags locked, occluded and crowd, group and
 * z-order). Class and shape are always given; the others, left out (or null), keep what the annotation has (a new one:
 * the model's defaults, provenance {@code manual}), so a client that does not know them loses nothing. Enums are the
 * model's literals in lower case, as {@link Json#annotation} writes them. Whether an annotation is hidden is each
 * user's view (Hide, Show Hidden) and is not a field of the API.
 */
record AnnotationBody(LabelClass labelClass, Shape shape, Double score, Map<String, String> attributes,
        ReviewState review, Provenance provenance, Map<EAttribute, Object> values) {

    /** The fields that are one plain value of the model each: their name in the API (snake case), the attribute. */
    private static final List<Map.Entry<String, EAttribute>> VALUES = List.of(
            Map.entry("model_version", Literals.ANNOTATION__MODEL_VERSION), Map.entry("locked",
                    Literals.ANNOTATION__LOCKED), Map.entry("occluded", Literals.ANNOTATION__OCCLUDED),
            Map.entry("crowd", Literals.ANNOTATION__CROWD), Map.entry("group", Literals.ANNOTATION__GROUP),
            Map.entry("z_order", Literals.ANNOTATION__ZORDER));

    static final Input.Body INPUT = Input.Body.of(
            Input.Field.required("label_class", "string", "the id of a label class of the project"),
            Input.Field.of("shape", true, "the shape: \"kind\" (box, rotated_box, polygon, polyline, keypoints, "
                    + "mask, ellipse, image_class) and the fields of that kind, as GET answers them", Json.SHAPE),
            Input.Field.optional("score", "number", "a confidence from 0 to 1"),
            Input.Field.of("attributes", false, "strings by key; replaces the annotation's attributes whole (left "
                    + "out: kept)", Schema.map(Schema.string())),
            Input.Field.optional("review", "string", "the review of a prediction: " + literals(ReviewState.VALUES)
                    + " (left out: kept; none for a new one)"),
            Input.Field.optional("provenance", "string", "where it came from: " + literals(Provenance.VALUES)
                    + " (left out: kept; manual for a new one)"),
            Input.Field.optional("model_version", "string", "for a prediction: the trained model (name:version) that "
                    + "proposed it (left out: kept)"),
            Input.Field.optional("locked", "boolean", "locked against moving, reshaping, relabelling and deleting: "
                    + "the editor and this server refuse those (409) until it is unlocked, which may come with the "
                    + "change (left out: kept; false for a new one)"),
            Input.Field.optional("occluded", "boolean", "the object is partly hidden by another (left out: kept)"),
            Input.Field.optional("crowd", "boolean", "a region covering a crowd of objects, COCO iscrowd (left out: "
                    + "kept)"),
            Input.Field.optional("group", "integer", "groups the annotations of one object (skeleton parts, CVAT "
                    + "group id); 0: none (left out: kept)"),
            Input.Field.optional("z_order", "integer", "drawing order, higher over lower (left out: kept)"));

    /**
     * Reads a parsed body ({@link #INPUT}); a value of the wrong type or out of range is a 400 naming its field, and a
     * shape its class does not allow ({@link ClassRules}) a 400 saying which rule.
     */
    static AnnotationBody read(Project project, ObjectNode body) {
        String classId = Json.text(body, "label_class", true);
        LabelClass labelClass = project.getLabelClasses().stream().filter(c -> classId.equals(c.getId())).findFirst()
                .orElseThrow(() -> new ApiException(400, "no label class '" + classId + "' in this project"));
        Shape shape = Json.readShape(body.get("shape"));
        String refusal = ClassRules.refusal(shape, labelClass); // the state asked for, not the annotation's now
        if (refusal != null) {
            throw new ApiException(400, refusal);
        }
        Double score = null;
        JsonNode s = body.get("score");
        if (s != null && !s.isNull()) {
            if (!s.isNumber() || s.asDouble() < 0 || s.asDouble() > 1) {
                throw new ApiException(400, "the field 'score' must be a number from 0 to 1");
            }
            score = s.asDouble();
        }
        return new AnnotationBody(labelClass, shape, score, StringMaps.read(body, "attributes"),
                literal(body, "review", ReviewState.VALUES), literal(body, "provenance", Provenance.VALUES),
                values(body));
    }

    /** The plain values the body names ({@link #VALUES}), by the model's attribute; a wrong type is a 400. */
    private static Map<EAttribute, Object> values(ObjectNode body) {
        Map<EAttribute, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, EAttribute> named : VALUES) {
            String field = named.getKey();
            EAttribute attribute = named.getValue();
            JsonNode value = body.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == String.class) {
                values.put(attribute, Json.text(body, field, false));
            } else if (type == boolean.class) {
                if (!value.isBoolean()) {
                    throw new ApiException(400, "the field '" + field + "' must be a boolean, not " + Json.kind(value));
                }
                values.put(attribute, value.booleanValue());
            } else {
                int least = attribute == Literals.ANNOTATION__GROUP ? 0 : Integer.MIN_VALUE;
                if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < least) {
                    throw new ApiException(400, "the field '" + field + "' must be a whole number"
                            + (least == 0 ? " from 0" : "") + ", not " + value);
                }
                values.put(attribute, value.intValue());
            }
        }
        return values;
    }

    /** Gives a new annotation (not yet in the model) the body's fields. */
    void fill(Annotation annotation) {
        annotation.setLabelClass(labelClass);
        annotation.setShape(shape);
        annotation.setProvenance(provenance == null ? Provenance.MANUAL : provenance);
        if (score != null) {
            annotation.setScore(score);
        }
        if (attributes != null) {
            annotation.getAttributes().putAll(attributes);
        }
        if (review != null) {
            annotation.setReview(review);
        }
        values.forEach(annotation::eSet);
    }

    /**
     * Appends the commands that give an annotation of the model the body's fields; what it left out stays. Class and
     * shape are set by plain set commands, not the item provider's: it judges each against the annotation as it is
     * (the new class against the old shape), which refuses a change of both that {@link #read} allowed as a whole.
     */
    void change(EditingDomain domain, Annotation annotation, CompoundCommand command) {
        command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__LABEL_CLASS, labelClass));
        command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__SHAPE, shape));
        if (score != null) {
            command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__SCORE, score));
        }
        if (attributes != null && !attributes.equals(annotation.getAttributes().map())) {
            command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__ATTRIBUTES,
                    StringMaps.entries(attributes)));
        }
        if (review != null && review != annotation.getReview()) {
            command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__REVIEW, review));
        }
        if (provenance != null && provenance != annotation.getProvenance()) {
            command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__PROVENANCE, provenance));
        }
        values.forEach((attribute, value) -> {
            if (!Objects.equals(value, annotation.eGet(attribute))) {
                command.append(SetCommand.create(domain, annotation, attribute, value));
            }
        });
    }

    /**
     * A locked annotation is changed only by unlocking it, as in the editor: a body that keeps it locked and changes
     * anything else is a 409 saying so (with the annotation as it is, like a version conflict); one that asks for it
     * as it is, or unlocks it (and changes it with that), is not.
     */
    void checkUnlocked(Annotation annotation, com.fasterxml.jackson.databind.node.ObjectNode current) {
        if (!annotation.isLocked() || Boolean.FALSE.equals(values.get(Literals.ANNOTATION__LOCKED))) {
            return;
        }
        boolean changes = labelClass != annotation.getLabelClass()
                || !org.eclipse.emf.ecore.util.EcoreUtil.equals(shape, annotation.getShape())
                || score != null && score != annotation.getScore()
                || attributes != null && !attributes.equals(annotation.getAttributes().map())
                || review != null && review != annotation.getReview()
                || provenance != null && provenance != annotation.getProvenance()
                || values.entrySet().stream().anyMatch(v -> !Objects.equals(v.getValue(), annotation.eGet(v.getKey())));
        if (changes) {
            throw locked(annotation, "unlock it first (\"locked\": false, which may come with the change)", current);
        }
    }

    /** The 409 for a change of a locked annotation, with the annotation as it is. */
    static ApiException locked(Annotation annotation, String what, com.fasterxml.jackson.databind.node.ObjectNode current) {
        com.fasterxml.jackson.databind.node.ObjectNode extra = Json.object();
        extra.set("current", current);
        return new ApiException(409, "annotation " + annotation.getId() + " is locked: " + what, extra);
    }

    /** The body's {@code field} as one of {@code values} (their literals in lower case); null when left out. */
    private static <E extends Enumerator> E literal(ObjectNode body, String field, List<E> values) {
        String text = Json.text(body, field, false);
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (value.getLiteral().toLowerCase(Locale.ROOT).equals(text)) {
                return value;
            }
        }
        throw new ApiException(400, "the field '" + field + "' must be one of " + literals(values) + ", not '" + text
                + "'");
    }

    private static String literals(List<? extends Enumerator> values) {
        return String.join(", ", values.stream().map(v -> v.getLiteral().toLowerCase(Locale.ROOT)).toList());
    }

}
