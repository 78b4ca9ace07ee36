package org.annotide.server.internal;

import java.util.Map;

import org.annotide.access.Account;
import org.eclipse.jetty.util.Fields;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One request as an operation sees it: its route, who, path parameters, query, headers, body ({@code json}: the body
 * parsed as the route declares it, null for a route that declares none).
 */
record Call(Route route, Account user, Sessions.Session session, Map<String, String> params, Fields query,
        org.eclipse.jetty.http.HttpFields headers, byte[] body, ObjectNode json, org.eclipse.jetty.server.Request request) {

    /** The client's address (asked of the request only by the few operations that record it). */
    String address() {
        return org.eclipse.jetty.server.Request.getRemoteAddr(request);
    }

    String param(String name) {
        return params.get(name);
    }

    /**
     * A query parameter the route declares ({@link Route#query}); asking for another is a mistake of the code, not of
     * the request: the OpenAPI document would not list it.
     */
    String query(String name) {
        if (!route.takes(name)) {
            throw new IllegalStateException(route.method() + " " + route.template() + " reads the query parameter '"
                    + name + "' but does not declare it");
        }
        return query.getValue(name);
    }

    /**
     * The JSON body as the route declares it ({@link Route#body}), parsed before the operation ran (a field it does
     * not declare was a 400 then).
     */
    public ObjectNode json() {
        if (json == null) {
            throw new IllegalStateException(route.method() + " " + route.template() + " reads a JSON body but does "
                    + "not declare one");
        }
        return json;
    }

    /** A query parameter that is true or false: null when absent, a 400 naming it when it is anything else. */
    Boolean flag(String name) {
        String value = query(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new ApiException(400, name + " must be true or false, not '" + value + "'");
        }
        return Boolean.valueOf(value);
    }
}
