package org.annotide.server.tests;

import java.sql.Statement;

import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.ServerDatabase;
import org.annotide.tests.support.db.ScratchDatabase;

/**
 * A fresh PostgreSQL database for one test ({@link ScratchDatabase}: made through the server that ANNOTIDE_PG_URL
 * names, dropped afterwards), opened with a pool of four connections.
 */
final class TestDatabase implements AutoCloseable {

    final DatabaseSettings settings;
    final ServerDatabase db;
    private final ScratchDatabase scratch;

    private TestDatabase(ScratchDatabase scratch) {
        this.scratch = scratch;
        this.settings = scratch.settings(4);
        this.db = ServerDatabase.open(settings);
    }

    static TestDatabase create() {
        return create(callingTest());
    }

    /** For a helper that creates it on a test's behalf: the test's name, for the message of a skip. */
    static TestDatabase create(String test) {
        return new TestDatabase(ScratchDatabase.create(test));
    }

    private static String callingTest() {
        return StackWalker.getInstance().walk(frames -> frames.skip(2).findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)).orElse("a server test"));
    }

    /** Runs SQL on this test's database as the test role. */
    void sql(String statement) {
        db.call(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(statement);
            }
            return null;
        });
    }

    /** Runs SQL on the administration database (to refuse or allow connections to this one). */
    void adminSql(String statement) {
        scratch.adminSql(statement);
    }

    /**
     * Cuts the server's open connections to this database. Only client backends: an autovacuum worker busy on the
     * database is a superuser process the test role may not signal (PostgreSQL refuses the whole statement then),
     * and it serves no request anyway.
     */
    void cutClientConnections() {
        adminSql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name()
                + "' AND backend_type = 'client backend'");
    }

    String name() {
        return scratch.name();
    }

    @Override
    public void close() {
        db.close();
        scratch.close();
    }
}
