package org.annotide.headless.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.client.ServerConnection;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.HeadlessApplication;
import org.annotide.headless.internal.server.WorkerMirrors;
import org.annotide.headless.internal.server.WorkerVerb;
import org.annotide.ml.ModelAccess;
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
import org.annotide.tests.support.db.ScratchDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code annotide-cli worker --mirrors DIR}: a worker on a machine without a copy of the project mirrors the project of
 * the job it claims as the client does (only that one, once) and trains the queued job on the mirror (a real DJL classifier on a real server on
 * PostgreSQL); the options that exclude each other are usage errors.
 */
class WorkerMirrorsTest {

    private static final String PASSWORD = "a long password";

    @TempDir
    Path temp;
    @RegisterExtension
    final ScratchDatabases databases = new ScratchDatabases();
    private ScratchDatabase database;

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
    void aWorkerWithoutACopyMirrorsOnlyTheProjectOfTheJobItClaimsAndTrainsOnTheMirror() throws Exception {
        database = databases.create();
        try (TwoProjects served = new TwoProjects(temp.resolve("server"))) {
            String job = served.queue("tiles");
            Path mirrors = temp.resolve("worker-mirrors");
            Run run = worker(PASSWORD, "worker", "--server", served.url(), "--mirrors", mirrors.toString(), "--user",
                    "trainer", "--password-stdin", "--once");
            assertEquals(CliVerb.OK, run.code(), run.err() + run.out());
            assertTrue(run.out().contains("MIRROR " + served.tiles.project().getId() + " "), run.out());
            assertFalse(run.out().contains("MIRROR " + served.other.project().getId()),
                    "the other project the trainer sees has no job: not mirrored\n" + run.out());
            assertTrue(run.out().endsWith("OUTCOME completed\n"), run.out());

            JsonNode json = served.job(job);
            assertEquals("completed", json.get("status").asText(), json.toString());
            assertEquals(2, json.get("epochs").size(), json.toString());
            try (var files = Files.list(mirrors)) {
                assertEquals(1, files.count(), "one mirror folder");
            }
        }
    }

    @Test
    void laterJobsOfAProjectTrainOnTheMirrorItsFirstJobMade() throws Exception {
        database = databases.create();
        try (TwoProjects served = new TwoProjects(temp.resolve("server"))) {
            String first = served.queue("tiles");
            String second = served.queue("tiles again");
            Path mirrors = temp.resolve("worker-mirrors");
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
            ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "owner of the mirrors"));
            try (ServerConnection connection = ServerConnection.login(served.url(), "trainer", PASSWORD.toCharArray());
                    WorkerMirrors projects = new WorkerMirrors(connection, mirrors, owner, out)) {
                assertEquals(Set.of(served.tiles.project().getId(), served.other.project().getId()), projects.ids(),
                        "the worker claims jobs of every project the trainer sees");
                TrainingWorker worker = new TrainingWorker(URI.create(served.url()), served.token, "w", projects,
                        TrainerRegistry.installed(), ModelAccess.onOwner(owner), out, null);
                assertEquals(TrainingWorker.Outcome.COMPLETED, worker.runOne());
                assertEquals(TrainingWorker.Outcome.COMPLETED, worker.runOne());
                assertEquals(TrainingWorker.Outcome.NONE_QUEUED, worker.runOne());
            } finally {
                owner.shutdown();
            }
            String said = log.toString(StandardCharsets.UTF_8);
            assertEquals(List.of("MIRROR " + served.tiles.project().getId()), said.lines()
                    .filter(l -> l.startsWith("MIRROR ")).map(l -> l.substring(0, l.lastIndexOf(' '))).toList(), said);
            assertEquals("completed", served.job(first).get("status").asText());
            assertEquals("completed", served.job(second).get("status").asText());
            try (var files = Files.list(mirrors)) {
                assertEquals(1, files.count(), "one mirror folder");
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

    /**
     * A server on the test's database with two projects its trainer (an admin) sees: tiles, 12 labelled images to
     * train on, and other, with nothing to train.
     */
    private final class TwoProjects implements AutoCloseable {

        final ProjectStore tiles;
        final ProjectStore other;
        final String token;
        private final ServerDatabase db;
        private final AnnotideServer server;

        TwoProjects(Path folder) throws Exception {
            try (ProjectStore store = ProjectStore.create(folder.resolve("tiles"), "tiles")) {
                labelledImages(store, folder, 12);
            }
            ProjectStore.create(folder.resolve("other"), "other").close();
            db = ServerDatabase.open(database.settings(4));
            db.migrate();
            db.addUser(new Account("trainer", Role.ADMIN), PASSWORD.toCharArray());
            tiles = ProjectStore.open(folder.resolve("tiles"));
            other = ProjectStore.open(folder.resolve("other"));
            server = AnnotideServer.builder().port(0).project(tiles).project(other).database(db).workers(0)
                    .trainers(TrainerRegistry.installed()).permissions(new RolePermissions()).start();
            token = TrainingWorker.login(URI.create(url()), "trainer", PASSWORD.toCharArray());
        }

        String url() {
            return server.baseUrl();
        }

        /** Queues a small classifier's training on tiles; its job id. */
        String queue(String name) throws Exception {
            HttpResponse<String> queued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url() + "/api/v1/training/jobs")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"" + name + "\",\"project\":\"" + tiles.project().getId()
                                    + "\",\"task_type\":\"classify\",\"config\":{\"epochs\":2,\"image_size\":16}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, queued.statusCode(), queued.body());
            return new ObjectMapper().readTree(queued.body()).get("id").asText();
        }

        JsonNode job(String id) throws Exception {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url() + "/api/v1/training/jobs/" + id)).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return new ObjectMapper().readTree(answer.body());
        }

        @Override
        public void close() {
            server.close();
            tiles.close();
            other.close();
            db.close();
        }
    }

    /** Odd images bright, even ones dark, each labelled with its class by an image-level annotation. */
    private static void labelledImages(ProjectStore store, Path files, int count) throws Exception {
        synchronized (store) {
            Project project = store.project();
            LabelClass bright = labelClass("bright");
            LabelClass dark = labelClass("dark");
            project.getLabelClasses().add(bright);
            project.getLabelClasses().add(dark);
            List<ImageAsset> images = NoiseImages.brightAndDark(files, count, 3);
            for (int i = 0; i < count; i++) {
                ImageAsset image = images.get(i);
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
