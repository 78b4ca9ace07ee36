package org.annotide.server.tests;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of a server on PostgreSQL share: a fresh database and a server fixture, both closed after each
 * test, and the rows a query returns, as strings.
 */
abstract class DatabaseServerTest {

    @TempDir
    Path temp;
    TestDatabase pg;
    Fixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
        if (pg != null) {
            pg.close();
        }
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
