package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fsync as a power cut judges it (the crash tests SIGKILL, which keeps the page cache and so cannot see a missing
 * fsync): FaultyFiles counts the bytes written and not forced, and the directory entries not yet made durable.
 * When an edit returns (is acknowledged) or a checkpoint returns, nothing may be pending.
 */
class DurabilityTest {

    @TempDir
    Path temp;

    @Test
    void noEditIsAcknowledgedBeforeItsBytesAreForced() throws Exception {
        FaultyFiles disk = new FaultyFiles();
        Path folder = temp.resolve("edits");
        ProjectStore.create(folder, RichModel.build(), disk).close();
        assertNothingPending(disk, "after create");
        ProjectStore store = ProjectStore.open(folder, disk);
        assertNothingPending(disk, "after open");
        ImageAsset image = store.project().getImages().get(0);
        Annotation annotation = image.getAnnotations().get(0);
        long forces = disk.forces();
        for (int i = 0; i < 5; i++) {
            rename(store, "name " + i);
            assertTrue(disk.forces() > forces, "edit " + i + " forced nothing");
            forces = disk.forces();
            assertNothingPending(disk, "after edit " + i);
        }
        store.commandStack().execute(RemoveCommand.create(store.editingDomain(), annotation));
        assertNothingPending(disk, "after a removal");
        store.commandStack().undo();
        assertNothingPending(disk, "after undo");
        store.commandStack().redo();
        assertNothingPending(disk, "after redo");
        assertTrue(disk.forces() > forces);
        store.close();
        assertNothingPending(disk, "after close");
    }

    @Test
    void aCheckpointIsForcedBeforeItsRenameAndTheDirectoryAfterIt() throws Exception {
        FaultyFiles disk = new FaultyFiles();
        Path folder = temp.resolve("checkpoint");
        ProjectStore.create(folder, RichModel.build(), disk).close();
        ProjectStore store = ProjectStore.open(folder, disk);
        rename(store, "before the checkpoint");
        int from = disk.events().size();
        store.checkpoint();
        assertNothingPending(disk, "after the checkpoint");
        List<String> events = disk.events().subList(from, disk.events().size());
        int move = indexOf(events, "move ");
        assertTrue(move > 0, "the checkpoint was renamed into place: " + events);
        String[] renamed = events.get(move).split(" ");
        assertTrue(renamed[2].startsWith("checkpoint-"), events.get(move));
        assertTrue(events.subList(0, move).contains("force " + renamed[1]),
                "the checkpoint's bytes were forced before its rename: " + events);
        // the rename is made durable at once, before the next journal is created or old generations deleted
        assertTrue(events.get(move + 1).startsWith("syncdir "), "the directory was forced right after the rename: "
                + events);
        // the next edit goes to the new journal, forced like any other
        rename(store, "after the checkpoint");
        assertNothingPending(disk, "after an edit into the new journal");
        store.close();
    }

    @Test
    void automaticCheckpointsDuringEditsLeaveNothingPending() throws Exception {
        FaultyFiles disk = new FaultyFiles();
        Path folder = temp.resolve("automatic");
        ProjectStore.create(folder, RichModel.build(), disk).close();
        ProjectStore store = ProjectStore.open(folder, disk);
        store.setCheckpointThreshold(1);
        int moves = 0;
        for (int i = 0; i < 4; i++) {
            rename(store, "step " + i + " " + "x".repeat(200));
            assertNothingPending(disk, "after edit " + i);
        }
        for (String event : disk.events()) {
            moves += event.startsWith("move ") ? 1 : 0;
        }
        assertTrue(moves >= 2, "edits past the threshold checkpointed: " + disk.events());
        store.close();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertEquals("step 3 " + "x".repeat(200), reopened.project().getName());
        }
        assertTrue(Files.isDirectory(folder));
    }

    private static void assertNothingPending(FaultyFiles disk, String when) {
        assertEquals(0, disk.unforcedBytes(), when + ": bytes not forced in " + disk.filesWithUnforcedBytes());
        assertTrue(disk.directoriesAwaitingSync().isEmpty(),
                when + ": directory entries not forced in " + disk.directoriesAwaitingSync());
        assertTrue(disk.durabilityViolations().isEmpty(), when + ": " + disk.durabilityViolations());
    }

    private static int indexOf(List<String> events, String prefix) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static void rename(ProjectStore store, String name) {
        store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(),
                AnnotidePackage.Literals.NAMED__NAME, name));
    }
}
