package org.annotide.perf.tests.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.headless.CliVerb;
import org.annotide.perf.tests.Cli;
import org.junit.jupiter.api.Test;

/** bench score as the product runs it, and the training verbs wired to the permission service by DS. */
class ScoreBenchVerbTest {

    @Test
    void benchScorePrintsItsFigures() {
        Cli cli = Cli.run("bench", "score", "--annotators", "2", "--tasks", "30", "--objects", "5");
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        assertTrue(cli.out.matches("(?s)BENCH score_s [0-9.]+ s\nBENCH rescore_s [0-9.]+ s\nBENCH evaluation_labels "
                + "\\d+ labels\nBENCH mean_score [0-9.]+ points\n"), cli.out);
    }

    @Test
    void theTrainingVerbsAreRegisteredWithThePermissionService() {
        for (String name : List.of("users", "status", "training-project create", "training-project add-trainee",
                "training-project submit", "score")) {
            Cli cli = Cli.run((name + " --help").split(" "));
            assertEquals(CliVerb.OK, cli.exitCode, name + ": " + cli.err);
            assertTrue(cli.out.startsWith("Usage: annotide-cli " + name), cli.out);
        }
        // without a users file the first admin is made without a login: the verb runs, its permission service bound
        Cli list = Cli.run("users", System.getProperty("java.io.tmpdir"), "frobnicate");
        assertEquals(CliVerb.USAGE, list.exitCode, list.err);
        assertTrue(list.err.contains("unknown action 'frobnicate'"), list.err);
    }
}
