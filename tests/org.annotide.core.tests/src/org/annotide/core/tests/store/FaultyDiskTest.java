package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.core.store.ModelDiff;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures of the disk at the worst moments: after a checkpoint's rename, while cutting a failed record. */
class FaultyDiskTest {

    @TempDir
    Path temp;

    @Test
    void aCheckpointThatFailsAfterItsRenameLosesNothingConfirmedLater() {
        FaultyFiles disk = new FaultyFiles();
        Path folder = temp.resolve("sync");
        ProjectStore.create(folder, RichModel.build(), disk).close();
        ProjectStore store = ProjectStore.open(folder, disk);
        rename(store, "one");
        disk.failNextDirectorySync();
        StoreException error = assertThrows(StoreException.class, store::checkpoint);
        assertTrue(error.getMessage().contains("Nothing is lost"), error.getMessage());
        rename(store, "two, confirmed after the failed checkpoint");
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertEquals("two, confirmed after the failed checkpoint", reopened.project().getName());
        }
    }

    @Test
    void whenAFailedRecordCannotBeCutNothingMoreIsAcceptedAndWhatWasSavedSurvives() {
        FaultyFiles disk = new FaultyFiles();
        Path folder = temp.resolve("truncate");
        ProjectStore.create(folder, RichModel.build(), disk).close();
        ProjectStore store = ProjectStore.open(folder, disk);
        rename(store, "saved");
        disk.fillUpAfter(12);
        disk.failTruncation(true);
        assertThrows(StoreException.class, () -> rename(store, "x".repeat(100)));
        disk.freeSpace();
        disk.failTruncation(false);
        StoreException refused = assertThrows(StoreException.class, () -> rename(store, "three"));
        assertTrue(refused.getMessage().contains("stopped saving"), refused.getMessage());
        assertEquals("saved", store.project().getName());
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertEquals("saved", reopened.project().getName());
        }
    }

    @Test
    void aRemovalThatCouldNotBeWrittenLeavesNoSlotBehindForLaterRemovals() {
        FaultyFiles disk = new FaultyFiles();
        Path folder = temp.resolve("limbo");
        ProjectStore.create(folder, RichModel.build(), disk).close();
        ProjectStore store = ProjectStore.open(folder, disk);
        ImageAsset image = store.project().getImages().get(0);
        Annotation first = image.getAnnotations().get(0);
        Annotation second = image.getAnnotations().get(1);
        disk.fillUpAfter(12);
        assertThrows(StoreException.class, () -> remove(store, first));
        disk.freeSpace();
        assertTrue(image.getAnnotations().contains(first), "the removal was taken back");
        // the removed annotation waits in the journal's limbo under a slot number that replay must agree on
        remove(store, second);
        store.commandStack().undo();
        remove(store, second);
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertTrue(reopened.recoveryNotes().isEmpty(), reopened.recoveryNotes().toString());
            assertTrue(ModelDiff.equal(store.project(), reopened.project()), "replay gives what memory holds");
        }
    }

    @Test
    void aClosedProjectRefusesChanges() {
        Path folder = temp.resolve("closed");
        ProjectStore store = ProjectStore.create(folder, RichModel.build(), new FaultyFiles());
        store.close();
        StoreException refused = assertThrows(StoreException.class, () -> rename(store, "too late"));
        assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
        assertTrue(store.isClosed());
        assertThrows(StoreException.class, store::commit);
    }

    private static void remove(ProjectStore store, Annotation annotation) {
        store.commandStack().execute(RemoveCommand.create(store.editingDomain(), annotation));
    }

    private static void rename(ProjectStore store, String name) {
        store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(),
                AnnotidePackage.Literals.NAMED__NAME, name));
    }
}
