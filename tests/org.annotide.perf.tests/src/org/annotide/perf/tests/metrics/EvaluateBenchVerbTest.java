package org.annotide.perf.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.annotide.headless.CliVerb;
import org.annotide.perf.tests.BenchFigures;
import org.annotide.perf.tests.Cli;
import org.junit.jupiter.api.Test;

/** bench evaluate as a script sees it: text, exit codes, figures that make sense. */
class EvaluateBenchVerbTest {

    @Test
    void benchPrintsItsFigureAndSaysWhenPycocotoolsIsMissing() {
        Cli cli = Cli.run("bench", "evaluate", "--images", "30", "--dets", "10", "--python", "/nonexistent/python3");
        int code = cli.exitCode;
        assertEquals(CliVerb.OK, code, cli.err);
        assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH evaluate_s [0-9.]+ s")), cli.out);
        assertTrue(cli.out.lines().anyMatch(line -> line.startsWith("STATS bbox ")), cli.out);
        assertTrue(cli.err.contains("pycocotools is not available"), cli.err);
        BenchFigures figures = new BenchFigures(cli.out);
        figures.positive("evaluate_s");
        figures.positive("evaluate_warm_s");
        assertFalse(figures.has("speedup_vs_pycocotools"), "no ratio without the reference: " + cli.out);
        // the test runtime is no installed product: the whole-process figures say why they are missing
        assertTrue(cli.err.contains("No whole-process figures"), cli.err);
        assertFalse(figures.has("evaluate_process_s"), cli.out);
        assertFalse(figures.has("pycocotools_process_s"), cli.out);
        double[] stats = stats(cli.out, "STATS bbox ");
        assertEquals(12, stats.length);
        for (double stat : stats) {
            assertTrue(stat == -1 || stat >= 0 && stat <= 1, "a COCO statistic is -1 or in [0, 1]: " + stat);
        }
        assertTrue(stats[0] > 0, "seeded detections near their objects find some: AP " + stats[0]);
    }

    /**
     * With pycocotools (the interpreter in ANNOTIDE_PYTHON, else python3) the ratio is there and agrees with the two
     * times, and the statistics agree.
     */
    @Test
    void withPycocotoolsTheRatioIsPrintedAndTheStatisticsAgree() throws Exception {
        String python = System.getenv().getOrDefault("ANNOTIDE_PYTHON", "python3");
        assumeTrue(hasPycocotools(python), python + " has no pycocotools");
        Cli cli = Cli.run("bench", "evaluate", "--images", "30", "--dets", "10", "--python", python);
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        BenchFigures figures = new BenchFigures(cli.out);
        double ours = figures.positive("evaluate_s");
        double reference = figures.positive("pycocotools_s");
        figures.agrees("speedup_vs_pycocotools", reference / ours);
        // pycocotools' whole process holds its own timing of loading and evaluation, and the interpreter's start
        double process = figures.positive("pycocotools_process_s");
        assertTrue(process >= reference, "whole process " + process + " s >= the script's own " + reference + " s");
        figures.between("stats_max_abs_diff", 0, 1e-9);
        double[] stats = stats(cli.out, "STATS bbox ");
        double[] pycocotools = stats(cli.out, "STATS pycocotools bbox ");
        for (int i = 0; i < stats.length; i++) {
            assertEquals(pycocotools[i], stats[i], 1e-9, "statistic " + i);
        }
    }

    private static double[] stats(String out, String prefix) {
        String line = out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(
                () -> new AssertionError("no " + prefix + "line in " + out));
        return Arrays.stream(line.substring(prefix.length()).trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static boolean hasPycocotools(String python) {
        try {
            Process process = new ProcessBuilder(python, "-c", "import pycocotools").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
