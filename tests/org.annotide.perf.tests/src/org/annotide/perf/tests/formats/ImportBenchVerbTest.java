package org.annotide.perf.tests.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.perf.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench import as a user runs it. */
class ImportBenchVerbTest {

    @TempDir
    Path temp;

    @Test
    void benchImportPrintsItsFigures() {
        Cli cli = Cli.run("bench", "import", "--images", "20", "--per-image", "5", "--keep", temp.toString());
        String out = cli.out;
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(out.contains("BENCH annotations 100"), out);
        assertTrue(out.contains("BENCH import_s "), out);
        assertTrue(out.contains("BENCH import_heap_mb "), out);
        assertTrue(ProjectStore.isProject(temp.resolve("project")));
    }
}
