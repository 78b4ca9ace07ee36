package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.client.ServerConnection;
import org.annotide.tests.support.openapi.CheckedHttpClient;
import org.annotide.tests.support.openapi.OpenApiCheck;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the client receives in these tests is held to the server's OpenAPI document ({@link TeamServer#login} gives
 * each connection a {@link CheckedHttpClient}): shown here with a document that no longer says what the server sends,
 * as it would read had the server changed without its document. A connection through such a client fails on the
 * answer and reports the socket message, while the code under test still hears the message.
 */
class ClientOpenApiCheckTest extends ServerAndMirrors {

    /** The fixture's connections go through the check: what a mirror's opening received is recorded as checked. */
    @Test
    void theFixturesConnectionsAreChecked() throws Exception {
        server = new TeamServer(temp);
        Client manager = client("manager");
        manager.await(5_000, "online", () -> manager.remote.isOnline());
        OpenApiCheck document = server.documents.document(server.url());
        assertTrue(document.succeeded.containsAll(Set.of("POST /api/v1/auth/login", "GET /api/v1/projects/{project}")),
                document.succeeded.toString());
        manager.await(5_000, "the project socket's first message checked", () -> document.heard.contains(
                "GET /api/v1/projects/{project}/ws connected"));
        assertEquals(List.of(), server.documents.problems());
    }

    @Test
    void anAnswerOrASocketMessageTheDocumentDoesNotSayIsCaught() throws Exception {
        server = new TeamServer(temp);
        HttpClient plain = HttpClient.newHttpClient();
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(plain.send(HttpRequest.newBuilder(URI.create(
                server.url() + "/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
        ObjectNode projects = (ObjectNode) document.at("/paths/~1api~1v1~1projects/get/responses/200/content"
                + "/application~1json");
        projects.putObject("schema").put("type", "array"); // the server answers an object
        ObjectNode messages = (ObjectNode) document.at("/paths/~1api~1v1~1projects~1{project}~1ws/get/"
                + OpenApiCheck.MESSAGES);
        assertTrue(messages.has("connected"), messages.toString());
        messages.remove("connected"); // the first message of the project socket
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        HttpClient checked = new CheckedHttpClient(plain, () -> new OpenApiCheck(document), problems::add);

        try (ServerConnection connection = ServerConnection.login(server.url(), "manager",
                TeamServer.PASSWORD.toCharArray(), false, checked)) {
            assertEquals(List.of(), problems, "the log-in is as the document says");
            AssertionError answer = assertThrows(AssertionError.class, connection::projects);
            assertTrue(answer.getMessage().contains("GET /api/v1/projects 200: /: object where the schema says "
                    + "\"array\""), answer.getMessage());

            List<String> heard = new CopyOnWriteArrayList<>();
            WebSocket socket = connection.openProjectSocket(server.projectId, new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    heard.add(data.toString());
                    ws.request(1);
                    return null;
                }
            }).get();
            long end = System.currentTimeMillis() + 5_000;
            while (heard.isEmpty() && System.currentTimeMillis() < end) {
                Thread.sleep(10);
            }
            socket.abort();
            assertTrue(!heard.isEmpty() && heard.get(0).contains("\"connected\""), "the client hears it: " + heard);
            assertTrue(problems.stream().anyMatch(p -> p.contains("message: the type 'connected' is not one the "
                    + "document declares")), problems.toString());
        }
    }
}
