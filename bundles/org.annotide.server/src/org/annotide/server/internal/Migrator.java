package org.annotide.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered SQL migrations of the server's schema, as Flyway keeps them: scripts {@code db/migration/V<n>__<what>.sql}
 * in this bundle, applied in order, each in its own transaction (PostgreSQL's DDL is transactional) together with
 * its row in {@code annotide_schema_version} (version, description, SHA-256 of the script, when, by whom). A
 * transaction-level advisory lock makes concurrent starts wait for each other. An applied script whose text changed,
 * or a database newer than this code, is refused with a message; nothing is changed then.
 */
public final class Migrator {

    /** The scripts, oldest first. A new one is appended here and added to db/migration. */
    public static final List<String> SCRIPTS = List.of("V1__users_sessions_audit_jobs.sql", "V2__projects_members.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final long LOCK_KEY = 0x616e6e6f74696465L; // "annotide"

    record Script(int version, String description, String sql, String checksum) {
    }

    private Migrator() {
    }

    static List<Script> scripts() {
        List<Script> list = new ArrayList<>();
        for (String name : SCRIPTS) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("migration '" + name + "' is not named V<n>__<description>.sql");
            }
            String sql;
            try (InputStream in = Migrator.class.getResourceAsStream("/db/migration/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("migration " + name + " is missing from the server bundle");
                }
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("migration " + name + " cannot be read: " + e.getMessage(), e);
            }
            int version = Integer.parseInt(m.group(1));
            if (version != list.size() + 1) {
                throw new IllegalStateException("migration " + name + " is out of order (expected V" + (list.size() + 1) + ")");
            }
            list.add(new Script(version, m.group(2).replace('_', ' '), sql, sha256(sql)));
        }
        return list;
    }

    /** The newest version the scripts reach. */
    public static int latest() {
        return SCRIPTS.size();
    }

    /**
     * Brings the schema to the newest version.
     *
     * @return the descriptions of the scripts applied now ("V1 users sessions audit jobs"), empty when it was current
     */
    public static List<String> migrate(Connection c) throws SQLException {
        List<Script> scripts = scripts();
        List<String> applied = new ArrayList<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                s.execute("CREATE TABLE IF NOT EXISTS annotide_schema_version (version integer PRIMARY KEY, "
                        + "description text NOT NULL, checksum text NOT NULL, "
                        + "applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT current_user)");
            }
            Map<Integer, String> done = appliedChecksums(c);
            for (Map.Entry<Integer, String> e : done.entrySet()) {
                if (e.getKey() > scripts.size()) {
                    throw new SQLException("the database schema is at version " + done.keySet().stream().max(Integer::compare).orElseThrow()
                            + ", newer than this Annotide knows (" + scripts.size() + "): use a newer Annotide", "55000");
                }
                Script script = scripts.get(e.getKey() - 1);
                if (!script.checksum().equals(e.getValue())) {
                    throw new SQLException("migration V" + script.version() + " (" + script.description()
                            + ") differs from the one applied to this database; refusing to go on", "55000");
                }
            }
            c.commit();
            for (Script script : scripts) {
                if (done.containsKey(script.version())) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                }
                if (appliedChecksums(c).containsKey(script.version())) { // another server got there first
                    c.commit();
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    s.execute(script.sql());
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO annotide_schema_version (version, description, checksum) VALUES (?, ?, ?)")) {
                    p.setInt(1, script.version());
                    p.setString(2, script.description());
                    p.setString(3, script.checksum());
                    p.executeUpdate();
                }
                c.commit();
                applied.add("V" + script.version() + " " + script.description());
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return applied;
    }

    /** The version the database is at: 0 for an empty one. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT to_regclass('annotide_schema_version') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return 0;
            }
        }
        return appliedChecksums(c).keySet().stream().max(Integer::compare).orElse(0);
    }

    private static Map<Integer, String> appliedChecksums(Connection c) throws SQLException {
        Map<Integer, String> map = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version, checksum FROM annotide_schema_version ORDER BY version")) {
            while (r.next()) {
                map.put(r.getInt(1), r.getString(2));
            }
        }
        return map;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
