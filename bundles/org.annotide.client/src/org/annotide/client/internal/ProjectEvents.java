package org.annotide.client.internal;

import java.io.IOException;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.annotide.client.ServerException;
import org.annotide.model.ImageAsset;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The project WebSocket: other users' changes arrive as its events and are applied to the model on the owner thread,
 * in their order. While the mirror catches up the events wait ({@link #open()} to {@link #release()}), so that an
 * older state never overwrites a newer event. Losing the socket marks the server unreachable and wakes the sender,
 * which reconnects. Only the socket opened last counts: one dropped before (a reconnection, a failed catching up)
 * that closes late is no news, and never takes the newer socket with it.
 */
public final class ProjectEvents {

    private final Mirror mirror;
    private final ServerChanges changes;
    private final ImageFiles files;
    private final BooleanSupplier closed;
    /** The socket events come from now; null while there is none (never opened, lost, dropped). */
    private final AtomicReference<WebSocket> socket = new AtomicReference<>();
    /** Events that arrive while catching up wait here, so that an older state never overwrites a newer event. */
    private List<JsonNode> held;
    /**
     * The socket's events in their order: an image another user added is downloaded here before it and the events
     * after it (its annotations) go to the owner thread, so that they never arrive before their image.
     */
    private final ExecutorService inbound;

    /** {@code closed} says when the mirror is closing: a socket lost then is no news to anyone. */
    public ProjectEvents(Mirror mirror, ServerChanges changes, ImageFiles files, BooleanSupplier closed) {
        this.mirror = mirror;
        this.changes = changes;
        this.files = files;
        this.closed = closed;
        this.inbound = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "Annotide events " + mirror.projectId());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the project socket; its events wait until {@link #release()}. An earlier socket is dropped first
     * ({@link #abort()}) by the caller; should it close only now, that is no news (see {@link EventSocket#lost}).
     */
    public void open() throws ServerException {
        synchronized (this) {
            held = new ArrayList<>();
        }
        EventSocket listener = new EventSocket();
        CompletableFuture<WebSocket> opening = mirror.connection().openProjectSocket(mirror.projectId(), listener);
        try {
            listener.opened(opening.get(10, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            opening.thenAccept(WebSocket::abort); // should it open after all, it is not left open unheard
            throw new ServerException(0, "the server is unreachable (its project socket did not open within 10 s)",
                    null, e);
        } catch (ExecutionException e) {
            throw new ServerException(0, "the server is unreachable (its project socket did not open: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage() + ")", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(0, "interrupted", null, e);
        }
    }

    /** After catching up: the events that waited are handed on, and those after them go straight on. */
    public void release() {
        synchronized (this) { // in order, before any event that arrives from now on
            held.forEach(this::dispatch);
            held = null;
        }
    }

    /**
     * Drops the socket (the server went away while sending, or catching up failed after it opened); the sender
     * reconnects. An aborted socket tells its listener nothing more.
     */
    public void abort() {
        WebSocket open = socket.getAndSet(null);
        if (open != null) {
            open.abort();
        }
    }

    /** Whether the socket opened last is still open: a catching up that it did not outlive has to be done again. */
    public boolean isOpen() {
        return socket.get() != null;
    }

    /** The socket events come from now, or null (for tests in this package). */
    WebSocket socket() {
        return socket.get();
    }

    /** Stops handing events on and closes the socket: the mirror is closing. */
    public void close() {
        inbound.shutdownNow();
        abort();
    }

    /** Hands an event on in order: see {@link #inbound}. */
    private void dispatch(JsonNode event) {
        try {
            inbound.execute(() -> {
                if (event.path("type").asText().equals("image_created") && !files.fetched(event.path("image"))) {
                    return; // the next catching up brings it
                }
                mirror.owner().execute(() -> onEvent(event));
            });
        } catch (RejectedExecutionException e) {
            // closing: the next opening catches up
        }
    }

    /** One message of the project socket, on the owner thread. */
    private void onEvent(JsonNode event) {
        Outbox outbox = mirror.outbox();
        LocalEdits edits = mirror.edits();
        String type = event.path("type").asText();
        if (type.equals("image_created")) {
            JsonNode json = event.get("image");
            String id = json.get("id").asText();
            outbox.images().setOnServer(id, true);
            if (mirror.image(id) == null) {
                edits.quiet(() -> mirror.store().project().getImages().add(ServerModel.image(json,
                        ImageFiles.location(json))));
                mirror.commit();
            }
            return;
        }
        if (type.equals("image_updated") || type.equals("image_deleted")) {
            JsonNode json = event.path("image");
            if (json.hasNonNull("id")) {
                edits.quiet(() -> {
                    if (type.equals("image_deleted")) {
                        changes.removeImage(json.get("id").asText());
                    } else {
                        changes.applyImage(json);
                    }
                });
                mirror.commit();
            }
            return;
        }
        JsonNode labelClass = event.get("label_class");
        if (labelClass != null && labelClass.hasNonNull("id")) {
            edits.quiet(() -> changes.applyLabelClass(type, labelClass));
            mirror.commit();
            return;
        }
        JsonNode status = event.get("image_status");
        if (status != null && status.hasNonNull("image")) {
            ImageAsset image = mirror.image(status.get("image").asText());
            if (image != null && !outbox.imageStatuses().isPending(image.getId())) {
                edits.quiet(() -> ServerChanges.applyStatus(image,
                        ServerModel.imageStatus(status.path("status").asText(null)), true));
                mirror.commit();
            }
            return;
        }
        if (type.equals("role_changed")) { // at once; then connect again: what it may see, as a first connection would
            mirror.keepRole(event.path("role").asText(null));
            mirror.setRoleStale(true);
            mirror.wakeSender();
            return;
        }
        if (type.equals("training_project_updated")) { // only its id: the sender reads what GET shows this user
            mirror.setTrainingStale(true);
            mirror.wakeSender();
            return;
        }
        if (type.equals("training_job_updated") || type.equals("training_model_updated")) {
            mirror.trainingEvent(event); // the server's jobs and models: ServerTraining applies them
            return;
        }
        JsonNode trainingSet = event.get("training_set");
        if (trainingSet != null && trainingSet.hasNonNull("id")) {
            edits.quiet(() -> changes.applyTrainingSet(trainingSet.get("id").asText(),
                    type.equals("training_set_deleted") ? null : trainingSet));
            mirror.commit();
            return;
        }
        ImageAsset image = mirror.image(event.path("image").asText());
        JsonNode annotation = event.get("annotation");
        if (image == null || annotation == null) {
            return; // "connected", or an image this mirror has not seen yet (the next catching up brings it)
        }
        long id = annotation.get("id").asLong();
        edits.quiet(() -> {
            if (type.equals("annotation_deleted")) {
                changes.deleteAnnotation(image, id);
            } else {
                changes.applyServerVersion(image, annotation);
            }
        });
        mirror.commit();
    }

    /** What a mirror shut out of its project says (removed from the project, or the user removed). */
    public static String shutOutMessage(Mirror mirror, boolean membership) {
        return (membership ? "You are no longer a member of the project " + mirror.projectId() + " on "
                + mirror.connection().base() : "The server " + mirror.connection().base() + " no longer has the user "
                + mirror.connection().user()) + ". This copy stays read-only and keeps its unsent edits: they are sent "
                + "once an Admin gives the access back and you connect again.";
    }

    private final class EventSocket implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        /** Whether {@link #opened} made this listener's socket the one events come from. */
        private boolean published;
        /** Whether the socket closed before it was published: {@link #opened} then tells. */
        private boolean lostEarly;

        /** Makes the socket the one events come from; one that closed meanwhile counts as lost now. */
        void opened(WebSocket ws) {
            socket.set(ws);
            synchronized (this) {
                published = true;
                if (!lostEarly) {
                    return;
                }
            }
            lost(ws, "the server closed the connection as it opened");
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode event = ServerModel.JSON.readTree(partial.toString());
                    String type = event.path("type").asText();
                    if (type.equals("membership_ended") || type.equals("session_revoked")) {
                        shutOut(ws, type);
                        partial.setLength(0);
                        return null;
                    }
                    synchronized (ProjectEvents.this) {
                        if (held != null) {
                            held.add(event);
                        } else {
                            dispatch(event);
                        }
                    }
                } catch (IOException e) {
                    // a malformed message is skipped; the next catching up repairs what it would have said
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            lost(ws, "the server closed the connection" + (reason == null || reason.isEmpty() ? "" : " (" + reason
                    + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            lost(ws, "the connection to the server broke (" + error.getMessage() + ")");
        }

        /**
         * The server shut the user out of the project and closes the socket: at once, not in the events' order (what
         * comes before is moot), and before the close could count as losing the server.
         */
        private void shutOut(WebSocket ws, String type) {
            socket.compareAndSet(ws, null);
            mirror.shutOut(shutOutMessage(mirror, type.equals("membership_ended")));
        }

        /**
         * This listener's socket closed: news only while it is the socket events come from. Compared with the socket
         * that closed, not with whatever the field holds: an older socket closing late must not take a newer one, and
         * a freshly reconnected mirror, offline with it.
         */
        private void lost(WebSocket ws, String message) {
            synchronized (this) {
                if (!published) {
                    lostEarly = true;
                    return;
                }
            }
            if (!closed.getAsBoolean() && socket.compareAndSet(ws, null)) {
                mirror.setOnline(false, "the server " + mirror.connection().base() + " is unreachable: " + message
                        + "; edits are kept and sent when it is back");
                mirror.wakeSender();
            }
        }
    }
}
