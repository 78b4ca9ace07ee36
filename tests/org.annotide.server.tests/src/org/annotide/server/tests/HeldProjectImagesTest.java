package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.annotide.access.Account;
import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ImageAsset;
import org.annotide.model.Role;
import org.annotide.server.db.ProjectContent;
import org.annotide.server.db.ServerProjects;
import org.annotide.server.tests.HeldProjectServer.Reply;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Images added, changed and removed in a project held in PostgreSQL (real PostgreSQL, Jetty on loopback): the upload's
 * bytes are in the database with the image's row when the 201 arrives, a refused upload leaves no row and no blob, and
 * the next working copy and an export have the file byte for byte; a change or removal is in the rows when its answer
 * comes, refused as in a folder's project (409 for a taken name or unforced annotations, 403 for annotators and for
 * ground truth without the benchmark door), and the next start serves what was acknowledged.
 */
class HeldProjectImagesTest extends DatabaseServerTest {

    private static final String IMAGES = "/api/v1/projects/shoes/images";

    @Test
    void anUploadIsStoredInTheDatabaseWithItsImage() throws Exception {
        ProjectContent content = holdShoes(2, 3);
        byte[] bytes = ImageRoutesTest.png(11);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        List<List<String>> blobsBefore = rows("SELECT count(*) FROM content_blobs");

        try (HeldProjectServer served = serveHeld(new ArrayList<>())) {
            byte[] garbled = bytes.clone();
            for (int i = 60; i < 90; i++) {
                garbled[i] ^= 0x5a;
            }
            Reply refused = served.upload(IMAGES + "?name=broken.png", garbled, "image/png");
            assertEquals(400, refused.status(), refused.text());
            assertEquals(blobsBefore, rows("SELECT count(*) FROM content_blobs"), "no blob of a refused upload");

            Reply created = served.upload(IMAGES + "?name=new.png&id=up-1", bytes, "image/png");
            assertEquals(201, created.status(), created.text());
            assertEquals(List.of(List.of("images/new.png", sha)), rows("SELECT f.path, f.sha256 FROM content_image_files f "
                    + "JOIN content_objects o USING (project_id, object_id) WHERE o.fields ->> 'id' = 'up-1'"),
                    "the file with the image's row when the answer came");
            assertEquals(List.of(List.of(Integer.toString(bytes.length))),
                    rows("SELECT length(bytes) FROM content_blobs WHERE sha256 = '" + sha + "'"));
        }
        // the next start builds the working copy from the database: the file is there again
        try (HeldProjectServer served = serveHeld(new ArrayList<>())) {
            assertArrayEquals(bytes, served.bytes(IMAGES + "/up-1/file"));
        }

        Path out = temp.resolve("exported");
        content.exportProject("shoes", out);
        try (ProjectStore exported = ProjectStore.openReadOnly(out)) {
            ImageAsset image = exported.project().getImages().stream().filter(i -> i.getId().equals("up-1"))
                    .findFirst().orElseThrow();
            assertEquals("new.png", image.getName());
            assertArrayEquals(bytes, Files.readAllBytes(DefaultImageService.locate(out, image)));
            assertEquals(3, exported.project().getImages().size());
        }
    }

    @Test
    void imagesAreChangedAndRemovedInTheDatabaseAsInAFoldersProject() throws Exception {
        ProjectContent content = holdShoes(3, 4, project -> { // img-2 in a benchmark: its annotations are ground truth
            BenchmarkProject benchmark = AnnotideFactory.eINSTANCE.createBenchmarkProject();
            benchmark.setId("bench");
            benchmark.setName("bench");
            benchmark.getImages().add(project.getImages().get(2));
            project.getBenchmarks().add(benchmark);
        });
        pg.db.addUser(new Account("manager", Role.TEAM_MANAGER), Fixture.PASSWORD.toCharArray());
        pg.db.addUser(new Account("ann", Role.ANNOTATOR), Fixture.PASSWORD.toCharArray());
        ServerProjects members = new ServerProjects(pg.db);
        members.setMember("shoes", "manager", Role.TEAM_MANAGER, "admin");
        members.setMember("shoes", "ann", Role.ANNOTATOR, "admin");

        try (HeldProjectServer served = serveHeld(new ArrayList<>())) {
            String manager = served.login("manager");
            String ann = served.login("ann");
            Reply taken = served.callAs(manager, "PUT", IMAGES + "/img-0", "{\"name\": \"image 1.png\"}");
            assertRefused(taken, 409, "named 'image 1.png' already");
            assertEquals("img-1", taken.json().get("current").get("id").asText());
            assertRefused(served.callAs(ann, "PUT", IMAGES + "/img-0", "{\"name\": \"mine.png\"}"), 403, "ann");
            Reply changed = served.callAs(manager, "PUT", IMAGES + "/img-0", "{\"name\": \"renamed.png\", "
                    + "\"description\": \"left lung\", \"metadata\": {\"scanner\": \"S-9\"}}");
            assertEquals(200, changed.status(), changed.text());
            assertEquals(List.of(List.of("renamed.png", "left lung")), rows("SELECT fields ->> 'name', "
                    + "fields ->> 'description' FROM content_objects WHERE project_id = 'shoes' "
                    + "AND eclass = 'ImageAsset' AND fields ->> 'id' = 'img-0'"), "in its row when the answer came");

            assertRefused(served.callAs(ann, "DELETE", IMAGES + "/img-1?force=true", null), 403, "ann");
            Reply annotated = served.callAs(manager, "DELETE", IMAGES + "/img-1", null);
            assertRefused(annotated, 409, "force=true");
            assertEquals(4, annotated.json().get("annotations").asInt());
            assertEquals(204, served.callAs(manager, "DELETE", IMAGES + "/img-1?force=true", null).status());
            assertEquals(List.of(List.of("img-0"), List.of("img-2")), rows("SELECT image_id FROM content_images "
                    + "WHERE project_id = 'shoes' ORDER BY image_id"), "gone from its images when the answer came");
            // deleting ground truth is changing it: only for those who may see the benchmark's source
            assertRefused(served.callAs(manager, "DELETE", IMAGES + "/img-2?force=true", null), 403, "ground truth");
            assertEquals(204, served.call("DELETE", IMAGES + "/img-2?force=true", null).status());
            assertRefused(served.call("DELETE", IMAGES + "/img-2?force=true", null), 404, "img-2");
        }

        // the next start builds the working copy from the rows: what was acknowledged, nothing else
        try (HeldProjectServer served = serveHeld(new ArrayList<>())) {
            JsonNode listed = served.call("GET", IMAGES, null).json().get("items");
            assertEquals(1, listed.size(), listed.toString());
            JsonNode image = served.call("GET", IMAGES + "/img-0", null).json();
            assertEquals("renamed.png", image.get("name").asText());
            assertEquals("left lung", image.get("description").asText());
            assertEquals(Map.of("scanner", "S-9"), Fixture.JSON.convertValue(image.get("metadata"), Map.class));
            assertEquals(404, served.call("GET", IMAGES + "/img-1", null).status());
            assertEquals(404, served.call("GET", IMAGES + "/img-2", null).status());
        }
        ProjectContent.Held held = content.held().get(0);
        assertEquals(List.of(1, 4), List.of(held.images(), held.annotations()),
                "what 'server content list' says: not the annotations of removed images");
        Path out = temp.resolve("exported");
        content.exportProject("shoes", out);
        try (ProjectStore exported = ProjectStore.openReadOnly(out)) {
            assertEquals(List.of("img-0"), exported.project().getImages().stream().map(ImageAsset::getId).toList());
            assertTrue(exported.project().getBenchmarks().get(0).getImages().isEmpty(), "the benchmark let go of it");
        }
    }

    private static void assertRefused(Reply answer, int status, String detailPart) {
        assertEquals(status, answer.status(), answer.text());
        String detail = answer.json().get("detail").asText();
        assertTrue(detail.contains(detailPart), detail);
    }
}
