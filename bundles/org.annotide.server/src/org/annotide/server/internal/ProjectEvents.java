package org.annotide.server.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.annotide.access.Account;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Role;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

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

    /** Decides whether a user may see a project's training jobs and models (as GET /training/jobs?project= lists them). */
    @FunctionalInterface
    interface Trainers {
        boolean maySeeTraining(Account user, String project);
    }

    /** A header a client sends with its writes, and the query parameter of its socket, to name itself. */
    static final String CLIENT_HEADER = "Annotide-Client";

    /** The first message of every project socket, once it listens. */
    static final SocketMessage CONNECTED = SocketMessage.of("connected", "sent first, once the socket listens",
            Schema.field("project", Schema.string()));
    static final SocketMessage ANNOTATION_CREATED = annotationMessage("annotation_created", "an annotation was "
            + "created", Json.ANNOTATION, Schema.string());
    static final SocketMessage ANNOTATION_UPDATED = annotationMessage("annotation_updated", "an annotation was "
            + "changed", Json.ANNOTATION, Schema.string());
    static final SocketMessage ANNOTATION_DELETED = annotationMessage("annotation_deleted", "an annotation was "
            + "deleted (or, a trainee's draft, submitted)", Schema.object(Schema.field("id", Schema.integer())),
            Schema.of("null"));

    private static SocketMessage annotationMessage(String type, String description, Schema annotation, Schema version) {
        return SocketMessage.of(type, description + ": told to those who may read it, but the writing client",
                Schema.field("project", Schema.string()), Schema.field("image", Schema.string()),
                Schema.field("annotation", annotation, "as GET answers it; only its id when deleted"),
                Schema.field("version", version, "the annotation's version (its ETag); null when deleted"));
    }

    /**
     * Every message the project socket sends, each declared beside its sender (the OpenAPI document lists these):
     * annotations here, the project's setup in its route groups, training in {@link TrainingRoutes}, roles in
     * {@link MemberWatch}.
     */
    static List<SocketMessage> messages() {
        List<SocketMessage> all = new java.util.ArrayList<>(List.of(CONNECTED, ANNOTATION_CREATED, ANNOTATION_UPDATED,
                ANNOTATION_DELETED));
        all.addAll(LabelClassRoutes.MESSAGES);
        all.addAll(ImageRoutes.MESSAGES);
        all.addAll(TrainingSetRoutes.MESSAGES);
        all.addAll(ScoringRoutes.MESSAGES);
        all.addAll(TrainingRoutes.PROJECT_MESSAGES);
        all.addAll(MemberWatch.MESSAGES);
        return List.copyOf(all);
    }

    /**
     * One open socket: its user (as the session said at its opening, then as the {@link MemberWatch} last read them)
     * and the role they act with in the project as they were last told it (null: not known to have changed yet).
     */
    static final class Listener {
        private final Session session;
        private final String client;
        private volatile Account user;
        private volatile Role role;

        Listener(Session session, Account user, String client, Role role) {
            this.session = session;
            this.user = user;
            this.client = client;
            this.role = role;
        }

        Session session() {
            return session;
        }

        Account user() {
            return user;
        }

        String client() {
            return client;
        }

        Role role() {
            return role;
        }

        void restate(Account user, Role role) {
            this.user = user;
            this.role = role;
        }
    }

    /** A listener of a project. */
    record Listening(String project, Listener listener) {
    }

    /** The listeners chosen for one change, to be told once it is committed. */
    record Recipients(List<Listener> listeners, SocketMessage type, String project, String image) {
        void send(ObjectNode annotation) {
            if (listeners.isEmpty()) {
                return;
            }
            ObjectNode message = type.create().put("project", project).put("image", image);
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
    private final Trainers trainers;

    ProjectEvents(Audience audience, Trainers trainers) {
        this.audience = audience;
        this.trainers = trainers;
    }

    /**
     * The listeners of a project who may read this annotation, other than the writing client. Call while holding the
     * project's store, before a deletion (afterwards the annotation has no image to ask about).
     */
    Recipients recipients(SocketMessage type, String project, ImageAsset image, Annotation annotation, String writer) {
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
    void toProject(SocketMessage type, String project, String field, ObjectNode object, String writer) {
        Set<Listener> set = listeners.get(project);
        if (set == null) {
            return;
        }
        ObjectNode message = type.create().put("project", project);
        message.set(field, object);
        String text = message.toString();
        for (Listener listener : set) {
            if ((writer == null || !writer.equals(listener.client())) && listener.session().isOpen()
                    && audience.mayRead(listener.user(), project, null, null)) {
                listener.session().sendText(text, Callback.NOOP);
            }
        }
    }

    /**
     * Tells every listener of the project who may see its training of a change to a training job or model:
     * {@code {"type", "project", "change", FIELD: object}}, the object as GET answers it (a deleted one: its id). The
     * client that asked for the change is told too: an event repeats what its answer said, and a mirror applies either
     * as often as it comes.
     */
    void toTrainers(SocketMessage type, String change, String project, String field, ObjectNode object) {
        Set<Listener> set = listeners.get(project);
        if (set == null) {
            return;
        }
        ObjectNode message = type.create().put("project", project).put("change", change);
        message.set(field, object);
        String text = message.toString();
        for (Listener listener : set) {
            if (listener.session().isOpen() && trainers.maySeeTraining(listener.user(), project)) {
                listener.session().sendText(text, Callback.NOOP);
            }
        }
    }

    /** Every open socket with its project, as they are now. */
    List<Listening> listening() {
        List<Listening> all = new java.util.ArrayList<>();
        listeners.forEach((project, set) -> set.forEach(l -> all.add(new Listening(project, l))));
        return all;
    }

    /** Sends one message to one listener alone (its role changed), then closes its socket when {@code close}. */
    static void tell(Listener listener, ObjectNode message, String closeReason) {
        if (!listener.session().isOpen()) {
            return;
        }
        if (closeReason == null) {
            listener.session().sendText(message.toString(), Callback.NOOP);
            return;
        }
        // 1008: policy violation, the nearest code for "you may no longer follow this"
        listener.session().sendText(message.toString(), Callback.from(
                () -> listener.session().close(1008, closeReason, Callback.NOOP),
                failure -> listener.session().close(1008, closeReason, Callback.NOOP)));
    }

    /** The socket of one client on one project. Public: Jetty reaches its methods through a public lookup. */
    public final class ProjectSocket implements Session.Listener.AutoDemanding {
        private final String project;
        private final Account user;
        private final String client;
        private final Role role;
        private Listener listener;

        ProjectSocket(String project, Account user, String client, Role role) {
            this.project = project;
            this.user = user;
            this.client = client;
            this.role = role;
        }

        @Override
        public void onWebSocketOpen(Session session) {
            listener = new Listener(session, user, client, role);
            listeners.computeIfAbsent(project, k -> new CopyOnWriteArraySet<>()).add(listener);
            session.sendText(CONNECTED.create().put("project", project).toString(), Callback.NOOP);
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            Set<Listener> set = listeners.get(project);
            if (set != null && listener != null) {
                set.remove(listener);
            }
        }

        /**
         * An error ends the listening; a client gone mid-send (an IOException) is no fault of the server's and is
         * not logged (Jetty's default warned once per socket at the end of every load test).
         */
        @Override
        public void onWebSocketError(Throwable cause) {
            onWebSocketClose(StatusCode.ABNORMAL, String.valueOf(cause));
            if (!(cause instanceof java.io.IOException)) {
                System.err.println("annotide server: a socket of project " + project + " failed: " + cause);
            }
        }
    }

    /** {@code role}: the one the user acts with in the project as the socket opens (what GET of the project says). */
    ProjectSocket socket(String project, Account user, String client, Role role) {
        return new ProjectSocket(project, user, client, role);
    }
}
