package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.AnnotidePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only project folder: a clear error, nothing touched; reading it still works. */
class ReadOnlyFolderTest {

    @TempDir
    Path temp;

    @Test
    void openingForWritingIsRefusedAndNothingChanges() throws Exception {
        Path folder = temp.resolve("p");
        ProjectStore.create(folder, RichModel.build()).close();
        try (ProjectStore store = ProjectStore.open(folder)) {
            store.commandStack().execute(SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.NAMED__NAME, "journaled"));
            store.release();
        }
        Map<String, String> before = digests(folder);
        boolean immutable = makeReadOnly(folder);
        try {
            StoreException error = assertThrows(StoreException.class, () -> ProjectStore.open(folder));
            assertTrue(error.getMessage().contains("read-only"), error.getMessage());
            try (ProjectStore store = ProjectStore.openReadOnly(folder)) {
                assertEquals("journaled", store.project().getName());
            }
        } finally {
            makeWritable(folder, immutable);
        }
        assertEquals(before, digests(folder), "a read-only folder must not be touched");
    }

    /** chmod does not stop root; the immutable attribute does. */
    private static boolean makeReadOnly(Path folder) throws IOException, InterruptedException {
        if ("root".equals(System.getProperty("user.name")) && FullDiskTest.run("chattr", "-R", "+i", folder.toString())) {
            return true;
        }
        assertTrue(FullDiskTest.run("chmod", "-R", "a-w", folder.toString()));
        return false;
    }

    private static void makeWritable(Path folder, boolean immutable) throws IOException, InterruptedException {
        if (immutable) {
            FullDiskTest.run("chattr", "-R", "-i", folder.toString());
        }
        FullDiskTest.run("chmod", "-R", "u+w", folder.toString());
    }

    private static Map<String, String> digests(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                digests.put(folder.relativize(file).toString(), HexFormat.of().formatHex(hash));
            }
        }
        return digests;
    }
}
