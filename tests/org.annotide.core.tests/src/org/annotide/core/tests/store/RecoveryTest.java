package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening after damage: a torn journal tail, a damaged checkpoint, a half-written temporary file. */
class RecoveryTest {

    @TempDir
    Path temp;

    private Path projectWithEdits(String... names) {
        Path folder = temp.resolve("p");
        ProjectStore.create(folder, RichModel.build()).close();
        ProjectStore store = ProjectStore.open(folder);
        for (String name : names) {
            store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.NAMED__NAME, name));
        }
        store.release();
        return folder;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder.resolve("store"))) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void aTornRecordAtTheEndIsDroppedAndEditingContinues() throws IOException {
        Path folder = projectWithEdits("one", "two");
        Path journal = files(folder, ".log").get(0);
        long valid = Files.size(journal);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.APPEND)) {
            // a record header promising 500 bytes, followed by only a few: a write cut short by a crash
            channel.write(ByteBuffer.wrap(new byte[] {(byte) 0xF4, 1, 0, 0, 1, 2, 3, 4, 9, 9, 9}));
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals("two", store.project().getName());
            assertFalse(store.recoveryNotes().isEmpty());
            assertEquals(valid, Files.size(journal), "the torn tail is cut off");
            store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.NAMED__NAME, "three"));
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals("three", store.project().getName());
        }
    }

    @Test
    void aRecordWithABadChecksumEndsReplay() throws IOException {
        Path folder = projectWithEdits("one", "two");
        Path journal = files(folder, ".log").get(0);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            long last = channel.size() - 2;
            channel.write(ByteBuffer.wrap(new byte[] {0x55}), last);
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals("one", store.project().getName());
        }
    }

    @Test
    void aDamagedCheckpointFallsBackToThePreviousOneAndItsJournals() throws IOException {
        Path folder = temp.resolve("p");
        ProjectStore.create(folder, RichModel.build()).close();
        try (ProjectStore store = ProjectStore.open(folder)) {
            store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.NAMED__NAME, "before checkpoint"));
            store.checkpoint();
            store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.NAMED__NAME, "after checkpoint"));
            store.release();
        }
        List<Path> checkpoints = files(folder, ".atd");
        assertEquals(2, checkpoints.size(), "the previous checkpoint is kept");
        Path newest = checkpoints.get(1);
        try (FileChannel channel = FileChannel.open(newest, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 0}), Files.size(newest) / 2);
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals("after checkpoint", store.project().getName());
            assertTrue(store.recoveryNotes().stream().anyMatch(n -> n.contains("could not be read")),
                    store.recoveryNotes().toString());
        }
    }

    @Test
    void aHalfWrittenCheckpointIsIgnored() throws IOException {
        Path folder = projectWithEdits("kept");
        Files.write(folder.resolve("store/checkpoint-000000000009.atd.tmp"), new byte[] {1, 2, 3});
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals("kept", store.project().getName());
        }
        assertTrue(files(folder, ".tmp").isEmpty());
    }
}
