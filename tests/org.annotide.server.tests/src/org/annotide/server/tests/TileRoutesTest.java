package org.annotide.server.tests;

import static org.annotide.server.tests.ServerApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.annotide.formats.LabelsCsv;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportRequest;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** An image's pyramid and its 256-pixel PNG tiles over HTTP, with ETags. */
class TileRoutesTest {

    @TempDir
    static Path temp;

    static Fixture f;
    static String ann;
    static String wide;
    static BufferedImage picture;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture(temp, 0, 4096);
        ann = f.login("ann");
        picture = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 600; x++) {
                picture.setRGB(x, y, (x % 256) << 16 | (y % 256) << 8 | (x / 256) * 100);
            }
        }
        Path file = Files.createDirectories(temp.resolve("wide")).resolve("wide.png");
        ImageIO.write(picture, "png", file.toFile());
        synchronized (f.store) {
            new ImageImporter(ImageFormats.installed(), LabelsCsv::imageList).run(f.store,
                    new ImportRequest(List.of(file), null, false, null), new NullProgressMonitor());
            ImageAsset image = f.store.project().getImages().stream().filter(i -> "wide.png".equals(i.getName()))
                    .findFirst().orElseThrow();
            wide = "/api/v1/projects/" + f.projectId + "/images/" + image.getId();
        }
    }

    @AfterAll
    static void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void thePyramidListsEveryLevelWithItsTileGrid() throws Exception {
        Fixture.Answer answer = f.call("GET", wide + "/pyramid", ann, null);
        assertEquals(200, answer.status(), answer.toString());
        JsonNode pyramid = answer.json();
        assertEquals(600, pyramid.get("width").asInt());
        assertEquals(300, pyramid.get("height").asInt());
        assertEquals(256, pyramid.get("tile_size").asInt());
        JsonNode levels = pyramid.get("levels");
        assertTrue(levels.size() >= 1, pyramid.toString());
        JsonNode first = levels.get(0);
        assertEquals(List.of(0, 600, 300, 3, 2), List.of(first.get("level").asInt(), first.get("width").asInt(),
                first.get("height").asInt(), first.get("columns").asInt(), first.get("rows").asInt()));
        assertEquals(1.0, first.get("downsample").asDouble());
        for (JsonNode level : levels) {
            assertEquals((level.get("width").asInt() + 255) / 256, level.get("columns").asInt(), level.toString());
            assertEquals((level.get("height").asInt() + 255) / 256, level.get("rows").asInt(), level.toString());
        }
    }

    @Test
    void aTileIsThePngOfItsRegionClippedAtTheEdges() throws Exception {
        Fixture.Answer inner = f.call("GET", wide + "/tiles/0/1/0", ann, null);
        assertEquals(200, inner.status(), inner.toString());
        assertEquals("image/png", inner.header("Content-Type"));
        assertSame(ImageIO.read(new ByteArrayInputStream(inner.raw().body())), 256, 0, 256, 256);
        Fixture.Answer corner = f.call("GET", wide + "/tiles/0/2/1", ann, null);
        assertEquals(200, corner.status(), corner.toString());
        assertSame(ImageIO.read(new ByteArrayInputStream(corner.raw().body())), 512, 256, 88, 44);
    }

    static void assertSame(BufferedImage tile, int left, int top, int width, int height) {
        assertNotNull(tile);
        assertEquals(width, tile.getWidth());
        assertEquals(height, tile.getHeight());
        for (int y = 0; y < height; y += 7) {
            for (int x = 0; x < width; x += 5) {
                assertEquals(picture.getRGB(left + x, top + y) & 0xffffff, tile.getRGB(x, y) & 0xffffff,
                        "pixel " + x + "," + y + " of the tile at " + left + "," + top);
            }
        }
    }

    @Test
    void anUnchangedTileIsA304WithItsETag() throws Exception {
        Fixture.Answer first = f.call("GET", wide + "/tiles/0/0/0", ann, null);
        String etag = first.header("ETag");
        assertNotNull(etag, first.toString());
        Fixture.Answer again = f.call("GET", wide + "/tiles/0/0/0", ann, null, "If-None-Match", etag);
        assertEquals(304, again.status(), again.toString());
        assertEquals(0, again.raw().body().length);
        assertEquals(etag, again.header("ETag"));
        Fixture.Answer other = f.call("GET", wide + "/tiles/0/1/0", ann, null, "If-None-Match", etag);
        assertEquals(200, other.status());
        assertNotEquals(etag, other.header("ETag"));
        assertEquals(200, f.call("GET", wide + "/tiles/0/0/0", ann, null, "If-None-Match", "\"stale\"").status());
    }

    @Test
    void aTileOutsideThePyramidIsA404() throws Exception {
        assertProblem(f.call("GET", wide + "/tiles/0/3/0", ann, null), 404, "no tile 0/3/0");
        assertProblem(f.call("GET", wide + "/tiles/0/0/2", ann, null), 404, "no tile 0/0/2");
        assertProblem(f.call("GET", wide + "/tiles/99/0/0", ann, null), 404, "no tile 99/0/0");
        assertProblem(f.call("GET", wide + "/tiles/0/-1/0", ann, null), 404, "whole numbers");
        assertProblem(f.call("GET", wide + "/tiles/zero/0/0", ann, null), 404, "whole numbers");
        assertProblem(f.call("GET", "/api/v1/projects/" + f.projectId + "/images/nope/pyramid", ann, null), 404, "no image 'nope'");
        assertProblem(f.call("GET", "/api/v1/projects/nope/images/x/tiles/0/0/0", ann, null), 404, "no project 'nope'");
    }
}
