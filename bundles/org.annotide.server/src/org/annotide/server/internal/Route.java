package org.annotide.server.internal;

import java.util.List;
import java.util.Map;

/**
 * One operation of the API: method, path template ({@code /api/v1/projects/{project}}), a summary for the OpenAPI
 * document, and what it does.
 */
record Route(String method, String template, String summary, Operation operation, boolean streamsBody) {

    Route(String method, String template, String summary, Operation operation) {
        this(method, template, summary, operation, false);
    }

    @FunctionalInterface
    interface Operation {
        Reply handle(Call call) throws Exception;
    }

    /** The path parameters when the path fits the template, else null. */
    Map<String, String> match(List<String> segments) {
        String[] parts = template.substring(1).split("/");
        if (parts.length != segments.size()) {
            return null;
        }
        Map<String, String> params = new java.util.HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("{")) {
                if (segments.get(i).isEmpty()) {
                    return null;
                }
                params.put(parts[i].substring(1, parts[i].length() - 1), segments.get(i));
            } else if (!parts[i].equals(segments.get(i))) {
                return null;
            }
        }
        return params;
    }
}
