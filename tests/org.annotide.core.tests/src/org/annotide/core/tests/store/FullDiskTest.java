package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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

    /**
     * The real thing: a 2 MiB tmpfs filled to the brim. Made without mount rights where the kernel allows user
     * namespaces ({@link TinyFileSystem}), else mounted directly where the test runs as root with the right to
     * mount; skipped only where neither works (the fault-injection tests above cover the logic there).
     */
    @Test
    void aRealFullFileSystem() throws IOException, InterruptedException {
        try (TinyFileSystem tiny = TinyFileSystem.create(temp.resolve("tiny"), "2m")) {
            assumeTrue(tiny != null, "neither a user namespace nor a mount is allowed here");
            Path mount = tiny.root();
            Path folder = mount.resolve("p");
            ProjectStore.create(folder, RichModel.build()).close();
            ProjectStore store = ProjectStore.open(folder);
            Path filler = mount.resolve("filler");
            Files.createDirectories(filler);
            int blocks = 0;
            try {
                while (true) {
                    Files.write(filler.resolve(String.valueOf(blocks)), new byte[4096]);
                    blocks++;
                }
            } catch (IOException expected) {
                assertTrue(expected.getMessage() == null || !expected.getMessage().contains("denied"), expected.toString());
            }
            assertTrue(blocks > 0 && blocks < 1024, "a 2 MiB file system took " + blocks + " blocks of 4 KiB");
            // room for a few changes of 16 KB, not for many
            for (int i = 1; i <= 16; i++) {
                Files.delete(filler.resolve(String.valueOf(blocks - i)));
            }
            PolygonShape polygon = (PolygonShape) store.project().getImages().get(0).getAnnotations().get(2).getShape();
            int made = 0;
            StoreException error = null;
            for (int i = 1; i <= 1000 && error == null; i++) {
                double[] points = new double[2000];
                java.util.Arrays.fill(points, i);
                try {
                    store.commandStack().execute(SetCommand.create(store.editingDomain(), polygon,
                            M.getPolygonShape_Points(), points));
                    made++;
                } catch (StoreException e) {
                    error = e;
                }
            }
            assertTrue(error != null, "the disk never filled up");
            assertTrue(error.getMessage().contains("No space left on device"), error.getMessage());
            assertTrue(made > 0 && made < 16, made + " changes of 16 KB fit in 64 KB");
            double[] lastSaved = polygon.getPoints();
            assertEquals(made, lastSaved[0], "memory shows the last change that was saved, not the refused one");
            store.release();
            deleteFiller(filler);
            try (ProjectStore reopened = ProjectStore.open(folder)) {
                PolygonShape after = (PolygonShape) reopened.project().getImages().get(0).getAnnotations().get(2).getShape();
                assertArrayEquals(lastSaved, after.getPoints(), "every saved change is there, the refused one is not");
                assertTrue(reopened.recoveryNotes().isEmpty() || reopened.recoveryNotes().stream()
                        .noneMatch(note -> note.contains("lost")), reopened.recoveryNotes().toString());
            }
        }
    }

    private static void deleteFiller(Path filler) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(filler)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
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
