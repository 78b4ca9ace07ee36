package org.annotide.perf.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.headless.CliVerb;
import org.annotide.perf.tests.Cli;
import org.junit.jupiter.api.Test;

/** bench evaluate as a script sees it: text, exit codes. */
class EvaluateBenchVerbTest {

    @Test
    void benchPrintsItsFigureAndSaysWhenPycocotoolsIsMissing() {
        Cli cli = Cli.run("bench", "evaluate", "--images", "30", "--dets", "10", "--python", "/nonexistent/python3");
        int code = cli.exitCode;
        assertEquals(CliVerb.OK, code, cli.err);
        assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH evaluate_s [0-9.]+ s")), cli.out);
        assertTrue(cli.out.lines().anyMatch(line -> line.startsWith("STATS bbox ")), cli.out);
        assertTrue(cli.err.contains("pycocotools is not available"), cli.err);
    }
}
