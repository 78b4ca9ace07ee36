package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.annotide.access.Account;
import org.annotide.access.PermissionDeniedException;
import org.annotide.access.RolePermissions;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.ScoreTotals;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.SkillBands;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.benchmark.TrainingSession;
import org.annotide.benchmark.TrainingSettings;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.model.TaskStatus;
import org.annotide.model.TrainingProject;
import org.annotide.server.AnnotideServer;
import org.annotide.tests.support.NoiseImages;
import org.annotide.tests.support.openapi.ServedDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A team server's training project in its users' mirrors, against a real server on loopback serving a real training
 * project ({@link TrainingProjects#create} from a source whose two completed images hold one "cell" box each): the
 * mirrors hold it in the shape the trainer-evaluation views read ({@link TrainingSession#mirrored}); a manager's shows
 * every trainee's tasks and the server's scores, an annotator's only their own and no ground truth (model and files
 * inspected); a trainee's submission made in the mirror reaches the server after the drafts and its score comes back;
 * an Admin's re-scoring from the mirror changes the scores every mirror shows; an Admin's training settings (skill
 * bands, instructions, the saved function) made in the mirror reach the server and every mirror as its user may see
 * them, also when made offline; refusals are reported and change nothing.
 */
class TrainingMirrorTest {

    /** The ground truth's box on each benchmark image. */
    static final double GT_X = 2;
    static final RolePermissions PERMISSIONS = new RolePermissions();

    @TempDir
    Path temp;
    ProjectStore training;
    AnnotideServer server;
    /** What the clients received from the server, held to its OpenAPI document ({@link #stop()} fails with it). */
    final ServedDocuments documents = new ServedDocuments();
    String projectId;
    String trainingId;
    List<String> benchmark;
    final List<Client> clients = new ArrayList<>();

    @BeforeEach
    void serveATrainingProject() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("server"));
        UserDirectory users = UserDirectory.open(workspace);
        for (Account account : List.of(new Account("admin", Role.ADMIN), new Account("carla", Role.ADMIN),
                new Account("manager", Role.TEAM_MANAGER),
                new Account("ann", Role.ANNOTATOR), new Account("bob", Role.ANNOTATOR))) {
            users.add(account, TeamServer.PASSWORD.toCharArray());
        }
        try (ProjectStore source = ProjectStore.create(workspace.resolve("cells"), "cells")) {
            LabelClass cell = AnnotideFactory.eINSTANCE.createLabelClass();
            cell.setId("cell");
            cell.setName("cell");
            source.project().getLabelClasses().add(cell);
            source.project().getImages().addAll(NoiseImages.brightAndDark(workspace, 3, 7));
            for (ImageAsset image : source.project().getImages().subList(0, 2)) {
                Annotation truth = AnnotideFactory.eINSTANCE.createAnnotation();
                truth.setId(source.project().getNextAnnotationId());
                source.project().setNextAnnotationId(truth.getId() + 1);
                truth.setLabelClass(cell);
                truth.setShape(box(GT_X));
                image.getAnnotations().add(truth);
                image.setStatus(ImageStatus.REVIEWED); // completed: ground truth
            }
            source.commit();
        }
        Path folder = workspace.resolve("training");
        TrainingProjects.create(folder, "shades", "two cells", List.of(workspace.resolve("cells")),
                ScoringFunctionSpec.defaults(), List.of(new Account("ann", Role.ANNOTATOR),
                        new Account("bob", Role.ANNOTATOR)), new Account("admin", Role.ADMIN), PERMISSIONS);
        training = ProjectStore.open(folder);
        projectId = training.project().getId();
        TrainingProject tp = training.project().getTrainingProjects().get(0);
        trainingId = tp.getId();
        benchmark = tp.getBenchmark().getImages().stream().map(ImageAsset::getId).toList();
        startServer(0);
    }

    /** Starts the server over the training project on {@code port} (0: any free one). */
    void startServer(int port) throws Exception {
        server = AnnotideServer.builder().port(port).project(training).permissions(PERMISSIONS)
                .users(UserDirectory.open(temp.resolve("server"))).start();
    }

    @AfterEach
    void stop() {
        clients.forEach(Client::close);
        if (server != null) {
            server.close();
        }
        if (training != null) {
            training.close();
        }
        documents.assertConforming();
    }

    static BoxShape box(double x) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setY(2);
        box.setWidth(5);
        box.setHeight(6);
        return box;
    }

    Client client(String user) throws Exception {
        Client c = new Client(login(user), projectId, temp.resolve("mirrors-" + user));
        clients.add(c);
        return c;
    }

    /** {@code user} logged in as the workbench does, each answer held to the server's OpenAPI document. */
    ServerConnection login(String user) throws ServerException {
        String url = "http://127.0.0.1:" + server.port();
        return ServerConnection.login(url, user, TeamServer.PASSWORD.toCharArray(), false, documents.client(url));
    }

    /** The evaluation views' session over a client's mirror, for the user the mirror works for. */
    static TrainingSession session(Client c) throws Exception {
        return c.onOwner(() -> sessionOnOwner(c));
    }

    /** The same, on the owner thread (inside onOwner and Client.await). */
    static TrainingSession sessionOnOwner(Client c) {
        return TrainingSession.mirrored(c.store(), PERMISSIONS, c.remote.trainingServer());
    }

    static Account account(Client c) {
        return c.remote.account();
    }

    String training() {
        return "/api/v1/projects/" + projectId + "/training-projects/" + trainingId;
    }

    /** The server's scores as GET shows them to the client's user: annotator to score. */
    Map<String, Double> served(Client c) throws Exception {
        Map<String, Double> scores = new TreeMap<>();
        for (JsonNode t : c.connection.request("GET", training() + "/scores", null).json().get("trainees")) {
            scores.put(t.get("annotator").asText(), t.get("score").isNull() ? Double.NaN : t.get("score").asDouble());
        }
        return scores;
    }

    /** The scores the mirror's session shows its user (Overview's numbers). */
    static Map<String, Double> mirrored(Client c) throws Exception {
        TrainingSession session = session(c);
        return c.onOwner(() -> {
            Map<String, Double> scores = new TreeMap<>();
            for (ScoreTotals totals : session.scores(account(c), null)) {
                scores.put(totals.annotator(), totals.score());
            }
            return scores;
        });
    }

    static AnnotatorTask task(Client c, String login, String image) throws Exception {
        return c.onOwner(() -> taskOnOwner(c, login, image));
    }

    /** The mirror's task of a trainee on an image, or null; on the owner thread (inside Client.await). */
    static AnnotatorTask taskOnOwner(Client c, String login, String image) {
        return c.store().project().getTrainingProjects().get(0).getTasks().stream()
                .filter(t -> t.getAnnotator().getLogin().equals(login) && t.getImage().getId().equals(image))
                .findFirst().orElse(null);
    }

    static boolean submitted(Client c, String login, String image) {
        AnnotatorTask task = taskOnOwner(c, login, image);
        return task != null && task.getStatus() == TaskStatus.SUBMITTED;
    }

    /** Bob's work through the API, as another workbench would send it: a draft, then the submission. */
    void bobSubmits(double x) throws Exception {
        try (Client bob = new Client(login("bob"), projectId, temp.resolve("bob"))) {
            String cell;
            synchronized (training) {
                cell = training.project().getLabelClasses().get(0).getId();
            }
            ObjectNode draft = JsonNodeFactory.instance.objectNode().put("label_class", cell);
            draft.set("shape", org.annotide.server.ShapeJson.write(box(x)));
            bob.connection.request("POST", "/api/v1/projects/" + projectId + "/images/" + benchmark.get(0)
                    + "/annotations", draft);
            bob.connection.request("POST", training() + "/submission", JsonNodeFactory.instance.objectNode()
                    .set("images", JsonNodeFactory.instance.arrayNode().add(benchmark.get(0))));
        }
    }

    @Test
    void aTraineeSubmitsInTheMirrorAndEveryMirrorShowsWhatItsUserMaySee() throws Exception {
        Client manager = client("manager");
        Client ann = client("ann");

        // the manager's mirror: the training project with both trainees and all four tasks, none submitted yet
        assertEquals(List.of("ann", "bob"), session(manager).trainees());
        assertEquals(4, manager.onOwner(() -> sessionOnOwner(manager).tasksFor(account(manager)).size()));
        assertEquals(Map.of("ann", Double.NaN, "bob", Double.NaN), mirrored(manager));

        // the annotator's: only her own tasks and trainee record
        TrainingSession annSession = session(ann);
        assertEquals(List.of("ann"), annSession.trainees());
        assertEquals(2, ann.onOwner(() -> annSession.trainingProject().getTasks().size()));
        assertTrue(ann.onOwner(() -> annSession.trainingProject().getTasks().stream()
                .allMatch(t -> t.getAnnotator().getLogin().equals("ann"))));

        // she draws on her first task's image and submits it from the mirror: the draft goes first, then the submission
        ann.draw(benchmark.get(0), 4.5); // overlaps the truth by half its width: IoU 1/3
        AnnotatorTask mine = task(ann, "ann", benchmark.get(0));
        assertEquals(null, ann.onOwner(() -> annSession.submitDrafts(account(ann), mine)), "no local score claimed");
        assertEquals(TaskStatus.ASSIGNED, ann.onOwner(mine::getStatus), "open until the server answered");
        ann.await(10_000, "the server's score in ann's mirror", () -> mine.getStatus() == TaskStatus.SUBMITTED);
        double expected = 100 * (100 * (1.0 / 3) + 100) / 200; // default weights, right class
        assertEquals(expected, ann.onOwner(() -> annSession.taskScore(account(ann), mine)), 1e-9);
        assertTrue(ann.annotations(benchmark.get(0)).isEmpty(), "the draft left the image, as on the server");
        synchronized (training) { // on the server: submitted and scored there
            AnnotatorTask onServer = training.project().getTrainingProjects().get(0).getTasks().stream()
                    .filter(t -> t.getAnnotator().getLogin().equals("ann") && t.getImage().getId().equals(benchmark.get(0)))
                    .findFirst().orElseThrow();
            assertEquals(TaskStatus.SUBMITTED, onServer.getStatus());
            assertEquals(1, TrainingSession.submission(onServer).getAnnotations().size());
        }
        manager.await(5000, "ann's score in the manager's mirror (training_project_updated)",
                () -> submitted(manager, "ann", benchmark.get(0)));
        assertEquals(served(manager), mirrored(manager));
        assertEquals(expected, mirrored(manager).get("ann"), 1e-9);

        // bob submits through another client: the manager's mirror follows, ann's never hears of him
        bobSubmits(GT_X);
        manager.await(5000, "bob's score in the manager's mirror",
                () -> submitted(manager, "bob", benchmark.get(0)));
        assertEquals(served(manager), mirrored(manager));
        assertEquals(100, mirrored(manager).get("bob"), 1e-9);
        Map<String, Double> classScores = manager.onOwner(() -> sessionOnOwner(manager).scores(account(manager), null).get(0)
                .classScores());
        assertEquals(expected, classScores.get("cell"), 1e-9);
        Thread.sleep(300); // time for a (wrong) event to arrive
        assertEquals(served(ann), mirrored(ann));
        assertEquals(Map.of("ann", expected), mirrored(ann));
        assertTrue(ann.onOwner(() -> ann.store().project().getUsers().stream().noneMatch(u -> u.getLogin().equals("bob"))));

        // no ground truth and nothing of bob's in the annotator's mirror: not in the model, not in its files
        assertTrue(ann.onOwner(() -> ann.store().project().getImages().stream().allMatch(i -> i.getAnnotations().isEmpty())));
        assertTrue(ann.onOwner(() -> annSession.trainingProject().getTasks().stream().allMatch(t -> t.getAnnotations()
                .isEmpty() && t.getSubmissions().stream().allMatch(s -> s.getAnnotations().isEmpty()))));
        Path mirror = ann.store().folder();
        assertFalse(Files.exists(mirror.resolve(TrainingProjects.GROUND_TRUTH_FOLDER)));
        ann.onOwner(() -> {
            ann.store().checkpoint();
            return null;
        });
        try (Stream<Path> files = Files.walk(mirror)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("bob"), file + " names bob");
            }
        }
    }

    @Test
    void anAdminsRescoreFromTheMirrorChangesTheScoresEveryMirrorShows() throws Exception {
        Client admin = client("admin");
        Client manager = client("manager");
        Client ann = client("ann");
        ann.draw(benchmark.get(0), 4.5);
        AnnotatorTask mine = task(ann, "ann", benchmark.get(0));
        ann.onOwner(() -> sessionOnOwner(ann).submitDrafts(account(ann), mine));
        ann.await(10_000, "submitted", () -> mine.getStatus() == TaskStatus.SUBMITTED);
        double before = 100 * (100 * (1.0 / 3) + 100) / 200;
        admin.await(5000, "ann's score in the admin's mirror",
                () -> submitted(admin, "ann", benchmark.get(0)));

        // an annotator and a Team Manager may not re-score: refused here, and by the server if asked directly
        ScoringFunctionSpec heavier = ScoringFunctionSpec.parse("{\"classes\": {\"cell\": {\"iou\": 300, \"category\": 100}}}");
        assertThrows(PermissionDeniedException.class, () -> session(manager).rescore(account(manager), heavier));
        assertThrows(PermissionDeniedException.class, () -> session(ann).rescore(account(ann), heavier));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ann.remote.trainingServer().rescore(account(ann), heavier));
        assertTrue(refused.getMessage().contains("Not re-calculated: the server refused it"), refused.getMessage());
        assertEquals(before, mirrored(ann).get("ann"), 1e-9);

        // network work never runs on the owner thread, which would wait for the server (and for itself) there
        IllegalStateException onOwner = assertThrows(IllegalStateException.class, () -> unwrap(() -> admin.onOwner(
                () -> sessionOnOwner(admin).rescore(account(admin), heavier))));
        assertTrue(onOwner.getMessage().contains("called on the owner thread"), onOwner.getMessage());
        assertEquals(before, mirrored(admin).get("ann"), 1e-9, "nothing asked, nothing changed");

        // the Admin's re-scoring, off the owner thread as the workbench's job asks it: the server's before and after,
        // and every mirror shows the new score (brought into the model on the owner thread)
        List<TrainingSession.Rescore> changes = session(admin).rescore(account(admin), heavier);
        double after = 100 * (300 * (1.0 / 3) + 100) / 400;
        TrainingSession.Rescore annChange = changes.stream().filter(c -> c.annotator().equals("ann")).findFirst()
                .orElseThrow();
        assertEquals(before, annChange.before(), 1e-9);
        assertEquals(after, annChange.after(), 1e-9);
        assertEquals(after, mirrored(admin).get("ann"), 1e-9);
        assertEquals(300, admin.onOwner(() -> sessionOnOwner(admin).function()).classes().get("cell").iou(), 1e-9,
                "the Admin's mirror has the weights");
        manager.await(5000, "the new score in the manager's mirror", () -> Math.abs(after - onOwnerScore(manager)) < 1e-9);
        ann.await(5000, "the new score in ann's mirror", () -> Math.abs(after - onOwnerScore(ann)) < 1e-9);
        assertEquals(served(manager), mirrored(manager));
        assertEquals(served(ann), mirrored(ann));
    }

    @Test
    void aRefusedSubmissionIsReportedAndChangesNothing() throws Exception {
        Client manager = client("manager");
        AnnotatorTask anns = task(manager, "ann", benchmark.get(1));
        // the model's permission check refuses a manager's submission before anything is queued
        assertThrows(PermissionDeniedException.class, () -> unwrap(() -> manager.onOwner(() -> sessionOnOwner(manager)
                .submitDrafts(account(manager), anns))));
        // asked past it, the server refuses (a manager annotates no task): reported, the task stays open everywhere
        manager.onOwner(() -> {
            manager.remote.trainingServer().submit(account(manager), anns);
            return null;
        });
        manager.await(5000, "the refusal", () -> !manager.conflicts.isEmpty() && manager.remote.unsent() == 0);
        assertTrue(manager.conflicts.get(0).contains("refused your submission of your task on image")
                && manager.conflicts.get(0).contains("nothing was submitted"), manager.conflicts.toString());
        assertEquals(TaskStatus.ASSIGNED, manager.onOwner(anns::getStatus));
        synchronized (training) {
            assertTrue(training.project().getTrainingProjects().get(0).getTasks().stream()
                    .noneMatch(t -> t.getStatus() == TaskStatus.SUBMITTED));
        }
    }

    /** Runs a setting's change in a mirror as the Training Settings view does: one command on its stack. */
    static void setting(Client c, String key, String value) throws Exception {
        c.onOwner(() -> {
            c.store().commandStack().execute(TrainingSettings.command(c.store(), key, value));
            return null;
        });
    }

    static String setting(Client c, String key) throws Exception {
        return c.onOwner(() -> c.store().project().getMetadata().get(key));
    }

    static String serverSetting(ProjectStore training, String key) {
        synchronized (training) {
            return training.project().getMetadata().get(key);
        }
    }

    /** The pending function an Admin saves here: its weight 123.5 is found nowhere an annotator's mirror keeps. */
    static final ScoringFunctionSpec PENDING = ScoringFunctionSpec.parse(
            "{\"classes\": {\"cell\": {\"iou\": 123.5, \"category\": 100}}}");

    @Test
    void anAdminsTrainingSettingsReachTheServerAndEveryMirrorAsItsUserMaySeeThem() throws Exception {
        Client admin = client("admin");
        Client other = client("carla");
        Client manager = client("manager");
        Client ann = client("ann");

        // the Admin's Training Settings in her mirror: bands, instructions, a saved function (three commands)
        admin.onOwner(() -> {
            new SkillBands(40, 60).save(admin.store());
            return null;
        });
        setting(admin, TrainingSettings.INSTRUCTIONS_KEY, "Box every cell, edge to edge.");
        setting(admin, TrainingSettings.PENDING_FUNCTION_KEY, PENDING.toJson());
        admin.awaitSent();
        assertEquals("40;60", serverSetting(training, TrainingSettings.SKILL_BANDS_KEY));
        assertEquals("Box every cell, edge to edge.", serverSetting(training, TrainingSettings.INSTRUCTIONS_KEY));
        synchronized (training) {
            assertEquals(PENDING, TrainingSettings.pendingFunction(training.project()));
        }

        // every other mirror hears it (training_project_updated) and shows what its user may see: carla, an Admin, all
        other.await(5000, "the settings in carla's mirror", () -> PENDING.equals(TrainingSettings.pendingFunction(
                other.store().project())) && "40;60".equals(other.store().project().getMetadata().get(
                        TrainingSettings.SKILL_BANDS_KEY)));
        for (Client c : List.of(manager, ann)) {
            c.await(5000, "the bands and instructions in " + c.user + "'s mirror", () -> new SkillBands(40, 60).equals(
                    SkillBands.of(c.store().project())) && "Box every cell, edge to edge.".equals(
                            TrainingSettings.instructions(c.store().project())));
            assertEquals(null, setting(c, TrainingSettings.PENDING_FUNCTION_KEY), c.user + " gets no pending function");
            assertEquals(0, c.remote.unsent(), "nothing heard is sent back");
        }
        assertEquals(0, other.remote.unsent(), "nothing heard is sent back");

        // the Admin clears the saved function (as after Re-calculate): the other Admin mirror follows
        setting(admin, TrainingSettings.PENDING_FUNCTION_KEY, "");
        admin.awaitSent();
        synchronized (training) {
            assertEquals(null, TrainingSettings.pendingFunction(training.project()));
        }
        other.await(5000, "no pending function in carla's mirror",
                () -> TrainingSettings.pendingFunction(other.store().project()) == null);

        // nothing of the pending function anywhere in the annotator's mirror: not in the model, not in its files
        ann.onOwner(() -> {
            ann.store().checkpoint();
            return null;
        });
        try (Stream<Path> files = Files.walk(ann.store().folder())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("123.5"), file + " holds the pending function");
            }
        }

        // carla is an Admin no more: her mirror drops the saved function when it reads the settings with her new role
        setting(admin, TrainingSettings.PENDING_FUNCTION_KEY, PENDING.toJson());
        admin.awaitSent();
        other.await(5000, "the saved function in carla's mirror again",
                () -> PENDING.equals(TrainingSettings.pendingFunction(other.store().project())));
        UserDirectory.open(temp.resolve("server")).setRole("carla", Role.TEAM_MANAGER);
        other.await(Client.AFTER_RESTART_MILLIS, "carla's mirror, a Team Manager's now, holds no saved function",
                () -> other.store().project().getMetadata().get(TrainingSettings.PENDING_FUNCTION_KEY) == null);
        assertEquals("40;60", setting(other, TrainingSettings.SKILL_BANDS_KEY), "the bands stay");
    }

    @Test
    void anAnnotatorsOrAManagersSettingIsRefusedReportedAndTheServersComesBack() throws Exception {
        Client ann = client("ann");
        Client manager = client("manager");
        setting(ann, TrainingSettings.INSTRUCTIONS_KEY, "Draw nothing.");
        ann.await(5000, "the refusal and the server's instructions back", () -> !ann.conflicts.isEmpty()
                && ann.remote.unsent() == 0 && TrainingSettings.instructions(ann.store().project()).isEmpty());
        assertTrue(ann.conflicts.get(0).contains("refused your change of the annotation instructions")
                && ann.conflicts.get(0).contains("server's again"), ann.conflicts.toString());
        setting(manager, TrainingSettings.SKILL_BANDS_KEY, "10;20");
        manager.await(5000, "the refusal and the server's bands back", () -> !manager.conflicts.isEmpty()
                && manager.remote.unsent() == 0 && SkillBands.of(manager.store().project()).equals(SkillBands.DEFAULTS));
        assertTrue(manager.conflicts.get(0).contains("skill bands"), manager.conflicts.toString());
        assertEquals(null, serverSetting(training, TrainingSettings.INSTRUCTIONS_KEY));
        assertEquals(null, serverSetting(training, TrainingSettings.SKILL_BANDS_KEY));
    }

    @Test
    void aSettingChangedOfflineWaitsInTheOutboxAndReachesTheServerWhenItIsBack() throws Exception {
        Client admin = client("admin");
        Client manager = client("manager");
        int port = server.port();
        server.close();
        for (Client c : List.of(admin, manager)) {
            c.await(5000, c.user + " notices the server is away", () -> !c.remote.isOnline());
        }
        admin.onOwner(() -> {
            new SkillBands(30, 90).save(admin.store());
            return null;
        });
        Thread.sleep(300);
        assertEquals(1, admin.remote.unsent(), "kept until the server takes it");
        String outbox = Files.readString(admin.store().folder().resolve("sync.json"));
        assertTrue(outbox.contains(TrainingSettings.SKILL_BANDS_KEY), "kept on disk, across a restart: " + outbox);
        assertEquals(null, serverSetting(training, TrainingSettings.SKILL_BANDS_KEY));

        startServer(port);
        admin.awaitSent();
        assertEquals("30;90", serverSetting(training, TrainingSettings.SKILL_BANDS_KEY));
        assertEquals("30;90", setting(admin, TrainingSettings.SKILL_BANDS_KEY), "the catching up kept the unsent value");
        manager.await(Client.AFTER_RESTART_MILLIS, "the bands in the manager's mirror after reconnecting",
                () -> manager.remote.isOnline() && new SkillBands(30, 90).equals(SkillBands.of(manager.store().project())));
    }

    /** The mirror's score of ann (on the owner thread: called inside Client.await). */
    private static double onOwnerScore(Client c) {
        TrainingSession session = TrainingSession.mirrored(c.store(), PERMISSIONS, c.remote.trainingServer());
        return session.scores(account(c), null).stream().filter(s -> s.annotator().equals("ann")).findFirst()
                .orElseThrow().score();
    }

    /** Runs work on an owner thread and throws what it threw there. */
    private static <T> T unwrap(java.util.concurrent.Callable<T> work) throws Throwable {
        try {
            return work.call();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause();
        }
    }
}
