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

    /** A new mirror of the server's project for {@code user}, in a folder of its own. */
    Client client(String user) throws Exception {
        Client c = new Client(server, user, temp.resolve("mirrors-" + user + "-" + clients.size()));
        clients.add(c);
        return c;
    }
}
