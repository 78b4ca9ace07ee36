package org.annotide.client.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the mirror knows of the server: the server's version of each annotation it holds, the local edits not yet
 * acknowledged (one per annotation, merged: a create followed by changes is one create of the latest content), the
 * conflict copies (local only, until the user resolves), the unsent edits of label classes, training sets, images
 * added to the mirror and image statuses ({@link SetupEdits}), the trainees' submissions and the training settings not
 * yet sent, and the role
 * the user holds in the project (so that a mirror opened without the server still acts with it) and why the server
 * shut the user out of it, if it did (so that the copy opened again still says why it is read-only). Kept in
 * {@code sync.json} of the mirror folder, written atomically (temporary file, fsync, rename) after each change, so
 * unsent edits survive a kill; the versions, which grow with the project, in a file of their own to which only what
 * changed is appended ({@link VersionLog}). Thread-safe.
 */
public final class Outbox {

    /** A local edit to send: {@code op} is create, update or delete; {@code base} the server version it started from. */
    public record Pending(String op, String image, long id, String base, long seq) {
    }

    /** The outbox's file in the mirror folder. */
    public static final String FILE_NAME = "sync.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    /** The server's version of each annotation: kept in a file of its own, written by what changed. */
    private final VersionLog versions;
    private final LinkedHashMap<Long, Pending> pending = new LinkedHashMap<>();
    private final Map<Long, Long> conflicts = new HashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final SetupEdits classes = new SetupEdits(seq::incrementAndGet, true);
    private final SetupEdits trainingSets = new SetupEdits(seq::incrementAndGet, true);
    /**
     * Images added to the mirror (an import) and not yet uploaded, changed (name, description, metadata) or removed
     * and not yet sent, by image id, and which images the server has (written as those it lacks: the others grow
     * with the project).
     */
    private final SetupEdits images = new SetupEdits(seq::incrementAndGet, false);
    /** Images whose status changed in the mirror, by image id (only "changed" is recorded of them). */
    private final SetupEdits imageStatuses = new SetupEdits(seq::incrementAndGet, false);
    /** Training-project tasks the trainee submitted in the mirror, by image id (one task per trainee and image). */
    private final SetupEdits submissions = new SetupEdits(seq::incrementAndGet, false);
    /**
     * The training settings changed in the mirror (skill bands, pending function, instructions) and not yet sent, by
     * their metadata key ({@link org.annotide.benchmark.TrainingSettings}): the value sent is the mirror's when sent.
     */
    private final SetupEdits trainingSettings = new SetupEdits(seq::incrementAndGet, false);
    /** The role the user holds in the project as the server last said (Admin, Team Manager, Annotator), or null. */
    private String role;
    /** Why the server shut the user out of the project (removed from it, the user removed), or null. */
    private String shutOut;

    private Outbox(Path file, VersionLog versions) {
        this.file = file;
        this.versions = versions;
    }

    /** Reads the outbox of a mirror folder (empty when there is none yet). */
    public static Outbox open(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        JsonNode root = Files.exists(file) ? JSON.readTree(file.toFile()) : null;
        Outbox box = new Outbox(file, VersionLog.open(folder, root == null ? null : root.get("versions")));
        if (root != null) {
            for (JsonNode p : root.path("pending")) {
                Pending entry = new Pending(p.get("op").asText(), p.get("image").asText(), p.get("id").asLong(),
                        p.path("base").isNull() ? null : p.path("base").asText(null), box.seq.incrementAndGet());
                box.pending.put(entry.id(), entry);
            }
            root.path("conflicts").fields().forEachRemaining(e -> box.conflicts.put(Long.parseLong(e.getKey()),
                    e.getValue().asLong()));
            box.classes.read(root.path("classes"));
            box.trainingSets.read(root.path("training_sets"));
            box.imageStatuses.read(root.path("image_statuses"));
            box.images.read(root.path("images"));
            box.submissions.read(root.path("submissions"));
            box.trainingSettings.read(root.path("training_settings"));
            box.role = root.path("role").asText(null);
            box.shutOut = root.path("shut_out").asText(null);
        }
        return box;
    }

    /** The role the user holds in the project as the server last said it, or null before it said. */
    public synchronized String role() {
        return role;
    }

    public synchronized void setRole(String role) {
        this.role = role;
    }

    /**
     * Why the server shut the user out of the project, kept so that the copy opened again (a restart) still says why
     * it is read-only; null while the user may follow the project.
     */
    public synchronized String shutOut() {
        return shutOut;
    }

    public synchronized void setShutOut(String message) {
        this.shutOut = message;
    }

    public synchronized String version(long id) {
        return versions.get(id);
    }

    public synchronized void setVersion(long id, String version) {
        versions.set(id, version);
    }

    public synchronized boolean isPending(long id) {
        return pending.containsKey(id);
    }

    public synchronized Pending pending(long id) {
        return pending.get(id);
    }

    /**
     * Unsent edits of annotations, label classes, training sets, images, image statuses, submissions and training
     * settings.
     */
    public synchronized int size() {
        return pending.size() + classes.size() + trainingSets.size() + imageStatuses.size() + images.size()
                + submissions.size() + trainingSettings.size();
    }

    /** The images added, changed or removed in the mirror and not sent yet, and which images the server has. */
    public SetupEdits images() {
        return images;
    }

    /**
     * Forgets the unsent edits of the annotations of an image the server refused to take (they have nowhere to go);
     * how many there were.
     */
    public synchronized int dropImage(String image) {
        int before = pending.size();
        pending.values().removeIf(p -> p.image().equals(image));
        return before - pending.size();
    }

    /** The label classes' unsent edits and which classes the server has. */
    public SetupEdits classes() {
        return classes;
    }

    /** The training sets' unsent edits and which sets the server has. */
    public SetupEdits trainingSets() {
        return trainingSets;
    }

    /** The images whose status changed in the mirror and is not sent yet. */
    public SetupEdits imageStatuses() {
        return imageStatuses;
    }

    /**
     * The submissions of training-project tasks not sent yet, by the task's image id: a submission is final, so it is
     * only ever "created" (sent) or dropped (refused).
     */
    public SetupEdits submissions() {
        return submissions;
    }

    /** The training settings changed in the mirror and not sent yet, by metadata key (only "changed" is recorded). */
    public SetupEdits trainingSettings() {
        return trainingSettings;
    }

    /** The oldest unsent edit, or null. */
    public synchronized Pending first() {
        Iterator<Pending> it = pending.values().iterator();
        return it.hasNext() ? it.next() : null;
    }

    /** The original a conflict copy was made of, or null when the annotation is no conflict copy. */
    public synchronized Long conflictOriginal(long copy) {
        return conflicts.get(copy);
    }

    public synchronized void addConflict(long copy, long original) {
        conflicts.put(copy, original);
    }

    public synchronized void removeConflict(long copy) {
        conflicts.remove(copy);
    }

    /** A local annotation was added: a create, or, where its deletion is still unsent, a change of what the server has. */
    public synchronized void added(String image, long id) {
        Pending old = pending.get(id);
        if (old != null && old.op().equals("delete")) {
            put(new Pending("update", image, id, old.base(), 0));
        } else if (old == null && !versions.contains(id)) {
            put(new Pending("create", image, id, null, 0));
        }
    }

    /** A local annotation changed: merged into the unsent edit of it, else an update of the server's version. */
    public synchronized void changed(String image, long id) {
        Pending old = pending.get(id);
        if (old != null) {
            put(new Pending(old.op(), image, id, old.base(), 0)); // a new seq: what the sender holds is stale
        } else if (versions.contains(id)) {
            put(new Pending("update", image, id, versions.get(id), 0));
        } else if (!conflicts.containsKey(id)) {
            put(new Pending("create", image, id, null, 0));
        }
    }

    /** A local annotation was removed: an unsent create is dropped, else a delete of the server's version. */
    public synchronized void removed(String image, long id, boolean createInFlight) {
        Pending old = pending.get(id);
        conflicts.remove(id);
        if (old != null && old.op().equals("create") && !createInFlight) {
            pending.remove(id);
        } else if (old != null || versions.contains(id)) {
            put(new Pending("delete", image, id, old != null ? old.base() : versions.get(id), 0));
        }
    }

    private void put(Pending entry) {
        pending.put(entry.id(), new Pending(entry.op(), entry.image(), entry.id(), entry.base(), seq.incrementAndGet()));
    }

    /**
     * The server acknowledged {@code sent}: the annotation is {@code newId} at {@code version} (null: deleted). A
     * local edit made meanwhile stays pending, now based on the acknowledged version.
     */
    public synchronized void acknowledged(Pending sent, long newId, String version) {
        Pending now = pending.get(sent.id());
        pending.remove(sent.id());
        setVersion(sent.id(), null);
        if (version != null) {
            versions.set(newId, version);
        }
        if (now != null && now.seq() != sent.seq()) { // edited again while the request was under way
            if (version == null) { // deleted on the server, yet back here (an undo): a new annotation
                if (!now.op().equals("delete")) {
                    pending.put(newId, new Pending("create", now.image(), newId, null, seq.incrementAndGet()));
                }
            } else {
                String op = now.op().equals("create") ? "update" : now.op();
                pending.put(newId, new Pending(op, now.image(), newId, version, seq.incrementAndGet()));
            }
        }
    }

    /** Forgets the unsent edit of an annotation (its conflict was settled another way). */
    public synchronized void drop(long id) {
        pending.remove(id);
    }

    /**
     * Writes the outbox: the versions changed since the last write first (appended to their own file), then the rest
     * atomically (a kill leaves the previous or this one, never a torn file). What is rewritten each time is only what
     * waits to be sent and what the server lacks, not what grows with the project.
     */
    public synchronized void save() throws IOException {
        versions.write();
        ObjectNode root = JSON.createObjectNode();
        var list = root.putArray("pending");
        pending.values().forEach(p -> list.addObject().put("op", p.op()).put("image", p.image()).put("id", p.id())
                .put("base", p.base()));
        ObjectNode c = root.putObject("conflicts");
        conflicts.forEach((copy, original) -> c.put(Long.toString(copy), original));
        classes.write(root.putObject("classes"));
        trainingSets.write(root.putObject("training_sets"));
        imageStatuses.write(root.putObject("image_statuses"));
        images.write(root.putObject("images"));
        submissions.write(root.putObject("submissions"));
        trainingSettings.write(root.putObject("training_settings"));
        root.put("role", role);
        root.put("shut_out", shutOut);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(root)));
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
