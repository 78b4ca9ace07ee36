package org.annotide.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.server.internal.ObjectRows;
import org.eclipse.emf.ecore.EObject;
import org.annotide.server.internal.ObjectRows.Row;

/**
 * Projects whose content lives in the server's PostgreSQL database (tables {@code content_projects},
 * {@code content_objects}, {@code content_blobs}, {@code content_image_files}; migration V3): a project folder is
 * imported in one transaction, all or nothing, with its images' bytes; a held project is exported into a new project
 * folder that the workbench opens, written beside it and moved into place, so an export that fails leaves no folder.
 */
public final class ProjectContent {

    /** What an import stored: counts, and notes on images whose files could not be read (kept without bytes). */
    public record Imported(String id, int images, int annotations, int objects, int files, List<String> notes) {
    }

    /** What an export wrote, with notes (features the model no longer has, files not written). */
    public record Exported(String id, Path folder, int images, int annotations, int files, List<String> notes) {
    }

    /** A project held in the database. */
    public record Held(String id, String name, int images, int annotations, Instant importedAt, String importedFrom) {
    }

    /**
     * What the {@code projects} table names as the folder of a project held here: its id and members are those of
     * any hosted project, and {@code serve --db} serves it from a working copy instead of a folder.
     */
    public static final String FOLDER_PREFIX = "postgresql:";

    /** PostgreSQL keeps at most 1 GB in one value. */
    static final long LARGEST_FILE = (1L << 30) - 1;

    private static final int BATCH = 2_000;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The file that marks a working copy (which a server start may replace). */
    static final String WORKING_COPY_MARK = ".annotide-working-copy";

    private final ServerDatabase db;

    public ProjectContent(ServerDatabase db) {
        this.db = db;
    }

    /**
     * Imports an open project under an id in one transaction: every object of its model, and the bytes of every image
     * file it can read (relative locations against the project folder, absolute ones as they are).
     *
     * @throws IllegalArgumentException when the id is held already, or an image file is too large for the database
     */
    public Imported importProject(ProjectStore store, String id, String by) {
        Project project = store.project();
        List<Row> rows = new ArrayList<>(ObjectRows.write(project));
        if (!id.equals(project.getId())) { // held under the id it is served by
            rows.set(0, withProjectId(rows.get(0), id));
        }
        List<String> notes = new ArrayList<>();
        Map<Long, ImageFile> files = imageFiles(store.folder(), rows, notes);
        int stored = db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO content_projects (id, name, imported_from, "
                    + "imported_by, next_object) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                p.setString(1, id);
                p.setString(2, project.getName() == null ? id : project.getName());
                p.setString(3, store.folder().toString());
                p.setString(4, by);
                p.setLong(5, rows.size());
                if (p.executeUpdate() == 0) {
                    throw new IllegalArgumentException("the database already holds a project '" + id
                            + "' (server content remove " + id + ", or import with another --id)");
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO projects (id, folder, added_by) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING")) { // one namespace of ids with the hosted folders, and members
                p.setString(1, id);
                p.setString(2, FOLDER_PREFIX + id);
                p.setString(3, by);
                if (p.executeUpdate() == 0) {
                    throw new IllegalArgumentException("the server already hosts a project '" + id
                            + "' (server projects list); import with another --id");
                }
            }
            insertRows(c, id, rows);
            for (Map.Entry<Long, ImageFile> file : files.entrySet()) {
                insertFile(c, id, file.getKey(), file.getValue());
            }
            return files.size();
        });
        return new Imported(id, count(rows, "ImageAsset", "images"), annotations(rows),
                rows.size(), stored, notes);
    }

    /**
     * Exports a held project into a new project folder (which must not exist): its model in the journaled store, and
     * the files of images with a relative location, where that location says.
     *
     * @throws IllegalArgumentException when the id is not held or the folder exists
     */
    public Exported exportProject(String id, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists: export into a new folder");
        }
        List<String> notes = new ArrayList<>();
        List<Row> rows = rows(id);
        Project project = ObjectRows.read(rows, notes);
        int written = build(id, project, target, notes);
        return new Exported(id, target, count(rows, "ImageAsset", "images"), annotations(rows),
                written, notes);
    }

    /**
     * Makes a working copy of a held project in a folder (replacing an earlier working copy there) and keeps the
     * database equal to it from then on: the server serves the copy's store, and every change to it is written to
     * the rows ({@link ProjectWriteThrough}). Close the write-through, then the store.
     *
     * @throws IllegalArgumentException when the id is not held, or the folder holds something other than a working copy
     */
    public ProjectWriteThrough serve(String id, Path folder, List<String> notes) {
        Path target = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(target)) {
                if (!Files.exists(target.resolve(WORKING_COPY_MARK))) {
                    throw new IllegalArgumentException(target + " exists and is no working copy: give another folder");
                }
                deleteTree(target);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot replace the working copy " + target + ": " + e, e);
        }
        long next = db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT next_object FROM content_projects WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getLong(1) : -1L;
                }
            }
        });
        Map<Long, EObject> objects = new HashMap<>();
        Project project = ObjectRows.read(rows(id), notes, objects);
        try {
            writeFiles(id, target, notes);
            Files.writeString(target.resolve(WORKING_COPY_MARK), "a working copy of the project '" + id + "' held in "
                    + db + "; replaced at every start of the server\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the working copy " + target + ": " + e, e);
        }
        ProjectStore store = ProjectStore.create(target, project); // the store keeps these very objects
        Map<EObject, Long> ids = new IdentityHashMap<>();
        objects.forEach((objectId, object) -> ids.put(object, objectId));
        return new ProjectWriteThrough(db, id, store, ids, next);
    }

    /** Writes a project folder beside the target and moves it into place; returns the image files written. */
    private int build(String id, Project project, Path target, List<String> notes) {
        Path partial = target.resolveSibling("." + target.getFileName() + ".exporting");
        try {
            deleteTree(partial);
            int written = writeFiles(id, partial, notes);
            ProjectStore.create(partial, project).close();
            Files.move(partial, target);
            return written;
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(partial);
            } catch (IOException ignored) {
                // the partial folder's name says what it is
            }
            if (e instanceof IOException io) {
                throw new IllegalStateException("cannot export the project '" + id + "' into " + target + ": " + io, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The model of a held project, built from its rows (not in any store). */
    public Project load(String id, List<String> notes) {
        return ObjectRows.read(rows(id), notes);
    }

    /** The projects the database holds, by id. */
    public List<Held> held() {
        return db.call(c -> {
            List<Held> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT p.id, p.name, p.imported_at, p.imported_from, "
                    + "(SELECT count(*) FROM content_objects o WHERE o.project_id = p.id AND o.eclass = 'ImageAsset' "
                    + "AND o.feature = 'images'), (SELECT count(*) FROM content_annotations a WHERE a.project_id = p.id) "
                    + "FROM content_projects p ORDER BY p.id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Held(r.getString(1), r.getString(2), r.getInt(5), r.getInt(6),
                            r.getTimestamp(3).toInstant(), r.getString(4)));
                }
            }
            return list;
        });
    }

    /** Removes a held project and the image bytes no other project uses, in one transaction. */
    public void remove(String id) {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM content_projects WHERE id = ?")) {
                p.setString(1, id);
                if (p.executeUpdate() == 0) {
                    throw new IllegalArgumentException("the database holds no project '" + id + "'");
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM projects WHERE id = ? AND folder = ?")) {
                p.setString(1, id);
                p.setString(2, FOLDER_PREFIX + id);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM content_blobs b WHERE NOT EXISTS "
                    + "(SELECT 1 FROM content_image_files f WHERE f.sha256 = b.sha256)")) {
                p.executeUpdate();
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ rows

    /** The project's row with another id in its fields. */
    private static Row withProjectId(Row row, String id) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode fields = (com.fasterxml.jackson.databind.node.ObjectNode)
                    JSON.readTree(row.fields());
            fields.put("id", id);
            return new Row(row.id(), row.container(), row.feature(), row.position(), row.eclass(),
                    JSON.writeValueAsString(fields), row.object());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertRows(Connection c, String id, List<Row> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO content_objects (project_id, object_id, container_id, "
                + "feature, position, eclass, fields) VALUES (?, ?, ?, ?, ?, ?, ?::json)")) {
            int pending = 0;
            for (Row row : rows) {
                p.setString(1, id);
                p.setLong(2, row.id());
                if (row.container() == null) {
                    p.setNull(3, java.sql.Types.BIGINT);
                } else {
                    p.setLong(3, row.container());
                }
                p.setString(4, row.feature());
                p.setInt(5, row.position());
                p.setString(6, row.eclass());
                p.setString(7, row.fields());
                p.addBatch();
                if (++pending == BATCH) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
        }
    }

    private List<Row> rows(String id) {
        return db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM content_projects WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("the database holds no project '" + id + "'");
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            c.setAutoCommit(false); // a cursor: the rows come in pages, not all at once
            try (PreparedStatement p = c.prepareStatement("SELECT object_id, container_id, feature, position, eclass, "
                    + "fields FROM content_objects WHERE project_id = ? ORDER BY container_id NULLS FIRST, feature, position")) {
                p.setFetchSize(10_000);
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long container = r.getLong(2);
                        Long inside = r.wasNull() ? null : container;
                        rows.add(new Row(r.getLong(1), inside, r.getString(3), r.getInt(4),
                                r.getString(5), r.getString(6)));
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
            return rows;
        });
    }

    private static int count(List<Row> rows, String eclass, String feature) {
        return (int) rows.stream().filter(r -> r.eclass().equals(eclass) && feature.equals(r.feature())).count();
    }

    /**
     * The annotations of the project's images (not those of annotator tasks and submissions, nor of removed images,
     * whose rows stay without container), as content_annotations has them.
     */
    private static int annotations(List<Row> rows) {
        java.util.Set<Long> images = new java.util.HashSet<>();
        rows.stream().filter(r -> r.eclass().equals("ImageAsset") && "images".equals(r.feature()))
                .forEach(r -> images.add(r.id()));
        return (int) rows.stream().filter(r -> r.eclass().equals("Annotation") && "annotations".equals(r.feature())
                && images.contains(r.container())).count();
    }

    // ------------------------------------------------------------------ image files

    /** An image's file as stored: the path its location names (as written there) and the file read. */
    private record ImageFile(String path, Path file, String sha256, long size) {
    }

    /** The readable image files by object id; an unreadable one is noted and its image kept without bytes. */
    private static Map<Long, ImageFile> imageFiles(Path folder, List<Row> rows, List<String> notes) {
        Map<Long, ImageFile> files = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.eclass().equals("ImageAsset") || row.object() == null) {
                continue;
            }
            ImageAsset image = (ImageAsset) row.object();
            String location = image.getLocation();
            if (location == null || location.isBlank()) {
                continue;
            }
            Path file;
            try {
                file = DefaultImageService.locate(folder, image);
            } catch (IOException | RuntimeException e) {
                notes.add("image '" + image.getName() + "': " + e.getMessage() + " (kept without its bytes)");
                continue;
            }
            if (!Files.isRegularFile(file)) {
                notes.add("image '" + image.getName() + "': no file at " + file + " (kept without its bytes)");
                continue;
            }
            try {
                long size = Files.size(file);
                if (size > LARGEST_FILE) {
                    throw new IllegalArgumentException("the image file " + file + " has " + size
                            + " bytes; PostgreSQL keeps at most 1 GB in one value");
                }
                files.put(row.id(), new ImageFile(location, file, sha256(file), size));
            } catch (IOException e) {
                notes.add("image '" + image.getName() + "': cannot read " + file + ": " + e.getMessage()
                        + " (kept without its bytes)");
            }
        }
        return files;
    }

    /**
     * Stores the file of an image added to a held project while it is served (an upload), in the transaction that
     * writes the image's row: its bytes become a blob (kept once) and the image's file row names it, so the next
     * working copy and an export have the file.
     *
     * @throws IllegalStateException when the file cannot be read or is too large for the database
     */
    static void storeFile(Connection c, String id, long object, String location, Path file) throws SQLException {
        try {
            long size = Files.size(file);
            if (size > LARGEST_FILE) {
                throw new IllegalStateException("the image file " + file + " has " + size
                        + " bytes; PostgreSQL keeps at most 1 GB in one value");
            }
            insertFile(c, id, object, new ImageFile(location, file, sha256(file), size));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the image file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void insertFile(Connection c, String id, long object, ImageFile file) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO content_blobs (sha256, size, bytes) VALUES (?, ?, ?) "
                + "ON CONFLICT (sha256) DO NOTHING"); InputStream in = Files.newInputStream(file.file())) {
            p.setString(1, file.sha256());
            p.setLong(2, file.size());
            p.setBinaryStream(3, in, file.size());
            p.executeUpdate();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the image file " + file.file() + ": " + e.getMessage(), e);
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO content_image_files (project_id, object_id, path, sha256) VALUES (?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setLong(2, object);
            p.setString(3, file.path());
            p.setString(4, file.sha256());
            p.executeUpdate();
        }
    }

    /** Writes the files of images with a relative location inside the folder; the others are noted. */
    private int writeFiles(String id, Path folder, List<String> notes) throws IOException {
        Files.createDirectories(folder);
        List<String[]> files = db.call(c -> {
            List<String[]> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT object_id, path, sha256 FROM content_image_files "
                    + "WHERE project_id = ? ORDER BY object_id")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        list.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                    }
                }
            }
            return list;
        });
        int written = 0;
        for (String[] file : files) {
            Path relative = relativeInside(folder, file[1]);
            if (relative == null) {
                notes.add("image file " + file[1] + " is outside the project folder: not written (its bytes stay in "
                        + "the database, " + file[2] + ")");
                continue;
            }
            Path out = folder.resolve(relative);
            Files.createDirectories(out.getParent());
            db.call(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT bytes FROM content_blobs WHERE sha256 = ?")) {
                    p.setString(1, file[2]);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        try (InputStream in = r.getBinaryStream(1)) {
                            Files.copy(in, out);
                        } catch (IOException e) {
                            throw new IllegalStateException("cannot write " + out + ": " + e.getMessage(), e);
                        }
                    }
                }
                return null;
            });
            written++;
        }
        return written;
    }

    /** A relative location that stays inside the folder, as a relative path; null for anything else. */
    private static Path relativeInside(Path folder, String location) {
        if (location.startsWith("file:") || location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        Path path = Path.of(location);
        if (path.isAbsolute() || !folder.resolve(path).normalize().startsWith(folder)) {
            return null;
        }
        return path.normalize();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
