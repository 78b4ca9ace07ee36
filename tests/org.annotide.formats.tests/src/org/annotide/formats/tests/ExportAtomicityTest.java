package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.formats.ExportOptions;
import org.annotide.formats.Exports;
import org.annotide.model.Project;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 §3: an export is written aside and renamed into place only when complete, so one that fails or is
 * cancelled half-way leaves nothing that looks like a valid export, and a file it was to replace stays as it was.
 */
class ExportAtomicityTest {

    @TempDir
    Path temp;

    /** Counts the exporter's cancellation checks, and cancels at check number {@code cancelAt} (0: never). */
    private static final class CountingMonitor extends NullProgressMonitor {
        private final int cancelAt;
        private int checks;

        CountingMonitor(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public boolean isCanceled() {
            checks++;
            return cancelAt > 0 && checks >= cancelAt;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"coco:out.json", "csv:out.csv", "cvat:out.xml", "yolo-detect:out", "voc:out"})
    void anExportCancelledAtItsLastCheckLeavesNothingAndKeepsTheFileItWasToReplace(String formatAndName)
            throws IOException {
        String format = formatAndName.substring(0, formatAndName.indexOf(':'));
        String name = formatAndName.substring(formatAndName.indexOf(':') + 1);
        Project project = ExportCorrectnessTest.everyShape(temp.resolve("source"));
        Path folder = Files.createDirectories(temp.resolve("exports"));

        CountingMonitor counting = new CountingMonitor(0);
        Path complete = folder.resolve("complete-" + name);
        Exports.write(TestFormats.format(format), project, null, project.getImages(), complete, ExportOptions.defaults(),
                counting);
        assertTrue(Files.exists(complete));
        assertTrue(counting.checks > 0, "the exporter checks for cancellation");
        assertEquals(List.of(complete), entries(folder), "no staging folder left after a complete export");
        Files.delete(complete.toFile().isDirectory() ? deleteTree(complete) : complete);

        Path output = folder.resolve(name);
        if (name.contains(".")) {
            Files.writeString(output, "the earlier export");
        }
        CountingMonitor cancelling = new CountingMonitor(counting.checks);
        assertThrows(OperationCanceledException.class, () -> Exports.write(TestFormats.format(format), project, null,
                project.getImages(), output, ExportOptions.defaults(), cancelling));
        if (name.contains(".")) {
            assertEquals("the earlier export", Files.readString(output), "the file to replace is untouched");
            assertEquals(List.of(output), entries(folder));
        } else {
            assertFalse(Files.exists(output), "no half-written folder");
            assertEquals(List.of(), entries(folder), "no staging folder left");
        }
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    /** Empties a folder and returns it, for Files.delete. */
    private static Path deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
        return folder;
    }
}
