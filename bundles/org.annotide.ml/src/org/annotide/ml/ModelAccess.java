package org.annotide.ml;

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
