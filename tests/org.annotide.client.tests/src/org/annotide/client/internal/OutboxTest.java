package org.annotide.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a mirror's outbox writes after each command: only what waits to be sent, what the server lacks and the
 * versions that changed, not what grows with the project (every annotation's version, every image the server has).
 * A torn last line of the versions' file (a kill while appending) is left out, a damaged one before it is a clear
 * error, and an outbox written before keeps its versions.
 */
class OutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private static String version(long id) {
        return String.format(Locale.ROOT, "%020x", id * 7919);
    }

    private Path log() {
        return folder.resolve(VersionLog.FILE_NAME);
    }

    private long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    @Test
    void aCommandWritesWhatChangedNotEveryVersionOfTheProject() throws Exception {
        Outbox box = Outbox.open(folder);
        for (long id = 1; id <= 100_000; id++) {
            box.setVersion(id, version(id));
        }
        for (int i = 0; i < 10_000; i++) {
            box.images().setOnServer("image-" + i, true);
        }
        box.save();
        long whole = size(log());
        assertTrue(whole > 100_000 * 20, "every version once: " + whole);

        // one command: an annotation moved, sent and acknowledged
        box.changed("image-1", 5000);
        box.acknowledged(box.pending(5000), 5000, "moved");
        long start = System.nanoTime();
        box.save();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long appended = size(log()) - whole;
        long outbox = size(folder.resolve(Outbox.FILE_NAME));
        System.out.println("OUTBOX one command over 100000 versions and 10000 images: " + (appended + outbox)
                + " bytes written (" + appended + " appended to the versions, " + outbox + " the outbox) in "
                + millis + " ms");
        assertTrue(appended > 0 && appended < 64, "only the changed version is appended: " + appended);
        assertTrue(outbox < 1024, "the outbox holds neither the versions nor the images the server has: " + outbox);

        Outbox again = Outbox.open(folder);
        assertEquals("moved", again.version(5000));
        assertEquals(version(99_999), again.version(99_999));
        assertEquals(0, again.size());
    }

    @Test
    void theVersionsFileStaysWithinTwiceWhatItHolds() throws Exception {
        Outbox box = Outbox.open(folder);
        for (long id = 1; id <= 600; id++) {
            box.setVersion(id, version(id));
        }
        box.save();
        for (int round = 0; round < 200; round++) { // ten annotations changed over and over: 2000 changes
            for (long id = 1; id <= 10; id++) {
                box.setVersion(id, "v" + round);
            }
            box.save();
        }
        box.setVersion(11, null); // and one deleted
        box.save();
        long lines = Files.readAllLines(log()).size();
        assertTrue(lines <= 2 * 600, "written anew when it outgrew twice the versions: " + lines + " lines");
        Outbox again = Outbox.open(folder);
        assertEquals("v199", again.version(7));
        assertNull(again.version(11));
        assertEquals(version(600), again.version(600));
    }

    @Test
    void aTornLastLineIsLeftOutAndADamagedOneBeforeItIsAClearError() throws Exception {
        Outbox box = Outbox.open(folder);
        box.setVersion(1, "a");
        box.setVersion(2, "b");
        box.save();
        Files.writeString(log(), "[3,\"c", java.nio.file.StandardOpenOption.APPEND); // a kill while appending
        Outbox torn = Outbox.open(folder);
        assertEquals("b", torn.version(2));
        assertNull(torn.version(3));
        torn.setVersion(4, "d");
        torn.save(); // written anew: nothing is appended to the torn line
        assertEquals(List.of("[1,\"a\"]", "[2,\"b\"]", "[4,\"d\"]"), Files.readAllLines(log()).stream().sorted().toList());

        Files.writeString(log(), "[1,\"a\"]\nnot json\n[2,\"b\"]\n");
        IOException damaged = assertThrows(IOException.class, () -> Outbox.open(folder));
        assertTrue(damaged.getMessage().contains(VersionLog.FILE_NAME + " is damaged at line 2"), damaged.getMessage());
    }

    @Test
    void anOutboxWrittenBeforeMovesItsVersionsAndKnownImagesOut() throws Exception {
        Files.writeString(folder.resolve(Outbox.FILE_NAME), """
                {"versions": {"10": "ten", "11": "eleven"}, "pending": [], "conflicts": {},
                 "images": {"known": ["a", "b"], "pending": [{"op": "create", "id": "new"}]}}""");
        Outbox box = Outbox.open(folder);
        assertEquals("ten", box.version(10));
        box.images().mirrorHas(List.of("a", "b", "refused", "new"));
        assertTrue(box.images().isOnServer("a") && box.images().isOnServer("b"));
        assertFalse(box.images().isOnServer("refused"), "what the older file did not know the server has, it lacks");
        assertFalse(box.images().isOnServer("new"));
        box.save();
        JsonNode written = JSON.readTree(folder.resolve(Outbox.FILE_NAME).toFile());
        assertFalse(written.has("versions"));
        assertEquals("[\"refused\"]", written.path("images").path("lacking").toString());
        assertFalse(written.path("images").has("known"));

        Outbox again = Outbox.open(folder);
        assertEquals("eleven", again.version(11));
        again.images().mirrorHas(List.of("a", "b", "refused", "new", "c"));
        assertTrue(again.images().isOnServer("c"), "an image of the mirror the server does not lack");
        assertFalse(again.images().isOnServer("refused"));
        assertTrue(again.images().isPending("new"));
        again.images().setOnServer("refused", true); // the next catching up found it on the server after all
        again.images().lacks("b"); // and b not
        again.save();
        Outbox third = Outbox.open(folder);
        third.images().mirrorHas(List.of("a", "b", "refused"));
        assertTrue(third.images().isOnServer("refused"));
        assertFalse(third.images().isOnServer("b"));
    }
}
