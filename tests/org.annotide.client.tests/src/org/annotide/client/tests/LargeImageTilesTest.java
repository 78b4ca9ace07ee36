package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.client.RemoteProject;
import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.Test;

/**
 * A mirror of a project holding a large image ({@link Slide}: a generated pyramidal TIFF of 6000 x 4000 pixels, over
 * what a mirror fetches whole) against a real server on loopback: the mirror fetches the server's description of its pyramid, not
 * its file; a region read as the editor reads it (through the image service) fetches exactly the tiles under it from
 * the server's tile route, pixel for pixel the server's own; a second opening reads them from the mirror's disk; with
 * the server away the region seen still shows and the rest is a stand-in the pyramid names, and once the server is
 * back the pyramid tells its listeners and the rest arrives.
 */
class LargeImageTilesTest extends ServerAndMirrors {

    static final int TILE = Slide.TILE;
    static final int WIDTH = Slide.WIDTH;
    static final int HEIGHT = Slide.HEIGHT;

    @Test
    void aMirrorFetchesOnlyTheTilesItShowsKeepsThemAndShowsThemWithoutTheServer() throws Exception {
        server = new TeamServer(temp);
        ImageAsset onServer = Slide.add(server);
        long fileBytes = Files.size(server.store.folder().resolve("images/slide.tif"));
        Client a = client("admin");
        RemoteProject.Fetched atOpening = a.remote.fetched();
        ImageAsset image = a.onOwner(() -> a.image("slide"));
        assertEquals(WIDTH, image.getWidth());
        assertFalse(Files.exists(DefaultImageService.locate(a.store().folder(), image)), "not downloaded whole");
        assertTrue(Files.exists(DefaultImageService.locate(a.store().folder(), a.onOwner(() -> a.image("img1")))),
                "small images still are");
        assertEquals(1, atOpening.requests(), "the description of its pyramid, nothing more");

        Rectangle seen = new Rectangle(1000, 700, 600, 300); // tiles 3..6 x 2..3 of level 0: 8 tiles
        BufferedImage expected;
        try (ImagePyramid served = new DefaultImageService().open(server.store.folder(), onServer);
                ImagePyramid mirrored = new DefaultImageService().open(a.store().folder(), image)) {
            assertEquals(served.levelCount(), mirrored.levelCount());
            assertTrue(mirrored.levelCount() >= 5, "the file's own levels: " + mirrored.levelCount());
            assertEquals(WIDTH, mirrored.width());
            assertEquals(HEIGHT, mirrored.height());
            for (int level = 0; level < served.levelCount(); level++) {
                assertEquals(served.levelWidth(level), mirrored.levelWidth(level));
                assertEquals(served.downsample(level), mirrored.downsample(level), 1e-9);
            }
            expected = served.readRegion(0, seen.x, seen.y, seen.width, seen.height);
            BufferedImage region = mirrored.readRegion(0, seen.x, seen.y, seen.width, seen.height);
            Slide.assertSamePixels(expected, region, 0, seen.width);
            assertEquals(1 + 8, a.remote.fetched().requests(), "exactly the tiles under the region");
            assertNull(mirrored.missing());
            int level = 4; // 375 x 250
            BufferedImage overview = mirrored.readRegion(level, 0, 0, mirrored.levelWidth(level),
                    mirrored.levelHeight(level));
            Slide.assertSamePixels(served.readRegion(level, 0, 0, served.levelWidth(level), served.levelHeight(level)),
                    overview, 0, overview.getWidth());
            int tiles = (mirrored.levelWidth(level) + TILE - 1) / TILE * ((mirrored.levelHeight(level) + TILE - 1) / TILE);
            assertEquals(1 + 8 + tiles, a.remote.fetched().requests(), "the whole of level " + level);
        }
        RemoteProject.Fetched first = a.remote.fetched();
        System.out.printf("FIGURE slide_file_bytes %d fetched_requests %d fetched_bytes %d%n", fileBytes,
                first.requests(), first.bytes());
        assertTrue(first.bytes() * 20 < fileBytes, first.bytes() + " bytes fetched of a file of " + fileBytes);

        try (ImagePyramid again = new DefaultImageService().open(a.store().folder(), image)) {
            Slide.assertSamePixels(expected, again.readRegion(0, seen.x, seen.y, seen.width, seen.height), 0, seen.width);
        }
        assertEquals(first.requests(), a.remote.fetched().requests(), "a second opening reads the mirror's disk");

        serverAway(a);
        List<String> heard = new CopyOnWriteArrayList<>();
        Rectangle wider = new Rectangle(seen.x, seen.y, 1200, seen.height); // tiles 7 and 8 were never fetched
        try (ImagePyramid offline = new DefaultImageService().open(a.store().folder(), image)) {
            offline.whenPixelsArrive(() -> heard.add("arrived"));
            BufferedImage partly = offline.readRegion(0, wider.x, wider.y, wider.width, wider.height);
            Slide.assertSamePixels(expected, partly, 0, seen.width);
            int standIn = partly.getRGB(7 * TILE - wider.x + 10, 10) & 0xffffff;
            assertTrue(standIn == 0x8c8c8c || standIn == 0x6e6e6e, Integer.toHexString(standIn));
            assertNotNull(offline.missing());
            assertTrue(offline.missing().contains("unreachable") && offline.missing().contains("slide"),
                    offline.missing());
            assertEquals(first.requests(), a.remote.fetched().requests(), "nothing asked of a server that is away");

            serverBack(a);
            a.await(5000, "the pyramid hears the server is back", () -> !heard.isEmpty());
            assertNull(offline.missing());
            BufferedImage whole = offline.readRegion(0, wider.x, wider.y, wider.width, wider.height);
            try (ImagePyramid served = new DefaultImageService().open(server.store.folder(), onServer)) {
                Slide.assertSamePixels(served.readRegion(0, wider.x, wider.y, wider.width, wider.height), whole, 0,
                        wider.width);
            }
            assertNull(offline.missing());
            assertEquals(first.requests() + 4, a.remote.fetched().requests(), "the two columns of tiles it lacked");
        }
    }
}
