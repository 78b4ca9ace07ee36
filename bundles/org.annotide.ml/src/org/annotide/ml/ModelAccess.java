package org.annotide.ml;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.annotide.core.store.ProjectStore;

/**
 * How the training code reads and changes a project's model from its worker thread. The default holds the
 * store's monitor; the workbench passes one that runs on the UI thread, where its editors change the model.
 */
public interface ModelAccess {

    <T> T call(ProjectStore store, Supplier<T> work);

    default void run(ProjectStore store, Runnable work) {
        call(store, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the work on the executor where the model is changed (the owner thread of a server's mirror, which follows
     * the other users there) and waits for it. Not for work that already runs on that executor: a single owner
     * thread would wait for itself.
     */
    static ModelAccess onOwner(Executor owner) {
        return new ModelAccess() {
            @Override
            public <T> T call(ProjectStore store, Supplier<T> work) {
                try {
                    return CompletableFuture.supplyAsync(work, owner).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the model of " + store.folder(), e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        };
    }

    /** Synchronises on the store object: right for the headless application and tests. */
    static ModelAccess synchronizedOnStore() {
        return new ModelAccess() {
            @Override
            public <T> T call(ProjectStore store, Supplier<T> work) {
                synchronized (store) {
                    return work.get();
                }
            }
        };
    }
}
