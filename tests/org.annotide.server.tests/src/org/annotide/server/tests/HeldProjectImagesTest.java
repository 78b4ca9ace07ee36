package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.model.ImageAsset;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;
import org.annotide.server.db.ProjectContent;
import org.annotide.server.db.ProjectWriteThrough;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Images added to a project held in PostgreSQL (real PostgreSQL, Jetty on loopback): the upload's bytes are in the
 * database with the image's row when the 201 arrives, a refused upload leaves no row and no blob, and the next working
 * copy and an export have the file byte for byte.
 */
class HeldProjectImagesTest extends DatabaseServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anUploadIsStoredInTheDatabaseWithItsImage() throws Exception {
        pg = TestDatabase.create();
        pg.db.migrate();
        pg.db.addUser(new Account("admin", Role.ADMIN), Fixture.PASSWORD.toCharArray());
        ProjectContent content = new ProjectContent(pg.db);
        Path source = ProjectContentTest.project(temp.resolve("source"), 2, 3, 8);
        try (ProjectStore store = ProjectStore.openReadOnly(source)) {
            content.importProject(store, "shoes", "admin");
        }
        byte[] bytes = ImageRoutesTest.png(11);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        List<List<String>> blobsBefore = rows("SELECT count(*) FROM content_blobs");

        serve(token -> {
            byte[] garbled = bytes.clone();
            for (int i = 60; i < 90; i++) {
                garbled[i] ^= 0x5a;
            }
            Answer refused = upload(token, "?name=broken.png", garbled);
            assertEquals(400, refused.status(), refused.text());
            assertEquals(blobsBefore, rows("SELECT count(*) FROM content_blobs"), "no blob of a refused upload");

            Answer created = upload(token, "?name=new.png&id=up-1", bytes);
            assertEquals(201, created.status(), created.text());
            assertEquals(List.of(List.of("images/new.png", sha)), rows("SELECT f.path, f.sha256 FROM content_image_files f "
                    + "JOIN content_objects o USING (project_id, object_id) WHERE o.fields ->> 'id' = 'up-1'"),
                    "the file with the image's row when the answer came");
            assertEquals(List.of(List.of(Integer.toString(bytes.length))),
                    rows("SELECT length(bytes) FROM content_blobs WHERE sha256 = '" + sha + "'"));
        });
        // the next start builds the working copy from the database: the file is there again
        serve(token -> assertArrayEquals(bytes, get(token, "/api/v1/projects/shoes/images/up-1/file")));

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

    private record Answer(int status, JsonNode json, String text) {
    }

    @FunctionalInterface
    private interface Session {
        void run(String token) throws Exception;
    }

    /** Serves the held project from a new working copy while {@code session} runs, with an admin's token. */
    private void serve(Session session) throws Exception {
        ProjectWriteThrough copy = content().serve("shoes", temp.resolve("copies").resolve("shoes"), new ArrayList<>());
        AnnotideServer server = null;
        try {
            server = AnnotideServer.builder().port(0).database(pg.db).workers(0).permissions(new RolePermissions())
                    .auditSpool(temp.resolve("spool.jsonl")).project(copy.store()).start();
            base = server.baseUrl();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .POST(HttpRequest.BodyPublishers.ofString(Fixture.JSON.writeValueAsString(Map.of("username",
                            "admin", "password", Fixture.PASSWORD)))).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            session.run(Fixture.JSON.readTree(login.body()).get("token").asText());
        } finally {
            if (server != null) {
                server.close();
            }
            copy.close();
            copy.store().close();
        }
    }

    private String base;

    private ProjectContent content() {
        return new ProjectContent(pg.db);
    }

    private Answer upload(String token, String query, byte[] bytes) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/projects/shoes/images" + query)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/png").build(),
                HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new Answer(response.statusCode(), text.startsWith("{") ? Fixture.JSON.readTree(text) : null, text);
    }

    private byte[] get(String token, String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
