package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.client.internal.Outbox;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two clients and a real server on loopback (its real journaled store, no mocks): edits travel through the API and
 * appear in the other client within a second; a concurrent edit keeps both versions; an unreachable server keeps the
 * edits in the outbox, across a restart of the client, until it is back; an annotator never receives ground truth.
 */
class ClientSyncTest extends ServerAndMirrors {

    static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static double x(Annotation a) {
        return ((BoxShape) a.getShape()).getX();
    }

    /** The server's own model, read as the server reads it. */
    Annotation onServer(String image, long id) {
        synchronized (server.store) {
            return server.store.project().getImages().stream().filter(i -> i.getId().equals(image)).findFirst()
                    .orElseThrow().getAnnotations().stream().filter(a -> a.getId() == id).findFirst().orElse(null);
        }
    }

    @Test
    void theMirrorHoldsTheServersProjectAndItsImageFiles() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        assertEquals(List.of(server.projectId), a.connection.projects().stream().map(p -> p.id()).toList());
        assertEquals(3, a.store().project().getImages().size());
        assertEquals("cell", a.store().project().getLabelClasses().get(0).getName());
        for (ImageAsset image : a.store().project().getImages()) {
            Path file = a.store().folder().resolve(image.getLocation());
            assertTrue(Files.size(file) > 0, file.toString());
            assertTrue(javax.imageio.ImageIO.read(file.toFile()).getWidth() == 32, file.toString());
        }
        assertTrue(a.remote.isOnline());
    }

    @Test
    void wrongPasswordsAndUnreachableServersAreClearErrors() throws Exception {
        server = new TeamServer(temp);
        ServerException wrong = assertThrows(ServerException.class,
                () -> server.login("manager", "wrong password".toCharArray()));
        assertEquals(401, wrong.status());
        assertTrue(wrong.getMessage().contains("wrong login or password"), wrong.getMessage());
        assertFalse(wrong.isUnreachable());
        server.stop();
        ServerException down = assertThrows(ServerException.class, () -> server.login("manager", false));
        assertTrue(down.isUnreachable());
        assertTrue(down.getMessage().contains("unreachable"), down.getMessage());
        ServerException nonsense = assertThrows(ServerException.class,
                () -> ServerConnection.login("team server", "manager", TeamServer.PASSWORD.toCharArray()));
        assertTrue(nonsense.getMessage().contains("not a server address"), nonsense.getMessage());
        server.start();
    }

    @Test
    void createUpdateAndDeleteByOneClientAppearInTheOtherWithinASecond() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        // each time from A's command to B's mirror showing it: server round trip, socket, B's owner thread
        long t0 = System.nanoTime();
        Annotation drawn = a.draw(server.image, 3);
        b.await(1000, "B sees A's new annotation", () -> b.image(server.image).getAnnotations().stream()
                .anyMatch(x -> x(x) == 3.0 && x.getId() < RemoteProject.LOCAL_IDS));
        long created = millisSince(t0);
        a.awaitSent();
        long id = a.onOwner(drawn::getId);
        assertTrue(id < RemoteProject.LOCAL_IDS, "the server's id replaces the local one: " + id);
        assertEquals(id, b.annotations(server.image).get(0).getId());
        assertEquals(3.0, x(onServer(server.image, id)));
        assertEquals("manager", onServer(server.image, id).getAuthor());

        t0 = System.nanoTime();
        a.move(drawn, 9);
        b.await(1000, "B sees A's move", () -> b.image(server.image).getAnnotations().stream()
                .anyMatch(x -> x.getId() == id && x(x) == 9.0));
        long moved = millisSince(t0);
        a.awaitSent();
        assertEquals(9.0, x(onServer(server.image, id)));

        t0 = System.nanoTime();
        a.delete(drawn);
        b.await(1000, "B sees A's deletion", () -> b.image(server.image).getAnnotations().stream()
                .noneMatch(x -> x.getId() == id));
        long deleted = millisSince(t0);
        a.awaitSent();
        assertNull(onServer(server.image, id));
        System.out.printf("client sync: A's edit seen in B's mirror after: create %d ms, move %d ms, delete %d ms%n",
                created, moved, deleted);
        // B's edits travel the other way, and A's mirror is not echoed its own
        Annotation fromB = b.draw(server.image, 4);
        b.awaitSent();
        long idB = b.onOwner(fromB::getId);
        a.await(1000, "A sees B's annotation", () -> a.image(server.image).getAnnotations().stream()
                .anyMatch(x -> x.getId() == idB));
        Thread.sleep(200);
        assertEquals(1, a.annotations(server.image).size(), "no echo, no duplicate");
        assertEquals(1, b.annotations(server.image).size(), "no echo, no duplicate");
    }

    @Test
    void aConcurrentChangeKeepsBothVersionsAndTheUserResolvesByDeletingOne() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        Annotation original = a.draw(server.image, 3);
        a.awaitSent();
        long id = a.onOwner(original::getId);
        b.await(1000, "B has the annotation", () -> b.image(server.image).getAnnotations().size() == 1);
        Annotation bs = b.find(server.image, id);

        // B's owner thread is busy while A's change reaches the server, so B edits the version it had
        CountDownLatch busy = new CountDownLatch(1);
        b.owner.submit(() -> {
            busy.await();
            return null;
        });
        java.util.concurrent.Future<?> bMoves = b.owner.submit(() -> {
            b.store().commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(b.store().editingDomain(),
                    bs.getShape(), org.annotide.model.AnnotidePackage.Literals.BOX_SHAPE__X, 20.0));
            return null;
        });
        a.move(original, 10);
        a.awaitSent();
        busy.countDown();
        bMoves.get();
        b.await(3000, "B's conflict is settled", () -> b.remote.unsent() == 0 && b.image(server.image)
                .getAnnotations().size() == 2);

        List<Annotation> both = b.annotations(server.image);
        Annotation servers = both.stream().filter(x -> x.getId() == id).findFirst().orElseThrow();
        Annotation copy = both.stream().filter(x -> x.getId() != id).findFirst().orElseThrow();
        assertEquals(10.0, x(servers), "the server's version (A's) under the id");
        assertEquals(20.0, x(copy), "B's version beside it");
        assertNotNull(copy.getAttributes().get(RemoteProject.CONFLICT_ATTRIBUTE));
        assertEquals(1, b.conflicts.size(), b.conflicts.toString());
        assertTrue(b.conflicts.get(0).contains("annotation " + id) && b.conflicts.get(0).contains("manager"),
                b.conflicts.get(0));
        assertEquals(10.0, x(onServer(server.image, id)), "nothing of B's reached the server yet");
        Thread.sleep(200);
        assertEquals(1, a.annotations(server.image).size(), "the conflict copy stays on B's computer");

        // B keeps its own version: it deletes the server's, and its copy goes to the server as a new annotation
        b.delete(servers);
        b.awaitSent();
        a.await(1000, "A sees B's resolution", () -> {
            List<Annotation> seen = a.image(server.image).getAnnotations();
            return seen.size() == 1 && seen.get(0).getId() != id && x(seen.get(0)) == 20.0;
        });
        Annotation kept = b.annotations(server.image).get(0);
        assertNull(kept.getAttributes().get(RemoteProject.CONFLICT_ATTRIBUTE));
        assertTrue(kept.getId() < RemoteProject.LOCAL_IDS);
        assertEquals(20.0, x(onServer(server.image, kept.getId())));
        assertNull(onServer(server.image, id));
    }

    @Test
    void whileTheServerIsUnreachableEditsWaitInTheOutboxAcrossARestartAndNothingIsLost() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        Annotation kept = a.draw(server.image, 1);
        a.awaitSent();
        long keptId = a.onOwner(kept::getId);

        server.stop();
        a.await(3000, "A notices", () -> !a.remote.isOnline());
        assertTrue(a.reachability.stream().anyMatch(m -> m.startsWith("unreachable") && m.contains(server.url())),
                a.reachability.toString());
        Annotation offline = a.draw("img2", 5);
        a.move(kept, 7);
        Thread.sleep(300);
        assertEquals(2, a.remote.unsent(), "nothing is reported saved while the server is away");
        Path folder = a.store().folder();

        // the client goes away too (the outbox is on disk) and comes back while the server is still away
        a.remote.close();
        assertEquals(2, Outbox.open(folder).size(), "the outbox on disk holds both edits");
        a.open(server.projectId);
        assertFalse(a.remote.isOnline());
        assertEquals(2, a.remote.unsent());
        assertEquals(2, a.annotations(server.image).size() + a.annotations("img2").size());

        server.start(); // same port; the server forgot the tokens, the client logs in again by itself
        a.await(Client.AFTER_RESTART_MILLIS, "A's outbox is replayed", () -> a.remote.isOnline() && a.remote.unsent() == 0);
        long offlineId = a.onOwner(() -> a.image("img2").getAnnotations().get(0).getId());
        assertTrue(offlineId < RemoteProject.LOCAL_IDS);
        assertEquals(5.0, x(onServer("img2", offlineId)));
        assertEquals(7.0, x(onServer(server.image, keptId)));
        b.await(Client.AFTER_RESTART_MILLIS, "B catches up after reconnecting", () -> b.remote.isOnline()
                && b.image("img2").getAnnotations().size() == 1 && b.image(server.image).getAnnotations().stream()
                        .anyMatch(x -> x.getId() == keptId && x(x) == 7.0));
        assertTrue(offline != null);
    }

    @Test
    void anAnnotatorsMirrorNeverReceivesGroundTruth() throws Exception {
        server = new TeamServer(temp);
        Client admin = client("admin");
        Client ann = client("ann");
        admin.draw(server.gtImage, 2);
        admin.draw(server.image, 3);
        admin.awaitSent();
        ann.await(1000, "ann sees the ordinary annotation", () -> ann.image(server.image).getAnnotations().size() == 1);
        Thread.sleep(200);
        assertEquals(0, ann.annotations(server.gtImage).size(), "no ground truth over the socket");
        Client later = client("ann"); // a fresh mirror: catching up does not bring it either
        assertEquals(1, later.annotations(server.image).size());
        assertEquals(0, later.annotations(server.gtImage).size());
        assertEquals(1, admin.annotations(server.gtImage).size());
    }
    @Test
    void labelClassesCreatedRenamedAndDeletedByAnotherUserReachTheMirrorWithinASecond() throws Exception {
        server = new TeamServer(temp);
        Client manager = client("manager");
        Client ann = client("ann");
        String classes = "/api/v1/projects/" + server.projectId + "/label-classes";
        ObjectNode created = JsonNodeFactory.instance.objectNode().put("name", "nucleus").put("color", "#00ff00");
        String id = manager.connection.request("POST", classes, created).json().get("id").asText();
        ann.await(1000, "the new class", () -> ann.store().project().getLabelClasses().stream()
                .anyMatch(c -> c.getId().equals(id) && c.getName().equals("nucleus") && "#00ff00".equals(c.getColor())));

        ObjectNode annotation = JsonNodeFactory.instance.objectNode().put("label_class", id);
        annotation.putObject("shape").put("kind", "box").put("x", 1).put("y", 1).put("width", 4).put("height", 4);
        manager.connection.request("POST", "/api/v1/projects/" + server.projectId + "/images/" + server.image
                + "/annotations", annotation);
        ann.await(1000, "an annotation of the new class", () -> ann.image(server.image).getAnnotations().stream()
                .anyMatch(a -> a.getLabelClass() != null && a.getLabelClass().getId().equals(id)));

        manager.connection.request("PUT", classes + "/" + id, JsonNodeFactory.instance.objectNode().put("name", "nuclei"));
        ann.await(1000, "the rename", () -> ann.store().project().getLabelClasses().stream()
                .anyMatch(c -> c.getId().equals(id) && c.getName().equals("nuclei")));

        ServerException used = assertThrows(ServerException.class,
                () -> manager.connection.request("DELETE", classes + "/" + id, null));
        assertEquals(409, used.status(), used.getMessage());
        manager.connection.request("DELETE", classes + "/" + id + "?force=true", null);
        ann.await(1000, "the class and its annotation gone", () -> ann.store().project().getLabelClasses().stream()
                .noneMatch(c -> c.getId().equals(id)) && ann.image(server.image).getAnnotations().isEmpty());

        Client later = client("ann"); // a fresh mirror agrees
        assertEquals(List.of(TeamServer.CLASS_ID, TeamServer.EMPTY_CLASS_ID),
                later.onOwner(() -> later.store().project().getLabelClasses().stream().map(c -> c.getId()).toList()));
    }
    @Test
    void labelClassesAddedRenamedAndDeletedInAMirrorReachTheServerAndTheOtherMirror() throws Exception {
        server = new TeamServer(temp);
        Client manager = client("manager");
        Client ann = client("ann");
        manager.addClass("nucleus-1", "nucleus");
        manager.label(server.image, "nucleus-1"); // sent after its class, which the server must know first
        manager.awaitSent();
        assertEquals("nucleus", onServerClass("nucleus-1"));
        ann.await(1000, "the class and its annotation", () -> ann.labelClass("nucleus-1") != null
                && ann.image(server.image).getAnnotations().stream().anyMatch(a -> a.getLabelClass() == ann.labelClass("nucleus-1")));

        manager.renameClass("nucleus-1", "nuclei");
        manager.awaitSent();
        assertEquals("nuclei", onServerClass("nucleus-1"));
        ann.await(1000, "the rename", () -> "nuclei".equals(ann.labelClass("nucleus-1").getName()));

        server.stop(); // made while the server is away: kept in the outbox, sent when it is back
        manager.addClass("late-1", "late");
        manager.await(5000, "offline", () -> !manager.remote.isOnline());
        server.start();
        manager.awaitSent();
        assertEquals("late", onServerClass("late-1"));

        manager.deleteClass("nucleus-1");
        manager.awaitSent();
        assertNull(onServerClass("nucleus-1"));
        synchronized (server.store) {
            assertTrue(server.store.project().getImages().stream().allMatch(i -> i.getAnnotations().isEmpty()),
                    "the class's annotation left the server with it");
        }
        ann.await(1000, "the class and its annotation gone", () -> ann.labelClass("nucleus-1") == null
                && ann.image(server.image).getAnnotations().isEmpty());

        ann.addClass("mine-1", "mine"); // an annotator may not change the project's classes
        ann.await(5000, "the refusal", () -> !ann.conflicts.isEmpty() && ann.remote.unsent() == 0);
        assertTrue(ann.conflicts.get(0).contains("'mine'") && ann.conflicts.get(0).contains("this computer only"),
                ann.conflicts.toString());
        assertNull(onServerClass("mine-1"));
    }

    /** The server's name of a label class, or null when it has none of that id. */
    String onServerClass(String id) {
        synchronized (server.store) {
            return server.store.project().getLabelClasses().stream().filter(c -> c.getId().equals(id))
                    .map(c -> c.getName()).findFirst().orElse(null);
        }
    }
}
