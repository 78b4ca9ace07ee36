package org.annotide.server.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that serves a project of its own: it makes {@link #f} in {@link #temp} (with the settings it needs), and the
 * fixture is closed after the test, which aborts the test's sockets and fails the test with whatever the server sent
 * that differs from its OpenAPI document.
 */
abstract class ServedProjectTest {

    @TempDir
    Path temp;
    Fixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }
}
