package org.annotide.headless.tests.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annotide.access.RolePermissions;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.HeadlessApplication;
import org.annotide.headless.internal.benchmark.ScoreVerb;
import org.annotide.headless.internal.benchmark.StatusVerb;
import org.annotide.headless.internal.benchmark.TrainingProjectAddTraineeVerb;
import org.annotide.headless.internal.benchmark.TrainingProjectCreateVerb;
import org.annotide.headless.internal.benchmark.TrainingProjectSubmitVerb;
import org.annotide.headless.internal.benchmark.UsersVerb;
import org.annotide.headless.internal.formats.ExportProjectVerb;
import org.annotide.headless.internal.formats.ImportProjectVerb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's training workflow on the command line, by users of the three roles, with the output lines of issue 11. */
class TrainingVerbsTest {

    @TempDir
    Path workspace;

    private String out;
    private String err;

    private int run(String stdin, Map<String, String> env, String... words) {
        RolePermissions permissions = new RolePermissions();
        List<CliVerb> verbs = List.of(new UsersVerb(permissions), new StatusVerb(permissions),
                new TrainingProjectCreateVerb(permissions), new TrainingProjectAddTraineeVerb(permissions),
                new TrainingProjectSubmitVerb(permissions), new ScoreVerb(permissions),
                new ImportProjectVerb(), new ExportProjectVerb());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = HeadlessApplication.run(new ArrayList<>(List.of(words)), verbs,
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream((stdin == null ? "" : stdin + "\n").getBytes(StandardCharsets.UTF_8)), env);
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static Map<String, String> as(String user, String password) {
        return Map.of("ANNOTIDE_USER", user, "ANNOTIDE_PASSWORD", password);
    }

    /** Four images 200x200, a cat (10,10,40,40) and a dog (100,100,50,30) on each; a box marked for the leak check. */
    private static String coco(String dogHeight, boolean withDog) {
        StringBuilder json = new StringBuilder("{\"images\": [");
        for (int i = 0; i < 4; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": ").append(i + 1).append(", \"file_name\": \"img").append(i)
                    .append(".png\", \"width\": 200, \"height\": 200}");
        }
        json.append("], \"categories\": [{\"id\": 1, \"name\": \"cat\"}, {\"id\": 2, \"name\": \"dog\"}], \"annotations\": [");
        int id = 1;
        for (int i = 0; i < 4; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": ").append(id++).append(", \"image_id\": ").append(i + 1)
                    .append(", \"category_id\": 1, \"bbox\": [10, 10, 40, 40], \"area\": 1600, \"iscrowd\": 0}");
            if (withDog) {
                json.append(",{\"id\": ").append(id++).append(", \"image_id\": ").append(i + 1)
                        .append(", \"category_id\": 2, \"bbox\": [100, 100, 50, ").append(dogHeight)
                        .append("], \"area\": 1500, \"iscrowd\": 0}");
            }
        }
        return json.append("]}").toString();
    }

    @Test
    void theSeedWorkflowOnTheCommandLine() throws Exception {
        Path source = workspace.resolve("source");
        Path tp = workspace.resolve("tp");
        Path gtFile = workspace.resolve("gt.json");
        Files.writeString(gtFile, coco("30", true));
        assertEquals(0, run(null, Map.of(), "import", source.toString(), gtFile.toString(), "--format", "coco"), err);

        // the first admin needs no login; then a manager and the roles' doors
        assertEquals(0, run("admin-password", Map.of(), "users", workspace.toString(), "add", "root", "--role", "admin",
                "--password-stdin"), err);
        assertEquals(2, run("x", Map.of(), "users", workspace.toString(), "add", "tm", "--role", "manager"),
                "a second user needs a login");
        assertEquals(0, run("manager-password", as("root", "admin-password"), "users", workspace.toString(), "add",
                "tm", "--role", "manager", "--password-stdin"), err);
        assertEquals(1, run("x", as("tm", "manager-password"), "users", workspace.toString(), "add", "boss", "--role",
                "admin"), "a Team Manager may not make an Admin");
        assertTrue(err.contains("Team Manager"), err);
        assertEquals(1, run(null, as("root", "wrong-password"), "users", workspace.toString(), "list"));
        assertTrue(err.contains("wrong login or password"), err);

        // ground truth: only In review / Completed tasks; Team Managers control status
        assertEquals(0, run(null, as("tm", "manager-password"), "status", source.toString(), "--set", "completed"), err);
        assertEquals("STATUS 4 completed\n", out);

        // only an Admin creates (reads the source); trainees are invited
        assertEquals(1, run(null, as("tm", "manager-password"), "training-project", "create", tp.toString(),
                "--source", source.toString(), "--trainee", "ann"));
        assertEquals(0, run(null, as("root", "admin-password"), "training-project", "create", tp.toString(),
                "--source", source.toString(), "--trainee", "ann,bob", "--trainee", "cid"), err);
        assertEquals("CREATED " + tp + " 4 3 12\n", out);
        assertEquals(0, run(null, as("tm", "manager-password"), "training-project", "add-trainee", tp.toString(),
                "dan"), err);
        assertEquals("TRAINEE dan 4\n", out);
        assertEquals(0, run(null, as("root", "admin-password"), "users", workspace.toString(), "list"), err);
        assertTrue(out.contains("USER ann annotator no-password"), out);

        // ann sets a password at the first login and submits: the cats exactly, the dogs half as high
        assertEquals(0, run("ann-password", Map.of(), "users", workspace.toString(), "password", "ann",
                "--password-stdin"), err);
        Path annFile = workspace.resolve("ann.json");
        Files.writeString(annFile, coco("15", true));
        assertEquals(1, run(null, as("root", "admin-password"), "training-project", "submit", tp.toString(),
                "--trainee", "ann", "--annotations", annFile.toString()), "an Admin does not annotate");
        assertEquals(0, run("ann-password", Map.of(), "training-project", "submit", tp.toString(), "--trainee", "ann",
                "--annotations", annFile.toString(), "--password-stdin"), err);
        // per task: cat pair 1, dog pair (100 * 0.5 + 100 * 1) / 200 = 0.75: 100 * 1.75 / 2 = 87.5
        assertEquals(4, out.lines().filter(l -> l.matches("SUBMITTED img[0-3]\\.png 87\\.5000")).count(), out);
        assertEquals(1, run("ann-password", Map.of(), "training-project", "submit", tp.toString(), "--trainee", "ann",
                "--annotations", annFile.toString(), "--password-stdin"), "nothing left to submit: submitting is final");

        assertEquals(0, run("admin-password", Map.of("ANNOTIDE_USER", "root"), "score", tp.toString(),
                "--password-stdin"), err);
        List<String> lines = out.lines().toList();
        assertEquals(List.of("SCORE ann 87.5000 8", "SCORE bob - 0", "SCORE cid - 0", "SCORE dan - 0",
                "SCORE_CLASS ann cat 100.0000", "SCORE_CLASS ann dog 75.0000"), lines);

        // an annotator sees only their own line and no CSV
        assertEquals(0, run(null, as("ann", "ann-password"), "score", tp.toString()), err);
        assertEquals(List.of("SCORE ann 87.5000 8", "SCORE_CLASS ann cat 100.0000", "SCORE_CLASS ann dog 75.0000"),
                out.lines().toList());
        assertEquals(1, run(null, as("ann", "ann-password"), "score", tp.toString(), "--csv",
                workspace.resolve("ann.csv").toString()));
        assertFalse(Files.exists(workspace.resolve("ann.csv")));

        // re-scoring with an edited function (Admin), the CSV (Admin or Team Manager)
        Path function = workspace.resolve("function.json");
        Files.writeString(function, "{\"mode\": \"dynamic\", \"classes\": {\"dog\": {\"iou\": 100, \"category\": 0}}}");
        assertEquals(1, run(null, as("tm", "manager-password"), "score", tp.toString(), "--function",
                function.toString()));
        assertEquals(0, run(null, as("root", "admin-password"), "score", tp.toString(), "--function",
                function.toString(), "--csv", workspace.resolve("labels.csv").toString()), err);
        assertTrue(out.startsWith("SCORE ann 75.0000 8\n"), out);
        assertTrue(err.contains("re-scored ann: 87.5000 -> 75.0000"), err);
        List<String> csv = Files.readAllLines(workspace.resolve("labels.csv"));
        assertEquals(9, csv.size());
        assertEquals("annotator,task,image,ground_truth_id,submission_id,class,similarity,category_match,score",
                csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.matches("ann,\\d+,img0\\.png,\\d+,\\d+,dog,0\\.500000,true,50\\.000000")),
                String.join("\n", csv));

        // the generic export of the trainees' project carries no ground truth
        Path export = workspace.resolve("export.json");
        assertEquals(0, run(null, Map.of(), "export", tp.toString(), export.toString(), "--format", "coco"), err);
        String exported = Files.readString(export);
        assertTrue(exported.replaceAll("\\s", "").contains("\"annotations\":[]"), exported);
        try (Stream<Path> files = Files.walk(tp)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("ground-truth")));
        }
    }
}
