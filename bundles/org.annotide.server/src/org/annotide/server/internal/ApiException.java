package org.annotide.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request that cannot be served: its HTTP status and a message for the caller (never a stack trace). */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final transient ObjectNode extra;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    public ApiException(int status, String message, ObjectNode extra) {
        super(message, null, false, false);
        this.status = status;
        this.extra = extra;
    }
}
