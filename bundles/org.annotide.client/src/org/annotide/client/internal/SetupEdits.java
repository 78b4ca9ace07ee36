package org.annotide.client.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The unsent edits of one kind of the project's setup objects that the server keeps without versions (label classes,
 * training sets), one per object by its id, merged (a create followed by changes is one create of the latest state),
 * and which of those objects the server has as the mirror last heard. The last write wins on the server, and a create
 * keeps the id the mirror gave the object. Part of the {@link Outbox}, which persists it. Thread-safe.
 */
public final class SetupEdits {

    /** A local edit to send: create, update or delete; {@code seq} tells a newer edit of the same object. */
    public record Edit(String op, String id, long seq) {
    }

    private final LinkedHashMap<String, Edit> edits = new LinkedHashMap<>();
    private final Set<String> onServer = new HashSet<>();
    private final LongSupplier seq;
    /**
     * Whether {@link #write} writes the ids the server has: true for kinds that stay few (label classes, training
     * sets); false for images, which grow with the project: then it writes the ids the server {@linkplain #lacks
     * lacks} instead, and the ids it has are reckoned from the mirror's own at opening ({@link #mirrorHas}).
     */
    private final boolean writesKnown;
    /** Without {@link #writesKnown}: the mirror's objects the server lacks and no edit of which waits (refused). */
    private final Set<String> lacking = new HashSet<>();
    /** A file written before {@link #writesKnown} was false: its "known" ids tell {@link #mirrorHas} what lacks. */
    private boolean knownRead;

    /** {@code seq} numbers the edits, shared with the outbox's other edits. */
    SetupEdits(LongSupplier seq, boolean writesKnown) {
        this.seq = seq;
        this.writesKnown = writesKnown;
    }

    /** Whether the server has the object (as the mirror last heard). */
    public synchronized void setOnServer(String id, boolean known) {
        if (known) {
            onServer.add(id);
            lacking.remove(id);
        } else {
            onServer.remove(id);
        }
    }

    /**
     * The server does not have an object of the mirror (its upload was refused, or the server's list lacks it at
     * catching up): it stays in the mirror only, unless an edit of it still waits to be sent.
     */
    public synchronized void lacks(String id) {
        onServer.remove(id);
        if (!edits.containsKey(id)) {
            lacking.add(id);
        }
    }

    /**
     * At opening, for a kind whose known ids are not written: the mirror's objects are on the server but for those it
     * lacks and those whose edit still waits.
     */
    public synchronized void mirrorHas(Iterable<String> ids) {
        for (String id : ids) {
            if (edits.containsKey(id)) {
                continue;
            }
            if (knownRead && !onServer.contains(id)) {
                lacking.add(id); // an older file: what it did not know the server has, the server lacks
            } else if (!lacking.contains(id)) {
                onServer.add(id);
            }
        }
        knownRead = false;
    }

    public synchronized boolean isOnServer(String id) {
        return onServer.contains(id);
    }

    public synchronized boolean isPending(String id) {
        return edits.containsKey(id);
    }

    public synchronized int size() {
        return edits.size();
    }

    /** An object was added to the mirror: a create, or, where its deletion is still unsent, an update. */
    public synchronized void added(String id) {
        Edit old = edits.get(id);
        if (old != null && old.op().equals("delete")) {
            put("update", id);
        } else if (old == null && !onServer.contains(id)) {
            put("create", id);
        }
    }

    /** An object of the mirror changed: merged into its unsent edit, else an update (a create if never sent). */
    public synchronized void changed(String id) {
        Edit old = edits.get(id);
        if (old != null && !old.op().equals("delete")) {
            put(old.op(), id); // a new seq: what the sender holds is stale
        } else if (old == null) {
            put(onServer.contains(id) ? "update" : "create", id);
        }
    }

    /** An object left the mirror: an unsent create is dropped, else a delete. */
    public synchronized void removed(String id) {
        Edit old = edits.get(id);
        if (old != null && old.op().equals("create")) {
            edits.remove(id);
        } else if (old != null || onServer.contains(id)) {
            put("delete", id);
        }
    }

    private void put(String op, String id) {
        edits.remove(id); // to the end: after the edits it may follow
        edits.put(id, new Edit(op, id, seq.getAsLong()));
    }

    /**
     * The oldest unsent create or update (with {@code deletes} false) or the oldest unsent delete (with it true);
     * null when there is none.
     */
    public synchronized Edit first(boolean deletes) {
        for (Edit edit : edits.values()) {
            if (edit.op().equals("delete") == deletes) {
                return edit;
            }
        }
        return null;
    }

    /** The oldest unsent edit of any kind, or null. */
    public synchronized Edit first() {
        return edits.isEmpty() ? null : edits.values().iterator().next();
    }

    /** The server took {@code sent}; an edit of the object made meanwhile stays (a create as an update). */
    public synchronized void acknowledged(Edit sent) {
        Edit now = edits.get(sent.id());
        if (now != null && now.seq() == sent.seq()) {
            edits.remove(sent.id());
        } else if (now != null && now.op().equals("create") && !sent.op().equals("delete")) {
            edits.put(sent.id(), new Edit("update", sent.id(), now.seq())); // created now: changed since
        }
        setOnServer(sent.id(), !sent.op().equals("delete"));
    }

    /** Forgets the unsent edit of an object (refused, or settled another way). */
    public synchronized void drop(String id) {
        edits.remove(id);
    }

    /**
     * Writes {@code {"known": [ids], "pending": [{"op", "id"}]}} into {@code node}; without {@link #writesKnown}
     * {@code "lacking"} instead of {@code "known"}.
     */
    synchronized void write(ObjectNode node) {
        if (writesKnown) {
            onServer.stream().sorted().forEach(node.putArray("known")::add);
        } else {
            lacking.stream().sorted().forEach(node.putArray("lacking")::add);
        }
        var list = node.putArray("pending");
        edits.values().forEach(e -> list.addObject().put("op", e.op()).put("id", e.id()));
    }

    /** Reads what {@link #write(ObjectNode)} wrote (nothing when the node is missing). */
    synchronized void read(JsonNode node) {
        node.path("known").forEach(id -> onServer.add(id.asText()));
        node.path("lacking").forEach(id -> lacking.add(id.asText()));
        knownRead = !writesKnown && node.has("known");
        for (JsonNode e : node.path("pending")) {
            edits.put(e.get("id").asText(), new Edit(e.get("op").asText(), e.get("id").asText(), seq.getAsLong()));
        }
    }
}
