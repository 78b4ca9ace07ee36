package org.annotide.server.internal;

import java.util.Map;

import org.annotide.access.Account;
import org.eclipse.jetty.util.Fields;

/** One request as an operation sees it: who, path parameters, query, headers, body. */
record Call(Account user, Sessions.Session session, Map<String, String> params, Fields query,
        org.eclipse.jetty.http.HttpFields headers, byte[] body, String address,
        org.eclipse.jetty.server.Request request) {

    String param(String name) {
        return params.get(name);
    }

    String query(String name) {
        return query.getValue(name);
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
