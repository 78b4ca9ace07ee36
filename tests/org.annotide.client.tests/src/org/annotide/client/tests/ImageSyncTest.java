package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
