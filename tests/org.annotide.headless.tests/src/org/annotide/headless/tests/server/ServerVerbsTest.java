package org.annotide.headless.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.access.Account;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.server.ServeVerb;
import org.annotide.headless.internal.server.ServerAdminVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.model.Role;
import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ServerProjects;
import org.annotide.tests.support.db.ScratchDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annotide-cli server projects|members} and {@code serve --db} on a real PostgreSQL: a fresh database per test
 * on the server ANNOTIDE_PG_URL names (a role with CREATEDB; a failure under CI without it, skipped elsewhere).
 */
class ServerVerbsTest {

    private final List<CliVerb> commands = List.of(new ServerAdminVerb(), new ServeVerb());

    @TempDir
    Path temp;
    @RegisterExtension
    final ScratchDatabases databases = new ScratchDatabases();
    private String url;

    private void createDatabase() {
        url = databases.create().url();
    }

    private Cli cli(String... arguments) {
        return Cli.run(commands, arguments);
    }

    @Test
    void projectsAndTheirMembersAreKeptInTheDatabase() throws Exception {
        createDatabase();
        Cli migrated = cli("server", "migrate", "--db", url);
        assertEquals(CliVerb.OK, migrated.exitCode, migrated.err);
        assertEquals("MIGRATED V1 users sessions audit jobs\nMIGRATED V2 projects members\nMIGRATED V3 project content\nMIGRATED V4 remembered logins\nMIGRATED V5 annotations of project images\nMIGRATED V6 member notifications\nSCHEMA 6\n", migrated.out);
        try (ServerDatabase db = ServerDatabase.open(DatabaseSettings.parse(url, null, null, 2))) {
            db.addUser(new Account("alice", Role.ADMIN), "a long password".toCharArray());
            db.addUser(new Account("ann", Role.ANNOTATOR), "a long password".toCharArray());
        }
        Path folder = temp.resolve("shoes");
        String id;
        try (ProjectStore store = ProjectStore.create(folder, "shoes")) {
            id = ServerProjects.idOf(store);
        }

        Cli none = cli("serve", "--db", url, "--port", "0");
        assertEquals(CliVerb.FAILED, none.exitCode, none.err);
        assertTrue(none.err.contains("hosts no project"), none.err);

        Cli notAProject = cli("server", "projects", "add", temp.toString(), "--db", url);
        assertEquals(CliVerb.FAILED, notAProject.exitCode, notAProject.out);
        Cli hosted = cli("server", "projects", "add", folder.toString(), "--db", url);
        assertEquals(CliVerb.OK, hosted.exitCode, hosted.err);
        assertEquals("HOSTED " + id + " " + folder.toAbsolutePath().normalize() + "\n", hosted.out);
        assertEquals("PROJECT " + id + " " + folder.toAbsolutePath().normalize() + "\n",
                cli("server", "projects", "list", "--db", url).out);

        assertEquals("MEMBER ann annotator\n", cli("server", "members", id, "add", "ann", "--role", "annotator", "--db", url).out);
        assertEquals("MEMBER ann manager\n", cli("server", "members", id, "add", "ann", "--role", "manager", "--db", url).out);
        Cli nobody = cli("server", "members", id, "add", "nobody", "--role", "annotator", "--db", url);
        assertEquals(CliVerb.USAGE, nobody.exitCode);
        assertTrue(nobody.err.contains("there is no user 'nobody'"), nobody.err);
        Cli elsewhere = cli("server", "members", "boats", "list", "--db", url);
        assertEquals(CliVerb.USAGE, elsewhere.exitCode);
        assertTrue(elsewhere.err.contains("no project 'boats' is hosted"), elsewhere.err);
        assertEquals("MEMBER ann manager\n", cli("server", "members", id, "list", "--db", url).out);
        assertEquals("REMOVED ann\n", cli("server", "members", id, "remove", "ann", "--db", url).out);
        assertEquals("", cli("server", "members", id, "list", "--db", url).out);

        // A hosted folder that went away stops the start with a message that says what to do.
        Files.move(folder, temp.resolve("moved"));
        Cli gone = cli("serve", "--db", url, "--port", "0");
        assertEquals(CliVerb.FAILED, gone.exitCode);
        assertTrue(gone.err.contains("which is not there") && gone.err.contains("server projects remove " + id), gone.err);
        assertEquals("REMOVED " + id + "\n", cli("server", "projects", "remove", id, "--db", url).out);
        assertEquals("", cli("server", "projects", "list", "--db", url).out);
    }
}
