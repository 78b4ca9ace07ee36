package org.annotide.server.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation of the API: method, path template ({@code /api/v1/projects/{project}}), a summary for the OpenAPI
 * document, what it does, the status it answers when it succeeds (for that document), what it takes besides its
 * path ({@link Input}): its query parameters and its JSON body (null: none, or bytes it streams itself), and what it
 * answers ({@link Answer}).
 */
record Route(String method, String template, String summary, Operation operation, boolean streamsBody, int success,
        List<Input.Param> query, Input.Body body, Answer answer) {

    /**
     * What an operation answers when it succeeds: a JSON body of {@code json}, or bytes of the media type
     * {@code media} (a file, a tile, CSV), or neither (no body); and the other statuses it answers without failing,
     * with what they mean (206 for a range: part of the bytes; 304 for a tile not changed, 204 for nothing to do: no
     * body).
     */
    record Answer(Schema json, String media, Map<Integer, String> others) {

        static final Answer NOTHING = new Answer(null, null, Map.of());

        Answer alsoAnswering(int status, String meaning) {
            Map<Integer, String> more = new java.util.TreeMap<>(others);
            more.put(status, meaning);
            return new Answer(json, media, Map.copyOf(more));
        }
    }

    Route(String method, String template, String summary, Operation operation) {
        this(method, template, summary, operation, false);
    }

    Route(String method, String template, String summary, Operation operation, boolean streamsBody) {
        this(method, template, summary, operation, streamsBody, usualSuccess(method, template), List.of(), null,
                Answer.NOTHING);
    }

    /** The same route, taking these query parameters. */
    Route taking(List<Input.Param> params) {
        return new Route(method, template, summary, operation, streamsBody, success, List.copyOf(params), body, answer);
    }

    /** The same route, taking this JSON body. */
    Route taking(Input.Body json) {
        return new Route(method, template, summary, operation, streamsBody, success, query, json, answer);
    }

    /** The same route, answering this. */
    Route answering(Answer what) {
        return new Route(method, template, summary, operation, streamsBody, success, query, body, what);
    }

    /** Whether the route takes a query parameter of this name. */
    boolean takes(String param) {
        for (Input.Param p : query) { // asked for each parameter of each request: no stream
            if (p.name().equals(param)) {
                return true;
            }
        }
        return false;
    }

    /** 201 for a POST that creates (not a log-in), 204 for a DELETE, else 200. */
    static int usualSuccess(String method, String template) {
        return method.equals("POST") && !template.contains("/auth/") ? 201 : method.equals("DELETE") ? 204 : 200;
    }

    /** The ways in, which need no token: logging in, resuming a remembered login, the API's own description. */
    private static final Set<String> OPEN = Set.of(ServerCore.API + "/auth/login", ServerCore.API + "/auth/resume",
            ServerCore.API + "/openapi.json");

    /** Whether a call needs a bearer token (dispatch asks, and the OpenAPI document says so as its security). */
    boolean needsToken() {
        return !OPEN.contains(template);
    }

    /** The same route, documented as answering {@code status} on success. */
    Route answering(int status) {
        return new Route(method, template, summary, operation, streamsBody, status, query, body, answer);
    }

    @FunctionalInterface
    interface Operation {
        Reply handle(Call call) throws Exception;
    }

    /**
     * The path parameters when the path fits the template, else null. Every request asks each route in turn, so a
     * route that does not fit answers without allocating: the template is walked in place, and the parameters are
     * taken only once the whole path fits.
     */
    Map<String, String> match(List<String> segments) {
        if (!fits(segments)) {
            return null;
        }
        Map<String, String> params = new java.util.HashMap<>(8);
        int start = 1;
        for (String segment : segments) {
            int end = segmentEnd(start);
            if (template.charAt(start) == '{') {
                params.put(template.substring(start + 1, end - 1), segment);
            }
            start = end + 1;
        }
        return params;
    }

    private boolean fits(List<String> segments) {
        int start = 1; // after the template's leading '/'
        for (String segment : segments) {
            if (start > template.length()) {
                return false; // the path is longer
            }
            int end = segmentEnd(start);
            boolean parameter = template.charAt(start) == '{';
            if (parameter ? segment.isEmpty()
                    : end - start != segment.length() || !template.startsWith(segment, start)) {
                return false;
            }
            start = end + 1;
        }
        return start > template.length(); // else the path is shorter
    }

    private int segmentEnd(int start) {
        int end = template.indexOf('/', start);
        return end < 0 ? template.length() : end;
    }
}
