package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.server.db.ProjectContent;
import org.annotide.server.tests.HeldProjectServer.Reply;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An annotation's attributes, review, provenance, model version, flags, group and z-order on a project held in
 * PostgreSQL (real PostgreSQL, Jetty on
 * loopback): written through the same command path as on a folder, so a new working copy built from the rows answers
 * them and an export holds them; refused the same way.
 */
class HeldAnnotationFieldsTest extends DatabaseServerTest {

    static String box(String more) {
        String box = ServerApiTest.box("c-light", 4);
        return box.substring(0, box.length() - 1) + "," + more + "}";
    }

    @Test
    void reviewAttributesAndProvenanceAreInTheDatabaseWhenAnswered() throws Exception {
        ProjectContent content = holdShoes(2, 2);
        List<String> notes = new ArrayList<>();
        String annotations = "/api/v1/projects/shoes/images/img-1/annotations";
        long changed;
        long created;
        try (HeldProjectServer served = serveHeld(notes)) {
            JsonNode light = null; // an imported annotation of a class that takes a box (the rules of classes hold)
            for (JsonNode item : served.call("GET", annotations, null).json().get("items")) {
                if (item.get("label_class").asText().equals("c-light")) {
                    light = item;
                }
            }
            assertNotNull(light, "the fixture has an annotation of class light on img-1");
            changed = light.get("id").asLong();
            Reply put = served.call("PUT", annotations + "/" + changed, box("\"review\":\"accepted\","
                    + "\"attributes\":{\"quality\":\"sharp\"},\"locked\":true,\"group\":4,\"z_order\":2"));
            assertEquals(200, put.status(), put.text());
            assertEquals("accepted", put.json().get("review").asText());
            // the same shape with the other fields left out (the annotation is locked: a move would be refused)
            Reply moved = served.call("PUT", annotations + "/" + changed, ServerApiTest.box("c-light", 4));
            assertEquals(200, moved.status(), moved.text());
            assertEquals("accepted", moved.json().get("review").asText(), "left out: kept");
            assertEquals("sharp", moved.json().get("attributes").get("quality").asText(), "left out: kept");
            assertTrue(moved.json().get("locked").asBoolean(), "left out: kept");
            assertEquals(4, moved.json().get("group").asInt(), "left out: kept");
            Reply post = served.call("POST", annotations, box("\"review\":\"rejected\",\"provenance\":\"predicted\","
                    + "\"attributes\":{\"k\":\"v\"},\"model_version\":\"shoes:2\",\"occluded\":true,\"crowd\":true"));
            assertEquals(201, post.status(), post.text());
            created = post.json().get("id").asLong();
            Reply refused = served.call("POST", annotations, box("\"review\":3"));
            assertEquals(400, refused.status(), refused.text());
            assertTrue(refused.text().contains("'review' must be a string"), refused.text());
            Reply badGroup = served.call("POST", annotations, box("\"group\":-3"));
            assertEquals(400, badGroup.status(), badGroup.text());
            assertTrue(badGroup.text().contains("'group' must be a whole number from 0"), badGroup.text());
        }
        // a new working copy is built from the rows: it answers what the database holds
        try (HeldProjectServer served = serveHeld(notes)) {
            JsonNode one = served.call("GET", annotations + "/" + changed, null).json();
            assertEquals("accepted", one.get("review").asText(), one.toString());
            assertEquals(Map.of("quality", "sharp"), AnnotationFieldsTest.strings(one.get("attributes")));
            assertTrue(one.get("locked").asBoolean(), one.toString());
            assertEquals(4, one.get("group").asInt(), one.toString());
            assertEquals(2, one.get("z_order").asInt(), one.toString());
            JsonNode two = served.call("GET", annotations + "/" + created, null).json();
            assertEquals("rejected", two.get("review").asText(), two.toString());
            assertEquals("predicted", two.get("provenance").asText(), two.toString());
            assertEquals(Map.of("k", "v"), AnnotationFieldsTest.strings(two.get("attributes")));
            assertEquals("shoes:2", two.get("model_version").asText(), two.toString());
            assertTrue(two.get("occluded").asBoolean() && two.get("crowd").asBoolean(), two.toString());
            assertEquals(3, served.call("GET", annotations, null).json().get("items").size(), "not the refused one");
        }
        Path out = temp.resolve("exported");
        content.exportProject("shoes", out);
        try (ProjectStore exported = ProjectStore.openReadOnly(out)) {
            ImageAsset image = exported.project().getImages().stream().filter(i -> i.getId().equals("img-1"))
                    .findFirst().orElseThrow();
            Annotation a = image.getAnnotations().stream().filter(x -> x.getId() == changed).findFirst().orElseThrow();
            assertEquals(ReviewState.ACCEPTED, a.getReview());
            assertEquals(Map.of("quality", "sharp"), a.getAttributes().map());
            assertTrue(a.isLocked());
            assertEquals(4, a.getGroup());
            assertEquals(2, a.getZOrder());
            Annotation b = image.getAnnotations().stream().filter(x -> x.getId() == created).findFirst().orElseThrow();
            assertEquals(ReviewState.REJECTED, b.getReview());
            assertEquals(Provenance.PREDICTED, b.getProvenance());
            assertEquals(Map.of("k", "v"), b.getAttributes().map());
            assertEquals("shoes:2", b.getModelVersion());
            assertTrue(b.isOccluded() && b.isCrowd());
        }
    }
}
