package org.annotide.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.annotide.server.db.ServerDatabase;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * With a database: the changes of members, users and sessions as PostgreSQL pushes them (schema V6: triggers that
 * {@code pg_notify} the channel {@value #CHANNEL} at commit, whoever changed the rows: this server, another one on the
 * same database, {@code annotide-cli server members|users}, plain SQL), handed to the {@link MemberWatch}. One
 * connection of its own listens on a thread of its own; it waits in the driver for the next notification, and the
 * notifications that came together are read in one statement.
 * <p>
 * When the connection ends (PostgreSQL restarted, the backend terminated, the network gone) the thread connects
 * again, waiting 100 ms, then twice as long up to 2 s, as long as it takes; once listening again it reads everyone
 * with a socket or session here once, to catch up with what changed while nobody listened.
 */
final class MemberNotifications implements AutoCloseable {

    /** The channel the schema's triggers notify. */
    static final String CHANNEL = "annotide_members";
    /** How long the driver waits for a notification before the connection is checked (a silent peer). */
    private static final int QUIET_CHECK_MILLIS = 15_000;
    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long LONGEST_PAUSE_MILLIS = 2_000;

    private final ServerDatabase db;
    private final MemberWatch watch;
    private final Sessions sessions;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    MemberNotifications(ServerDatabase db, MemberWatch watch, Sessions sessions) {
        this.db = db;
        this.watch = watch;
        this.sessions = sessions;
        this.thread = new Thread(this::listen, "Annotide member notifications");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void listen() {
        long pause = FIRST_PAUSE_MILLIS;
        String lost = null; // the failure already reported, until listening works again
        while (!closed) {
            try (Connection c = db.listeningConnection()) {
                connection = c;
                if (closed) {
                    return;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                watch.changedAll(); // what changed while nobody listened (nothing at the first start: no sockets)
                if (lost != null) {
                    System.err.println("annotide server: listening to the database's member changes again");
                    lost = null;
                }
                pause = FIRST_PAUSE_MILLIS;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(QUIET_CHECK_MILLIS);
                    if (got != null && got.length > 0) {
                        handle(got);
                    } else if (!c.isValid(5)) {
                        throw new SQLException("the listening connection does not answer", "08006");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                String reason = e.getMessage();
                if (lost == null) { // once per outage: a database down for minutes would print every 2 s
                    System.err.println("annotide server: lost the database's member changes (" + reason
                            + "); connecting again, then catching up");
                    lost = reason;
                }
            } finally {
                connection = null;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
    }

    /** The notifications that came together: one reading for all the users they name. */
    private void handle(PGNotification[] notifications) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> revoked = new HashSet<>();
        for (PGNotification notification : notifications) {
            JsonNode change;
            try {
                change = Json.MAPPER.readTree(notification.getParameter());
            } catch (java.io.IOException e) {
                continue; // not written by the schema's triggers: nothing to act on
            }
            if (change.hasNonNull("session")) { // the user's standing is unchanged: a token of theirs ended
                revoked.add(change.get("session").asText());
            } else if (change.hasNonNull("user")) {
                users.add(change.get("user").asText());
            }
        }
        if (!revoked.isEmpty()) { // a user removed with many sessions: one pass over the tokens for all of them
            sessions.forgetRevoked(revoked);
        }
        if (!users.isEmpty()) {
            watch.changed(users);
        }
    }

    /** Stops listening: the connection is cut at once (the thread may be waiting in the driver). */
    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.abort(Runnable::run);
            } catch (SQLException e) {
                // closing: the thread ends at its next wake-up
            }
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
