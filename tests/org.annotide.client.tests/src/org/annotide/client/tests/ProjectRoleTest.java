package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.access.Action;
import org.annotide.access.RolePermissions;
import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
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
        try {
            super.stop(); // fails the test with what the server sent that differs from its OpenAPI document
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    void aMirrorActsWithTheRoleHeldInTheProjectAlsoWhileTheServerIsAway() throws Exception {
        db = ServerDatabase.open(databases.create().settings(4));
        server = new TeamServer(temp, 3, db);
        ServerProjects members = new ServerProjects(db);
        members.setMember(server.projectId, "ann", Role.TEAM_MANAGER, "admin"); // an Annotator elsewhere
        Path mirrors = temp.resolve("mirrors");

        ServerConnection login = server.login("ann", true);
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
        ServerConnection resumed = server.resume(login.remembered());
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

    /** A coordinate no other object of the fixture has: its bytes in a mirror's files are the ground truth's. */
    private static final double GROUND_TRUTH_X = 123.4567890123;

    @Test
    void aRoleChangedOnTheServerReachesTheConnectedMirrorWithinASecond() throws Exception {
        db = ServerDatabase.open(databases.create().settings(4));
        server = new TeamServer(temp, 3, db);
        ServerProjects members = new ServerProjects(db);
        members.setMember(server.projectId, "ann", Role.ADMIN, "admin"); // an Annotator elsewhere, an Admin here
        Client admin = client("admin");
        Client manager = client("manager");
        admin.draw(server.gtImage, GROUND_TRUTH_X);
        admin.draw(server.image, 3);
        admin.awaitSent();
        Client ann = client("ann");
        assertEquals(Role.ADMIN, ann.remote.account().role());
        assertEquals(1, ann.annotations(server.gtImage).size(), "an Admin of the project has its ground truth");
        Path folder = ann.store().folder();
        assertTrue(holds(folder, GROUND_TRUTH_X), "the ground truth is on the mirror's disk");

        // demoted to Annotator while connected: the role, and what it may not see leaves model and disk
        long changed = System.nanoTime();
        members.setMember(server.projectId, "ann", Role.ANNOTATOR, "admin");
        ann.await(1000, "the new role", () -> ann.remote.account().role() == Role.ANNOTATOR);
        long millis = (System.nanoTime() - changed) / 1_000_000;
        // then it connects again as an Annotator: a whole catching up, which took 0.1 to 0.6 s at a load of 5 to 20
        ann.await(5000, "the ground truth gone", () -> ann.image(server.gtImage).getAnnotations().isEmpty());
        System.out.println("ROLE CHANGE reached the mirror in " + millis + " ms, its ground truth gone after "
                + (System.nanoTime() - changed) / 1_000_000 + " ms");
        assertFalse(PERMISSIONS.may(ann.remote.account(), Action.EDIT_PROJECT_SETUP, null));
        assertEquals(1, ann.annotations(server.image).size(), "what an Annotator sees stays");
        ann.await(5000, "online again", () -> ann.remote.isOnline());
        assertEquals("Annotator", Outbox.open(folder).role());
        ann.await(5000, "the ground truth gone from the mirror's files", () -> !holds(folder, GROUND_TRUTH_X));
        assertEquals(1, admin.annotations(server.gtImage).size(), "the server keeps it");

        // only she was told: another mirror told of a role change would have connected again, and said so
        assertFalse(manager.reachability.stream().anyMatch(m -> m.contains("changed")), manager.reachability.toString());
        assertEquals(Role.TEAM_MANAGER, manager.remote.account().role());

        // promoted to Team Manager: may change the setup at once
        members.setMember(server.projectId, "ann", Role.TEAM_MANAGER, "admin");
        ann.await(1000, "promoted", () -> ann.remote.account().role() == Role.TEAM_MANAGER);
        assertTrue(PERMISSIONS.may(ann.remote.account(), Action.EDIT_PROJECT_SETUP, null));
        ann.await(5000, "online again", () -> ann.remote.isOnline());
        ann.addClass("nucleus", "nucleus");
        ann.awaitSent();
        assertTrue(ann.conflicts.isEmpty(), ann.conflicts.toString());

        // removed from the project: read-only with a note, her edits kept
        members.removeMember(server.projectId, "ann");
        // the mirror keeps the reason before it tells its listeners: wait for both
        ann.await(1000, "shut out", () -> ann.remote.readOnlyReason() != null && !ann.readOnly.isEmpty());
        assertTrue(ann.readOnly.get(0).contains("no longer a member"), ann.readOnly.toString());
        assertFalse(ann.remote.isOnline());
        ann.draw(server.image, 9);
        Thread.sleep(1500); // the sender's retry interval: nothing goes out
        assertEquals(1, ann.remote.unsent(), "kept in the outbox");
        assertEquals(1, admin.annotations(server.image).size(), "nothing reached the server");
        assertEquals(1, Outbox.open(folder).size());
        assertEquals(1, ann.readOnly.size(), "said once");
        assertEquals(ann.readOnly.get(0), RemoteProject.shutOutNote(folder), "kept for the copy opened again");

        // closed (a restart), the copy still says why; given access back, she connects again and the edit goes out
        Path mirrors = folder.getParent().getParent().getParent();
        ann.close();
        clients.remove(ann);
        assertEquals(ann.readOnly.get(0), RemoteProject.shutOutNote(folder), "still said after closing");
        assertEquals(1, RemoteProject.unsent(folder));
        members.setMember(server.projectId, "ann", Role.ANNOTATOR, "admin");
        Client back = new Client(server.login("ann", false), server.projectId, mirrors);
        clients.add(back);
        assertEquals(folder, back.store().folder());
        assertNull(RemoteProject.shutOutNote(folder), "admitted again: the note is gone");
        back.awaitSent();
        assertEquals(2, admin.annotations(server.image).size(), "the kept edit reached the server");
    }

    @Test
    void anEditTheNewRoleMayNotSendIsReportedAndKept() throws Exception {
        db = ServerDatabase.open(databases.create().settings(4));
        server = new TeamServer(temp, 3, db);
        ServerProjects members = new ServerProjects(db);
        members.setMember(server.projectId, "ann", Role.ADMIN, "admin");
        Client admin = client("admin");
        admin.draw(server.gtImage, GROUND_TRUTH_X);
        admin.awaitSent();
        Client ann = client("ann");
        org.annotide.model.Annotation truth = ann.annotations(server.gtImage).get(0);
        serverAway(ann);
        ann.move(truth, 40); // her change of the ground truth waits in the outbox
        members.setMember(server.projectId, "ann", Role.ANNOTATOR, "admin");
        server.start();
        ann.await(Client.AFTER_RESTART_MILLIS, "back, the change refused", () -> ann.remote.isOnline()
                && ann.remote.unsent() == 0 && !ann.conflicts.isEmpty());
        assertTrue(ann.conflicts.get(0).contains("refused") && ann.conflicts.get(0).contains("update"),
                ann.conflicts.toString());
        assertEquals(Role.ANNOTATOR, ann.remote.account().role());
        assertEquals(List.of(40.0), ann.annotations(server.gtImage).stream()
                .map(a -> ((org.annotide.model.BoxShape) a.getShape()).getX()).toList(), "kept in her mirror");
        assertEquals(GROUND_TRUTH_X, ((org.annotide.model.BoxShape) admin.annotations(server.gtImage).get(0)
                .getShape()).getX(), "the server's is unchanged");
    }

    @Test
    void aRemovedUsersSessionsAndSocketsEndAtOnce() throws Exception {
        db = ServerDatabase.open(databases.create().settings(4));
        server = new TeamServer(temp, 3, db);
        Client ann = client("ann");
        Client manager = client("manager");
        db.removeUser("ann");
        // the mirror keeps the reason before it tells its listeners: wait for both
        ann.await(1000, "shut out", () -> ann.remote.readOnlyReason() != null && !ann.readOnly.isEmpty());
        assertTrue(ann.readOnly.get(0).contains("no longer has the user ann"), ann.readOnly.toString());
        ServerException refused = org.junit.jupiter.api.Assertions.assertThrows(ServerException.class,
                () -> ann.connection.request("GET", "/api/v1/projects", null));
        assertEquals(401, refused.status(), "her token is dead on this server at once");
        assertTrue(manager.remote.isOnline(), "the others follow on");
        assertTrue(manager.readOnly.isEmpty());
    }

    /** Whether a file of the mirror holds the coordinate's bytes (either byte order). */
    private static boolean holds(Path folder, double x) {
        byte[] big = java.nio.ByteBuffer.allocate(8).putDouble(x).array();
        byte[] little = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(x).array();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(java.nio.file.Files::isRegularFile)::iterator) {
                byte[] bytes = java.nio.file.Files.readAllBytes(file);
                if (indexOf(bytes, big) >= 0 || indexOf(bytes, little) >= 0
                        || new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("123.456789")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer: for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
