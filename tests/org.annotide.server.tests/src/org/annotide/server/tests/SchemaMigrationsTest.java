package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.annotide.access.Account;
import org.annotide.model.Role;
import org.annotide.server.db.ServerDatabase;
import org.junit.jupiter.api.Test;

/**
 * The server's schema migrations by Flyway, inside the OSGi framework: the scripts of the server bundle applied in
 * order, each in its own transaction; a changed or a newer schema refused; concurrent starts; a database of the
 * former migrator taken over.
 */
class SchemaMigrationsTest extends DatabaseServerTest {

    private static final List<String> ALL = List.of("V1 users sessions audit jobs", "V2 projects members",
            "V3 project content", "V4 remembered logins", "V5 annotations of project images",
            "V6 member notifications");

    @Test
    void theScriptsBuildTheSchemaOnceInOrder() throws Exception {
        pg = TestDatabase.create();
        assertEquals(0, pg.db.schemaVersion());
        String[] err = new String[1];
        List<String> applied = quietly(err, pg.db::migrate);
        assertEquals(ALL, applied);
        assertEquals("", err[0], "Flyway's progress talk is not printed");
        assertEquals(List.of(), pg.db.migrate(), "a second migration has nothing to do");
        assertEquals(6, pg.db.schemaVersion());
        assertEquals(List.of(List.of("1", "users sessions audit jobs", "V1__users_sessions_audit_jobs.sql", "t"),
                List.of("2", "projects members", "V2__projects_members.sql", "t"),
                List.of("3", "project content", "V3__project_content.sql", "t"),
                List.of("4", "remembered logins", "V4__remembered_logins.sql", "t"),
                List.of("5", "annotations of project images", "V5__annotations_of_project_images.sql", "t"),
                List.of("6", "member notifications", "V6__member_notifications.sql", "t")),
                rows("SELECT version, description, script, success FROM flyway_schema_history ORDER BY installed_rank"));
        for (String table : List.of("users", "sessions", "audit_log", "training_jobs", "training_job_epochs",
                "projects", "project_members", "content_projects", "content_objects", "content_blobs", "content_image_files",
                "content_images", "content_label_classes", "content_annotations")) {
            assertEquals(List.of(List.of("t")), rows("SELECT to_regclass('" + table + "') IS NOT NULL"), table);
        }
    }

    @Test
    void aChangedScriptOrANewerDatabaseIsRefusedAndNothingChanges() throws Exception {
        pg = TestDatabase.create();
        pg.db.migrate();
        pg.sql("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        IllegalStateException changed = assertThrows(IllegalStateException.class, pg.db::migrate);
        assertTrue(changed.getMessage().contains("checksum mismatch for migration version 1"), changed.getMessage());

        pg.sql("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '1'");
        pg.sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) VALUES (7, '7', 'from the future', 'SQL', 'V7__from_the_future.sql', "
                + "0, 'someone', 0, true)");
        IllegalStateException newer = assertThrows(IllegalStateException.class, pg.db::migrate);
        assertEquals("the database schema is at version 7, newer than this Annotide knows (6): use a newer Annotide",
                newer.getMessage());
        assertEquals(List.of(List.of("7")), rows("SELECT count(*) FROM flyway_schema_history"), "nothing changed");
    }

    @Test
    void aDatabaseWithTablesButNoHistoryIsRefused() throws Exception {
        pg = TestDatabase.create();
        pg.sql("CREATE TABLE someone_elses (id integer)");
        IllegalStateException foreign = assertThrows(IllegalStateException.class, pg.db::migrate);
        assertTrue(foreign.getMessage().contains("non-empty schema"), foreign.getMessage());
        assertEquals(List.of(List.of("f")), rows("SELECT to_regclass('users') IS NOT NULL"), "nothing created");
    }

    @Test
    void twoServersStartingTogetherApplyEachScriptOnce() throws Exception {
        pg = TestDatabase.create();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (ServerDatabase other = ServerDatabase.open(pg.settings)) {
            CountDownLatch start = new CountDownLatch(1);
            Future<List<String>> a = threads.submit(() -> {
                start.await();
                return pg.db.migrate();
            });
            Future<List<String>> b = threads.submit(() -> {
                start.await();
                return other.migrate();
            });
            start.countDown();
            List<String> both = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
            both.addAll(b.get(60, TimeUnit.SECONDS));
            both.sort(null);
            assertEquals(ALL, both, "each script applied by exactly one of them");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4"), List.of("5"),
                List.of("6")), rows("SELECT version FROM flyway_schema_history ORDER BY installed_rank"));
    }

    @Test
    void aDatabaseOfTheFormerMigratorIsTakenOverWithoutLoss() throws Exception {
        pg = TestDatabase.create();
        formerMigrator("V1__users_sessions_audit_jobs.sql", "V2__projects_members.sql");
        pg.db.addUser(new Account("alice", Role.ADMIN), "a long password".toCharArray());
        pg.sql("INSERT INTO projects (id, folder) VALUES ('shoes', '/data/shoes')");

        String[] err = new String[1];
        assertEquals(List.of("V3 project content", "V4 remembered logins", "V5 annotations of project images",
                "V6 member notifications"), quietly(err, pg.db::migrate),
                "what came after the former migrator");
        assertTrue(err[0].contains("the schema that the former migrator brought to version 2 (annotide_schema_version) "
                + "is now kept by Flyway (flyway_schema_history), baselined at 2"), err[0]);
        assertEquals(6, pg.db.schemaVersion());
        assertEquals(List.of(List.of("2", "BASELINE"), List.of("3", "SQL"), List.of("4", "SQL"), List.of("5", "SQL"),
                List.of("6", "SQL")), rows("SELECT version, type FROM flyway_schema_history ORDER BY installed_rank"));
        assertEquals(List.of("alice"), pg.db.users().stream().map(Account::login).toList());
        assertEquals(List.of(List.of("shoes", "/data/shoes")), rows("SELECT id, folder FROM projects"));
        assertEquals(List.of(List.of("2")), rows("SELECT count(*) FROM annotide_schema_version"), "kept as a record");

        assertEquals(List.of(), quietly(err, pg.db::migrate));
        assertEquals("", err[0], "taken over once");
    }

    @Test
    void aFailingScriptIsRolledBackAndTheOnesBeforeItStay() throws Exception {
        pg = TestDatabase.create();
        formerMigrator("V1__users_sessions_audit_jobs.sql");
        // V2 creates projects, then project_members: a table of that name in the way fails it halfway
        pg.sql("CREATE TABLE project_members (in_the_way integer)");

        IllegalStateException failed = assertThrows(IllegalStateException.class, pg.db::migrate);
        assertTrue(failed.getMessage().contains("V2__projects_members.sql"), failed.getMessage());
        assertEquals(List.of(List.of("f")), rows("SELECT to_regclass('projects') IS NOT NULL"), "V2 rolled back whole");
        assertEquals(1, pg.db.schemaVersion());

        pg.sql("DROP TABLE project_members");
        assertEquals(List.of("V2 projects members", "V3 project content", "V4 remembered logins",
                "V5 annotations of project images", "V6 member notifications"), pg.db.migrate());
        assertEquals(List.of(List.of("1", "BASELINE"), List.of("2", "SQL"), List.of("3", "SQL"), List.of("4", "SQL"),
                List.of("5", "SQL"), List.of("6", "SQL")),
                rows("SELECT version, type FROM flyway_schema_history WHERE success ORDER BY installed_rank"));
    }

    /** The state the server's migrator before Flyway left: the scripts run, and its own table of versions. */
    private void formerMigrator(String... scripts) throws IOException {
        pg.sql("CREATE TABLE annotide_schema_version (version integer PRIMARY KEY, description text NOT NULL, "
                + "checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), "
                + "applied_by text NOT NULL DEFAULT current_user)");
        int version = 0;
        for (String script : scripts) {
            try (InputStream in = SchemaMigrationsTest.class.getResourceAsStream("/db/migration/" + script)) {
                pg.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            version++;
            pg.sql("INSERT INTO annotide_schema_version (version, description, checksum) VALUES (" + version + ", '"
                    + script + "', 'sha-256 of the script')");
        }
    }

    /** Runs work with stderr captured into err[0]. */
    private static <T> T quietly(String[] err, Supplier<T> work) {
        PrintStream previous = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return work.get();
        } finally {
            System.setErr(previous);
            err[0] = buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
