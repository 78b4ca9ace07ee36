package org.annotide.server.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.annotide.access.Account;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Project;
import org.annotide.model.Role;
import org.annotide.server.db.ProjectContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of a server on PostgreSQL share: a fresh database and a server fixture, both closed after each
 * test, a project held in the database, and the rows a query returns, as strings.
 */
abstract class DatabaseServerTest {

    @TempDir
    Path temp;
    TestDatabase pg;
    Fixture f;

    @AfterEach
    void stop() {
        try {
            if (f != null) {
                f.close(); // fails the test with what differed from the OpenAPI document
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    /**
     * Holds {@link ProjectContentTest#project ProjectContentTest's} project "shoes" (that many images and annotations
     * on each, polygons of 8 points) in a fresh, migrated database whose one user is the admin (password
     * {@link Fixture#PASSWORD}), imported as the admin; serve it with {@link #serveHeld}.
     */
    ProjectContent holdShoes(int images, int annotationsPerImage) throws IOException {
        return holdShoes(images, annotationsPerImage, null);
    }

    /** As {@link #holdShoes(int, int)}, with {@code change} made to the project's model before it is imported. */
    ProjectContent holdShoes(int images, int annotationsPerImage, Consumer<Project> change) throws IOException {
        pg = TestDatabase.create(getClass().getSimpleName());
        pg.db.migrate();
        pg.db.addUser(new Account("admin", Role.ADMIN), Fixture.PASSWORD.toCharArray());
        ProjectContent content = new ProjectContent(pg.db);
        Path source = ProjectContentTest.project(temp.resolve("source"), images, annotationsPerImage, 8);
        if (change != null) {
            try (ProjectStore store = ProjectStore.open(source)) {
                change.accept(store.project());
                store.commit();
            }
        }
        try (ProjectStore store = ProjectStore.openReadOnly(source)) {
            content.importProject(store, "shoes", "admin");
        }
        return content;
    }

    /**
     * Serves the held "shoes" from a new working copy (each call replaces the last one's, as a restart of the
     * server does), logged in as the admin; what making the copy noted goes to {@code notes}.
     */
    HeldProjectServer serveHeld(List<String> notes) throws Exception {
        return HeldProjectServer.start(pg, "shoes", temp.resolve("copies"), temp.resolve("spool.jsonl"), notes);
    }

    List<List<String>> rows(String sql) {
        return pg.db.call(c -> {
            List<List<String>> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
