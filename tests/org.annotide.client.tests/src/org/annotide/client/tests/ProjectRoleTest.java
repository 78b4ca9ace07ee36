package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.access.Action;
import org.annotide.access.RolePermissions;
import org.annotide.client.ServerConnection;
import org.annotide.client.internal.Outbox;
import org.annotide.model.Role;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ServerProjects;
import org.annotide.tests.support.db.ScratchDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A mirror acts with the role its user holds in the project (a {@code --db} server's member role), not with the
 * login's server-wide one: the permission service then offers in the mirror what the server accepts. The mirror keeps
 * the role, so a mirror reopened with a remembered login while the server is away (the login knows no role yet) still
 * has it, and the next connection brings a role changed meanwhile. Needs PostgreSQL (ANNOTIDE_PG_URL).
 */
class ProjectRoleTest extends ServerAndMirrors {

    private static final RolePermissions PERMISSIONS = new RolePermissions();
    @RegisterExtension
    final ScratchDatabases databases = new ScratchDatabases(); // drops the test's database after stop()
    private ServerDatabase db;

    @Override
    @AfterEach
    void stop() {
        super.stop();
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aMirrorActsWithTheRoleHeldInTheProjectAlsoWhileTheServerIsAway() throws Exception {
        db = ServerDatabase.open(databases.create().settings(4));
        server = new TeamServer(temp, 3, db);
        ServerProjects members = new ServerProjects(db);
        members.setMember(server.projectId, "ann", Role.TEAM_MANAGER, "admin"); // an Annotator elsewhere
        Path mirrors = temp.resolve("mirrors");

        ServerConnection login = ServerConnection.login(server.url(), "ann", TeamServer.PASSWORD.toCharArray(), true);
        assertEquals("Annotator", login.role(), "her role on the server");
        Client ann = new Client(login, server.projectId, mirrors);
        clients.add(ann);
        assertEquals(Role.TEAM_MANAGER, ann.remote.account().role(), "her role in the project");
        assertTrue(PERMISSIONS.may(ann.remote.account(), Action.EDIT_PROJECT_SETUP, null), "the views offer the setup");
        ann.addClass("nucleus", "nucleus"); // and the server takes it from her
        ann.awaitSent();
        assertTrue(ann.conflicts.isEmpty(), ann.conflicts.toString());
        synchronized (server.store) {
            assertTrue(server.store.project().getLabelClasses().stream().anyMatch(c -> c.getId().equals("nucleus")));
        }
        Path folder = ann.store().folder();

        // the workbench restarts while the server is away: the resumed login knows no role, the mirror does
        ann.remote.close();
        ann.owner.shutdownNow();
        clients.remove(ann);
        server.stop();
        ServerConnection resumed = ServerConnection.resume(login.remembered());
        Client offline = new Client(resumed, server.projectId, mirrors);
        clients.add(offline);
        assertFalse(offline.remote.isOnline());
        assertNull(resumed.role());
        assertEquals(Role.TEAM_MANAGER, offline.remote.account().role());

        // her role there changes while the mirror is away: the next connection brings it, and the mirror keeps it
        members.setMember(server.projectId, "ann", Role.ANNOTATOR, "admin");
        server.start();
        offline.await(Client.AFTER_RESTART_MILLIS, "online again", () -> offline.remote.isOnline());
        assertEquals(Role.ANNOTATOR, offline.remote.account().role());
        assertFalse(PERMISSIONS.may(offline.remote.account(), Action.EDIT_PROJECT_SETUP, null));
        assertNotNull(resumed.role());
        assertEquals("Annotator", Outbox.open(folder).role());
    }
}
