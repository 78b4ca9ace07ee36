package org.annotide.perf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.headless.CliVerb;
import org.annotide.perf.internal.store.StoreBenchVerb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo, bench store, bench crash and the bench group as a user runs them, with the verbs the bundles register. */
class PerfVerbsTest {

    @TempDir
    Path temp;

    @Test
    void everyHarnessVerbIsRegisteredAndExplainsItself() {
        Cli overview = Cli.run("--help");
        for (String name : List.of("demo", "generate-image", "bench store", "bench crash", "bench import",
                "bench pyramid", "bench evaluate", "bench cli-start", "bench score")) {
            assertTrue(overview.out.contains(name), name + " missing in " + overview.out);
            Cli cli = Cli.run((name + " --help").split(" "));
            assertEquals(CliVerb.OK, cli.exitCode, cli.err);
            assertTrue(cli.out.startsWith("Usage: annotide-cli " + name), cli.out);
        }
    }

    @Test
    void theDemoProjectHoldsEveryShapeKind() {
        Path demo = temp.resolve("demo");
        assertEquals(CliVerb.OK, Cli.run("demo", demo.toString()).exitCode);
        Cli info = Cli.run("info", demo.toString(), "--json");
        assertEquals(CliVerb.OK, info.exitCode, info.err);
        for (String kind : List.of("BOX", "ROTATED_BOX", "POLYGON", "POLYLINE", "KEYPOINTS", "MASK", "ELLIPSE",
                "IMAGE_CLASS")) {
            assertTrue(info.out.contains("\"" + kind + "\":"), kind + " missing in " + info.out);
        }
        assertTrue(info.out.contains("\"images\":9"), info.out);
        assertTrue(info.out.contains("\"trainingSets\":1"), info.out);
        assertEquals(CliVerb.USAGE, Cli.run("demo", demo.toString()).exitCode, "refuses a non-empty folder");
    }

    @Test
    void benchStorePrintsItsFigures() {
        Cli cli = Cli.run("bench", "store", "--images", "20", "--polygons", "2000", "--edits", "50");
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        for (String figure : List.of("open_s", "checkpoint_s", "heap_mb", "edit_durable_p99_ms")) {
            assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH " + figure + " [0-9.]+ \\w+")), cli.out);
        }
        BenchFigures figures = new BenchFigures(cli.out);
        figures.positive("open_s");
        figures.positive("checkpoint_s");
        // 20 images with 2000 polygons: some megabytes of heap, far less than the test JVM's
        figures.between("heap_mb", 0.1, Runtime.getRuntime().maxMemory() / 1e6);
        figures.positive("checkpoint_mb");
        double p50 = figures.positive("edit_durable_p50_ms");
        assertTrue(p50 <= figures.positive("edit_durable_p99_ms"), "the median is not above the 99th percentile");
        double fsync = figures.positive("disk_fsync_p50_ms");
        assertTrue(fsync <= figures.positive("disk_fsync_p99_ms"), "the median is not above the 99th percentile");
        figures.between("open_s", 0, 600);
    }

    @Test
    void benchCrashCountsNothingLost() {
        Cli cli = Cli.run("bench", "crash", "--kills", "3");
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("BENCH kills 3"), cli.out);
        assertTrue(cli.out.contains("BENCH lost_edits 0"), cli.out);
        assertTrue(cli.out.contains("BENCH unopenable 0"), cli.out);
        // the harness did edit between the kills: "nothing lost" of nothing would say nothing
        new BenchFigures(cli.out).positive("acknowledged_edits");
    }

    @Test
    void theFirstWordOfTwoWordCommandsListsItsGroup() {
        for (String[] help : List.of(new String[] {"bench", "--help"}, new String[] {"bench", "-h"},
                new String[] {"help", "bench"}, new String[] {"--help", "bench"})) {
            Cli cli = Cli.run(help);
            assertEquals(CliVerb.OK, cli.exitCode, String.join(" ", help) + ": " + cli.err);
            assertTrue(cli.out.contains("bench store") && cli.out.contains("bench crash"), cli.out);
            assertTrue(cli.out.contains(new StoreBenchVerb().summary()), cli.out);
            assertFalse(cli.out.contains("demo"), "only the group: " + cli.out);
        }
        Cli plain = Cli.run("bench");
        assertEquals(CliVerb.USAGE, plain.exitCode);
        assertTrue(plain.out.contains("bench store") && plain.out.contains("bench crash"), plain.out);

        Cli unknown = Cli.run("bench", "frobnicate");
        assertEquals(CliVerb.USAGE, unknown.exitCode);
        assertTrue(unknown.err.contains("unknown command 'bench frobnicate'"), unknown.err);
        assertTrue(unknown.err.contains("bench store"), "the group's commands: " + unknown.err);

        Cli help = Cli.run("help", "bench", "store");
        assertEquals(CliVerb.OK, help.exitCode);
        assertTrue(help.out.startsWith("Usage: annotide-cli bench store"), help.out);
    }

    @Test
    void benchStoreWithoutPolygonsLeavesOutTheEditFigures() {
        Cli cli = Cli.run("bench", "store", "--images", "3", "--polygons", "0", "--edits", "5");
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("BENCH open_s "), cli.out);
        assertTrue(cli.out.contains("BENCH checkpoint_s "), cli.out);
        assertFalse(cli.out.contains("edit_durable"), cli.out);
        assertTrue(cli.err.contains("--polygons 0"), cli.err);

        Cli fewerPolygonsThanImages = Cli.run("bench", "store", "--images", "20", "--polygons", "3",
                "--edits", "10");
        assertEquals(CliVerb.OK, fewerPolygonsThanImages.exitCode, fewerPolygonsThanImages.err);
        assertTrue(fewerPolygonsThanImages.out.contains("BENCH edit_durable_p99_ms "), fewerPolygonsThanImages.out);
    }

    @Test
    void benchStoreNamesTheWrongNumber() {
        Cli polygons = Cli.run("bench", "store", "--polygons", "-1");
        assertEquals(CliVerb.USAGE, polygons.exitCode);
        assertTrue(polygons.err.contains("--polygons must be 0 or more"), polygons.err);
        Cli images = Cli.run("bench", "store", "--images", "0");
        assertEquals(CliVerb.USAGE, images.exitCode);
        assertTrue(images.err.contains("--images must be at least 1"), images.err);
        Cli edits = Cli.run("bench", "store", "--edits", "0");
        assertEquals(CliVerb.USAGE, edits.exitCode);
        assertTrue(edits.err.contains("--edits must be at least 1"), edits.err);
    }
}
