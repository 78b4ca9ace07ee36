package org.annotide.server.tests;

import static org.annotide.server.tests.ServerApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.ShapeKind;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an annotation's create and replace take besides class, shape and score (real HTTP on loopback, the journaled
 * store): its attributes, the review of a prediction, its provenance and model version, the flags locked, occluded
 * and crowd, group and z-order, written, answered, told to the project's
 * listeners and kept when a replace leaves them out; values of the wrong type refused naming the field; a stale
 * version refused with the current one; ground truth closed to annotators through these fields too.
 */
class AnnotationFieldsTest extends ServedProjectTest {

    String annotations(String image) {
        return "/api/v1/projects/" + f.projectId + "/images/" + image + "/annotations";
    }

    /** Creates an annotation on the image as {@code token}'s user: the server's answer, which must be 201. */
    Fixture.Answer create(String token, String body) throws Exception {
        Fixture.Answer created = f.call("POST", annotations(f.image), token, body);
        assertEquals(201, created.status(), created.toString());
        return created;
    }

    /** A box of the project's first class, with {@code more} fields (JSON, without braces) after it. */
    String box(double x, String more) {
        return "{\"label_class\":\"" + f.store.project().getLabelClasses().get(0).getId()
                + "\",\"shape\":{\"kind\":\"box\",\"x\":" + x + ",\"y\":2,\"width\":3,\"height\":4}"
                + (more.isEmpty() ? "" : "," + more) + "}";
    }

    /** The server's own annotation, read as the server reads it. */
    Annotation stored(String image, long id) {
        synchronized (f.store) {
            ImageAsset i = f.store.project().getImages().stream().filter(x -> x.getId().equals(image)).findFirst()
                    .orElseThrow();
            return i.getAnnotations().stream().filter(a -> a.getId() == id).findFirst().orElse(null);
        }
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    @Test
    void attributesReviewAndProvenanceAreWrittenAnsweredToldAndKeptWhenLeftOut() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String ann = f.login("ann");
        String manager = f.login("manager");
        ProjectEventsTest.Heard toAdmin = ProjectEventsTest.listen(f, f.login("admin"), null);

        Fixture.Answer plain = create(ann, box(1, ""));
        assertEquals("none", plain.json().get("review").asText());
        assertEquals("manual", plain.json().get("provenance").asText());
        assertEquals(Map.of(), strings(plain.json().get("attributes")));

        Fixture.Answer created = create(ann, box(2, "\"score\":0.75,\"provenance\":"
                + "\"predicted\",\"review\":\"accepted\",\"attributes\":{\"quality\":\"sharp\",\"tile\":\"t-1\"}"));
        long id = created.json().get("id").asLong();
        assertEquals("accepted", created.json().get("review").asText());
        assertEquals("predicted", created.json().get("provenance").asText());
        assertEquals(Map.of("quality", "sharp", "tile", "t-1"), strings(created.json().get("attributes")));
        Fixture.Answer got = f.call("GET", annotations(f.image) + "/" + id, manager, null);
        assertEquals(created.json(), got.json());
        assertEquals(created.header("ETag"), got.header("ETag"));
        Annotation a = stored(f.image, id);
        assertEquals(ReviewState.ACCEPTED, a.getReview());
        assertEquals(Provenance.PREDICTED, a.getProvenance());
        assertEquals(Map.of("quality", "sharp", "tile", "t-1"), a.getAttributes().map());

        // a replace that leaves them out (a client that does not know them) keeps them
        Fixture.Answer moved = f.call("PUT", annotations(f.image) + "/" + id, manager, box(5, ""), "If-Match",
                created.header("ETag"));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("accepted", moved.json().get("review").asText());
        assertEquals("predicted", moved.json().get("provenance").asText());
        assertEquals(Map.of("quality", "sharp", "tile", "t-1"), strings(moved.json().get("attributes")));
        assertNotEquals(created.header("ETag"), moved.header("ETag"));

        // one that names them replaces them (the attributes whole), in one undoable command
        Fixture.Answer rejected = f.call("PUT", annotations(f.image) + "/" + id, manager, box(5,
                "\"review\":\"rejected\",\"attributes\":{\"quality\":\"blurred\"}"), "If-Match", moved.header("ETag"));
        assertEquals(200, rejected.status(), rejected.toString());
        assertEquals("rejected", rejected.json().get("review").asText());
        assertEquals(Map.of("quality", "blurred"), strings(rejected.json().get("attributes")));
        a = stored(f.image, id);
        assertEquals(ReviewState.REJECTED, a.getReview());
        assertEquals(Map.of("quality", "blurred"), a.getAttributes().map());
        synchronized (f.store) {
            f.store.commandStack().undo();
        }
        assertEquals(ReviewState.ACCEPTED, stored(f.image, id).getReview(), "undone as one command");
        assertEquals(Map.of("quality", "sharp", "tile", "t-1"), stored(f.image, id).getAttributes().map());
        synchronized (f.store) {
            f.store.commandStack().redo();
        }

        // the listeners are told the new fields with the change
        ProjectEventsTest.waitFor(toAdmin, 4);
        JsonNode last = toAdmin.last();
        assertEquals("annotation_updated", last.get("type").asText(), last.toString());
        assertEquals("rejected", last.get("annotation").get("review").asText(), last.toString());
        assertEquals(Map.of("quality", "blurred"), strings(last.get("annotation").get("attributes")));
        assertEquals(rejected.json().get("version"), last.get("annotation").get("version"));
    }

    @Test
    void aLockedAnnotationIsChangedOnlyByUnlockingItAndNotDeleted() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String manager = f.login("manager");
        Fixture.Answer created = create(manager, box(2, "\"locked\":true"));
        long id = created.json().get("id").asLong();
        String path = annotations(f.image) + "/" + id;

        Fixture.Answer moved = f.call("PUT", path, manager, box(5, ""), "If-Match", created.header("ETag"));
        assertEquals(409, moved.status(), moved.toString());
        assertTrue(moved.json().get("detail").asText().contains("is locked: unlock it first"), moved.toString());
        assertEquals(created.json(), moved.json().get("current"), "the annotation as it is comes with the refusal");
        Fixture.Answer deleted = f.call("DELETE", path, manager, null, "If-Match", created.header("ETag"));
        assertEquals(409, deleted.status(), deleted.toString());
        assertTrue(deleted.json().get("detail").asText().contains("unlock it before deleting it"), deleted.toString());
        assertEquals(2.0, ((BoxShape) stored(f.image, id).getShape()).getX(), "nothing changed");

        Fixture.Answer same = f.call("PUT", path, manager, box(2, "\"locked\":true"), "If-Match", created.header("ETag"));
        assertEquals(200, same.status(), "asking for it as it is is no change: " + same);
        Fixture.Answer unlocked = f.call("PUT", path, manager, box(5, "\"locked\":false"), "If-Match",
                same.header("ETag"));
        assertEquals(200, unlocked.status(), "unlocked and moved in one: " + unlocked);
        assertEquals(5.0, ((BoxShape) stored(f.image, id).getShape()).getX());
        assertEquals(204, f.call("DELETE", path, manager, null, "If-Match", unlocked.header("ETag")).status());
    }

    @Test
    void flagsGroupZOrderAndModelVersionAreWrittenAnsweredToldKeptWhenLeftOutAndUndoneAsOne() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String ann = f.login("ann");
        String manager = f.login("manager");
        ProjectEventsTest.Heard toAdmin = ProjectEventsTest.listen(f, f.login("admin"), null);

        Fixture.Answer plain = create(ann, box(1, ""));
        JsonNode p = plain.json();
        assertEquals(List.of(false, false, false), List.of(p.get("locked").asBoolean(true), p.get("occluded")
                .asBoolean(true), p.get("crowd").asBoolean(true)), p.toString());
        assertEquals(0, p.get("group").asInt(-1));
        assertEquals(0, p.get("z_order").asInt(-1));
        assertTrue(p.get("model_version").isNull(), p.toString());
        assertFalse(p.has("hidden"), "hiding is each user's view, not a field: " + p);

        Fixture.Answer created = create(ann, box(2, "\"provenance\":\"predicted\","
                + "\"model_version\":\"cells:3\",\"locked\":true,\"occluded\":true,\"crowd\":true,\"group\":7,"
                + "\"z_order\":-2"));
        long id = created.json().get("id").asLong();
        JsonNode c = created.json();
        assertEquals("cells:3", c.get("model_version").asText());
        assertTrue(c.get("locked").asBoolean() && c.get("occluded").asBoolean() && c.get("crowd").asBoolean(),
                c.toString());
        assertEquals(7, c.get("group").asInt());
        assertEquals(-2, c.get("z_order").asInt());
        assertEquals(c, f.call("GET", annotations(f.image) + "/" + id, manager, null).json());
        Annotation a = stored(f.image, id);
        assertEquals("cells:3", a.getModelVersion());
        assertTrue(a.isLocked() && a.isOccluded() && a.isCrowd());
        assertEquals(7, a.getGroup());
        assertEquals(-2, a.getZOrder());

        // a replace that leaves them out keeps them (and, the annotation being locked, changes nothing else)
        Fixture.Answer moved = f.call("PUT", annotations(f.image) + "/" + id, manager, box(2, ""), "If-Match",
                created.header("ETag"));
        assertEquals(200, moved.status(), moved.toString());
        for (String field : List.of("model_version", "locked", "occluded", "crowd", "group", "z_order")) {
            assertEquals(c.get(field), moved.json().get(field), field + " left out: kept");
        }

        // one that names them changes them, in one undoable command with the rest
        Fixture.Answer changed = f.call("PUT", annotations(f.image) + "/" + id, manager, box(6, "\"locked\":false,"
                + "\"crowd\":false,\"group\":0,\"z_order\":3,\"model_version\":\"cells:4\""), "If-Match",
                moved.header("ETag"));
        assertEquals(200, changed.status(), changed.toString());
        a = stored(f.image, id);
        assertTrue(!a.isLocked() && a.isOccluded() && !a.isCrowd(), "occluded left out: kept");
        assertEquals(0, a.getGroup());
        assertEquals(3, a.getZOrder());
        assertEquals("cells:4", a.getModelVersion());
        synchronized (f.store) {
            f.store.commandStack().undo();
        }
        a = stored(f.image, id);
        assertTrue(a.isLocked() && a.isCrowd(), "undone as one command");
        assertEquals(7, a.getGroup());
        assertEquals(-2, a.getZOrder());
        assertEquals("cells:3", a.getModelVersion());
        assertEquals(2.0, ((BoxShape) a.getShape()).getX(), "the shape with them");
        synchronized (f.store) {
            f.store.commandStack().redo();
        }

        // the listeners are told them with the change
        ProjectEventsTest.waitFor(toAdmin, 4);
        JsonNode last = toAdmin.last();
        assertEquals("annotation_updated", last.get("type").asText(), last.toString());
        assertEquals(changed.json(), last.get("annotation"), last.toString());
        assertEquals(3, last.get("annotation").get("z_order").asInt());
    }

    @Test
    void hidingIsNotSharedTheServersHiddenStaysAndIsNotAnswered() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String manager = f.login("manager");
        Fixture.Answer created = f.call("POST", annotations(f.image), manager, box(1, ""));
        long id = created.json().get("id").asLong();
        synchronized (f.store) { // hidden on the server's own copy (a project opened there as a folder, say)
            f.store.commandStack().execute(SetCommand.create(f.store.editingDomain(), stored(f.image, id),
                    Literals.ANNOTATION__HIDDEN, true));
        }
        Fixture.Answer got = f.call("GET", annotations(f.image) + "/" + id, manager, null);
        assertFalse(got.json().has("hidden"), got.toString());
        assertEquals(created.header("ETag"), got.header("ETag"), "not part of the content's version");
        Fixture.Answer moved = f.call("PUT", annotations(f.image) + "/" + id, manager, box(3, ""), "If-Match",
                got.header("ETag"));
        assertEquals(200, moved.status(), moved.toString());
        assertTrue(stored(f.image, id).isHidden(), "a replace does not touch it");
    }

    @Test
    void valuesOfTheWrongTypeAre400NamingTheFieldAndChangeNothing() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String manager = f.login("manager");
        int before = f.call("GET", annotations(f.image), manager, null).json().get("items").size();
        Fixture.Answer created = create(manager, box(1, "\"review\":\"accepted\""));
        String one = annotations(f.image) + "/" + created.json().get("id").asLong();
        Map<String, String> refusals = Map.ofEntries(
                Map.entry("\"attributes\":\"sharp\"", "'attributes' must be an object of strings"),
                Map.entry("\"attributes\":[\"sharp\"]", "'attributes' must be an object of strings"),
                Map.entry("\"attributes\":{\"quality\":3}", "'attributes.quality' must be a string"),
                Map.entry("\"attributes\":{\"quality\":{\"x\":\"y\"}}", "'attributes.quality' must be a string"),
                Map.entry("\"review\":1", "'review' must be a string"),
                Map.entry("\"review\":\"ACCEPTED\"", "'review' must be one of none, accepted, rejected"),
                Map.entry("\"review\":\"maybe\"", "'review' must be one of none, accepted, rejected, not 'maybe'"),
                Map.entry("\"provenance\":\"guessed\"", "'provenance' must be one of manual, imported, predicted"),
                Map.entry("\"provenance\":true", "'provenance' must be a string"),
                Map.entry("\"model_version\":2", "'model_version' must be a string, not number"),
                Map.entry("\"locked\":\"true\"", "'locked' must be a boolean, not string"),
                Map.entry("\"occluded\":1", "'occluded' must be a boolean, not number"),
                Map.entry("\"crowd\":[true]", "'crowd' must be a boolean, not array"),
                Map.entry("\"group\":-1", "'group' must be a whole number from 0, not -1"),
                Map.entry("\"group\":1.5", "'group' must be a whole number from 0, not 1.5"),
                Map.entry("\"z_order\":\"2\"", "'z_order' must be a whole number, not \"2\""),
                Map.entry("\"z_order\":4294967296", "'z_order' must be a whole number, not 4294967296"),
                Map.entry("\"hidden\":true", "unknown field 'hidden'"));
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            assertProblem(f.call("POST", annotations(f.image), manager, box(2, refusal.getKey())), 400,
                    refusal.getValue());
            assertProblem(f.call("PUT", one, manager, box(2, refusal.getKey()), "If-Match", created.header("ETag")),
                    400, refusal.getValue());
        }
        Fixture.Answer after = f.call("GET", one, manager, null);
        assertEquals(created.header("ETag"), after.header("ETag"), "nothing changed");
        assertEquals(before + 1, f.call("GET", annotations(f.image), manager, null).json().get("items").size(),
                "nothing added");
    }

    @Test
    void aStaleVersionGets409WithTheCurrentReviewAndAttributes() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String manager = f.login("manager");
        String ann = f.login("ann");
        Fixture.Answer created = f.call("POST", annotations(f.image), ann, box(1, "\"provenance\":\"predicted\""));
        String one = annotations(f.image) + "/" + created.json().get("id").asLong();
        Fixture.Answer accepted = f.call("PUT", one, manager, box(1, "\"review\":\"accepted\",\"attributes\":"
                + "{\"quality\":\"sharp\"}"), "If-Match", created.header("ETag"));
        assertEquals(200, accepted.status(), accepted.toString());
        Fixture.Answer stale = f.call("PUT", one, ann, box(1, "\"review\":\"rejected\""), "If-Match",
                created.header("ETag"));
        assertProblem(stale, 409, "was changed");
        assertEquals(accepted.header("ETag"), "\"" + stale.json().get("current_version").asText() + "\"");
        assertEquals("accepted", stale.json().get("current").get("review").asText());
        assertEquals("sharp", stale.json().get("current").get("attributes").get("quality").asText());
        assertEquals(ReviewState.ACCEPTED, stored(f.image, created.json().get("id").asLong()).getReview());
        // with the version it read, the annotator's change goes through
        Fixture.Answer merged = f.call("PUT", one, ann, box(1, "\"review\":\"rejected\""), "If-Match",
                accepted.header("ETag"));
        assertEquals(200, merged.status(), merged.toString());
        assertEquals("rejected", merged.json().get("review").asText());
        assertEquals("sharp", merged.json().get("attributes").get("quality").asText(), "left out: kept");
    }

    @Test
    void anAnnotatorCannotReviewOrAttributeGroundTruth() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String admin = f.login("admin");
        String ann = f.login("ann");
        int before = f.call("GET", annotations(f.gtImage), admin, null).json().get("items").size();
        Fixture.Answer truth = f.call("POST", annotations(f.gtImage), admin, box(1, "\"provenance\":\"predicted\""));
        assertEquals(201, truth.status(), truth.toString());
        long id = truth.json().get("id").asLong();
        String one = annotations(f.gtImage) + "/" + id;
        assertProblem(f.call("PUT", one, ann, box(1, "\"review\":\"accepted\"")), 403, "ground truth");
        assertProblem(f.call("PUT", one, ann, box(1, "\"attributes\":{\"quality\":\"sharp\"}"), "If-Match",
                truth.header("ETag")), 403, "ground truth");
        assertProblem(f.call("POST", annotations(f.gtImage), ann, box(2, "\"review\":\"accepted\"")), 403,
                "ground truth");
        Annotation a = stored(f.gtImage, id);
        assertEquals(ReviewState.NONE, a.getReview());
        assertEquals(Map.of(), a.getAttributes().map());
        assertEquals(before + 1, f.call("GET", annotations(f.gtImage), admin, null).json().get("items").size(),
                "nothing added");
        // the admin, who may see the benchmark source, may
        Fixture.Answer accepted = f.call("PUT", one, admin, box(1, "\"review\":\"accepted\""));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals(ReviewState.ACCEPTED, stored(f.gtImage, id).getReview());
    }
    /** The project's class of that name, restricted to {@code kind} (through the store's command stack). */
    String only(String name, ShapeKind kind) {
        synchronized (f.store) {
            LabelClass c = f.store.project().getLabelClasses().stream().filter(x -> name.equals(x.getName()))
                    .findFirst().orElseThrow();
            f.store.commandStack().execute(AddCommand.create(f.store.editingDomain(), c,
                    AnnotidePackage.Literals.LABEL_CLASS__ALLOWED_SHAPES, kind));
            return c.getId();
        }
    }

    static String body(String classId, String shape) {
        return "{\"label_class\":\"" + classId + "\",\"shape\":" + shape + "}";
    }

    @Test
    void aReplaceIsJudgedByTheClassRulesOnTheClassAndShapeItAsksFor() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String manager = f.login("manager");
        String dark = only("dark", ShapeKind.POLYGON);
        String light = only("light", ShapeKind.BOX);
        String box = "{\"kind\":\"box\",\"x\":1,\"y\":2,\"width\":3,\"height\":4}";
        String polygon = "{\"kind\":\"polygon\",\"points\":[1,1,6,1,6,5]}";
        int before = f.call("GET", annotations(f.image), manager, null).json().get("items").size();

        Fixture.Answer created = create(manager, body(light, box));
        long id = created.json().get("id").asLong();
        String one = annotations(f.image) + "/" + id;

        // class and shape changed together: the old class ("light", boxes only) does not allow the new shape, nor
        // the new class the old shape, but the state asked for is allowed
        Fixture.Answer changed = f.call("PUT", one, manager, body(dark, polygon), "If-Match", created.header("ETag"));
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(dark, changed.json().get("label_class").asText());
        assertEquals("polygon", changed.json().get("shape").get("kind").asText());
        assertEquals(dark, stored(f.image, id).getLabelClass().getId());
        assertEquals(ShapeKind.POLYGON, stored(f.image, id).getShape().getKind());
        synchronized (f.store) {
            f.store.commandStack().undo();
        }
        assertEquals(light, stored(f.image, id).getLabelClass().getId(), "undone as one command");
        assertEquals(ShapeKind.BOX, stored(f.image, id).getShape().getKind());
        synchronized (f.store) {
            f.store.commandStack().redo();
        }

        // a state the rules forbid is refused saying which rule, whatever the annotation has now
        assertProblem(f.call("PUT", one, manager, body(dark, box)), 400, "\"dark\" is for polygon only, not box");
        assertProblem(f.call("PUT", one, manager, body(light, polygon)), 400,
                "\"light\" is for box only, not polygon");
        Fixture.Answer after = f.call("GET", one, manager, null);
        assertEquals(changed.header("ETag"), after.header("ETag"), "nothing changed");

        // and so is a create
        Fixture.Answer refused = f.call("POST", annotations(f.image), manager, body(dark, box));
        assertProblem(refused, 400, "\"dark\" is for polygon only, not box");
        assertEquals(before + 1, f.call("GET", annotations(f.image), manager, null).json().get("items").size(),
                "nothing added");
    }
}
