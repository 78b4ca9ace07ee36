package org.annotide.server.tests;

import static org.annotide.server.tests.ServerApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.annotide.imaging.DefaultImageService;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Adding images over HTTP: the bytes are decoded before anything is kept, the image is one command on the store with
 * its file in the project's images folder, other listeners hear of it, and who may (not annotators), what is too
 * large, what is no image and which names and ids are taken are refused with nothing kept.
 */
class ImageRoutesTest {

    @TempDir
    Path temp;
    Fixture f;
    String images;

    @BeforeEach
    void start() throws Exception {
        f = new Fixture(temp, 0, 4096);
        images = "/api/v1/projects/" + f.projectId + "/images";
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** An 80 x 48 grey PNG of noise (a few kilobytes: noise does not compress). */
    static byte[] png(long seed) throws Exception {
        Random noise = new Random(seed);
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(80, 48,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 80; x++) {
                picture.getRaster().setSample(x, y, 0, noise.nextInt(256));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    ImageAsset inStore(String id) {
        synchronized (f.store) {
            return f.store.project().getImages().stream().filter(i -> i.getId().equals(id)).findFirst().orElse(null);
        }
    }

    int count() {
        synchronized (f.store) {
            return f.store.project().getImages().size();
        }
    }

    /** The files in the project's images folder (an upload in progress is hidden there). */
    List<String> files() throws Exception {
        Path folder = f.store.folder().resolve("images");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    Fixture.Answer upload(String query, String token, byte[] bytes, String... headers) throws Exception {
        return f.upload(images + query, token, BodyPublishers.ofByteArray(bytes), "image/png", headers);
    }

    @Test
    void anImageIsAddedAsOneCommandWithItsFileAndOthersHearOfIt() throws Exception {
        String admin = f.login("admin");
        String ann = f.login("ann");
        byte[] bytes = png(1);
        ProjectEventsTest.Heard other = new ProjectEventsTest.Heard();
        ProjectEventsTest.Heard writer = new ProjectEventsTest.Heard();
        WebSocket a = socket(ann, "other", other);
        WebSocket b = socket(admin, "writer", writer);
        try {
            Fixture.Answer created = upload("?name=new%20scan.png&id=up-1", admin, bytes, "Annotide-Client", "writer");
            assertEquals(201, created.status(), created.toString());
            assertEquals(images + "/up-1", created.header("Location"));
            JsonNode json = created.json();
            assertEquals("up-1", json.get("id").asText());
            assertEquals("new scan.png", json.get("name").asText());
            assertEquals(80, json.get("width").asInt());
            assertEquals(48, json.get("height").asInt());
            assertEquals(false, json.get("ground_truth").asBoolean());

            ImageAsset image = inStore("up-1");
            assertEquals("images/new scan.png", image.getLocation(), "in the project's images folder, relative");
            assertArrayEquals(bytes, Files.readAllBytes(DefaultImageService.locate(f.store.folder(), image)));
            assertEquals(List.of("new scan.png"), files(), "no temporary file left");
            assertEquals(13, count());
            // served as every other image: metadata, bytes, pyramid; annotations may be put on it
            assertEquals(200, f.call("GET", images + "/up-1", ann, null).status());
            assertArrayEquals(bytes, f.call("GET", images + "/up-1/file", ann, null).raw().body());
            assertEquals(200, f.call("GET", images + "/up-1/pyramid", ann, null).status());
            String c = f.store.project().getLabelClasses().get(0).getId();
            assertEquals(201, f.call("POST", images + "/up-1/annotations", ann, ServerApiTest.box(c, 3)).status());

            long until = System.nanoTime() + 5_000_000_000L;
            while (other.messages.size() < 2 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            JsonNode told = other.messages.get(1);
            assertEquals("image_created", told.get("type").asText());
            assertEquals(f.projectId, told.get("project").asText());
            assertEquals(json, told.get("image"), "the image as the answer describes it");
            Thread.sleep(200);
            synchronized (writer.messages) { // the annotation, not its own image
                assertTrue(writer.messages.stream().noneMatch(m -> m.get("type").asText().equals("image_created")),
                        writer.messages.toString());
            }
        } finally {
            a.abort();
            b.abort();
        }

        // undo removes the image (one command); a new upload of the name takes another file, the old one stays put
        synchronized (f.store) {
            f.store.commandStack().undo(); // the annotation
            f.store.commandStack().undo(); // the image
        }
        assertEquals(null, inStore("up-1"));
        String manager = f.login("manager");
        Fixture.Answer again = upload("?name=new%20scan.png", manager, png(2));
        assertEquals(201, again.status(), again.toString());
        assertEquals("images/new scan-2.png", inStore(again.json().get("id").asText()).getLocation());
    }

    @Test
    void whatIsNoImageOrNoNameIsRefusedAndNothingIsKept() throws Exception {
        String admin = f.login("admin");
        byte[] good = png(3);
        assertProblem(upload("?name=notes.png", admin, "hello, no picture".getBytes(StandardCharsets.UTF_8)), 400,
                "'notes.png' is not an image the server can read");
        // a sound header and end, pixels garbled in between: only decoding finds it
        byte[] garbled = good.clone();
        int idat = new String(garbled, StandardCharsets.ISO_8859_1).indexOf("IDAT");
        for (int i = idat + 6; i < idat + 40; i++) {
            garbled[i] = (byte) (garbled[i] ^ 0x5a);
        }
        Fixture.Answer broken = upload("?name=broken.png", admin, garbled);
        assertProblem(broken, 400, "'broken.png' is not an image the server can read");
        assertTrue(!broken.text().contains(".part") && !broken.text().contains(temp.toString()), broken.text());
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        assertProblem(upload("?name=half.png", admin, truncated), 400, "not an image the server can read");
        assertProblem(upload("?name=empty.png", admin, new byte[0]), 400, "empty");
        assertProblem(upload("", admin, good), 400, "name the image");
        assertProblem(upload("?name=..%2Fup.png", admin, good), 400, "not a file name");
        assertProblem(upload("?name=.hidden.png", admin, good), 400, "not a file name");
        assertProblem(upload("?name=notes.txt", admin, good), 400, "extension of an image format");
        assertProblem(upload("?name=x.png&id=a%20b", admin, good), 400, "the id must be");
        assertProblem(f.upload(images + "?name=x.png", admin, BodyPublishers.ofByteArray(good), "application/json"),
                415, "Content-Type image/");
        // a name or an id the project has: 409 with the image that has it
        Fixture.Answer name = upload("?name=img1.png", admin, good);
        assertProblem(name, 409, "named 'img1.png' already");
        assertEquals("img1.png", name.json().get("current").get("name").asText());
        Fixture.Answer id = upload("?name=other.png&id=" + f.image, admin, good);
        assertProblem(id, 409, "id '" + f.image + "' already");
        assertEquals(f.image, id.json().get("current").get("id").asText());

        assertEquals(12, count());
        assertEquals(List.of(), files(), "no file kept of any refused upload");
        // application/octet-stream is bytes too: taken
        assertEquals(201, f.upload(images + "?name=plain.png", admin, BodyPublishers.ofByteArray(good),
                "application/octet-stream").status());
    }

    @Test
    void annotatorsMayNotAddImages() throws Exception {
        String ann = f.login("ann");
        assertProblem(upload("?name=mine.png", ann, png(4)), 403, "ann");
        assertEquals(12, count());
        assertEquals(List.of(), files());
    }

    @Test
    void anImageOverTheLimitIs413WithOrWithoutADeclaredLength() throws Exception {
        f.maxImageBytes = 1000;
        f.restartServer();
        String admin = f.login("admin");
        byte[] large = png(5);
        assertTrue(large.length > 1000, "the test image has " + large.length + " bytes");
        assertProblem(upload("?name=large.png", admin, large), 413, "at most 1000");
        // sent in chunks, its length undeclared: refused once 1000 bytes have come
        Fixture.Answer chunked = f.upload(images + "?name=large.png", admin,
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)), "image/png");
        assertProblem(chunked, 413, "larger than 1000");
        assertEquals(12, count());
        assertEquals(List.of(), files());
    }

    /** The first message of that type the listener heard within 5 s, or null. */
    static JsonNode heard(ProjectEventsTest.Heard heard, String type) throws Exception {
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            synchronized (heard.messages) {
                for (JsonNode m : heard.messages) {
                    if (m.get("type").asText().equals(type)) {
                        return m;
                    }
                }
            }
            Thread.sleep(10);
        }
        return null;
    }

    @Test
    void anImageIsRenamedDescribedAndGivenMetadataInOneCommandAndOthersHearOfIt() throws Exception {
        String manager = f.login("manager");
        String ann = f.login("ann");
        ProjectEventsTest.Heard other = new ProjectEventsTest.Heard();
        WebSocket a = socket(ann, "other", other);
        try {
            String path = images + "/" + f.image;
            Fixture.Answer changed = f.call("PUT", path, manager,
                    "{\"name\": \"renamed.png\", \"description\": \"left lung\", \"metadata\": {\"scanner\": \"S-2\"}}",
                    "Annotide-Client", "writer");
            assertEquals(200, changed.status(), changed.toString());
            assertEquals("renamed.png", changed.json().get("name").asText());
            assertEquals("left lung", changed.json().get("description").asText());
            assertEquals("S-2", changed.json().get("metadata").get("scanner").asText());
            ImageAsset image = inStore(f.image);
            synchronized (f.store) {
                assertEquals("renamed.png", image.getName());
                assertEquals("left lung", image.getDescription());
                assertEquals(java.util.Map.of("scanner", "S-2"), java.util.Map.copyOf(image.getMetadata().map()));
                f.store.commandStack().undo(); // one command: one undo brings all three back
                assertTrue(!"renamed.png".equals(image.getName()) && image.getDescription() == null
                        && image.getMetadata().isEmpty(), "undone whole");
                f.store.commandStack().redo();
            }
            JsonNode told = heard(other, "image_updated");
            assertTrue(told != null, other.messages.toString());
            assertEquals(changed.json(), told.get("image"), "the image as the answer describes it");
            assertEquals(changed.json(), f.call("GET", path, ann, null).json(), "and as GET does");

            // metadata is replaced whole; a field left out stays
            Fixture.Answer again = f.call("PUT", path, manager, "{\"metadata\": {}}");
            assertEquals(0, again.json().get("metadata").size());
            assertEquals("renamed.png", again.json().get("name").asText());

            String otherName = f.call("GET", images + "/" + f.gtImage, manager, null).json().get("name").asText();
            assertProblem(f.call("PUT", path, manager, "{\"name\": \"" + otherName + "\"}"), 409, "already");
            assertProblem(f.call("PUT", path, manager, "{\"name\": \"a/b.png\"}"), 400, "not a file name");
            assertProblem(f.call("PUT", path, manager, "{\"width\": 3}"), 400, "width");
            assertProblem(f.call("PUT", path, manager, "{\"metadata\": {\"n\": 3}}"), 400, "metadata.n");
            assertProblem(f.call("PUT", path, manager, "{}"), 400, "nothing to change");
            assertProblem(f.call("PUT", path, ann, "{\"name\": \"mine.png\"}"), 403, "");
            assertProblem(f.call("PUT", images + "/nope", manager, "{\"name\": \"x.png\"}"), 404, "nope");
            assertEquals("renamed.png", inStore(f.image).getName(), "nothing refused was kept");
        } finally {
            a.abort();
        }
    }

    @Test
    void anImageIsRemovedWithItsAnnotationsOnlyWhenForcedAndGroundTruthOnlyByThoseWhoSeeIt() throws Exception {
        String admin = f.login("admin");
        String manager = f.login("manager");
        String ann = f.login("ann");
        ProjectEventsTest.Heard other = new ProjectEventsTest.Heard();
        WebSocket a = socket(ann, "other", other);
        try {
            String path = images + "/" + f.image;
            int annotations;
            Path file;
            synchronized (f.store) {
                annotations = inStore(f.image).getAnnotations().size();
                file = DefaultImageService.locate(f.store.folder(), inStore(f.image));
            }
            assertTrue(annotations > 0, "the fixture's images are labelled");
            assertProblem(f.call("DELETE", path, ann, null), 403, "");
            Fixture.Answer refused = f.call("DELETE", path, manager, null);
            assertProblem(refused, 409, "force=true");
            assertEquals(annotations, refused.json().get("annotations").asInt());
            assertProblem(f.call("DELETE", path + "?force=maybe", manager, null), 400, "force");
            assertEquals(12, count());

            assertEquals(204, f.call("DELETE", path + "?force=true", manager, null).status());
            assertEquals(null, inStore(f.image));
            assertEquals(11, count());
            assertTrue(Files.exists(file), "the file stays in the project folder");
            assertProblem(f.call("GET", path, manager, null), 404, f.image);
            assertProblem(f.call("DELETE", path + "?force=true", manager, null), 404, f.image);
            JsonNode told = heard(other, "image_deleted");
            assertTrue(told != null, other.messages.toString());
            assertEquals(f.image, told.get("image").get("id").asText());
            assertEquals(annotations, told.get("image").get("annotations_deleted").asInt());

            // the benchmark's image: its annotations are ground truth, which a Team Manager may not see
            String gt = images + "/" + f.gtImage;
            assertProblem(f.call("DELETE", gt + "?force=true", manager, null), 403, "ground truth");
            assertEquals(204, f.call("DELETE", gt + "?force=true", admin, null).status());
            synchronized (f.store) {
                assertTrue(f.store.project().getBenchmarks().get(0).getImages().isEmpty(), "the benchmark let go of it");
            }
        } finally {
            a.abort();
        }
    }

    WebSocket socket(String token, String client, ProjectEventsTest.Heard heard) throws Exception {
        WebSocket socket = f.socket("/api/v1/projects/" + f.projectId + "/ws?token=" + token + "&client=" + client,
                heard).join();
        long until = System.nanoTime() + 5_000_000_000L;
        while (heard.messages.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals("connected", heard.messages.get(0).get("type").asText());
        return socket;
    }
}
