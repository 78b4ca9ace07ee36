package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.annotide.access.Account;
import org.annotide.access.UserDirectory;
import org.annotide.model.Role;
import org.annotide.server.db.ServerDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A role changed while its user follows a project socket is pushed to that user's sockets, and only theirs, from
 * wherever it was made: with a database by PostgreSQL's notifications (a second connection's plain SQL here, not the
 * server), also after the server's listening connection was killed (it connects again and catches up with what it
 * missed meanwhile); without one, through the users file that {@code annotide-cli users} writes. No test waits for a
 * timer of the server's: nothing polls.
 */
class LiveRoleChangesTest {

    @TempDir
    Path temp;
    TestDatabase pg;
    ServerDatabase other;
    Fixture f;
    final List<WebSocket> sockets = new ArrayList<>();

    @AfterEach
    void stop() {
        sockets.forEach(WebSocket::abort);
        try {
            if (f != null) {
                f.close(); // fails the test with what differed from the OpenAPI document
            }
        } finally {
            if (other != null) {
                other.close();
            }
            if (pg != null) {
                pg.close();
            }
        }
    }

    /** The messages of one socket, as they arrive, with the time each arrived. */
    static final class Heard implements WebSocket.Listener {
        final List<JsonNode> messages = Collections.synchronizedList(new ArrayList<>());
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        volatile int closedWith;
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = Fixture.JSON.readTree(partial.toString());
                    synchronized (messages) {
                        nanos.add(System.nanoTime());
                        messages.add(message);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            closedWith = status;
            return null;
        }

        /** The types of the messages after "connected". */
        List<String> types() {
            synchronized (messages) {
                return messages.stream().skip(1).map(m -> m.get("type").asText()).toList();
            }
        }

        /** Waits up to {@code millis} for the {@code n}-th message after "connected"; returns when it arrived. */
        long await(int n, long millis) throws InterruptedException {
            long until = System.nanoTime() + millis * 1_000_000L;
            while (messages.size() <= n && System.nanoTime() < until) {
                Thread.sleep(2);
            }
            assertTrue(messages.size() > n, "message " + n + " within " + millis + " ms; heard " + types());
            return nanos.get(n);
        }
    }

    private Heard listen(String token) throws Exception {
        Heard heard = new Heard();
        sockets.add(f.socket("/api/v1/projects/" + f.projectId + "/ws?token=" + token, heard).join());
        long until = System.nanoTime() + 5_000_000_000L;
        while (heard.messages.isEmpty() && System.nanoTime() < until) { // "connected": the listener is registered
            Thread.onSpinWait();
        }
        assertEquals("connected", heard.messages.get(0).get("type").asText());
        return heard;
    }

    private void startWithDatabase() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        other = ServerDatabase.open(pg.settings); // connections of its own: the server takes no part in the change
    }

    private void otherSql(String statement) {
        other.call(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                return s.executeUpdate(statement);
            }
        });
    }

    /** The role GET of the project says the token's user holds there. */
    private String roleInProject(String token) throws Exception {
        Fixture.Answer answer = f.call("GET", "/api/v1/projects/" + f.projectId, token, null);
        assertEquals(200, answer.status(), answer.toString());
        return answer.json().get("role").asText();
    }

    /** The process id of the server's listening connection, once there is one (it connects on a thread of its own). */
    private int listenerPid() throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            Integer pid = other.call(c -> {
                try (java.sql.PreparedStatement p = c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = "
                        + "current_database() AND application_name = ? AND query ILIKE 'LISTEN%'")) {
                    p.setString(1, ServerDatabase.LISTENER_NAME);
                    try (java.sql.ResultSet r = p.executeQuery()) {
                        return r.next() ? r.getInt(1) : null;
                    }
                }
            });
            if (pid != null) {
                return pid;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server never listened");
    }

    @Test
    void aRoleChangedBySqlOnAnotherConnectionReachesOnlyThatUsersSocketAtOnce() throws Exception {
        startWithDatabase();
        String ann = f.login("ann");
        Heard toAnn = listen(ann);
        Heard toManager = listen(f.login("manager"));
        listenerPid();
        assertEquals("Annotator", roleInProject(ann));

        long before = System.nanoTime();
        otherSql("UPDATE project_members SET role = 'manager' WHERE username = 'ann'");
        long committed = System.nanoTime();
        long arrived = toAnn.await(1, 5_000);
        System.out.println("ROLE CHANGE pushed to the socket in " + (arrived - before) / 1_000_000 + " ms ("
                + (arrived - committed) / 1_000_000 + " ms after the UPDATE returned)");
        assertEquals("role_changed", toAnn.types().get(0));
        assertEquals(Account.roleName(Role.TEAM_MANAGER), toAnn.messages.get(1).get("role").asText());
        assertEquals(Account.roleName(Role.TEAM_MANAGER), roleInProject(ann), "her requests act with it at once");

        // her server-wide role alone changes: nothing she acts with here, nothing said
        otherSql("UPDATE users SET role = 'manager' WHERE username = 'ann'");
        otherSql("DELETE FROM project_members WHERE username = 'ann'");
        toAnn.await(2, 5_000);
        assertEquals(List.of("role_changed", "membership_ended"), toAnn.types());
        long until = System.nanoTime() + 5_000_000_000L;
        while (toAnn.closedWith == 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(1008, toAnn.closedWith, "her socket is closed");
        assertEquals(404, f.call("GET", "/api/v1/projects/" + f.projectId, ann, null).status());
        assertEquals(List.of(), toManager.types(), "nobody else is told");
    }

    @Test
    void theWatchConnectsAgainAfterItsConnectionIsKilledAndCatchesUpWithWhatItMissed() throws Exception {
        startWithDatabase();
        String ann = f.login("ann");
        Heard toAnn = listen(ann);
        int first = listenerPid();

        // the listener killed, and kept out while her role changes: nothing reads it meanwhile
        pg.adminSql("ALTER DATABASE " + pg.name() + " ALLOW_CONNECTIONS false");
        try {
            pg.adminSql("SELECT pg_terminate_backend(" + first + ")");
            otherSql("UPDATE project_members SET role = 'manager' WHERE username = 'ann'");
            Thread.sleep(1_000);
            assertEquals(List.of(), toAnn.types(), "no notification, and no polling");
        } finally {
            pg.adminSql("ALTER DATABASE " + pg.name() + " ALLOW_CONNECTIONS true");
        }
        toAnn.await(1, 10_000); // connected again: it reads what it missed
        assertEquals("role_changed", toAnn.types().get(0));
        assertEquals(Account.roleName(Role.TEAM_MANAGER), toAnn.messages.get(1).get("role").asText());
        assertNotEquals(first, listenerPid(), "a new connection listens");

        // and listens on: the next change is pushed again
        long before = System.nanoTime();
        otherSql("UPDATE project_members SET role = 'annotator' WHERE username = 'ann'");
        long committed = System.nanoTime();
        long arrived = toAnn.await(2, 5_000);
        System.out.println("ROLE CHANGE after reconnecting pushed in " + (arrived - before) / 1_000_000 + " ms ("
                + (arrived - committed) / 1_000_000 + " ms after the UPDATE returned)");
        assertEquals(Account.roleName(Role.ANNOTATOR), toAnn.messages.get(2).get("role").asText());
        assertEquals(Account.roleName(Role.ANNOTATOR), roleInProject(ann));
    }

    @Test
    void aUserRemovedWithSqlIsShutOutAndATokenRevokedElsewhereEndsAtOnce() throws Exception {
        startWithDatabase();
        String ann = f.login("ann");
        Heard toAnn = listen(ann);
        String manager = f.login("manager");
        listenerPid();
        assertEquals(200, f.call("GET", "/api/v1/projects", manager, null).status()); // trusted from memory now

        // a log-out on another server revokes the row: this server forgets the token at once, not 5 s later
        otherSql("UPDATE sessions SET revoked_at = now() WHERE username = 'manager'");
        long until = System.nanoTime() + 5_000_000_000L;
        int status;
        while ((status = f.call("GET", "/api/v1/projects", manager, null).status()) == 200
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(401, status);
        assertTrue(System.nanoTime() < until - 3_000_000_000L, "well within the 5 s a token is trusted from memory");

        otherSql("DELETE FROM users WHERE username = 'ann'");
        toAnn.await(1, 5_000);
        assertEquals(List.of("session_revoked"), toAnn.types());
        assertEquals(401, f.call("GET", "/api/v1/projects", ann, null).status());
    }

    @Test
    void onAFolderServerARoleChangedInTheUsersFileReachesTheSocketAndTheToken() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String ann = f.login("ann");
        String manager = f.login("manager");
        Heard toAnn = listen(ann);
        Heard toManager = listen(manager);
        assertEquals("Annotator", roleInProject(ann));
        UserDirectory users = UserDirectory.open(temp.resolve("workspace")); // as annotide-cli users ... writes it

        long before = System.nanoTime();
        users.setRole("ann", Role.TEAM_MANAGER);
        long arrived = toAnn.await(1, 5_000);
        System.out.println("ROLE CHANGE in the users file reached the socket in " + (arrived - before) / 1_000_000
                + " ms");
        assertEquals("role_changed", toAnn.types().get(0));
        assertEquals(Account.roleName(Role.TEAM_MANAGER), toAnn.messages.get(1).get("role").asText());
        assertEquals(Account.roleName(Role.TEAM_MANAGER), roleInProject(ann), "her token acts with it at once");

        users.remove("ann");
        toAnn.await(2, 5_000);
        assertEquals(List.of("role_changed", "session_revoked"), toAnn.types());
        assertEquals(401, f.call("GET", "/api/v1/projects", ann, null).status(), "her token ends with her");
        assertEquals(List.of(), toManager.types(), "nobody else is told");
        assertEquals(200, f.call("GET", "/api/v1/projects", manager, null).status());
    }

    @Test
    void onAFolderServerAUsersFileThatCannotBeReadChangesNobodysRole() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String ann = f.login("ann");
        Heard toAnn = listen(ann);
        Path file = temp.resolve("workspace").resolve(UserDirectory.FILE_NAME);
        String kept = java.nio.file.Files.readString(file);
        java.nio.file.Files.writeString(file, "{ not json");
        Thread.sleep(500);
        assertEquals(List.of(), toAnn.types(), "a broken file removes nobody");
        java.nio.file.Files.writeString(file, kept.replace("\"ANNOTATOR\"", "\"TEAM_MANAGER\""));
        toAnn.await(1, 5_000);
        assertEquals(Account.roleName(Role.TEAM_MANAGER), toAnn.messages.get(1).get("role").asText());
    }
}
