package org.annotide.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.access.UserDirectory;
import org.annotide.client.ServerConnection;
import org.annotide.client.SyncListener;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;
import org.annotide.tests.support.openapi.ServedDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project socket of a mirror against a real server on loopback: only the socket opened last counts. An older
 * socket that closes after a newer one opened (as after a reconnection whose earlier socket was slow to go) leaves the
 * newer socket and the mirror online; the newer socket's own loss still marks the mirror offline.
 */
class MirrorSocketTest {

    private static final String PASSWORD = "correct horse";

    @TempDir
    Path temp;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final ServedDocuments documents = new ServedDocuments();
    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "owner"));

    @AfterEach
    void close() throws Exception {
        Collections.reverse(opened);
        for (AutoCloseable c : opened) {
            c.close();
        }
        owner.shutdownNow();
        documents.assertConforming();
    }

    @Test
    void anOlderSocketClosingLateLeavesTheNewerOneAndTheMirrorOnline() throws Exception {
        ProjectStore served = ProjectStore.create(temp.resolve("server/cells"), "cells");
        opened.add(served);
        UserDirectory users = UserDirectory.open(temp.resolve("server"));
        users.add(new Account("manager", Role.TEAM_MANAGER), PASSWORD.toCharArray());
        AnnotideServer server = AnnotideServer.builder().port(0).project(served).permissions(new RolePermissions())
                .users(users).start();
        opened.add(server::close);
        String url = "http://127.0.0.1:" + server.port();
        ServerConnection connection = ServerConnection.login(url, "manager", PASSWORD.toCharArray(), false,
                documents.client(url)); // what the mirror hears held to the server's OpenAPI document
        opened.add(connection);

        Path folder = temp.resolve("mirror");
        ProjectStore store = ProjectStore.create(folder, "mirror");
        opened.add(store);
        Outbox outbox = Outbox.open(folder);
        List<String> heard = new CopyOnWriteArrayList<>();
        SyncListener listener = new SyncListener() {
            @Override
            public void reachability(boolean reachable, String message) {
                heard.add((reachable ? "reachable: " : "unreachable: ") + message);
            }
        };
        Mirror mirror = new Mirror(connection, served.project().getId(), store, outbox,
                new LocalEdits(outbox, id -> false), owner, List.of(listener));
        ProjectEvents events = new ProjectEvents(mirror, new ServerChanges(mirror), new ImageFiles(mirror, new RemoteTiles(mirror)), () -> false);
        opened.add(events::close);

        events.open();
        events.release();
        WebSocket older = events.socket();
        assertNotNull(older);
        events.open(); // a reconnection while the older socket has not gone yet
        events.release();
        WebSocket newer = events.socket();
        assertNotSame(older, newer);
        mirror.setOnline(true, "connected");

        older.sendClose(WebSocket.NORMAL_CLOSURE, "late").get(5, TimeUnit.SECONDS);
        await(() -> older.isInputClosed(), "the server's answer to the older socket's close");
        Thread.sleep(200); // the listener runs after the input closed
        assertSame(newer, events.socket(), "the newer socket stays the one events come from");
        assertTrue(mirror.isOnline(), "still online: " + heard);
        assertEquals(List.of("reachable: connected"), heard);

        newer.sendClose(WebSocket.NORMAL_CLOSURE, "gone").get(5, TimeUnit.SECONDS);
        await(() -> !mirror.isOnline(), "the newer socket's loss marks the mirror offline");
        assertTrue(heard.get(1).startsWith("unreachable: the server ") && heard.get(1).contains(
                "the server closed the connection"), heard.toString());
        assertEquals(null, events.socket());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 5 s: " + what);
            }
            Thread.sleep(10);
        }
    }
}
