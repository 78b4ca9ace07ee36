package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.annotide.imaging.DefaultImageService;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.NoiseImages;
import org.junit.jupiter.api.Test;

/**
 * Images imported into a mirror, against a real server on loopback: uploaded before the annotations drawn on them, so
 * that another user's mirror gets the image (its file downloaded) and the annotation live; an annotator's upload is
 * refused, reported and kept on that computer with its annotations; an image imported while the server is down goes
 * up when it is back.
 */
class ImageSyncTest extends ServerAndMirrors {

    /** A new 32 x 32 PNG of noise outside every project, as a user's file to import. */
    Path picture(String name, long seed) throws Exception {
        return NoiseImages.write(Files.createDirectories(temp.resolve("pictures")).resolve(name), 32, 100,
                new Random(seed));
    }

    ImageAsset onServer(String id) {
        synchronized (server.store) {
            return server.store.project().getImages().stream().filter(i -> i.getId().equals(id)).findFirst()
                    .orElse(null);
        }
    }

    static boolean has(Client c, String image) {
        return c.store().project().getImages().stream().anyMatch(i -> i.getId().equals(image));
    }

    @Test
    void anImageImportedAndAnnotatedInOneMirrorReachesTheOther() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("ann");
        Path file = picture("scan 7.png", 7);
        long start = System.nanoTime();
        String id = a.importImage(file);
        a.draw(id, 4);
        long image = b.await(5000, "B has the image", () -> has(b, id));
        b.await(5000, "B has the annotation on it", () -> b.image(id).getAnnotations().size() == 1);
        System.out.printf("FIGURE image_in_other_mirror_ms %d annotation_ms %d (from the import's start)%n", image,
                (System.nanoTime() - start) / 1_000_000);
        a.awaitSent();

        ImageAsset served = onServer(id);
        assertEquals("scan 7.png", served.getName());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(DefaultImageService.locate(server.store.folder(),
                served)), "the server keeps the file's bytes");
        synchronized (server.store) {
            assertEquals(1, served.getAnnotations().size());
        }
        ImageAsset mirrored = b.onOwner(() -> b.image(id));
        assertEquals(32, mirrored.getWidth());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(DefaultImageService.locate(b.store().folder(),
                mirrored)), "B's mirror downloaded the file");
        assertEquals(List.of(), a.conflicts);

        // a mirror opened later catches up with the image too
        Client c = client("admin");
        assertTrue(c.onOwner(() -> has(c, id)));
        assertEquals(1, c.annotations(id).size());
    }

    @Test
    void anAnnotatorsUploadIsRefusedAndTheImageStaysLocalWithItsAnnotations() throws Exception {
        server = new TeamServer(temp);
        Client ann = client("ann");
        String id = ann.importImage(picture("mine.png", 8));
        ann.draw(id, 3);
        ann.await(5000, "the refusal", () -> !ann.conflicts.isEmpty() && ann.remote.unsent() == 0);
        assertTrue(ann.conflicts.get(0).contains("upload of image 'mine.png'")
                && ann.conflicts.get(0).contains("this computer only"), ann.conflicts.toString());
        assertEquals(1, ann.conflicts.size(), "one message, not one per annotation: " + ann.conflicts);
        assertEquals(null, onServer(id));
        assertEquals(1, ann.annotations(id).size(), "kept in the annotator's mirror");
        // an annotation drawn on it later has nowhere to go either, and is not sent
        ann.draw(id, 9);
        ann.awaitSent();
        assertEquals(1, ann.conflicts.size(), ann.conflicts.toString());
        // what the annotator draws on the server's images still goes up
        Annotation shared = ann.draw(server.image, 5);
        ann.awaitSent();
        synchronized (server.store) {
            assertTrue(onServer(server.image).getAnnotations().stream().anyMatch(x -> x.getAuthor() != null
                    && x.getAuthor().equals("ann")), "the annotator's annotation " + shared.getId());
        }
    }

    @Test
    void anImageImportedWhileTheServerIsDownGoesUpWhenItIsBack() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        serverAway(a);
        Path file = picture("offline.png", 9);
        String id = a.importImage(file);
        a.draw(id, 2);
        assertEquals(2, a.remote.unsent(), "the upload and the annotation wait");
        serverBack(a);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(DefaultImageService.locate(server.store.folder(),
                onServer(id))));
        synchronized (server.store) {
            assertEquals(1, onServer(id).getAnnotations().size());
        }
        // B, reconnecting, catches up with it (or hears of it live, whichever comes first)
        b.await(Client.AFTER_RESTART_MILLIS, "B has the image and its annotation", () -> has(b, id) && b.image(id).getAnnotations().size() == 1);
        assertEquals(List.of(), a.conflicts);
    }

    @Test
    void anImageRenamedOrRemovedInOneMirrorChangesOnTheServerAndInTheOther() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        a.describeImage(server.image, "renamed.png", "left lung", "scanner", "S-2");
        a.awaitSent();
        ImageAsset served = onServer(server.image);
        synchronized (server.store) {
            assertEquals("renamed.png", served.getName());
            assertEquals("left lung", served.getDescription());
            assertEquals("S-2", served.getMetadata().get("scanner"));
        }
        b.await(5000, "B sees the change", () -> "renamed.png".equals(b.image(server.image).getName())
                && "left lung".equals(b.image(server.image).getDescription())
                && "S-2".equals(b.image(server.image).getMetadata().get("scanner")));

        a.draw("img2", 3);
        a.awaitSent();
        b.await(5000, "B has A's annotation", () -> b.image("img2").getAnnotations().size() == 1);
        a.removeImage("img2");
        a.awaitSent();
        assertEquals(null, onServer("img2"), "removed on the server");
        b.await(5000, "the image leaves B's mirror", () -> !b.hasImage("img2"));
        assertEquals(List.of(), a.conflicts);
        assertEquals(List.of(), b.conflicts);
        assertEquals(0, b.remote.unsent(), "nothing of it is sent back");
    }

    @Test
    void catchingUpBringsImagesRenamedAndRemovedWhileAMirrorWasClosed() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("admin");
        b.remote.close();
        String images = "/api/v1/projects/" + server.projectId + "/images/";
        a.connection.request("PUT", images + server.image, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode().put("name", "seen.png").put("description", "by the manager"));
        a.connection.request("DELETE", images + "img2?force=true", null);
        a.await(5000, "A hears of both", () -> !a.hasImage("img2") && "seen.png".equals(a.image(server.image).getName()));

        b.open(server.projectId);
        assertEquals("seen.png", b.onOwner(() -> b.image(server.image).getName()));
        assertEquals("by the manager", b.onOwner(() -> b.image(server.image).getDescription()));
        assertFalse(b.onOwner(() -> b.hasImage("img2")), "removed on the server while B was away");
        assertEquals(0, b.remote.unsent());
    }

    @Test
    void anAnnotatorsRemovalIsRefusedReportedAndTheImageComesBackAtTheNextCatchingUp() throws Exception {
        server = new TeamServer(temp);
        Client ann = client("ann");
        ann.removeImage("img2");
        ann.await(5000, "the refusal", () -> !ann.conflicts.isEmpty() && ann.remote.unsent() == 0);
        assertTrue(ann.conflicts.get(0).contains("removal of image 'img2'") && ann.conflicts.get(0).contains("comes back"),
                ann.conflicts.toString());
        assertTrue(onServer("img2") != null, "the server keeps it");
        ann.remote.close();
        ann.open(server.projectId);
        assertTrue(ann.onOwner(() -> ann.hasImage("img2")), "back from the server");
    }

    @Test
    void anImageRemovedOnTheServerStaysInAMirrorThatHasUnsentEditsOfIt() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        serverAway(a);
        Annotation offline = a.draw("img2", 4);
        synchronized (server.store) { // removed on the server meanwhile (by someone at the server)
            server.store.commandStack().execute(org.eclipse.emf.edit.command.DeleteCommand.create(
                    server.store.editingDomain(), List.of(onServer("img2"))));
        }
        serverBack(a);
        assertTrue(a.onOwner(() -> a.hasImage("img2") && a.image("img2").getAnnotations().contains(offline)),
                "kept with the edit that had nowhere to go");
        assertEquals(1, a.conflicts.size(), a.conflicts.toString());
        assertTrue(a.conflicts.get(0).contains("removed on the server") && a.conflicts.get(0).contains("this computer only"),
                a.conflicts.toString());
        assertEquals(null, onServer("img2"), "not brought back to the server");
    }
}
