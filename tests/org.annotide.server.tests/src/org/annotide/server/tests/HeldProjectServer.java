package org.annotide.server.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.annotide.access.RolePermissions;
import org.annotide.server.AnnotideServer;
import org.annotide.server.db.ProjectContent;
import org.annotide.server.db.ProjectWriteThrough;
import org.annotide.tests.support.openapi.OpenApiCheck;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A project held in PostgreSQL, served on loopback from a new working copy (as the server's start serves it: the copy
 * built from the rows, every change written through), by a server without workers, with the admin's token
 * ({@link DatabaseServerTest#holdShoes}); the HTTP calls of the tests on it, each answer held to the server's OpenAPI
 * document as {@link Fixture#call} holds it ({@link OpenApiCheck}). Closing it stops the server, then closes the
 * write-through and the copy's store.
 */
final class HeldProjectServer implements AutoCloseable {

    /** An answer: the status, its JSON (null when it is none) and its text. */
    record Reply(int status, JsonNode json, String text) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ProjectWriteThrough copy;
    private final AnnotideServer server;
    private final String token;
    /** The server's OpenAPI document, read at the first call. */
    private OpenApiCheck document;

    private HeldProjectServer(ProjectWriteThrough copy, AnnotideServer server) throws Exception {
        this.copy = copy;
        this.server = server;
        this.token = login("admin");
    }

    /** A token of a user of the database (password {@link Fixture#PASSWORD}), for {@link #callAs}. */
    String login(String user) throws Exception {
        Reply login = call("POST", "/api/v1/auth/login", null,
                Fixture.JSON.writeValueAsString(Map.of("username", user, "password", Fixture.PASSWORD)));
        if (login.status() != 200) {
            throw new AssertionError("login of " + user + ": " + login.status() + " " + login.text());
        }
        return login.json().get("token").asText();
    }

    /**
     * Serves the held project {@code id} of {@code pg} from a working copy in {@code copies/id} (replacing the one an
     * earlier start left there); what making the copy noted goes to {@code notes}.
     */
    static HeldProjectServer start(TestDatabase pg, String id, Path copies, Path auditSpool, List<String> notes)
            throws Exception {
        ProjectWriteThrough copy = new ProjectContent(pg.db).serve(id, copies.resolve(id), notes);
        AnnotideServer server = null;
        try {
            server = AnnotideServer.builder().port(0).database(pg.db).workers(0).permissions(new RolePermissions())
                    .auditSpool(auditSpool).project(copy.store()).start();
            return new HeldProjectServer(copy, server);
        } catch (Exception | AssertionError e) {
            if (server != null) {
                server.close();
            }
            copy.close();
            copy.store().close();
            throw e;
        }
    }

    /** The write-through that keeps the rows equal to the working copy (its commits stay readable after close). */
    ProjectWriteThrough copy() {
        return copy;
    }

    /** A call as the admin; a body is sent as JSON. */
    Reply call(String method, String path, String body) throws Exception {
        return call(method, path, token, body);
    }

    /** A call with another user's token ({@link #login}); a body is sent as JSON. */
    Reply callAs(String bearer, String method, String path, String body) throws Exception {
        return call(method, path, bearer, body);
    }

    private Reply call(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return reply(method, path, http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** POSTs bytes as they are (an image upload) as the admin, with their content type. */
    Reply upload(String path, byte[] bytes, String contentType) throws Exception {
        return reply("POST", path, http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** GETs bytes as the admin; anything but 200 fails the test. */
    byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode());
        }
        conforming("GET", path, response, response.body());
        return response.body();
    }

    private Reply reply(String method, String path, HttpResponse<String> response) throws Exception {
        String text = response.body();
        conforming(method, path, response, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), text.startsWith("{") ? Fixture.JSON.readTree(text) : null, text);
    }

    /** Fails the test when an answer is not what the server's OpenAPI document says, as {@link Fixture#conforming}. */
    private void conforming(String method, String path, HttpResponse<?> response, byte[] body) throws Exception {
        if (document == null) {
            document = OpenApiCheck.of(http, server.baseUrl());
        }
        List<String> problems = document.problems(method, path, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), body);
        if (!problems.isEmpty()) {
            throw new AssertionError("the answer differs from the OpenAPI document: " + problems + "\n"
                    + response.statusCode() + " " + new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            copy.close();
            copy.store().close();
        }
    }
}
