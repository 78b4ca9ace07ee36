package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Training sets between two mirrors and a real server on loopback: a set made in one mirror, with the tiles that
 * mirror cut, reaches the server and the other mirror within a second, and changes and deletions travel both ways;
 * a set made while the server is away is sent when it is back; catching up brings what changed while a mirror was
 * closed; an annotator's set is refused, reported and kept on that computer.
 */
class TrainingSetSyncTest extends ServerAndMirrors {

    /** The server's own set of that id, or null. */
    TrainingSet onServer(String id) {
        synchronized (server.store) {
            return server.store.project().getTrainingSets().stream().filter(s -> s.getId().equals(id)).findFirst()
                    .orElse(null);
        }
    }

    /** A set's tiles as "image x,y wxh" (the same in every mirror and on the server when they agree). */
    static List<String> regions(TrainingSet set) {
        return set.getTiles().stream().map(TrainingSetSyncTest::region).toList();
    }

    static String region(Tile t) {
        return (t.getImage() == null ? null : t.getImage().getId()) + " " + t.getX() + "," + t.getY() + " "
                + t.getWidth() + "x" + t.getHeight();
    }

    List<String> serverRegions(String id) {
        synchronized (server.store) {
            return regions(onServer(id));
        }
    }

    @Test
    void aSetMadeInOneMirrorReachesTheOtherWithinASecondAndChangesAndDeletionsTravelBack() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        List<Tile> cut = a.cut(server.image, 16); // four tiles of the 32x32 image, cut in A's mirror only
        String id = a.newSet("corners", List.of(cut.get(0), cut.get(3)));
        long sent = System.nanoTime();
        a.awaitSent();
        List<String> wanted = List.of(server.image + " 0,0 16x16", server.image + " 16,16 16x16");
        long seen = b.await(1000, "B sees A's set with its tiles", () -> b.trainingSet(id) != null
                && regions(b.trainingSet(id)).equals(wanted));
        assertTrue(seen < 1000, "seen after " + seen + " ms");
        assertEquals(wanted, serverRegions(id), "the server cut the tiles A cut, under A's ids");
        synchronized (server.store) {
            assertEquals(List.of(cut.get(0).getId(), cut.get(3).getId()), onServer(id).getTiles().stream()
                    .map(Tile::getId).toList());
        }
        assertEquals("made by manager", b.onOwner(() -> b.trainingSet(id).getDescription()));
        System.out.println("A's set in B's mirror " + (System.nanoTime() - sent) / 1_000_000 + " ms after A's command");

        // B renames it and changes its tiles: one leaves, one B cut on another image joins
        Tile other = b.cut("img2", 32).get(0);
        b.changeSet(id, "edges", List.of(b.onOwner(() -> b.trainingSet(id).getTiles().get(1)), other));
        b.awaitSent();
        List<String> changed = List.of(server.image + " 16,16 16x16", "img2 0,0 32x32");
        a.await(1000, "A sees B's change", () -> "edges".equals(a.trainingSet(id).getName())
                && regions(a.trainingSet(id)).equals(changed));
        assertEquals(changed, serverRegions(id));
        assertEquals(cut.get(3), a.onOwner(() -> a.trainingSet(id).getTiles().get(0)), "A's own tile, not a copy");

        a.deleteSet(id);
        a.awaitSent();
        assertNull(onServer(id));
        b.await(1000, "the set leaves B's mirror", () -> b.trainingSet(id) == null);
        assertEquals(1, b.onOwner(() -> b.image("img2").getTiles().size()), "its tiles stay with their images");
    }

    @Test
    void aSetMadeWhileTheServerIsAwayIsSentWhenItIsBack() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        serverAway(a);
        String id = a.newSet("offline", a.cut("img2", 16).subList(0, 1));
        Thread.sleep(300);
        assertEquals(1, a.remote.unsent(), "kept until the server takes it");
        serverBack(a);
        assertEquals(List.of("img2 0,0 16x16"), serverRegions(id));
        b.await(Client.AFTER_RESTART_MILLIS, "B has it after reconnecting", () -> b.remote.isOnline() && b.trainingSet(id) != null
                && regions(b.trainingSet(id)).equals(List.of("img2 0,0 16x16")));
    }

    @Test
    void catchingUpBringsSetsMadeChangedAndDeletedWhileAMirrorWasClosed() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        String kept = a.newSet("kept", a.cut(server.image, 16));
        String gone = a.newSet("gone", List.of());
        a.awaitSent();
        b.await(1000, "B has both", () -> b.trainingSet(kept) != null && b.trainingSet(gone) != null);
        b.remote.close();

        String sets = "/api/v1/projects/" + server.projectId + "/training-sets";
        ObjectNode made = JsonNodeFactory.instance.objectNode().put("name", "made");
        made.putArray("tiles").addObject().put("id", "server-tile").put("image", "img2").put("x", 8).put("y", 4)
                .put("width", 10).put("height", 12);
        String madeId = a.connection.request("POST", sets, made).json().get("id").asText();
        a.connection.request("PUT", sets + "/" + kept, JsonNodeFactory.instance.objectNode().put("name", "renamed"));
        a.connection.request("DELETE", sets + "/" + gone, null);

        b.open(server.projectId);
        assertEquals(List.of("img2 8,4 10x12"), b.onOwner(() -> regions(b.trainingSet(madeId))));
        assertEquals("renamed", b.onOwner(() -> b.trainingSet(kept).getName()));
        assertEquals(4, b.onOwner(() -> b.trainingSet(kept).getTiles().size()));
        assertNull(b.onOwner(() -> b.trainingSet(gone)), "deleted on the server while B was away");
        assertEquals(0, b.remote.unsent(), "nothing of it is sent back");
    }

    @Test
    void anAnnotatorsSetIsRefusedReportedAndKeptOnThatComputer() throws Exception {
        server = new TeamServer(temp);
        Client manager = client("manager");
        Client ann = client("ann");
        String id = ann.newSet("mine", ann.cut(server.image, 16).subList(0, 2));
        ann.await(5000, "the refusal", () -> !ann.conflicts.isEmpty() && ann.remote.unsent() == 0);
        assertTrue(ann.conflicts.get(0).contains("training set 'mine'") && ann.conflicts.get(0).contains("this computer only"),
                ann.conflicts.toString());
        assertNull(onServer(id));
        assertNotNull(ann.onOwner(() -> ann.trainingSet(id)), "kept in the annotator's mirror");
        Thread.sleep(300);
        assertNull(manager.onOwner(() -> manager.trainingSet(id)));
    }
}
