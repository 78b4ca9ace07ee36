package org.annotide.headless.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.HeadlessApplication;
import org.annotide.headless.internal.server.WorkerVerb;
import org.annotide.ml.TrainerRegistry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;
import org.annotide.server.TrainingWorker;
import org.annotide.server.db.ServerDatabase;
import org.annotide.tests.support.NoiseImages;
import org.annotide.tests.support.db.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code annotide-cli worker --mirrors DIR}: a worker on a machine without a copy of the project mirrors the server's
 * projects as the client does and trains the queued job on the mirror (a real DJL classifier on a real server on
 * PostgreSQL); the options that exclude each other are usage errors.
 */
class WorkerMirrorsTest {

    private static final String PASSWORD = "a long password";

    @TempDir
    Path temp;
    private ScratchDatabase database;

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run worker(String stdin, String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HeadlessApplication.run(List.of(words), List.<CliVerb>of(new WorkerVerb()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream((stdin + "\n").getBytes(StandardCharsets.UTF_8)), Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWorkerWithoutACopyMirrorsTheProjectAndTrainsTheQueuedJob() throws Exception {
        database = ScratchDatabase.create("WorkerMirrorsTest");
        Path folder = temp.resolve("server").resolve("tiles");
        try (ProjectStore store = ProjectStore.create(folder, "tiles")) {
            labelledImages(store, folder.getParent(), 12);
        }
        try (ServerDatabase db = ServerDatabase.open(database.settings(4)); ProjectStore served = ProjectStore.open(folder)) {
            db.migrate();
            db.addUser(new Account("trainer", Role.ADMIN), PASSWORD.toCharArray());
            try (AnnotideServer server = AnnotideServer.builder().port(0).project(served).database(db).workers(0)
                    .trainers(TrainerRegistry.installed()).permissions(new RolePermissions()).start()) {
                String url = server.baseUrl();
                String token = TrainingWorker.login(URI.create(url), "trainer", PASSWORD.toCharArray());
                HttpResponse<String> queued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + "/api/v1/training/jobs")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"tiles\",\"task_type\":\"classify\",\"config\":{\"epochs\":2,\"image_size\":16}}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, queued.statusCode(), queued.body());
                String job = new ObjectMapper().readTree(queued.body()).get("id").asText();

                Path mirrors = temp.resolve("worker-mirrors");
                Run run = worker(PASSWORD, "worker", "--server", url, "--mirrors", mirrors.toString(), "--user", "trainer",
                        "--password-stdin", "--once");
                assertEquals(CliVerb.OK, run.code(), run.err() + run.out());
                String id = served.project().getId();
                assertTrue(run.out().contains("MIRROR " + id + " "), run.out());
                assertTrue(run.out().endsWith("OUTCOME completed\n"), run.out());

                HttpResponse<String> done = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + "/api/v1/training/jobs/" + job)).header("Authorization", "Bearer " + token)
                        .build(), HttpResponse.BodyHandlers.ofString());
                JsonNode json = new ObjectMapper().readTree(done.body());
                assertEquals("completed", json.get("status").asText(), done.body());
                assertEquals(2, json.get("epochs").size(), done.body());
                try (var files = Files.list(mirrors)) {
                    assertEquals(1, files.count(), "one mirror folder");
                }
            }
        }
    }

    @Test
    void theWorkersOptionsThatExcludeEachOtherAreUsageErrors() {
        Run both = worker(PASSWORD, "worker", "--server", "http://127.0.0.1:9", "--mirrors", temp.toString(),
                "--project", temp.toString(), "--user", "trainer", "--password-stdin");
        assertEquals(CliVerb.USAGE, both.code(), both.err());
        assertTrue(both.err().contains("exclude each other"), both.err());
        Run tokenOnly = worker("", "worker", "--server", "http://127.0.0.1:9", "--mirrors", temp.toString(), "--token", "t");
        assertEquals(CliVerb.USAGE, tokenOnly.code(), tokenOnly.err());
        assertTrue(tokenOnly.err().contains("--mirrors needs --user"), tokenOnly.err());
        Run neither = worker("", "worker", "--server", "http://127.0.0.1:9", "--token", "t");
        assertEquals(CliVerb.USAGE, neither.code(), neither.err());
        assertTrue(neither.err().contains("--mirrors DIR"), neither.err());
    }

    /** Odd images bright, even ones dark, each labelled with its class by an image-level annotation. */
    private static void labelledImages(ProjectStore store, Path files, int count) throws Exception {
        synchronized (store) {
            Project project = store.project();
            LabelClass bright = labelClass("bright");
            LabelClass dark = labelClass("dark");
            project.getLabelClasses().add(bright);
            project.getLabelClasses().add(dark);
            Random noise = new Random(3);
            for (int i = 0; i < count; i++) {
                Path file = NoiseImages.write(files.resolve("img" + i + ".png"), 32, i % 2 == 1 ? 170 : 40, noise);
                ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
                image.setId("img" + i);
                image.setName("img" + i + ".png");
                image.setWidth(32);
                image.setHeight(32);
                image.setBands(1);
                image.setFormat("png");
                image.setLocation(file.toString());
                Annotation label = AnnotideFactory.eINSTANCE.createAnnotation();
                label.setId(i + 1);
                label.setLabelClass(i % 2 == 1 ? bright : dark);
                label.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
                image.getAnnotations().add(label);
                project.getImages().add(image);
            }
            project.setNextAnnotationId(count + 1);
            store.commit();
        }
    }

    private static LabelClass labelClass(String name) {
        LabelClass labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
        labelClass.setId(name);
        labelClass.setName(name);
        return labelClass;
    }
}
