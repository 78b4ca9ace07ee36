package org.annotide.server.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.annotide.server.db.DatabaseUnavailableException;
import org.annotide.server.db.ServerDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.logging.LogFactory;
import org.osgi.framework.FrameworkUtil;

/**
 * The server's schema, kept by Flyway: versioned scripts {@code db/migration/V<n>__<what>.sql} in this bundle,
 * applied in order, each in its own transaction, and recorded in {@code flyway_schema_history} with a checksum.
 * Flyway's PostgreSQL lock makes concurrent starts wait for each other. An applied script whose text changed, or a
 * database newer than this code (Flyway would ignore such "future" migrations by default; here they fail
 * validation), is refused with a message and nothing is changed. A database migrated by the server's former
 * migrator ({@value #FORMER_TABLE}) is baselined at its version, once.
 */
public final class SchemaMigrations {

    /** The table of the migrator the server had before Flyway; left as it was, as a record. */
    static final String FORMER_TABLE = "annotide_schema_version";

    static {
        // Flyway logs through this when told "console"; the library bundle imports no logging API
        LogFactory.setFallbackLogCreator(new FlywayLog());
    }

    private final ServerDatabase database;

    public SchemaMigrations(ServerDatabase database) {
        this.database = database;
    }

    /**
     * Brings the schema to the newest version.
     *
     * @return the migrations applied now ("V1 users sessions audit jobs"), empty when it was current
     * @throws DatabaseUnavailableException when the database cannot be reached
     * @throws IllegalStateException        when Flyway refuses (a changed script, a newer database, a failed script)
     */
    public List<String> migrate() {
        int former = formerVersion();
        Flyway flyway = flyway(former);
        try {
            refuseNewer(flyway.info());
            List<String> applied = flyway.migrate().migrations.stream()
                    .map(m -> "V" + m.version + " " + m.description).toList();
            if (former > 0) {
                System.err.println("annotide server: the schema that the former migrator brought to version " + former
                        + " (" + FORMER_TABLE + ") is now kept by Flyway (flyway_schema_history), baselined at " + former);
            }
            return applied;
        } catch (FlywayException e) {
            throw failure(e);
        }
    }

    /** The version the database is at: 0 for an empty one. */
    public int version() {
        try {
            MigrationInfo current = flyway(0).info().current();
            return current == null || current.getVersion() == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        } catch (FlywayException e) {
            throw failure(e);
        }
    }

    /** Flyway on the server's scripts; with a baseline (the former migrator's version), the first migration starts there. */
    private Flyway flyway(int baseline) {
        FluentConfiguration configuration = Flyway.configure(Flyway.class.getClassLoader()) // sees the PostgreSQL plug-in
                .dataSource(database.dataSource())
                .loggers("console") // FlywayLog, set as the fallback above
                .resourceProvider(new BundleScripts(FrameworkUtil.getBundle(SchemaMigrations.class)))
                .javaMigrationClassProvider(List::of) // SQL scripts only: nothing to scan for
                .validateMigrationNaming(true)
                .ignoreMigrationPatterns(new String[0]); // nothing ignored: a newer or a missing applied migration is refused
        if (baseline > 0) {
            configuration.baselineOnMigrate(true).baselineVersion(Integer.toString(baseline))
                    .baselineDescription("taken over from " + FORMER_TABLE);
        }
        return configuration.load();
    }

    /** The version the former migrator left, when Flyway has not taken the database over yet; else 0. */
    private int formerVersion() {
        return database.call(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT to_regclass('" + FORMER_TABLE + "') IS NOT NULL "
                            + "AND to_regclass('flyway_schema_history') IS NULL")) {
                r.next();
                if (!r.getBoolean(1)) {
                    return 0;
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM " + FORMER_TABLE)) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    /** A clearer message than validation's "applied migration not resolved locally" for the common case. */
    private static void refuseNewer(MigrationInfoService info) {
        MigrationInfo current = info.current();
        MigrationInfo latest = Arrays.stream(info.all()).filter(m -> m.getState().isResolved())
                .reduce((a, b) -> b).orElse(null);
        if (current != null && latest != null && current.getVersion().compareTo(latest.getVersion()) > 0) {
            throw new IllegalStateException("the database schema is at version " + current.getVersion()
                    + ", newer than this Annotide knows (" + latest.getVersion() + "): use a newer Annotide");
        }
    }

    /** Unreachable when a connection failed (the server answers 503), else Flyway's refusal or error as it says it. */
    private RuntimeException failure(FlywayException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && database.translate(sql) instanceof DatabaseUnavailableException down) {
                return down;
            }
        }
        return new IllegalStateException("the database schema cannot be migrated: " + e.getMessage(), e);
    }
}
