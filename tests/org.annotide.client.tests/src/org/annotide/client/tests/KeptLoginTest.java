package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.annotide.client.KeptLogins;
import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.client.internal.Outbox;
import org.annotide.model.Annotation;
import org.junit.jupiter.api.Test;

/**
 * "Keep me logged in": a workbench keeps the server's remembered login (never the password, owner-only), and after
 * a restart of the workbench, and of the server (which forgot every session), reopens its mirror with it and writes
 * through it; a remembered login revoked by a log-out is refused with a clear message and the mirror's unsent edits
 * stay in its outbox until the user logs in again.
 */
class KeptLoginTest extends ServerAndMirrors {

    private Annotation onServer(String image, long id) {
        synchronized (server.store) {
            return server.store.project().getImages().stream().filter(i -> i.getId().equals(image)).findFirst()
                    .orElseThrow().getAnnotations().stream().filter(a -> a.getId() == id).findFirst().orElse(null);
        }
    }

    private Client keptClient(ServerConnection connection, Path mirrors) throws Exception {
        Client c = new Client(connection, server.projectId, mirrors);
        clients.add(c);
        return c;
    }

    @Test
    void aRestartedWorkbenchReopensItsMirrorWithTheKeptLoginAndWritesThroughIt() throws Exception {
        server = new TeamServer(temp);
        Path mirrors = temp.resolve("mirrors");
        KeptLogins kept = KeptLogins.in(temp.resolve("state"));
        ServerConnection first = server.login("manager", true);
        kept.keep(first.remembered());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.file())));
        String file = Files.readString(kept.file());
        assertFalse(file.contains(TeamServer.PASSWORD), "never the password");
        assertTrue(file.contains(first.remembered().token()));
        Client before = keptClient(first, mirrors);
        Annotation drawn = before.draw(server.image, 1);
        before.awaitSent();
        long firstId = before.onOwner(drawn::getId);

        // the workbench exits (no log-out) and the server restarts, forgetting every session
        before.remote.close();
        before.owner.shutdownNow();
        clients.remove(before);
        server.stop();
        server.start();

        List<ServerConnection.Remembered> logins = kept.all();
        assertEquals(1, logins.size());
        Client after = keptClient(server.resume(logins.get(0)), mirrors);
        after.await(Client.AFTER_RESTART_MILLIS, "online again", () -> after.remote.isOnline());
        assertEquals("manager", after.remote.account().login());
        Annotation again = after.draw(server.image, 4);
        after.awaitSent();
        long secondId = after.onOwner(again::getId);
        assertTrue(secondId < RemoteProject.LOCAL_IDS, "acknowledged by the server");
        assertEquals("manager", onServer(server.image, secondId).getAuthor());
        assertNotNull(onServer(server.image, firstId));
        assertNull(after.connection.refusal());
    }

    @Test
    void aRevokedKeptLoginIsRefusedClearlyAndTheMirrorLosesNothing() throws Exception {
        server = new TeamServer(temp);
        Path mirrors = temp.resolve("mirrors");
        KeptLogins kept = KeptLogins.in(temp.resolve("state"));
        ServerConnection first = server.login("manager", true);
        kept.keep(first.remembered());
        Client before = keptClient(first, mirrors);
        before.awaitSent();

        // an edit made while the server is away waits in the outbox; the workbench exits
        server.stop();
        before.await(3000, "the mirror notices", () -> !before.remote.isOnline());
        before.draw(server.image, 6);
        Path folder = before.store().folder();
        before.remote.close();
        before.owner.shutdownNow();
        clients.remove(before);
        server.start();

        // the log-out of a session opened with the kept login revokes it (Disconnect from Server on another start)
        ServerConnection other = server.resume(kept.all().get(0));
        other.projects();
        other.logOut();

        ServerConnection resumed = server.resume(kept.all().get(0));
        ServerException refused = assertThrows(ServerException.class,
                () -> RemoteProject.open(resumed, server.projectId, mirrors, Runnable::run));
        assertEquals(401, refused.status());
        assertFalse(refused.isUnreachable());
        assertTrue(refused.getMessage().contains("refused the login of manager") && refused.getMessage().endsWith(
                "log in again"), refused.getMessage());
        assertNotNull(resumed.refusal());
        assertEquals(refused.getMessage(), assertThrows(ServerException.class, resumed::projects).getMessage(),
                "a refused connection asks the server no more");
        assertEquals(1, Outbox.open(folder).size(), "the unsent edit is still in the outbox");

        // logging in again with the password sends it
        Client reopened = keptClient(server.login("manager", false), mirrors);
        assertEquals(folder, reopened.store().folder());
        reopened.awaitSent();
        long sent = reopened.onOwner(() -> reopened.image(server.image).getAnnotations().get(0).getId());
        assertTrue(sent < RemoteProject.LOCAL_IDS);
        assertEquals(6.0, ((org.annotide.model.BoxShape) onServer(server.image, sent).getShape()).getX());
    }
}
