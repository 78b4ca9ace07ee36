package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Annotation pages are sent from a cache of serialised pages: a page read again is the same bytes, and every change
 * (create, replace, delete) shows in the very next read, for the user who made it and for another user. A change the
 * server's commands did not make (the page's generation does not move) shows once the page has expired (a second),
 * also when many clients read the expired page at once (one makes it again, the others get the bytes before meanwhile).
 */
class PageCacheTest extends ServedProjectTest {

    private List<String> page(String path, String token) throws Exception {
        Fixture.Answer answer = f.call("GET", path + "?limit=100", token, null);
        assertEquals(200, answer.status(), answer.toString());
        assertEquals("application/json", answer.header("Content-Type"));
        List<String> items = new ArrayList<>();
        for (JsonNode item : answer.json().get("items")) {
            items.add(item.get("id").asText() + ":" + item.get("shape").path("x").asText() + ":" + item.get("version").asText());
        }
        return items;
    }

    private String manager;
    private String admin;
    private String classId;
    private String path;

    /** Serves the project; a manager and an admin log in; its first class and its first image's annotations. */
    private void serve() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        manager = f.login("manager");
        admin = f.login("admin");
        classId = f.call("GET", "/api/v1/projects/" + f.projectId + "/label-classes", admin, null).json()
                .get("items").get(0).get("id").asText();
        path = "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations";
    }

    @Test
    void everyChangeShowsInTheNextPageRead() throws Exception {
        serve();
        List<String> empty = page(path, manager);
        assertEquals(empty, page(path, manager), "read twice: the same page");
        assertEquals(empty, page(path, admin));

        Fixture.Answer created = f.call("POST", path, manager, ServerApiTest.box(classId, 3));
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        List<String> one = page(path, manager);
        assertEquals(empty.size() + 1, one.size(), "the new annotation is on the next read: " + one);
        assertEquals(one, page(path, admin), "and for another user");

        Fixture.Answer replaced = f.call("PUT", path + "/" + id, admin, ServerApiTest.box(classId, 9));
        assertEquals(200, replaced.status(), replaced.toString());
        List<String> changed = page(path, manager);
        assertNotEquals(one, changed);
        String last = changed.get(changed.size() - 1);
        assertEquals(id + ":" + replaced.json().get("shape").path("x").asText() + ":"
                + replaced.json().get("version").asText(), last, changed.toString());
        assertNotEquals(one.get(one.size() - 1), last, "the replaced version is read");

        assertEquals(204, f.call("DELETE", path + "/" + id, manager, null).status());
        assertEquals(empty, page(path, manager), "deleted: gone from the next read");
        assertEquals(empty, page(path, admin));
    }

    @Test
    void aChangeOutsideTheCommandsShowsOnceThePageExpiredEvenWhenManyReadItAtOnce() throws Exception {
        serve();
        Fixture.Answer created = f.call("POST", path, manager, ServerApiTest.box(classId, 3));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        List<String> before = page(path, manager);

        synchronized (f.store) { // as a change from outside the server's commands: no generation moves
            ImageAsset image = f.store.project().getImages().stream().filter(i -> i.getId().equals(f.image))
                    .findFirst().orElseThrow();
            Annotation annotation = image.getAnnotations().stream().filter(a -> a.getId() == id).findFirst()
                    .orElseThrow();
            ((BoxShape) annotation.getShape()).setX(77);
        }
        assertEquals(before, page(path, manager), "within its second the cached page is sent");
        Thread.sleep(1_100);
        List<Thread> readers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int r = 0; r < 8; r++) {
            Thread reader = new Thread(() -> {
                try {
                    page(path, manager);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            readers.add(reader);
            reader.start();
        }
        for (Thread reader : readers) {
            reader.join(30_000);
        }
        assertTrue(failures.isEmpty(), failures.toString());
        List<String> after = page(path, manager);
        assertTrue(after.stream().anyMatch(item -> item.startsWith(id + ":77")),
                "after the readers the page is made again: " + after);
    }
}
