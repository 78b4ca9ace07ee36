package org.annotide.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ModelAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways training code reaches a model that another thread changes. */
class ModelAccessTest {

    @TempDir
    Path temp;

    @Test
    void onOwnerRunsTheWorkOnTheOwnerThreadAndPassesItsFailureOnUnchanged() throws Exception {
        ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "the model's owner"));
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            ModelAccess access = ModelAccess.onOwner(owner);
            assertEquals("the model's owner", access.call(store, () -> Thread.currentThread().getName()));
            IllegalArgumentException refused = new IllegalArgumentException("refused");
            assertSame(refused, assertThrows(IllegalArgumentException.class, () -> access.run(store, () -> {
                throw refused;
            })));
        } finally {
            owner.shutdown();
        }
    }
}
