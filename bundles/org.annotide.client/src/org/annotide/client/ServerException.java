package org.annotide.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request the server refused (its status and the problem's detail), or one that did not reach it (status 0: refused
 * connection, timeout; or 503: the server cannot store or check it now). {@link #isUnreachable()} tells the two apart:
 * an unreachable server is worth trying again, a refusal is not.
 */
public final class ServerException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient JsonNode problem;

    public ServerException(int status, String message, JsonNode problem, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problem = problem;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The problem document the server sent (RFC 9457), or null. */
    public JsonNode problem() {
        return problem;
    }

    /** No answer, or 503: the request may succeed later, unchanged. */
    public boolean isUnreachable() {
        return status == 0 || status == 503;
    }
}
