package org.annotide.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.headless.CliCommand;
import org.annotide.headless.internal.DemoCommand;
import org.annotide.headless.internal.InfoCommand;
import org.annotide.headless.internal.store.CrashBenchCommand;
import org.annotide.headless.internal.store.StoreBenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessApplicationTest {

    private final List<CliCommand> commands = List.of(new InfoCommand(), new DemoCommand(), new StoreBenchCommand(),
            new CrashBenchCommand());

    @TempDir
    Path temp;

    @Test
    void helpListsEveryCommand() {
        Cli cli = Cli.run(commands, "--help");
        assertEquals(CliCommand.OK, cli.exitCode);
        for (CliCommand command : commands) {
            assertTrue(cli.out.contains(command.name()), cli.out);
        }
    }

    @Test
    void everyCommandExplainsItself() {
        for (CliCommand command : commands) {
            Cli cli = Cli.run(commands, (command.name() + " --help").split(" "));
            assertEquals(CliCommand.OK, cli.exitCode);
            assertTrue(cli.out.startsWith("Usage: annotide-cli " + command.name()), cli.out);
        }
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertEquals(CliCommand.USAGE, Cli.run(commands, "frobnicate").exitCode);
        Cli cli = Cli.run(commands, "info", "--colour", "x");
        assertEquals(CliCommand.USAGE, cli.exitCode);
        assertTrue(cli.err.contains("unknown option --colour"), cli.err);
        assertEquals(CliCommand.USAGE, Cli.run(commands).exitCode);
    }

    @Test
    void infoOnAFolderThatIsNotAProjectFailsWithAReason() {
        Cli cli = Cli.run(commands, "info", temp.toString());
        assertEquals(CliCommand.FAILED, cli.exitCode);
        assertTrue(cli.err.contains("not an Annotide project"), cli.err);
    }

    @Test
    void theDemoProjectHoldsEveryShapeKind() {
        Path demo = temp.resolve("demo");
        assertEquals(CliCommand.OK, Cli.run(commands, "demo", demo.toString()).exitCode);
        Cli info = Cli.run(commands, "info", demo.toString(), "--json");
        assertEquals(CliCommand.OK, info.exitCode, info.err);
        for (String kind : List.of("BOX", "ROTATED_BOX", "POLYGON", "POLYLINE", "KEYPOINTS", "MASK", "ELLIPSE",
                "IMAGE_CLASS")) {
            assertTrue(info.out.contains("\"" + kind + "\":"), kind + " missing in " + info.out);
        }
        assertTrue(info.out.contains("\"images\":9"), info.out);
        assertTrue(info.out.contains("\"trainingSets\":1"), info.out);
        assertEquals(CliCommand.USAGE, Cli.run(commands, "demo", demo.toString()).exitCode, "refuses a non-empty folder");
    }

    @Test
    void benchStorePrintsItsFigures() {
        Cli cli = Cli.run(commands, "bench", "store", "--images", "20", "--polygons", "2000", "--edits", "50");
        assertEquals(CliCommand.OK, cli.exitCode, cli.err);
        for (String figure : List.of("open_s", "checkpoint_s", "heap_mb", "edit_durable_p99_ms")) {
            assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH " + figure + " [0-9.]+ \\w+")), cli.out);
        }
    }

    @Test
    void benchCrashCountsNothingLost() {
        Cli cli = Cli.run(commands, "bench", "crash", "--kills", "3");
        assertEquals(CliCommand.OK, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("BENCH kills 3"), cli.out);
        assertTrue(cli.out.contains("BENCH lost_edits 0"), cli.out);
        assertTrue(cli.out.contains("BENCH unopenable 0"), cli.out);
    }
}
