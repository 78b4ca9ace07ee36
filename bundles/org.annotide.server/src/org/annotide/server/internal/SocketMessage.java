package org.annotide.server.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One kind of message a WebSocket sends, declared once beside the code that sends it: its {@code type} and the
 * {@link Schema} of the whole message (the type a {@code const}, the other fields as the sender writes them). The
 * sender starts each message from its declaration ({@link #create}), so a type is never spelt twice; the OpenAPI
 * document lists each socket's declarations ({@link OpenApi}), and the server tests hold every message a test socket
 * hears to them: a message of a type the socket does not declare, or a field that differs, fails the test.
 */
record SocketMessage(String type, String description, Schema schema) {

    /** A message {@code {"type": type, fields...}}. */
    static SocketMessage of(String type, String description, Schema.Property... fields) {
        List<Schema.Property> all = new ArrayList<>();
        all.add(Schema.field("type", Schema.constant(type)));
        all.addAll(List.of(fields));
        return new SocketMessage(type, description, Schema.object(all).described(description));
    }

    /** A message of this kind with its type set; the sender adds the rest. */
    ObjectNode create() {
        return Json.object().put("type", type);
    }
}
