package org.annotide.server.tests;

import static org.annotide.server.tests.ServerApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.imaging.TileGrid;
import org.annotide.imaging.TileImageCommand;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Training sets over HTTP: list, one with its tiles, create, membership, delete, and who may. */
class TrainingSetRoutesTest {

    @TempDir
    Path temp;

    Fixture f;
    String admin;
    String manager;
    String ann;
    String sets;
    /** Image 1 cut into four 8-pixel tiles, image 2 into one. */
    List<String> tiles = new ArrayList<>();
    String second;

    @BeforeEach
    void start() throws Exception {
        f = new Fixture(temp, 0, 4096);
        admin = f.login("admin");
        manager = f.login("manager");
        ann = f.login("ann");
        sets = "/api/v1/projects/" + f.projectId + "/training-sets";
        synchronized (f.store) {
            List<ImageAsset> images = f.store.project().getImages();
            f.store.commandStack().execute(TileImageCommand.create(f.store.editingDomain(), images.get(1), new TileGrid(8, 0)));
            f.store.commandStack().execute(TileImageCommand.create(f.store.editingDomain(), images.get(2), new TileGrid(16, 0)));
            images.get(1).getTiles().forEach(t -> tiles.add(t.getId()));
            images.get(2).getTiles().forEach(t -> tiles.add(t.getId()));
            second = images.get(2).getId();
        }
        assertEquals(5, tiles.size());
    }

    @AfterEach
    void stop() {
        f.close();
    }

    TrainingSet inStore(String id) {
        synchronized (f.store) {
            return f.store.project().getTrainingSets().stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
        }
    }

    static String ids(List<String> ids) {
        return "[" + String.join(",", ids.stream().map(i -> "\"" + i + "\"").toList()) + "]";
    }

    @Test
    void aSetIsCreatedFilledReadAndDeleted() throws Exception {
        Fixture.Answer created = f.call("POST", sets, manager,
                "{\"name\":\"first\",\"description\":\"corners\",\"tiles\":" + ids(tiles.subList(0, 2)) + "}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        assertEquals(sets + "/" + id, created.header("Location"));
        assertEquals("manager", inStore(id).getCreatedBy());
        assertEquals(tiles.subList(0, 2), inStore(id).getTiles().stream().map(Tile::getId).toList());

        JsonNode list = f.call("GET", sets, ann, null).json().get("items");
        assertEquals(1, list.size());
        assertEquals("first", list.get(0).get("name").asText());
        assertEquals(2, list.get(0).get("tiles").asInt());
        assertEquals(1, list.get(0).get("images").asInt());

        // the membership replaced: two tiles leave, two join (one of another image), in one command
        List<String> wanted = List.of(tiles.get(1), tiles.get(3), tiles.get(4));
        Fixture.Answer changed = f.call("PUT", sets + "/" + id, admin, "{\"tiles\":" + ids(wanted) + ",\"name\":\"second\"}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(wanted, inStore(id).getTiles().stream().map(Tile::getId).toList());
        assertEquals("second", inStore(id).getName());
        synchronized (f.store) {
            f.store.commandStack().undo();
        }
        assertEquals(tiles.subList(0, 2), inStore(id).getTiles().stream().map(Tile::getId).toList());
        synchronized (f.store) {
            f.store.commandStack().redo();
        }

        Fixture.Answer one = f.call("GET", sets + "/" + id, ann, null);
        assertEquals(200, one.status(), one.toString());
        assertEquals(3, one.json().get("tiles").size());
        JsonNode last = one.json().get("tiles").get(2);
        assertEquals(tiles.get(4), last.get("id").asText());
        assertEquals(second, last.get("image").asText());
        assertEquals(16, last.get("width").asInt());
        assertEquals(2, one.json().get("images").size());
        JsonNode corner = one.json().get("tiles").get(1);
        assertEquals(List.of(8, 8, 8, 8), List.of(corner.get("x").asInt(), corner.get("y").asInt(),
                corner.get("width").asInt(), corner.get("height").asInt()), corner.toString()); // the 2x2 grid's last
        // the same membership again changes nothing and is no error
        assertEquals(200, f.call("PUT", sets + "/" + id, admin, "{\"tiles\":" + ids(wanted) + "}").status());

        assertEquals(204, f.call("DELETE", sets + "/" + id, manager, null).status());
        assertEquals(null, inStore(id));
        assertEquals(0, f.call("GET", sets, admin, null).json().get("items").size());
        // the tiles stay with their images
        synchronized (f.store) {
            assertEquals(4, f.store.project().getImages().get(1).getTiles().size());
        }
        assertProblem(f.call("GET", sets + "/" + id, admin, null), 404, "no training set");
    }

    @Test
    void badInputIsA400UnknownSetsA404AndDuplicateNamesA409() throws Exception {
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[\"nope\"]}"), 400, "no tile nope");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":\"all\"}"), 400, "array of tile ids");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[1]}"), 400, "array of tile ids");
        assertProblem(f.call("POST", sets, admin, "{\"tiles\":[]}"), 400, "'name' is required");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"images\":[]}"), 400, "unknown field 'images'");
        assertEquals(201, f.call("POST", sets, admin, "{\"name\":\"s\"}").status());
        assertProblem(f.call("POST", sets, manager, "{\"name\":\"s\"}"), 409, "named 's' already");
        assertProblem(f.call("PUT", sets + "/nope", admin, "{\"name\":\"t\"}"), 404, "no training set 'nope'");
        assertProblem(f.call("DELETE", sets + "/nope", admin, null), 404, "no training set 'nope'");
        String id = f.call("GET", sets, admin, null).json().get("items").get(0).get("id").asText();
        assertProblem(f.call("PUT", sets + "/" + id, admin, "{}"), 400, "nothing to change");
        assertProblem(f.call("PUT", sets + "/" + id, admin, "{\"tiles\":[\"" + tiles.get(0) + "\",\"gone\"]}"), 400, "no tile gone");
        assertTrue(inStore(id).getTiles().isEmpty());
    }

    @Test
    void anAnnotatorReadsSetsButDoesNotChangeThem() throws Exception {
        String id = f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":" + ids(tiles) + "}").json().get("id").asText();
        assertEquals(200, f.call("GET", sets + "/" + id, ann, null).status());
        assertProblem(f.call("POST", sets, ann, "{\"name\":\"mine\"}"), 403, "ann");
        assertProblem(f.call("PUT", sets + "/" + id, ann, "{\"tiles\":[]}"), 403, "ann");
        assertProblem(f.call("DELETE", sets + "/" + id, ann, null), 403, "ann");
        assertEquals(5, inStore(id).getTiles().size());
    }

    /** A tile the project does not have, as a client's mirror sends one it cut: its id, image and region. */
    String cut(String id, String image, int x, int y, int width, int height) {
        return "{\"id\":\"" + id + "\",\"image\":\"" + image + "\",\"x\":" + x + ",\"y\":" + y + ",\"width\":"
                + width + ",\"height\":" + height + ",\"tile_index\":3,\"row\":1,\"column\":1}";
    }

    List<String> tileIds(String image) {
        synchronized (f.store) {
            return f.store.project().getImages().stream().filter(i -> i.getId().equals(image)).findFirst().orElseThrow()
                    .getTiles().stream().map(Tile::getId).toList();
        }
    }

    @Test
    void aMirrorKeepsItsSetIdAndSendsTheTilesItCut() throws Exception {
        String body = "{\"id\":\"mirror-set-1\",\"name\":\"mine\",\"tiles\":[\"" + tiles.get(0) + "\","
                + cut("mirror-tile-1", second, 4, 2, 8, 10) + "]}";
        Fixture.Answer created = f.call("POST", sets, manager, body);
        assertEquals(201, created.status(), created.toString());
        assertEquals("mirror-set-1", created.json().get("id").asText());
        assertEquals(List.of(tiles.get(0), "mirror-tile-1"), inStore("mirror-set-1").getTiles().stream().map(Tile::getId).toList());
        assertEquals(List.of(tiles.get(4), "mirror-tile-1"), tileIds(second), "the new tile joined its image");
        Tile made = inStore("mirror-set-1").getTiles().get(1);
        assertEquals(List.of(4, 2, 8, 10, 3, 1, 1), List.of(made.getX(), made.getY(), made.getWidth(), made.getHeight(),
                made.getTileIndex(), made.getRow(), made.getColumn()));
        synchronized (f.store) { // the set and its new tile are one command
            f.store.commandStack().undo();
        }
        assertEquals(null, inStore("mirror-set-1"));
        assertEquals(List.of(tiles.get(4)), tileIds(second));
        synchronized (f.store) {
            f.store.commandStack().redo();
        }

        // the id is taken: 409 with the set that has it (a client whose first try arrived knows its own set)
        Fixture.Answer again = f.call("POST", sets, manager, "{\"id\":\"mirror-set-1\",\"name\":\"other\"}");
        assertProblem(again, 409, "id 'mirror-set-1' already");
        assertEquals("mine", again.json().get("current").get("name").asText());
        assertProblem(f.call("POST", sets, manager, "{\"id\":\"a b\",\"name\":\"x\"}"), 400, "'id' must be");

        // a change names the tile the server has now by its object again, and one more new one: nothing doubled
        Fixture.Answer changed = f.call("PUT", sets + "/mirror-set-1", manager, "{\"tiles\":["
                + cut("mirror-tile-1", second, 4, 2, 8, 10) + "," + cut("mirror-tile-2", second, 0, 0, 16, 16) + "]}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(List.of("mirror-tile-1", "mirror-tile-2"), inStore("mirror-set-1").getTiles().stream().map(Tile::getId).toList());
        assertEquals(List.of(tiles.get(4), "mirror-tile-1", "mirror-tile-2"), tileIds(second));
        JsonNode told = changed.json().get("tiles").get(1);
        assertEquals(second, told.get("image").asText());
        assertEquals(16, told.get("width").asInt());
    }

    @Test
    void aTileObjectThatDescribesNoTileIsA400AndChangesNothing() throws Exception {
        String first;
        synchronized (f.store) {
            first = f.store.project().getImages().get(1).getId();
        }
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[" + cut("t1", second, 10, 0, 8, 8) + "]}"),
                400, "reaches outside its image");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[" + cut("t1", "nope", 0, 0, 8, 8) + "]}"),
                400, "no image 'nope'");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[" + cut(tiles.get(4), first, 0, 0, 8, 8) + "]}"),
                400, "is a tile of image '" + second + "'");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[{\"id\":\"t1\",\"image\":\"" + second
                + "\",\"x\":0,\"y\":0,\"width\":8}]}"), 400, "needs the field 'height'");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[" + cut("t1", second, -1, 0, 8, 8) + "]}"),
                400, "'x' must be a whole number from 0");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[" + cut("t 1", second, 0, 0, 8, 8) + "]}"),
                400, "a tile's 'id' must be");
        assertProblem(f.call("POST", sets, admin, "{\"name\":\"s\",\"tiles\":[{\"id\":\"t1\",\"image\":\"" + second
                + "\",\"colour\":1}]}"), 400, "unknown field 'tiles[].colour'");
        assertEquals(0, f.call("GET", sets, admin, null).json().get("items").size());
        assertEquals(List.of(tiles.get(4)), tileIds(second));
    }
}
