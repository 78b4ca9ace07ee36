package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.annotide.model.ImageStatus;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Images' task status between mirrors and a real server on loopback: set in one mirror, it reaches the server (the
 * status route) and the other mirror within a second; set through the API it reaches the mirrors; catching up brings
 * what changed while a mirror was closed; an annotator's change is refused, reported and kept on that computer.
 */
class ImageStatusSyncTest extends ServerAndMirrors {

    ImageStatus onServer(String image) {
        synchronized (server.store) {
            return server.store.project().getImages().stream().filter(i -> i.getId().equals(image)).findFirst()
                    .orElseThrow().getStatus();
        }
    }

    @Test
    void aStatusSetInOneMirrorReachesTheServerAndTheOtherMirrorAndBack() throws Exception {
        server = new TeamServer(temp);
        Client a = client("manager");
        Client b = client("ann");
        a.setStatus(server.image, ImageStatus.DONE); // In review
        a.awaitSent();
        assertEquals(ImageStatus.DONE, onServer(server.image));
        b.await(1000, "B sees the status", () -> b.image(server.image).getStatus() == ImageStatus.DONE);

        a.connection.request("PUT", "/api/v1/projects/" + server.projectId + "/images/img2/status",
                JsonNodeFactory.instance.objectNode().put("status", "completed"));
        a.await(1000, "A sees the status set through the API", () -> a.image("img2").getStatus() == ImageStatus.REVIEWED);
        b.await(1000, "B too", () -> b.image("img2").getStatus() == ImageStatus.REVIEWED);

        b.remote.close(); // set while B is away: catching up brings it
        a.setStatus(server.image, ImageStatus.IN_PROGRESS);
        a.awaitSent();
        b.open(server.projectId);
        assertEquals(ImageStatus.IN_PROGRESS, b.onOwner(() -> b.image(server.image).getStatus()));

        b.setStatus("img2", ImageStatus.NEW); // an annotator may not set statuses
        b.await(5000, "the refusal", () -> !b.conflicts.isEmpty() && b.remote.unsent() == 0);
        assertTrue(b.conflicts.get(0).contains("status change of image 'img2.png'")
                && b.conflicts.get(0).contains("this computer only"), b.conflicts.toString());
        assertEquals(ImageStatus.REVIEWED, onServer("img2"));
        assertEquals(ImageStatus.NEW, b.onOwner(() -> b.image("img2").getStatus()), "kept in the annotator's mirror");
    }
}
