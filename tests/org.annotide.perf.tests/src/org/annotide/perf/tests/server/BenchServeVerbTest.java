package org.annotide.perf.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annotide.headless.CliVerb;
import org.annotide.perf.internal.server.WrkLoad;
import org.annotide.perf.tests.Cli;
import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.ServerDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@code bench serve} prints its figures and the machine's load, with no errors, on the embedded store and (where
 * ANNOTIDE_PG_URL names a PostgreSQL) with {@code --db}, after which the database holds no trace of the bench. Figures
 * are printed, never asserted. ANNOTIDE_BENCH_SERVE (e.g. "--clients 8 --seconds 8 --write-seconds 3") replaces the
 * short default run, to measure; ANNOTIDE_BENCH_SOAK (e.g. "--clients 50 --soak-seconds 600") the 3 s soak of 6 clients.
 */
class BenchServeVerbTest {

    private static List<String> arguments(String... more) {
        List<String> args = new ArrayList<>(List.of("bench", "serve"));
        String given = System.getenv("ANNOTIDE_BENCH_SERVE");
        if (given == null || given.isBlank()) {
            args.addAll(List.of("--clients", "2", "--seconds", "1", "--write-seconds", "1", "--annotations", "60"));
        } else {
            args.addAll(Arrays.asList(given.trim().split("\\s+")));
        }
        args.addAll(List.of(more));
        return args;
    }

    private static void assertFigures(Cli cli, String writes) {
        System.out.print(cli.out);
        assertEquals(CliVerb.OK, cli.exitCode, cli.err + cli.out);
        for (String figure : List.of("load_before", "get_requests_per_s", "get_p50_ms", "get_p99_ms",
                writes + "post_requests_per_s", writes + "post_p99_ms", "load_after")) {
            assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH " + figure + " [0-9.]+ .*")), figure + ":\n" + cli.out);
        }
        assertTrue(cli.out.contains("BENCH errors 0 count"), cli.out);
    }

    @Test
    void onTheEmbeddedStore() {
        assertFigures(Cli.run(arguments().toArray(String[]::new)), "");
    }

    @Test
    void aShortSoakOfMixedReadsAndWrites() {
        String given = System.getenv("ANNOTIDE_BENCH_SOAK"); // e.g. "--clients 50 --soak-seconds 600", to measure
        String clients = "6";
        List<String> args = new ArrayList<>(List.of("bench", "serve", "--seconds", "1", "--write-seconds", "0",
                "--annotations", "60"));
        if (given == null || given.isBlank()) {
            args.addAll(List.of("--clients", clients, "--soak-seconds", "3"));
        } else {
            args.addAll(Arrays.asList(given.trim().split("\\s+")));
            clients = args.get(args.indexOf("--clients") + 1);
        }
        Cli cli = Cli.run(args.toArray(String[]::new));
        System.out.print(cli.out);
        assertEquals(CliVerb.OK, cli.exitCode, cli.err + cli.out);
        assertTrue(cli.out.contains("BENCH soak_errors 0 count"), cli.out);
        assertTrue(cli.out.contains("BENCH soak_clients " + clients + " count"), cli.out);
        for (String figure : List.of("soak_requests_per_s", "soak_heap_first_mb", "soak_heap_last_mb", "soak_heap_max_mb")) {
            assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH " + figure + " [0-9.]+ .*")), figure + ":\n" + cli.out);
        }
    }

    /** wrk is installed by ./dev setup (and so in CI); the GETs then come from its own process. */
    @Test
    void withWrk() {
        assertTrue(WrkLoad.installed(), "wrk is not on the PATH: apt-get install wrk (./dev setup does)");
        assertFigures(Cli.run(arguments("--client", "wrk").toArray(String[]::new)), "");
    }

    @Test
    void withJavaNetHttpClients() {
        assertFigures(Cli.run(arguments("--client", "java").toArray(String[]::new)), "");
    }

    @Test
    void onPostgresqlLeavingNoTrace() {
        String url = System.getenv("ANNOTIDE_PG_URL");
        if (url == null || url.isBlank()) {
            System.err.println("SKIPPED: bench serve --db needs ANNOTIDE_PG_URL");
            return;
        }
        DatabaseSettings admin = DatabaseSettings.parse(url, null, null, 1);
        String name = "annotide_t_bench_" + Long.toHexString(System.nanoTime());
        sql(admin, "CREATE DATABASE " + name);
        try {
            String fresh = "postgresql://" + admin.user() + ":" + admin.password() + "@" + admin.host() + ":"
                    + admin.port() + "/" + name;
            Cli cli = Cli.run(arguments("--db", fresh).toArray(String[]::new));
            assertFigures(cli, "pg_");
            assertTrue(cli.out.lines().anyMatch(line -> line.matches("BENCH ws_fanout_ms [0-9.]+ ms")), cli.out);
            assertTrue(cli.out.contains("BENCH ws_clients 100 count"), cli.out);
            assertNoTrace(DatabaseSettings.parse(fresh, null, null, 1));
        } finally {
            sql(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void sql(DatabaseSettings settings, String statement) {
        try (ServerDatabase db = ServerDatabase.open(settings)) {
            db.call(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(statement);
                }
                return null;
            });
        }
    }

    private static void assertNoTrace(DatabaseSettings settings) {
        try (ServerDatabase db = ServerDatabase.open(settings)) {
            long left = db.call(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT (SELECT count(*) FROM users WHERE username LIKE 'bench-%') "
                                + "+ (SELECT count(*) FROM audit_log WHERE username LIKE 'bench-%') "
                                + "+ (SELECT count(*) FROM projects WHERE folder LIKE '%annotide-bench-serve%') "
                                + "+ (SELECT count(*) FROM training_jobs)")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertEquals(0, left, "the bench's user, audit rows and hosted project are removed");
        }
    }
}
