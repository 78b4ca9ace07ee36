package org.annotide.tests.support.openapi;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A WebSocket listener (a test's, or the one the code under test opened) behind a check: each text message, once
 * whole, is held to the server's OpenAPI document ({@link OpenApiCheck#messageProblems}: a type the socket does not
 * declare, or a field that differs from the declared schema, is a problem) before that listener hears it, as a whole
 * message ({@code last} true). A problem goes to {@code problems} (the test's fixture fails the test with it when it
 * closes, as a failure thrown on the socket's own thread would only end the socket) and the message is still passed
 * on, so the listener hears what came.
 */
public final class CheckedSocket implements WebSocket.Listener {

    private final String path;
    private final OpenApiCheck document;
    private final WebSocket.Listener listener;
    private final Consumer<String> problems;
    private final StringBuilder partial = new StringBuilder();

    /** {@code path}: the socket's path, its query too (ignored for the check). */
    public CheckedSocket(String path, OpenApiCheck document, WebSocket.Listener listener, Consumer<String> problems) {
        this.path = path;
        this.document = document;
        this.listener = listener;
        this.problems = problems;
    }

    @Override
    public void onOpen(WebSocket socket) {
        listener.onOpen(socket);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (!last) {
            socket.request(1); // the listener hears the whole message, once
            return null;
        }
        String text = partial.toString();
        partial.setLength(0);
        List<String> found;
        try {
            JsonNode message = OpenApiCheck.JSON.readTree(text);
            found = document.messageProblems(path, message);
        } catch (java.io.IOException e) {
            found = List.of("a message on " + path + " that is no JSON: " + text);
        }
        found.forEach(problems);
        return listener.onText(socket, text, true);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
        problems.accept("a binary message on " + path + ", which the document does not declare");
        return listener.onBinary(socket, data, last);
    }

    @Override
    public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
        return listener.onPing(socket, message);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
        return listener.onPong(socket, message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        return listener.onClose(socket, statusCode, reason);
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        listener.onError(socket, error);
    }
}
