package org.annotide.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.annotide.access.Account;
import org.annotide.access.AuthenticationException;
import org.annotide.access.Passwords;
import org.annotide.access.UserDirectory;
import org.annotide.model.Role;
import org.annotide.server.internal.SchemaMigrations;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The team server's PostgreSQL database: a HikariCP pool over the PostgreSQL JDBC driver, the schema migrations
 * ({@link #migrate()}, by Flyway), and the users who may log in to the server. Requests wait at most a few seconds
 * for a connection; a database that is down gives {@link DatabaseUnavailableException} (the server answers 503) and
 * the pool reconnects by itself once it is back.
 */
public final class ServerDatabase implements AutoCloseable {

    /** Work on one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DatabaseSettings settings;
    private final HikariDataSource pool;

    private ServerDatabase(DatabaseSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /**
     * Connects (one connection is opened at once, so a wrong address or password fails here with a clear message).
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or refuses the login
     */
    public static ServerDatabase open(DatabaseSettings settings) {
        PGSimpleDataSource pg = dataSource(settings, "annotide-server");
        pg.setReWriteBatchedInserts(true); // a batch of inserts goes as multi-row statements (project import)
        HikariConfig config = new HikariConfig();
        config.setDataSource(pg);
        config.setPoolName("annotide-db");
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(true);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ServerDatabase.class.getClassLoader());
        try {
            return new ServerDatabase(settings, new HikariDataSource(config));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw new DatabaseUnavailableException("cannot connect to the database " + settings.describe() + ": "
                    + cause.getMessage() + " (is PostgreSQL running there, and do the user and password fit?)", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static PGSimpleDataSource dataSource(DatabaseSettings settings, String applicationName) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[] {settings.host()});
        pg.setPortNumbers(new int[] {settings.port()});
        pg.setDatabaseName(settings.database());
        if (settings.user() != null) {
            pg.setUser(settings.user());
        }
        if (settings.password() != null) {
            pg.setPassword(settings.password());
        }
        pg.setConnectTimeout(5);
        pg.setApplicationName(applicationName);
        return pg;
    }

    /** The application name of the server's listening connection, as {@code pg_stat_activity} shows it. */
    public static final String LISTENER_NAME = "annotide-server-listener";

    /**
     * A connection of its own, outside the pool, for a caller that holds it as long as it listens ({@code LISTEN}):
     * a pooled one would be taken from the requests for good, and the pool would close it as idle. TCP keep-alive is
     * on, so that a peer that vanished without closing ends the connection too. The caller closes it.
     *
     * @throws SQLException when the database cannot be reached
     */
    public Connection listeningConnection() throws SQLException {
        PGSimpleDataSource pg = dataSource(settings, LISTENER_NAME);
        pg.setTcpKeepAlive(true);
        return pg.getConnection();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The pool, for the server's own tables. */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Brings the schema to the newest version; returns the migrations applied now (empty when current).
     *
     * @throws DatabaseUnavailableException when the database cannot be reached
     * @throws IllegalStateException        when the schema cannot be migrated (a changed script, a newer database)
     */
    public List<String> migrate() {
        return new SchemaMigrations(this).migrate();
    }

    /** The schema version of the database (0: empty). */
    public int schemaVersion() {
        return new SchemaMigrations(this).version();
    }

    /**
     * Runs work on a pooled connection (auto-commit unless the work says otherwise).
     *
     * @throws DatabaseUnavailableException when the database cannot be reached
     * @throws IllegalStateException        for any other database error (with its message)
     */
    public <T> T call(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(SqlWork<T> work) {
        return call(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is gone: nothing was committed
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /**
     * A database error as the server reports it: unreachable (503) or any other failure. Either keeps the
     * SQLException as its cause, so that a caller can tell one failure from another by {@link #sqlState}.
     */
    public RuntimeException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof SQLTransientConnectionException || state.startsWith("08") || state.startsWith("57P")
                || state.equals("53300")) {
            return new DatabaseUnavailableException("the database " + settings.describe() + " is unreachable: "
                    + e.getMessage(), e);
        }
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }

    /**
     * The SQLState of the first SQLException among a failure's causes (e.g. "42501": insufficient privilege), or
     * null when no database error caused it. PostgreSQL's words change with its version and locale; its states do
     * not.
     */
    public static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ users

    /** Adds a user; refuses a name that exists. */
    public Account addUser(Account account, char[] password) {
        String hash = password == null ? null : Passwords.hash(password);
        return call(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO users (username, display_name, role, password_hash) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING")) {
                p.setString(1, account.login());
                p.setString(2, account.displayName());
                p.setString(3, roleText(account.role()));
                p.setString(4, hash);
                if (p.executeUpdate() == 0) {
                    throw new IllegalArgumentException("there is already a user '" + account.login() + "'");
                }
            }
            return account;
        });
    }

    /** Removes a user and their sessions; refuses to remove the last admin. */
    public void removeUser(String login) {
        transaction(c -> {
            Account account = find(c, login);
            if (account == null) {
                throw new IllegalArgumentException("there is no user '" + login + "'");
            }
            if (account.role() == Role.ADMIN) {
                try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM users WHERE role = 'admin'")) {
                    ResultSet r = p.executeQuery();
                    r.next();
                    if (r.getInt(1) <= 1) {
                        throw new IllegalArgumentException(login + " is the last admin and cannot be removed");
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM users WHERE username = ?")) {
                p.setString(1, login);
                p.executeUpdate();
            }
            return null;
        });
    }

    public List<Account> users() {
        return call(c -> {
            List<Account> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT username, display_name, role FROM users ORDER BY username");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Account(r.getString(1), r.getString(2), UserDirectory.parseRole(r.getString(3))));
                }
            }
            return list;
        });
    }

    /**
     * Checks a login and password; as slow for an unknown login as for a known one.
     *
     * @throws AuthenticationException "wrong login or password"
     */
    public Account authenticate(String login, char[] password) throws AuthenticationException {
        String[] row = call(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT username, display_name, role, password_hash FROM users WHERE username = ?")) {
                p.setString(1, login);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)} : null;
                }
            }
        });
        if (!Passwords.verify(password, row == null ? null : row[3]) || row == null) {
            throw new AuthenticationException("wrong login or password");
        }
        return new Account(row[0], row[1], UserDirectory.parseRole(row[2]));
    }

    private static Account find(Connection c, String login) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT username, display_name, role FROM users WHERE username = ?")) {
            p.setString(1, login);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new Account(r.getString(1), r.getString(2), UserDirectory.parseRole(r.getString(3))) : null;
            }
        }
    }

    static String roleText(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case TEAM_MANAGER -> "manager";
            case ANNOTATOR -> "annotator";
        };
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return settings.describe();
    }
}
