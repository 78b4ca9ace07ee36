package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.formats.Exports;
import org.annotide.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports go into new or empty folders only, so that no file of an earlier export is left among the new ones. */
class ExportsTest {

    @TempDir
    Path temp;

    @Test
    void aFolderThatHoldsFilesIsRefusedBeforeAnythingIsWritten() throws IOException {
        Project project = ExportCorrectnessTest.everyShape(temp.resolve("source"));
        Path output = temp.resolve("out");
        TestFormats.export("yolo-detect", project, output);
        List<Path> first;
        try (var files = Files.walk(output)) {
            first = files.sorted().toList();
        }
        IOException refused = assertThrows(IOException.class, () -> TestFormats.export("coco", project, output));
        assertTrue(refused.getMessage().contains("already holds files"), refused.getMessage());
        try (var files = Files.walk(output)) {
            assertEquals(first, files.sorted().toList(), "nothing written, nothing removed");
        }
    }

    @Test
    void newEmptyAndFileTargetsAreAccepted() throws IOException {
        assertNull(Exports.targetProblem(temp.resolve("new")));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertNull(Exports.targetProblem(empty));
        Path file = Files.writeString(temp.resolve("earlier.json"), "{}");
        assertNull(Exports.targetProblem(file), "a single-file export replaces the file, as editors save");
        assertFalse(Files.list(empty).findAny().isPresent());
    }
}
