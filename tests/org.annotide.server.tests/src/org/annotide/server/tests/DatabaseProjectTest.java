package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.server.db.ProjectContent;
import org.annotide.server.db.ProjectWriteThrough;
import org.annotide.server.tests.HeldProjectServer.Reply;
import org.junit.jupiter.api.Test;

/**
 * A project held in PostgreSQL, served from a working copy (real PostgreSQL, Jetty on loopback): a write the server
 * acknowledged is in the database before its answer and in the project exported after the server stopped; a write the
 * database refuses is answered 503 with a message and undone in the working copy too.
 */
class DatabaseProjectTest extends DatabaseServerTest {

    @Test
    void whatTheServerAcknowledgesIsInTheDatabase() throws Exception {
        ProjectContent content = holdShoes(3, 10);
        List<String> notes = new ArrayList<>();
        String annotations = "/api/v1/projects/shoes/images/img-1/annotations";
        List<String> acknowledged = new ArrayList<>();
        String deleted;
        long[] writeMicros = new long[40];
        ProjectWriteThrough copy;
        try (HeldProjectServer served = serveHeld(notes)) {
            copy = served.copy();
            assertEquals(List.of(), notes);
            Reply created = served.call("POST", annotations, ServerApiTest.box("c-dark", 7));
            assertEquals(201, created.status(), created.text());
            acknowledged.add(created.json().get("id").asText());
            assertEquals(List.of(List.of("1", "BoxShape")), rows("SELECT count(*), min(shape_class) "
                    + "FROM content_annotations WHERE annotation_id = '" + acknowledged.get(0) + "'"),
                    "in the database when the answer came");
            deleted = served.call("GET", annotations, null).json().get("items").get(0).get("id").asText();
            assertEquals(204, served.call("DELETE", annotations + "/" + deleted, null).status());
            assertEquals(List.of(List.of("0")),
                    rows("SELECT count(*) FROM content_annotations WHERE annotation_id = '" + deleted + "'"));

            // the database refuses every row: the write is answered 503 and undone in the working copy
            pg.sql("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'refused by the test'; END $$");
            pg.sql("CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON content_objects FOR EACH ROW EXECUTE FUNCTION refuse()");
            int before = served.call("GET", annotations, null).json().get("items").size();
            Reply refused = served.call("POST", annotations, ServerApiTest.box("c-dark", 99));
            assertEquals(503, refused.status(), refused.text());
            assertTrue(refused.text().contains("was not stored in the database") && refused.text().contains("undone"),
                    refused.text());
            assertEquals(before, served.call("GET", annotations, null).json().get("items").size(), "undone");
            pg.sql("DROP TRIGGER refuse ON content_objects");

            for (int i = 0; i < writeMicros.length; i++) {
                long start = System.nanoTime();
                Reply more = served.call("POST", annotations, ServerApiTest.box("c-light", 10 + i));
                writeMicros[i] = (System.nanoTime() - start) / 1_000;
                assertEquals(201, more.status(), more.text());
                acknowledged.add(more.json().get("id").asText());
            }
        }
        long[] commits = copy.commits();
        Arrays.sort(writeMicros);
        System.out.printf("FIGURE content_write_p50_ms %.2f p99_ms %.2f (POST of an annotation, answered after its "
                + "commit); write-through commits %d, mean %.2f ms%n", writeMicros[writeMicros.length / 2] / 1e3,
                writeMicros[writeMicros.length - 1] / 1e3, commits[0], commits[1] / 1e6 / Math.max(1, commits[0]));

        Path out = temp.resolve("exported");
        content.exportProject("shoes", out);
        try (ProjectStore exported = ProjectStore.openReadOnly(out)) {
            ImageAsset image = exported.project().getImages().stream().filter(i -> i.getId().equals("img-1"))
                    .findFirst().orElseThrow();
            List<String> ids = image.getAnnotations().stream().map(a -> Long.toString(a.getId())).toList();
            assertTrue(ids.containsAll(acknowledged), "every acknowledged write: " + ids);
            assertFalse(ids.contains(deleted), "the deleted one");
            assertEquals(10 - 1 + acknowledged.size(), ids.size(), "and nothing else (not the refused one)");
            Annotation first = image.getAnnotations().stream()
                    .filter(a -> Long.toString(a.getId()).equals(acknowledged.get(0))).findFirst().orElseThrow();
            assertEquals("dark", first.getLabelClass().getName());
            assertEquals(7.0, ((org.annotide.model.BoxShape) first.getShape()).getX());
        }
    }
}
