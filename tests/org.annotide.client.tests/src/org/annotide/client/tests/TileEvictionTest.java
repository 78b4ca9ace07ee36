package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.ImagingPreferences;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tiles a mirror keeps on disk stay within the preference {@link ImagingPreferences#MIRROR_TILES_MEGABYTES} (here
 * 1 MB, against tiles of about 130 kB): while the image is open nothing of it goes; once it is closed the least
 * recently used tiles are deleted in the background down to nine tenths of the limit, and the next opening fetches the
 * deleted ones again from the server, pixel for pixel the same.
 */
class TileEvictionTest extends ServerAndMirrors {

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ImagingPreferences.NODE);

    @AfterEach
    void defaultLimit() {
        preferences.remove(ImagingPreferences.MIRROR_TILES_MEGABYTES);
    }

    @Test
    void tilesBeyondTheLimitAreEvictedOnceTheImageClosesAndFetchedAgainWhenShown() throws Exception {
        preferences.putLong(ImagingPreferences.MIRROR_TILES_MEGABYTES, 1);
        server = new TeamServer(temp);
        ImageAsset onServer = Slide.add(server);
        Client a = client("admin");
        ImageAsset image = a.onOwner(() -> a.image("slide"));
        Path tiles = a.store().folder().resolve("tiles/slide/0");
        Rectangle first = new Rectangle(0, 0, 1024, 512); // 8 tiles, read first: the least recently used
        Rectangle second = new Rectangle(2048, 2048, 1024, 512); // 8 more

        try (ImagePyramid mirrored = new DefaultImageService().open(a.store().folder(), image)) {
            mirrored.readRegion(0, first.x, first.y, first.width, first.height);
            Thread.sleep(20); // file times a few milliseconds apart order the two regions
            mirrored.readRegion(0, second.x, second.y, second.width, second.height);
            Thread.sleep(500); // a sweep started by the writes has run by now
            assertEquals(16, tiles(tiles).size(), "nothing of an open image goes");
            assertEquals(0, a.remote.fetched().evicted());
            assertTrue(bytes(tiles) > 1 << 20, "over the limit: " + bytes(tiles));
        }
        a.await(5000, "tiles evicted once the image closed", () -> a.remote.fetched().evicted() > 0);
        a.await(5000, "within nine tenths of the limit", () -> bytes(tiles) <= (1 << 20) / 10 * 9);
        List<Path> kept = tiles(tiles);
        long evicted = a.remote.fetched().evicted();
        assertEquals(16, kept.size() + evicted);
        assertTrue(kept.stream().allMatch(p -> column(p) >= 8), "the first region's tiles went first: " + kept);

        a.remote.close(); // a new session of the mirror: nothing of the image in memory
        a.open(server.projectId);
        try (ImagePyramid again = new DefaultImageService().open(a.store().folder(), image);
                ImagePyramid served = new DefaultImageService().open(server.store.folder(), onServer)) {
            Slide.assertSamePixels(served.readRegion(0, first.x, first.y, first.width, first.height),
                    again.readRegion(0, first.x, first.y, first.width, first.height), 0, first.width);
        }
        assertEquals(8, a.remote.fetched().requests(), "the first region's 8 tiles fetched again");
    }

    private static int column(Path tile) {
        return Integer.parseInt(tile.getFileName().toString().split("_")[0]);
    }

    private static List<Path> tiles(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
    }

    private static long bytes(Path folder) {
        try {
            long sum = 0;
            for (Path tile : tiles(folder)) {
                sum += Files.size(tile);
            }
            return sum;
        } catch (IOException e) {
            return Long.MAX_VALUE; // a tile deleted while counted: count again
        }
    }
}
