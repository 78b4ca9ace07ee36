package org.annotide.server.db;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.model.ImageAsset;
import org.annotide.server.internal.ObjectFields;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The working copy of a project held in PostgreSQL ({@link ProjectContent#serve}) kept equal to its rows: every object
 * a change touches is marked (an adapter on the model's objects), and {@link #confirm(ProjectStore)}, which the server
 * calls after each command it is about to acknowledge, writes the marked objects' rows in one transaction, with the
 * file of an image that is new to the database (an upload) as its blob. When that
 * fails the command is undone in the working copy and the caller gets {@link DatabaseUnavailableException} (503):
 * nothing is acknowledged that the database does not hold. Changes made outside requests (a training job's progress)
 * are written after their command, and, should that fail, with the next write that succeeds.
 *
 * <p>A removed object's row stays, without container (as the store's limbo keeps it: an undo puts it back and
 * references into it stay valid); an export passes over such rows that nothing refers to.
 */
public final class ProjectWriteThrough extends EContentAdapter implements CommandStackListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerDatabase db;
    private final String id;
    private final ProjectStore store;
    private final Map<EObject, Long> ids;
    private final Set<EObject> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Images added while serving (an upload) whose file is not in the database yet: stored with their rows. */
    private final Set<ImageAsset> newFiles = Collections.newSetFromMap(new IdentityHashMap<>());
    private long next;
    private long commits;
    private long commitNanos;

    ProjectWriteThrough(ServerDatabase db, String id, ProjectStore store, Map<EObject, Long> ids, long next) {
        this.db = db;
        this.id = id;
        this.store = store;
        this.ids = ids;
        this.next = next;
        store.project().eAdapters().add(this);
        store.commandStack().addCommandStackListener(this);
    }

    /** The write-through of a store, or null for a store that is not a working copy. */
    public static ProjectWriteThrough of(ProjectStore store) {
        for (Object adapter : store.project().eAdapters()) {
            if (adapter instanceof ProjectWriteThrough writeThrough) {
                return writeThrough;
            }
        }
        return null;
    }

    /**
     * Writes what the last command changed, before the server acknowledges it; a store that is not a working copy has
     * nothing to write.
     *
     * @throws DatabaseUnavailableException when the database did not take it; the command has been undone
     */
    public static void confirm(ProjectStore store) {
        ProjectWriteThrough writeThrough = of(store);
        if (writeThrough == null) {
            return;
        }
        try {
            writeThrough.flush();
        } catch (RuntimeException e) {
            store.commandStack().undo();
            throw new DatabaseUnavailableException("the change was not stored in the database " + writeThrough.db
                    + " and was undone: " + e.getMessage(), e);
        }
    }

    /** The id the database holds the project under. */
    public String id() {
        return id;
    }

    public ProjectStore store() {
        return store;
    }

    /** Transactions committed so far, and the nanoseconds they took in all (for the server's figures). */
    public synchronized long[] commits() {
        return new long[] {commits, commitNanos};
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification); // follows the containment tree: new objects are adapted, removed ones not
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject owner)
                || !(notification.getFeature() instanceof EStructuralFeature feature)) {
            return;
        }
        synchronized (this) {
            marked.add(owner);
            if (feature instanceof EReference reference && reference.isContainment()) {
                markAll(notification.getOldValue());
                markTree(notification.getNewValue());
                if (reference.isMany()) { // the children after the change's position moved
                    List<?> children = (List<?>) owner.eGet(reference);
                    int from = Math.max(0, Math.min(notification.getPosition(), children.size()));
                    if (notification.getEventType() == Notification.MOVE) {
                        from = Math.min(from, ((Integer) notification.getOldValue()));
                    }
                    for (int i = from; i < children.size(); i++) {
                        marked.add((EObject) children.get(i));
                    }
                }
            }
        }
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        try {
            flush();
        } catch (RuntimeException e) {
            // a change outside a request: written with the next flush that succeeds
            System.err.println("annotide server: project '" + id + "' not yet written to the database: " + e.getMessage());
        }
    }

    /** Writes the rows of the marked objects in one transaction; they stay marked when it fails. */
    public synchronized void flush() {
        if (marked.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<EObject> objects = new ArrayList<>(marked);
        for (EObject object : objects) {
            if (object instanceof ImageAsset image && !ids.containsKey(image)) {
                newFiles.add(image); // new to the database: its file goes there too
            }
        }
        newFiles.removeIf(image -> image.eContainer() == null); // added, then undone: no file to keep
        List<ImageAsset> files = new ArrayList<>(newFiles);
        long before = next;
        List<Object[]> rows = new ArrayList<>(objects.size());
        Deque<EObject> todo = new ArrayDeque<>(objects);
        Set<EObject> done = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            EObject object = todo.poll();
            if (!done.add(object)) {
                continue;
            }
            String fields;
            try {
                fields = JSON.writeValueAsString(ObjectFields.write(object, target -> {
                    if (!ids.containsKey(target)) {
                        todo.add(target); // a new object referred to before its own row is written
                    }
                    return idOf(target);
                }));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            EObject container = object.eContainer();
            EReference feature = object.eContainmentFeature();
            Integer position = container == null ? 0
                    : feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(object) : 0;
            rows.add(new Object[] {idOf(object), container == null ? null : idOf(container),
                    feature == null ? null : feature.getName(), position, object.eClass().getName(), fields});
        }
        db.transaction(c -> { // on failure the objects stay marked and keep the ids handed out

                try (PreparedStatement p = c.prepareStatement("INSERT INTO content_objects (project_id, object_id, "
                        + "container_id, feature, position, eclass, fields) VALUES (?, ?, ?, ?, ?, ?, ?::json) "
                        + "ON CONFLICT (project_id, object_id) DO UPDATE SET container_id = EXCLUDED.container_id, "
                        + "feature = EXCLUDED.feature, position = EXCLUDED.position, eclass = EXCLUDED.eclass, "
                        + "fields = EXCLUDED.fields")) {
                    for (Object[] row : rows) {
                        p.setString(1, id);
                        p.setLong(2, (Long) row[0]);
                        if (row[1] == null) {
                            p.setNull(3, Types.BIGINT);
                        } else {
                            p.setLong(3, (Long) row[1]);
                        }
                        p.setString(4, (String) row[2]);
                        p.setInt(5, (Integer) row[3]);
                        p.setString(6, (String) row[4]);
                        p.setString(7, (String) row[5]);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                for (ImageAsset image : files) {
                    java.nio.file.Path file = imageFile(image);
                    if (file != null) {
                        ProjectContent.storeFile(c, id, ids.get(image), image.getLocation(), file);
                    }
                }
                if (next != before) {
                    try (PreparedStatement p = c.prepareStatement(
                            "UPDATE content_projects SET next_object = ? WHERE id = ?")) {
                        p.setLong(1, next);
                        p.setString(2, id);
                        p.executeUpdate();
                    }
                }
                return null;
            });
        marked.removeAll(objects);
        files.forEach(newFiles::remove);
        commits++;
        commitNanos += System.nanoTime() - start;
    }

    /** Stops following the model, after writing what is still marked (best effort: a failure is said on stderr). */
    public void close() {
        store.commandStack().removeCommandStackListener(this);
        try {
            flush();
        } catch (RuntimeException e) {
            System.err.println("annotide server: project '" + id + "': the last changes were not written to the "
                    + "database: " + e.getMessage());
        }
        store.project().eAdapters().remove(this);
    }

    /** The readable file of an image (where the working copy has it), or null for an image without one. */
    private java.nio.file.Path imageFile(ImageAsset image) {
        if (image.getLocation() == null || image.getLocation().isBlank()) {
            return null;
        }
        try {
            java.nio.file.Path file = DefaultImageService.locate(store.folder(), image);
            return java.nio.file.Files.isRegularFile(file) ? file : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null; // a location that names no file: the image is kept without bytes, as an import keeps it
        }
    }

    private long idOf(EObject object) {
        return ids.computeIfAbsent(object, o -> next++);
    }

    private void markAll(Object value) {
        if (value instanceof EObject object) {
            marked.add(object); // removed: its row loses its container
        } else if (value instanceof Collection<?> values) {
            values.forEach(this::markAll);
        }
    }

    private void markTree(Object value) {
        if (value instanceof EObject object) {
            marked.add(object);
            object.eAllContents().forEachRemaining(marked::add);
        } else if (value instanceof Collection<?> values) {
            values.forEach(this::markTree);
        }
    }
}
