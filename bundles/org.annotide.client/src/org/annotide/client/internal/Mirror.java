package org.annotide.client.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.annotide.access.UserDirectory;
import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.SyncListener;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.TrainingSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One server project's mirror as every part of its sync sees it: the connection, the mirror's store, outbox and
 * recorder of local edits, the owner thread that alone touches the model, the listeners, and the state the parts share
 * (whether the server is reachable, whether its training project must be read again, the sender's wake-up call).
 * The lookups of the model that the parts have in common live here too, so each has one home.
 */
public final class Mirror {

    private final ServerConnection connection;
    private final String projectId;
    private final ProjectStore store;
    private final Outbox outbox;
    private final LocalEdits edits;
    private final Executor owner;
    /** The thread the owner executor runs work on, once seen (null for one that runs work where it is handed). */
    private volatile Thread ownerThread;
    private final List<SyncListener> listeners;
    private final Object wake = new Object();
    private volatile boolean online;
    private volatile Boolean told; // what listeners last heard of reachability (null: nothing yet)
    /** Set when the server said its training project changed (a submission, a re-scoring): read it again. */
    private volatile boolean trainingStale;
    /** Set when the server said the user's role in the project changed: connect again with it. */
    private volatile boolean roleStale;
    /** Why the server no longer lets the user follow the project (removed from it, the user removed); null while it does. */
    private volatile String shutOut;

    public Mirror(ServerConnection connection, String projectId, ProjectStore store, Outbox outbox, LocalEdits edits,
            Executor owner, List<SyncListener> listeners) {
        this.connection = connection;
        this.projectId = projectId;
        this.store = store;
        this.outbox = outbox;
        this.edits = edits;
        this.owner = task -> {
            Thread submitter = Thread.currentThread();
            owner.execute(() -> {
                if (Thread.currentThread() != submitter) { // an executor that runs work where it is handed has none
                    ownerThread = Thread.currentThread();
                }
                task.run();
            });
        };
        this.listeners = listeners;
    }

    public ServerConnection connection() {
        return connection;
    }

    public String projectId() {
        return projectId;
    }

    /** The project's path on the server's API: {@code /api/v1/projects/ID}. */
    public String api() {
        return "/api/v1/projects/" + projectId;
    }

    public ProjectStore store() {
        return store;
    }

    public Outbox outbox() {
        return outbox;
    }

    public LocalEdits edits() {
        return edits;
    }

    public Executor owner() {
        return owner;
    }

    /**
     * Runs work on the owner thread and waits for its result. Never on the owner thread itself, which would wait for
     * itself: network work that then touches the model runs elsewhere (a job, the sender thread).
     */
    public <T> T onOwner(Supplier<T> work) {
        if (Thread.currentThread() == ownerThread) {
            throw new IllegalStateException("called on the owner thread (" + ownerThread.getName()
                    + "), which would wait for itself: the mirror's network work runs on another thread");
        }
        try {
            return CompletableFuture.supplyAsync(work, owner).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Whether the caller runs on the owner thread (where the model may be touched directly). */
    public boolean isOwnerThread() {
        return Thread.currentThread() == ownerThread;
    }

    /** Makes the changes applied for the server durable in the mirror's journal. */
    public void commit() {
        store.commit();
    }

    public void saveOutbox() {
        try {
            outbox.save();
        } catch (IOException e) {
            setOnline(online, "the outbox of " + store.folder() + " cannot be written (" + e.getMessage()
                    + "): unsent edits are kept in memory only");
        }
    }

    // ------------------------------------------------------------------ what the parts share

    /** Whether the server answered the last request and the project socket is open. */
    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean reachable, String message) {
        online = reachable;
        if (told == null || told != reachable) {
            told = reachable;
            listeners.forEach(l -> l.reachability(reachable, message));
        }
    }

    public boolean trainingStale() {
        return trainingStale;
    }

    public void setTrainingStale(boolean stale) {
        trainingStale = stale;
    }

    /** Keeps the role the server said the user holds in the project (an older server says none: kept as it was). */
    public void keepRole(String role) {
        if (role == null || role.equals(outbox.role())) {
            return;
        }
        try {
            UserDirectory.parseRole(role);
        } catch (IllegalArgumentException e) {
            return; // a role this client does not know: the one kept stays
        }
        outbox.setRole(role);
        saveOutbox();
    }

    public boolean roleStale() {
        return roleStale;
    }

    public void setRoleStale(boolean stale) {
        roleStale = stale;
    }

    /** The server lets the user follow the project (again): a shut-out kept from before is forgotten. */
    public void admitted() {
        if (outbox.shutOut() != null) {
            outbox.setShutOut(null);
            saveOutbox();
        }
    }

    /** Why the mirror is read-only now (the server shut the user out of the project), or null. */
    public String shutOut() {
        return shutOut;
    }

    /**
     * The server no longer lets the user follow the project: nothing more is sent or fetched, the unsent edits stay in
     * the outbox, which keeps why (see {@link Outbox#shutOut()}), and the listeners are told once that the mirror is
     * read-only and why.
     */
    public void shutOut(String message) {
        if (shutOut == null) {
            // kept first: a copy that the listeners open again reads it, and whoever sees readOnlyReason() next
            // finds the listeners told as soon as before
            outbox.setShutOut(message);
            saveOutbox();
            shutOut = message;
            online = false;
            listeners.forEach(l -> l.readOnly(message));
            wakeSender();
        }
    }

    /** Tells the listeners of a conflict or a refusal: the message says what happened and what stays where. */
    public void conflict(String message) {
        listeners.forEach(l -> l.conflict(message));
    }

    /** Where the project socket's training events go (the mirror's {@code ServerTraining}); null: nowhere yet. */
    private volatile Consumer<JsonNode> trainingEvents;

    public void onTrainingEvents(Consumer<JsonNode> handler) {
        trainingEvents = handler;
    }

    /** A training job's or model's change the project socket told, handed on (owner thread). */
    public void trainingEvent(JsonNode event) {
        Consumer<JsonNode> handler = trainingEvents;
        if (handler != null) {
            handler.accept(event);
        }
    }

    /** Tells the listeners that the server's training of the project changed (see {@link SyncListener#training}). */
    public void fireTraining(String jobId, String event) {
        listeners.forEach(l -> l.training(jobId, event));
    }

    public void fireUnsent() {
        int count = outbox.size();
        listeners.forEach(l -> l.unsent(count));
    }

    public void wakeSender() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** The sender's rest while nothing is to do: until woken, or at most {@code millis}. */
    public void awaitWork(long millis) throws InterruptedException {
        synchronized (wake) {
            if ((outbox.size() == 0 && online && !trainingStale && !roleStale) || shutOut != null) {
                wake.wait(millis);
            }
        }
    }

    // ------------------------------------------------------------------ the model's objects (owner thread)

    public ImageAsset image(String id) {
        for (ImageAsset image : store.project().getImages()) {
            if (image.getId().equals(id)) {
                return image;
            }
        }
        return null;
    }

    public static Annotation find(ImageAsset image, long id) {
        for (Annotation a : image.getAnnotations()) {
            if (a.getId() == id) {
                return a;
            }
        }
        return null;
    }

    public LabelClass labelClass(String id) {
        return store.project().getLabelClasses().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    public String labelClassName(String id) {
        LabelClass labelClass = labelClass(id);
        return labelClass == null ? id : labelClass.getName();
    }

    public TrainingSet trainingSet(String id) {
        return store.project().getTrainingSets().stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
    }

    public long nextLocalId() {
        return Math.max(RemoteProject.LOCAL_IDS, store.project().getNextAnnotationId());
    }
}
