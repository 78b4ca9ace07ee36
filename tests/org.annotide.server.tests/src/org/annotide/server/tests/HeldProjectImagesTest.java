package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.model.ImageAsset;
import org.annotide.server.db.ProjectContent;
import org.annotide.server.tests.HeldProjectServer.Reply;
import org.junit.jupiter.api.Test;

/**
 * Images added to a project held in PostgreSQL (real PostgreSQL, Jetty on loopback): the upload's bytes are in the
 * database with the image's row when the 201 arrives, a refused upload leaves no row and no blob, and the next working
 * copy and an export have the file byte for byte.
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
}
