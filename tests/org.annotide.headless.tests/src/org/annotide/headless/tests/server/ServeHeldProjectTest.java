package org.annotide.headless.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.annotide.access.Account;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.server.ServerAdminVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.model.Annotation;
import org.annotide.model.Role;
import org.annotide.server.db.ServerDatabase;
import org.annotide.tests.support.db.ScratchDatabase;
import org.annotide.tests.support.db.ScratchDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code annotide-cli serve --db} of a project held in PostgreSQL (a child JVM, {@link ChildCli}): it serves the
 * project from a working copy, a write it answered 201 is in the database although the server is then killed with
 * SIGKILL, and {@code server export-project} brings it back.
 */
class ServeHeldProjectTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse";

    @TempDir
    Path temp;
    @RegisterExtension
    final ScratchDatabases databases = new ScratchDatabases();

    @Test
    void aWriteTheServerAnsweredSurvivesKillMinus9() throws Exception {
        ScratchDatabase database = databases.create();
        String url = database.url();
        Path source = ProjectContentVerbsTest.project(temp.resolve("shoes"));
        Cli imported = Cli.run(List.of(new ServerAdminVerb()), "server", "import-project", source.toString(), "--db", url);
        assertEquals(CliVerb.OK, imported.exitCode, imported.err);
        try (ServerDatabase db = ServerDatabase.open(database.settings(2))) {
            db.addUser(new Account("admin", Role.ADMIN), PASSWORD.toCharArray());
        }

        Path copies = temp.resolve("copies");
        Process server = ChildCli.start(ChildCli.configuration(temp), temp.resolve("child-data"), "serve", "--db", url,
                "--port", "0", "--workers", "0", "--working-copies", copies.toString());
        String id;
        try {
            String base = ChildCli.awaitServing(server);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            String token = JSON.readTree(login.body()).get("token").asText();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/projects/shoes-1/images/b/annotations"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label_class\":\"light\",\"shape\":{\"kind\":\"box\","
                            + "\"x\":4,\"y\":2,\"width\":8,\"height\":6}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            id = JSON.readTree(created.body()).get("id").asText();
            assertTrue(Files.exists(copies.resolve("shoes-1").resolve(".annotide-working-copy")), "the working copy");
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }

        Path out = temp.resolve("out");
        Cli exported = Cli.run(List.of(new ServerAdminVerb()), "server", "export-project", "shoes-1", out.toString(),
                "--db", url);
        assertEquals(CliVerb.OK, exported.exitCode, exported.err);
        try (ProjectStore copy = ProjectStore.openReadOnly(out)) {
            List<Annotation> annotations = copy.project().getImages().get(1).getAnnotations();
            assertEquals(2, annotations.size(), "the one imported and the one written over HTTP");
            Annotation written = annotations.get(1);
            assertEquals(id, Long.toString(written.getId()));
            assertEquals("light", written.getLabelClass().getName());
        }
    }
}
