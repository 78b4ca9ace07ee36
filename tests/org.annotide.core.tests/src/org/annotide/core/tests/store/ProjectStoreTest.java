package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.core.store.ModelDiff;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {

    @TempDir
    Path temp;

    @Test
    void aProjectComesBackExactlyAsItWasClosed() {
        Project original = RichModel.build();
        Path folder = temp.resolve("rich");
        ProjectStore.create(folder, EcoreUtil.copy(original)).close();
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertTrue(ModelDiff.equal(original, store.project()), "reopened model differs");
            assertTrue(store.recoveryNotes().isEmpty(), store.recoveryNotes().toString());
        }
    }

    @Test
    void forwardReferencesAreResolved() {
        Path folder = temp.resolve("forward");
        ProjectStore.create(folder, RichModel.build()).close();
        try (ProjectStore store = ProjectStore.open(folder)) {
            Project project = store.project();
            assertSame(project.getModels().get(0), project.getTrainingJobs().get(0).getResultModel());
            assertSame(project.getImages().get(0).getTiles().get(0), project.getTrainingSets().get(0).getTiles().get(0));
        }
    }

    @Test
    void aNewProjectHasAMarkerAStoreAndACache() {
        Path folder = temp.resolve("new");
        try (ProjectStore store = ProjectStore.create(folder, "New")) {
            assertEquals("New", store.project().getName());
            assertSame(store, ProjectStore.of(store.project()));
        }
        assertTrue(ProjectStore.isProject(folder));
        assertTrue(Files.isDirectory(folder.resolve("cache")));
        assertEquals("New", ProjectStore.readName(folder));
    }

    @Test
    void aFolderThatIsNotAProjectIsRefusedWithAReason() {
        StoreException error = assertThrows(StoreException.class, () -> ProjectStore.open(temp));
        assertTrue(error.getMessage().contains("not an Annotide project"), error.getMessage());
        StoreException missing = assertThrows(StoreException.class, () -> ProjectStore.open(temp.resolve("nothing")));
        assertTrue(missing.getMessage().contains("no folder"), missing.getMessage());
    }

    @Test
    void aProjectOpenElsewhereIsNotOpenedTwice() {
        Path folder = temp.resolve("locked");
        try (ProjectStore store = ProjectStore.create(folder, "locked")) {
            StoreException error = assertThrows(StoreException.class, () -> ProjectStore.open(folder));
            assertTrue(error.getMessage().contains("open in another"), error.getMessage());
        }
    }

    @Test
    void changesNeverMakeTheProjectDirty() {
        Path folder = temp.resolve("dirty");
        try (ProjectStore store = ProjectStore.create(folder, "dirty")) {
            store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.NAMED__NAME, "renamed"));
            assertFalse(((org.eclipse.emf.common.command.BasicCommandStack) store.commandStack()).isSaveNeeded());
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals("renamed", store.project().getName());
        }
    }

    @Test
    void readOnlyOpeningRefusesChanges() {
        Path folder = temp.resolve("ro");
        ProjectStore.create(folder, "ro").close();
        try (ProjectStore store = ProjectStore.openReadOnly(folder)) {
            assertTrue(store.isReadOnly());
            StoreException error = assertThrows(StoreException.class, () -> store.commandStack().execute(
                    SetCommand.create(store.editingDomain(), store.project(), AnnotidePackage.Literals.NAMED__NAME, "x")));
            assertTrue(error.getMessage().contains("read-only"), error.getMessage());
            assertEquals("ro", store.project().getName());
        }
    }

    @Test
    void aReadOnlyOpeningWithAReasonRefusesChangesWithIt() {
        Path folder = temp.resolve("ro-why");
        ProjectStore.create(folder, "ro-why").close();
        String reason = "You are no longer a member of this project on the server.";
        try (ProjectStore store = ProjectStore.openReadOnly(folder, reason)) {
            assertTrue(store.isReadOnly());
            StoreException error = assertThrows(StoreException.class, () -> store.commandStack().execute(
                    SetCommand.create(store.editingDomain(), store.project(), AnnotidePackage.Literals.NAMED__NAME, "x")));
            assertEquals(reason, error.getMessage(), "the reason, not the advice to copy the folder");
            assertEquals("ro-why", store.project().getName());
        }
    }
}
