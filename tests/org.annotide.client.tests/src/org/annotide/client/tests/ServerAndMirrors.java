package org.annotide.client.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A real team server on loopback (the test starts it) and the mirrors a test opens on it, closed after each test. */
abstract class ServerAndMirrors {

    @TempDir
    Path temp;
    TeamServer server;
    final List<Client> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(Client::close);
        if (server != null) {
            server.close();
        }
    }

    /**
     * Takes the server away (its port refuses connections) and waits until each of {@code watching} noticed: from then
     * on their edits wait in the outbox.
     */
    void serverAway(Client... watching) throws Exception {
        server.stop();
        for (Client c : watching) {
            c.await(5000, "the mirror notices the server is away", () -> !c.remote.isOnline());
        }
    }

    /**
     * Brings the server back on the same port and waits until each of {@code sending} is online again with its outbox
     * empty: it logged in anew, caught up and sent what waited.
     */
    void serverBack(Client... sending) throws Exception {
        server.start();
        for (Client c : sending) {
            c.await(Client.AFTER_RESTART_MILLIS, "back online with every edit sent (" + c.remote.unsent() + " unsent)",
                    () -> c.remote.isOnline() && c.remote.unsent() == 0);
        }
    }

    /** A new mirror of the server's project for {@code user}, in a folder of its own. */
    Client client(String user) throws Exception {
        Client c = new Client(server, user, temp.resolve("mirrors-" + user + "-" + clients.size()));
        clients.add(c);
        return c;
    }
}
