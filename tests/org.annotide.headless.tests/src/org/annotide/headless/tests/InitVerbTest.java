package org.annotide.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.InitVerb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 §4: {@code annotide-cli init PROJECT} creates an empty project, once. */
class InitVerbTest {

    private final List<CliVerb> commands = List.of(new InitVerb());

    @TempDir
    Path temp;

    @Test
    void initCreatesAnEmptyProjectAndRefusesASecondOne() {
        Path folder = temp.resolve("new/project");
        Cli created = Cli.run(commands, "init", folder.toString(), "--name", "Slides");
        assertEquals(CliVerb.OK, created.exitCode, created.out + created.err);
        assertTrue(ProjectStore.isProject(folder));
        try (ProjectStore store = ProjectStore.openReadOnly(folder)) {
            assertEquals("Slides", store.project().getName());
            assertEquals(0, store.project().getImages().size());
        }
        Cli again = Cli.run(commands, "init", folder.toString());
        assertEquals(CliVerb.FAILED, again.exitCode);
        assertTrue(again.err.contains("already holds an Annotide project"), again.err);
    }
}
