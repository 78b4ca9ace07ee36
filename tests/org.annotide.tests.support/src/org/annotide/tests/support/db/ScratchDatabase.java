package org.annotide.tests.support.db;

import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.ServerDatabase;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test, made through the server that ANNOTIDE_PG_URL names (a role with
 * CREATEDB) and dropped by {@link #close}. Without the variable the test fails under CI (CI must provide the
 * database) and is skipped, loudly, elsewhere.
 */
public final class ScratchDatabase implements AutoCloseable {

    /** The SQLStates of a refused drop that passes: insufficient privilege (42501), object in use (55006). */
    private static final Set<String> PASSING_REFUSALS = Set.of("42501", "55006");

    private final DatabaseSettings admin;
    private final String name;

    private ScratchDatabase(DatabaseSettings admin, String name) {
        this.admin = admin;
        this.name = name;
    }

    public static ScratchDatabase create(String test) {
        String given = System.getenv("ANNOTIDE_PG_URL");
        if (given == null || given.isBlank()) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                Assertions.fail("ANNOTIDE_PG_URL is not set under CI: .ci/run must start PostgreSQL and export it");
            }
            System.err.println("SKIPPED: " + test + " needs ANNOTIDE_PG_URL (a PostgreSQL role with CREATEDB)");
            Assumptions.abort("ANNOTIDE_PG_URL is not set");
        }
        DatabaseSettings admin = DatabaseSettings.parse(given, null, null, 2);
        String name = "annotide_t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        ScratchDatabase scratch = new ScratchDatabase(admin, name);
        scratch.adminSql("CREATE DATABASE " + name);
        return scratch;
    }

    /** The database's URL as the CLI's --db takes it. */
    public String url() {
        return "postgresql://" + admin.user() + ":" + admin.password() + "@" + admin.host() + ":" + admin.port() + "/"
                + name;
    }

    /** Settings to open the database itself, with a pool of that many connections. */
    public DatabaseSettings settings(int connections) {
        return new DatabaseSettings(admin.url(), admin.host(), admin.port(), name, admin.user(), admin.password(),
                connections);
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /**
     * Drops the database. FORCE ends the test's leftover connections, but PostgreSQL refuses the whole statement
     * while a process the test role may not signal is on the database (an autovacuum worker, after the test's
     * writes: insufficient privilege), or while a process it signalled has not left yet (object in use); either
     * leaves within moments, so the drop is tried again for up to 10 s.
     */
    @Override
    public void close() {
        for (int attempt = 1;; attempt++) {
            try {
                adminSql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (IllegalStateException e) {
                String state = ServerDatabase.sqlState(e);
                if (attempt == 50 || state == null || !PASSING_REFUSALS.contains(state)) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Runs SQL on the administration database (to create, drop, refuse or allow connections to this one). */
    public void adminSql(String statement) {
        try (ServerDatabase server = ServerDatabase.open(admin)) {
            server.call(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(statement);
                }
                return null;
            });
        }
    }
}
