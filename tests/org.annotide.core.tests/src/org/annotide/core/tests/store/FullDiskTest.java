package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.PolygonShape;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk: the change that cannot be written is refused and taken back; nothing saved is damaged. */
class FullDiskTest {

    private static final AnnotidePackage M = AnnotidePackage.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void aChangeThatCannotBeWrittenIsTakenBackAndReported() {
        FaultyFiles disk = new FaultyFiles();
        Path folder = temp.resolve("p");
        ProjectStore.create(folder, RichModel.build(), disk).close();
        ProjectStore store = ProjectStore.open(folder, disk);
        rename(store, "saved");
        disk.fillUpAfter(10);
        StoreException error = assertThrows(StoreException.class, () -> rename(store, "lost"));
        assertTrue(error.getMessage().contains("No space left on device"), error.getMessage());
        assertTrue(error.getMessage().contains("was not made"), error.getMessage());
        assertEquals("saved", store.project().getName(), "memory shows what is on disk");
        assertThrows(StoreException.class, store::checkpoint);
        disk.freeSpace();
        rename(store, "after freeing space");
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertEquals("after freeing space", reopened.project().getName());
        }
    }

    @Test
    void aFailedUndoLeavesTheChangeInPlace() {
        FaultyFiles disk = new FaultyFiles();
        Path folder = temp.resolve("undo");
        ProjectStore.create(folder, RichModel.build(), disk).close();
        ProjectStore store = ProjectStore.open(folder, disk);
        rename(store, "done");
        disk.fillUpAfter(0);
        assertThrows(StoreException.class, () -> store.commandStack().undo());
        assertEquals("done", store.project().getName());
        assertTrue(store.commandStack().canUndo());
        disk.freeSpace();
        store.commandStack().undo();
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertEquals("Rich ünïcödé project", reopened.project().getName());
        }
    }

    /** The real thing where this machine allows it: a tiny tmpfs filled to the brim. */
    @Test
    void aRealFullFileSystem() throws IOException, InterruptedException {
        Path mount = temp.resolve("tiny");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString()),
                "mounting a tmpfs needs root; the fault-injection tests above cover the logic");
        try {
            Path folder = mount.resolve("p");
            ProjectStore.create(folder, RichModel.build()).close();
            ProjectStore store = ProjectStore.open(folder);
            try (OutputStream filler = Files.newOutputStream(mount.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    filler.write(block);
                    filler.flush();
                }
            } catch (IOException expected) {
                // the disk is full
            }
            PolygonShape polygon = (PolygonShape) store.project().getImages().get(0).getAnnotations().get(2).getShape();
            int made = 0;
            StoreException error = null;
            for (int i = 0; i < 10_000 && error == null; i++) {
                try {
                    store.commandStack().execute(SetCommand.create(store.editingDomain(), polygon,
                            M.getPolygonShape_Points(), new double[2000]));
                    made++;
                } catch (StoreException e) {
                    error = e;
                }
            }
            assertTrue(error != null, "the disk never filled up");
            assertTrue(error.getMessage().contains("could not write"), error.getMessage());
            double[] lastSaved = polygon.getPoints();
            store.release();
            Files.delete(mount.resolve("filler"));
            try (ProjectStore reopened = ProjectStore.open(folder)) {
                PolygonShape after = (PolygonShape) reopened.project().getImages().get(0).getAnnotations().get(2).getShape();
                assertEquals(lastSaved.length, after.getPoints().length);
                assertTrue(made >= 0);
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    private static void rename(ProjectStore store, String name) {
        store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(), M.getNamed_Name(), name));
    }

    static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
