package org.annotide.server.tests;

import static org.annotide.server.tests.ServerApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.annotide.ml.ModelFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Model export, import and predictions over HTTP, with a model the fixture's trainer really trains (nearest class
 * mean of the images' brightness: its predictions tell dark images from light ones).
 */
class ModelRoutesTest {

    @TempDir
    static Path temp;

    static Fixture f;
    static String admin;
    static String manager;
    static String ann;
    static String modelId;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture(temp, 0, 4096);
        admin = f.login("admin");
        manager = f.login("manager");
        ann = f.login("ann");
        Fixture.Answer job = f.call("POST", "/api/v1/training/jobs", manager,
                "{\"name\":\"shades\",\"task_type\":\"classify\",\"config\":{\"epochs\":2,\"image_size\":8,\"device\":\"cpu\"}}");
        assertEquals(201, job.status(), job.toString());
        String path = "/api/v1/training/jobs/" + job.json().get("id").asText();
        long until = System.nanoTime() + 60_000_000_000L;
        JsonNode state = f.call("GET", path, admin, null).json();
        while (!state.get("status").asText().equals("completed") && System.nanoTime() < until) {
            assertTrue(!state.get("status").asText().equals("failed"), state.toString());
            Thread.sleep(50);
            state = f.call("GET", path, admin, null).json();
        }
        modelId = state.get("model_id").asText();
    }

    @AfterAll
    static void stop() {
        if (f != null) {
            f.close();
        }
    }

    static Path modelFile(String id) {
        synchronized (f.store) {
            String location = f.store.project().getModels().stream().filter(m -> m.getId().equals(id)).findFirst()
                    .orElseThrow().getWeightsLocation();
            return f.store.folder().resolve(location);
        }
    }

    HttpResponse<byte[]> upload(String token, byte[] body) throws Exception {
        return f.http.send(HttpRequest.newBuilder(URI.create(f.url("/api/v1/training/models/import")))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aModelIsExportedAsItsFileAndImportedBackAsANewModel() throws Exception {
        Fixture.Answer export = f.call("GET", "/api/v1/training/models/" + modelId + "/file", manager, null);
        assertEquals(200, export.status(), export.toString());
        assertEquals("application/octet-stream", export.header("Content-Type"));
        assertTrue(export.header("Content-Disposition").matches("attachment; filename=\"shades-v1\\.atm\""),
                export.header("Content-Disposition"));
        byte[] bytes = export.raw().body();
        assertArrayEquals(Files.readAllBytes(modelFile(modelId)), bytes);
        Path copy = Files.write(temp.resolve("exported.atm"), bytes);
        assertEquals(modelId, ModelFile.read(copy).descriptor().id());

        HttpResponse<byte[]> imported = upload(admin, bytes);
        String text = new String(imported.body(), StandardCharsets.UTF_8);
        assertEquals(201, imported.statusCode(), text);
        JsonNode model = Fixture.JSON.readTree(imported.body());
        String id = model.get("id").asText();
        assertNotEquals(modelId, id, "the project has the model already: the copy gets an id of its own");
        assertEquals("classify", model.get("task_type").asText());
        assertEquals(f.projectId, model.get("project").asText());
        assertEquals(ModelFile.read(copy).descriptor().classes(), ModelFile.read(modelFile(id)).descriptor().classes());
        JsonNode listed = f.call("GET", "/api/v1/training/models", admin, null).json().get("items");
        assertTrue(listed.toString().contains(id), listed.toString());
        // nothing is left of the upload beside the models
        try (var files = Files.list(modelFile(id).getParent())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("import-")));
        }
    }

    @Test
    void anUploadThatIsNoModelFileIsA400AndAnOversizedOneA413() throws Exception {
        HttpResponse<byte[]> junk = upload(admin, "not a model".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, junk.statusCode());
        assertTrue(new String(junk.body(), StandardCharsets.UTF_8).contains("not an Annotide model file"));
        HttpResponse<byte[]> forbidden = upload(ann, "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, forbidden.statusCode());
        // a declared length over the limit is refused before a byte of the body is read
        URI base = URI.create(f.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/training/models/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin
                    + "\r\nContent-Length: 3000000000\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("3000000000 bytes"), answer);
        }
        assertProblem(f.call("GET", "/api/v1/training/models/nope/file", admin, null), 404, "no model 'nope'");
        assertProblem(f.call("GET", "/api/v1/training/models/" + modelId + "/file", ann, null), 403, "ann");
    }

    @Test
    void predictionsTellDarkFromLightImagesBestFirst() throws Exception {
        String images = "/api/v1/projects/" + f.projectId + "/images/";
        String dark;
        String light;
        synchronized (f.store) {
            dark = f.store.project().getImages().get(2).getId(); // even images are dark, odd ones light
            light = f.store.project().getImages().get(3).getId();
        }
        for (String[] image : new String[][] {{dark, "dark"}, {light, "light"}}) {
            Fixture.Answer answer = f.call("POST", images + image[0] + "/predictions", ann,
                    "{\"model_id\":\"" + modelId + "\"}");
            assertEquals(200, answer.status(), answer.toString());
            assertEquals("classify", answer.json().get("task_type").asText());
            JsonNode predictions = answer.json().get("predictions");
            assertEquals(2, predictions.size(), answer.toString());
            assertEquals(image[1], predictions.get(0).get("label_class").asText(), answer.toString());
            double best = predictions.get(0).get("score").asDouble();
            double second = predictions.get(1).get("score").asDouble();
            assertTrue(best > 0.5 && best > second, answer.toString());
            assertEquals(1.0, best + second, 1e-9);
            assertTrue(!predictions.get(0).has("box"));
        }
        Fixture.Answer top = f.call("POST", images + dark + "/predictions", manager,
                "{\"model_id\":\"" + modelId + "\",\"top\":1}");
        assertEquals(1, top.json().get("predictions").size(), top.toString());
        // predictions are stored nowhere
        synchronized (f.store) {
            assertTrue(f.store.project().getImages().get(2).getAnnotations().stream()
                    .noneMatch(a -> modelId.equals(a.getModelVersion())));
        }
    }

    @Test
    void predictionsRefuseBadInputAndGroundTruthToThoseWhoMayNotSeeIt() throws Exception {
        String image = "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/predictions";
        assertProblem(f.call("POST", image, ann, "{\"model_id\":\"nope\"}"), 404, "no model 'nope'");
        assertProblem(f.call("POST", image, ann, "{}"), 400, "'model_id' is required");
        assertProblem(f.call("POST", image, ann, "{\"model_id\":\"" + modelId + "\",\"top\":0}"), 400, "'top'");
        assertProblem(f.call("POST", image, ann, "{\"model_id\":\"" + modelId + "\",\"top\":1.5}"), 400, "whole number");
        assertProblem(f.call("POST", image, ann, "{\"model_id\":\"" + modelId + "\",\"min_score\":2}"), 400, "'min_score'");
        assertProblem(f.call("POST", image, ann, "{\"model\":\"" + modelId + "\"}"), 400, "unknown field 'model'");
        String gt = "/api/v1/projects/" + f.projectId + "/images/" + f.gtImage + "/predictions";
        assertProblem(f.call("POST", gt, ann, "{\"model_id\":\"" + modelId + "\"}"), 403, "ground truth");
        assertProblem(f.call("POST", gt, manager, "{\"model_id\":\"" + modelId + "\"}"), 403, "ground truth");
        assertEquals(200, f.call("POST", gt, admin, "{\"model_id\":\"" + modelId + "\"}").status());
    }
}
