package org.annotide.perf.tests.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.perf.tests.BenchFigures;
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
        BenchFigures figures = new BenchFigures(out);
        assertEquals(100, figures.get("annotations"));
        double total = figures.positive("import_s");
        double read = figures.positive("import_read_s");
        double store = figures.positive("import_store_s");
        assertTrue(read + store <= total + 2e-4, "reading and storing are parts of the whole import: " + out);
        figures.positive("import_heap_mb");
        figures.between("file_mb", 0, 1); // whole megabytes: a tiny file rounds to 0
        assertTrue(ProjectStore.isProject(temp.resolve("project")));
    }
}
