package org.annotide.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.InfoVerb;
import org.annotide.headless.internal.imaging.ImportImagesVerb;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.LabelClass;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessApplicationTest {

    private final List<CliVerb> commands = List.of(new InfoVerb(), new ImportImagesVerb());

    @TempDir
    Path temp;

    @Test
    void helpListsEveryCommand() {
        Cli cli = Cli.run(commands, "--help");
        assertEquals(CliVerb.OK, cli.exitCode);
        for (CliVerb command : commands) {
            assertTrue(cli.out.contains(command.name()), cli.out);
        }
    }

    @Test
    void everyCommandExplainsItself() {
        for (CliVerb command : commands) {
            Cli cli = Cli.run(commands, (command.name() + " --help").split(" "));
            assertEquals(CliVerb.OK, cli.exitCode);
            assertTrue(cli.out.startsWith("Usage: annotide-cli " + command.name()), cli.out);
        }
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertEquals(CliVerb.USAGE, Cli.run(commands, "frobnicate").exitCode);
        Cli cli = Cli.run(commands, "info", "--colour", "x");
        assertEquals(CliVerb.USAGE, cli.exitCode);
        assertTrue(cli.err.contains("unknown option --colour"), cli.err);
        assertEquals(CliVerb.USAGE, Cli.run(commands).exitCode);
    }

    @Test
    void infoOnAFolderThatIsNotAProjectFailsWithAReason() {
        Cli cli = Cli.run(commands, "info", temp.toString());
        assertEquals(CliVerb.FAILED, cli.exitCode);
        assertTrue(cli.err.contains("not an Annotide project"), cli.err);
    }

    @Test
    void helpIsAskedForOnlyByAStandaloneToken() throws IOException {
        Path project = temp.resolve("project");
        ProjectStore.create(project, "args").close();
        Path folder = Files.createDirectories(temp.resolve("no-images"));

        Cli filterValue = Cli.run(commands, "import-images", project.toString(), folder.toString(), "--filter", "-h");
        assertEquals(CliVerb.OK, filterValue.exitCode, filterValue.out + filterValue.err);
        assertTrue(filterValue.out.contains("Imported       0 images"), "ran, did not print help: " + filterValue.out);

        Cli equalsValue = Cli.run(commands, "import-images", project.toString(), folder.toString(), "--filter=--help");
        assertEquals(CliVerb.OK, equalsValue.exitCode, equalsValue.out + equalsValue.err);

        Cli standalone = Cli.run(commands, "import-images", project.toString(), "-h");
        assertEquals(CliVerb.OK, standalone.exitCode);
        assertTrue(standalone.out.startsWith("Usage: annotide-cli import-images"), standalone.out);
    }

    @Test
    void quietIsAGlobalOptionBeforeTheCommand() throws IOException {
        Path project = temp.resolve("project");
        ProjectStore.create(project, "quiet").close();
        Path folder = Files.createDirectories(temp.resolve("no-images"));

        Cli before = Cli.run(commands, "--quiet", "import-images", project.toString(), folder.toString());
        assertEquals(CliVerb.OK, before.exitCode, before.err);
        assertEquals("", before.err, "no progress lines when quiet");

        Cli asValue = Cli.run(commands, "import-images", project.toString(), folder.toString(), "--filter", "--quiet");
        assertEquals(CliVerb.OK, asValue.exitCode, "--quiet is the filter here, not taken away: " + asValue.err);

        Cli after = Cli.run(commands, "info", project.toString(), "--quiet");
        assertEquals(CliVerb.USAGE, after.exitCode);
        assertTrue(after.err.contains("--quiet goes before the command"), after.err);
        assertEquals(CliVerb.USAGE, Cli.run(commands, "--colour", "info", project.toString()).exitCode);
    }

    @Test
    void infoJsonCarriesTheRecoveryNotesTextModePrints() throws IOException {
        Path project = temp.resolve("torn");
        ProjectStore store = ProjectStore.create(project, "torn");
        LabelClass cell = AnnotideFactory.eINSTANCE.createLabelClass();
        cell.setName("cell");
        store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project(),
                AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, cell));
        store.release(); // as a crash: the change is in the journal only
        // A change cut short while being written: bytes after the last complete record.
        Files.write(newestJournal(project), new byte[] {0x55, 0x13, 0x7f, 0x01, 0x02}, StandardOpenOption.APPEND);

        Cli text = Cli.run(commands, "info", project.toString());
        assertEquals(CliVerb.OK, text.exitCode, text.err);
        List<String> notes = text.out.lines().filter(line -> line.startsWith("Note: "))
                .map(line -> line.substring("Note: ".length())).toList();
        assertFalse(notes.isEmpty(), "recovery noticed the torn tail: " + text.out);

        Cli json = Cli.run(commands, "info", project.toString(), "--json");
        assertEquals(CliVerb.OK, json.exitCode, json.err);
        assertTrue(json.out.contains("\"notes\":[\""), json.out);
        for (String note : notes) {
            assertTrue(json.out.contains(note.replace("\\", "\\\\").replace("\"", "\\\"")), note + " missing in " + json.out);
        }
        assertTrue(json.out.contains("\"labelClasses\":1"), "the confirmed change survived: " + json.out);
    }

    @Test
    void infoJsonOfAProjectWithoutNotesHasAnEmptyArray() {
        Path project = temp.resolve("clean");
        ProjectStore.create(project, "clean").close();
        Cli json = Cli.run(commands, "info", project.toString(), "--json");
        assertEquals(CliVerb.OK, json.exitCode, json.err);
        assertTrue(json.out.strip().endsWith(",\"notes\":[]}"), json.out);
    }

    private static Path newestJournal(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve(ProjectStore.STORE_FOLDER))) {
            return files.filter(f -> f.getFileName().toString().matches("journal-\\d+\\.log"))
                    .max(Comparator.comparingLong(f -> Long.parseLong(f.getFileName().toString().replaceAll("\\D", ""))))
                    .orElseThrow(() -> new AssertionError("no journal in " + project));
        }
    }
}
