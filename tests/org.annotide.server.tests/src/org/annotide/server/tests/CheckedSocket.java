package org.annotide.server.tests;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A test's WebSocket listener behind a check: each text message, once whole, is held to the server's OpenAPI document
 * ({@link OpenApiCheck#messageProblems}: a type the socket does not declare, or a field that differs from the
 * declared schema, is a problem) before the test's listener hears it, as a whole message ({@code last} true). A
 * problem goes to {@code problems} (the fixture fails the test with it when it closes, as a failure thrown on the
 * socket's own thread would only end the socket) and the message is still passed on, so the test sees what it got.
 */
final class CheckedSocket implements WebSocket.Listener {

    private final String path;
    private final OpenApiCheck document;
    private final WebSocket.Listener test;
    private final Consumer<String> problems;
    private final StringBuilder partial = new StringBuilder();

    /** {@code path}: the socket's path, its query too (ignored for the check). */
    CheckedSocket(String path, OpenApiCheck document, WebSocket.Listener test, Consumer<String> problems) {
        this.path = path;
        this.document = document;
        this.test = test;
        this.problems = problems;
    }

    @Override
    public void onOpen(WebSocket socket) {
        test.onOpen(socket);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (!last) {
            socket.request(1); // the test's listener hears the whole message, once
            return null;
        }
        String text = partial.toString();
        partial.setLength(0);
        List<String> found;
        try {
            JsonNode message = Fixture.JSON.readTree(text);
            found = document.messageProblems(path, message);
        } catch (java.io.IOException e) {
            found = List.of("a message on " + path + " that is no JSON: " + text);
        }
        found.forEach(problems);
        return test.onText(socket, text, true);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
        problems.accept("a binary message on " + path + ", which the document does not declare");
        return test.onBinary(socket, data, last);
    }

    @Override
    public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
        return test.onPing(socket, message);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
        return test.onPong(socket, message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        return test.onClose(socket, statusCode, reason);
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        test.onError(socket, error);
    }
}
