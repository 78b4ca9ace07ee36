package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.ui.internal.handlers.CheckpointHandler;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Write Checkpoint over several projects: one that fails does not stop the others. */
class CheckpointTest {

    @TempDir
    Path temp;

    @Test
    void aProjectWhoseCheckpointFailsIsReportedAndTheOthersAreWritten() throws IOException {
        ProjectStore broken = ProjectStore.open(TestProjects.write(temp.resolve("broken"), "u6 broken", 1));
        ProjectStore sound = ProjectStore.open(TestProjects.write(temp.resolve("sound"), "u6 sound", 1));
        try {
            long before = newestCheckpoint(sound.folder());
            // The folder the checkpoint goes to is gone, as on a disk that was unplugged.
            deleteRecursively(broken.folder().resolve(ProjectStore.STORE_FOLDER));

            MultiStatus result = CheckpointHandler.checkpoint(List.of(broken, sound), TestProjects.service());

            assertEquals(IStatus.ERROR, result.getSeverity());
            assertEquals(1, result.getChildren().length, result.toString());
            assertTrue(result.getChildren()[0].getMessage().startsWith(broken.folder() + ": "),
                    result.getChildren()[0].getMessage());
            assertTrue(newestCheckpoint(sound.folder()) > before, "the second project got its checkpoint");
        } finally {
            sound.close();
            broken.release();
        }
    }

    private static long newestCheckpoint(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve(ProjectStore.STORE_FOLDER))) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.matches("checkpoint-\\d+\\.atd"))
                    .mapToLong(name -> Long.parseLong(name.replaceAll("\\D", ""))).max().orElse(-1);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
