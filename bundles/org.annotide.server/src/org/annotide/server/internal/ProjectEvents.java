package org.annotide.server.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.annotide.access.Account;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The project WebSocket: who listens to which project, and the annotation events sent to them after each committed
 * write. Each listener hears only what it may read through GET (the caller decides that with a {@link Audience});
 * the client whose request made the change (the {@code Annotide-Client} header, the socket's {@code ?client=}) is
 * not told its own change, which it already has from the answer.
 */
final class ProjectEvents {

    /** Decides whether a user may read an annotation of an image of a project (as GET would answer it). */
    @FunctionalInterface
    interface Audience {
        boolean mayRead(Account user, String project, ImageAsset image, Annotation annotation);
    }

    /** A header a client sends with its writes, and the query parameter of its socket, to name itself. */
    static final String CLIENT_HEADER = "Annotide-Client";

    private record Listener(Session session, Account user, String client) {
    }

    /** The listeners chosen for one change, to be told once it is committed. */
    record Recipients(List<Listener> listeners, String type, String project, String image) {
        void send(ObjectNode annotation) {
            if (listeners.isEmpty()) {
                return;
            }
            ObjectNode message = Json.object().put("type", type).put("project", project).put("image", image);
            message.set("annotation", annotation);
            message.put("version", annotation.has("version") ? annotation.get("version").asText() : null);
            String text = message.toString();
            for (Listener listener : listeners) {
                if (listener.session().isOpen()) {
                    listener.session().sendText(text, Callback.NOOP);
                }
            }
        }
    }

    private final Map<String, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final Audience audience;

    ProjectEvents(Audience audience) {
        this.audience = audience;
    }

    /**
     * The listeners of a project who may read this annotation, other than the writing client. Call while holding the
     * project's store, before a deletion (afterwards the annotation has no image to ask about).
     */
    Recipients recipients(String type, String project, ImageAsset image, Annotation annotation, String writer) {
        Set<Listener> set = listeners.get(project);
        if (set == null) {
            return new Recipients(List.of(), type, project, image.getId());
        }
        List<Listener> chosen = set.stream()
                .filter(l -> writer == null || !writer.equals(l.client()))
                .filter(l -> audience.mayRead(l.user(), project, image, annotation)).toList();
        return new Recipients(chosen, type, project, image.getId());
    }

    /**
     * Tells every listener of the project who may see it, other than the writing client, of a change to the project's
     * setup (label classes, training sets): {@code {"type", "project", FIELD: object}}.
     */
    void toProject(String type, String project, String field, ObjectNode object, String writer) {
        Set<Listener> set = listeners.get(project);
        if (set == null) {
            return;
        }
        ObjectNode message = Json.object().put("type", type).put("project", project);
        message.set(field, object);
        String text = message.toString();
        for (Listener listener : set) {
            if ((writer == null || !writer.equals(listener.client())) && listener.session().isOpen()
                    && audience.mayRead(listener.user(), project, null, null)) {
                listener.session().sendText(text, Callback.NOOP);
            }
        }
    }

    /** The socket of one client on one project. Public: Jetty reaches its methods through a public lookup. */
    public final class ProjectSocket implements Session.Listener.AutoDemanding {
        private final String project;
        private final Account user;
        private final String client;
        private Listener listener;

        ProjectSocket(String project, Account user, String client) {
            this.project = project;
            this.user = user;
            this.client = client;
        }

        @Override
        public void onWebSocketOpen(Session session) {
            listener = new Listener(session, user, client);
            listeners.computeIfAbsent(project, k -> new CopyOnWriteArraySet<>()).add(listener);
            session.sendText(Json.object().put("type", "connected").put("project", project).toString(), Callback.NOOP);
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            Set<Listener> set = listeners.get(project);
            if (set != null && listener != null) {
                set.remove(listener);
            }
        }
    }

    ProjectSocket socket(String project, Account user, String client) {
        return new ProjectSocket(project, user, client);
    }
}
