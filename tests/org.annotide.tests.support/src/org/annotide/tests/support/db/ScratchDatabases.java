package org.annotide.tests.support.db;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link ScratchDatabase}s of a test, dropped after it (after its own {@code @AfterEach} methods, which stop the
 * servers on them). Register it on a field, {@code @RegisterExtension final ScratchDatabases databases = new
 * ScratchDatabases();}, and call {@link #create()} in the tests that need PostgreSQL: the class's other tests run
 * without it.
 */
public final class ScratchDatabases implements BeforeEachCallback, AfterEachCallback {

    private final List<ScratchDatabase> created = new ArrayList<>();
    private String test = "a test";

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    }

    /** A fresh database for this test (skipped, or failed under CI, without ANNOTIDE_PG_URL). */
    public ScratchDatabase create() {
        ScratchDatabase database = ScratchDatabase.create(test);
        created.add(database);
        return database;
    }

    /** Drops every database of the test, the last made first; a failure to drop one does not keep the others. */
    @Override
    public void afterEach(ExtensionContext context) {
        RuntimeException failure = null;
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                created.get(i).close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        created.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
