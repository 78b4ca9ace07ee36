package org.annotide.server.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What an operation answers: a status, headers and a JSON body, or a file range. */
final class Reply {

    final int status;
    final JsonNode json;
    final Map<String, String> headers = new LinkedHashMap<>();
    /** A body already serialised, sent as it is: JSON unless {@link #contentType} says otherwise (a PNG tile). */
    byte[] bytes;
    Path file;
    /** A body written as it is made (chunked), of {@link #contentType}; see {@link #streamed}. */
    BodyWriter stream;
    long offset;
    long length;
    String contentType;

    Reply(int status, JsonNode json) {
        this.status = status;
        this.json = json;
    }

    static Reply ok(JsonNode json) {
        return new Reply(200, json);
    }

    /** 200 with JSON bytes serialised before (a cached page). */
    static Reply okBytes(byte[] json) {
        Reply reply = new Reply(200, null);
        reply.bytes = json;
        return reply;
    }

    /** Writes a body to the response as it is made. */
    @FunctionalInterface
    interface BodyWriter {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /** 200 with a body written as it is made: nothing of it is held in memory whole. */
    static Reply streamed(String contentType, BodyWriter writer) {
        Reply reply = new Reply(200, null);
        reply.contentType = contentType;
        reply.stream = writer;
        return reply;
    }

    static Reply noContent() {
        return new Reply(204, null);
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
