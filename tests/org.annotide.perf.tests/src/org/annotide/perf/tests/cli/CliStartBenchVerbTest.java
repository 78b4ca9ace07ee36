package org.annotide.perf.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.annotide.headless.CliVerb;
import org.annotide.perf.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench cli-start against a stand-in launcher that records how it was started. */
class CliStartBenchVerbTest {

    @TempDir
    Path temp;

    private Path launcher(String body) throws IOException {
        Path script = temp.resolve("annotide-cli");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void timesHelpAndAlternatesWithAndWithoutTheArchive() throws IOException {
        Path calls = temp.resolve("calls");
        Path script = launcher("echo \"$1 ${ANNOTIDE_CDS:-on}\" >> '" + calls + "'");
        Cli cli = Cli.run("bench", "cli-start", "--runs", "3", "--launcher", script.toString(), "--compare-cds");
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH cli_start_ms [0-9]+ ms")), cli.out);
        assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH cli_start_nocds_ms [0-9]+ ms")), cli.out);
        // one warm-up, then the two variants in turn
        assertEquals(List.of("--help on", "--help on", "--help off", "--help on", "--help off", "--help on", "--help off"),
                Files.readAllLines(calls));
    }

    @Test
    void aBaselineInstallationIsStartedInTurnWithThisOne() throws IOException {
        Path calls = temp.resolve("calls");
        Path script = launcher("echo \"new $1\" >> '" + calls + "'");
        Path old = temp.resolve("old-annotide-cli");
        Files.writeString(old, "#!/bin/sh\necho \"old $1\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwx------"));
        Cli cli = Cli.run("bench", "cli-start", "--runs", "2", "--launcher", script.toString(), "--baseline",
                old.toString());
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH cli_start_baseline_ms [0-9]+ ms")), cli.out);
        assertEquals(List.of("new --help", "old --help", "new --help", "old --help", "new --help", "old --help"),
                Files.readAllLines(calls));
        assertEquals(CliVerb.USAGE, Cli.run("bench", "cli-start", "--launcher", script.toString(), "--baseline",
                temp.resolve("nothing").toString()).exitCode);
    }

    @Test
    void aLauncherThatFailsIsReportedWithWhatItSaid() throws IOException {
        Path script = launcher("echo 'no Java 21 or newer found' >&2; exit 1");
        Cli cli = Cli.run("bench", "cli-start", "--runs", "2", "--launcher", script.toString());
        assertEquals(CliVerb.FAILED, cli.exitCode);
        assertTrue(cli.err.contains("exited with 1") && cli.err.contains("no Java 21 or newer found"), cli.err);
        assertTrue(cli.out.isEmpty(), cli.out);
    }

    @Test
    void wrongArgumentsAreUsageErrors() throws IOException {
        assertEquals(CliVerb.USAGE, Cli.run("bench", "cli-start", "--runs", "0", "--launcher", launcher("exit 0").toString()).exitCode);
        Cli missing = Cli.run("bench", "cli-start", "--launcher", temp.resolve("nothing").toString());
        assertEquals(CliVerb.USAGE, missing.exitCode);
        assertTrue(missing.err.contains("not an executable launcher"), missing.err);
    }
}
