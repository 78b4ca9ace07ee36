package org.annotide.client.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server's version of every annotation the mirror holds, one per annotation: it grows with the project, so it is
 * not rewritten after every command. It lives in its own file, {@value #FILE_NAME}, one change a line
 * ({@code [id, "version"]}, or {@code [id, null]} for an annotation the mirror no longer has a version of), to which
 * {@link #write()} appends only what changed since the last write (with fsync). When the file has grown to more than
 * twice the versions it holds it is written anew, whole and atomically (temporary file, fsync, rename). A kill while
 * appending can tear the last line only: it is left out when reading (that change is made again, or repaired by the
 * next catching up) and the file is written anew at the next write. Not thread-safe: the {@link Outbox} guards it.
 */
final class VersionLog {

    static final String FILE_NAME = "sync-versions.log";
    /** Below this many lines the file is not compacted, however few versions it holds. */
    private static final int MIN_COMPACT_LINES = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<Long, String> versions = new HashMap<>();
    /** A change of a version: null when the mirror no longer has one. */
    private record Change(long id, String version) {
    }

    /** The changes since the last write, in their order. */
    private final List<Change> unwritten = new ArrayList<>();
    private long lines;
    private boolean rewrite;

    private VersionLog(Path file) {
        this.file = file;
    }

    /**
     * Reads the versions of a mirror folder: first those an older outbox kept in itself ({@code legacy}, a JSON
     * object of id to version, or a missing node), then the log's changes over them.
     *
     * @throws IOException the file cannot be read, or a line before the last is damaged (it says which)
     */
    static VersionLog open(Path folder, JsonNode legacy) throws IOException {
        VersionLog log = new VersionLog(folder.resolve(FILE_NAME));
        if (legacy != null && legacy.isObject() && !legacy.isEmpty()) {
            legacy.fields().forEachRemaining(e -> log.versions.put(Long.parseLong(e.getKey()), e.getValue().asText()));
            log.rewrite = true; // into the log, out of the outbox
        }
        if (Files.exists(log.file)) {
            log.read();
        }
        return log;
    }

    private void read() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int number = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            if (end == bytes.length) { // no newline: torn by a kill while appending
                rewrite = true;
                break;
            }
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            try {
                JsonNode change = JSON.readTree(line);
                if (!change.isArray() || change.size() != 2 || !change.get(0).canConvertToLong()
                        || !(change.get(1).isTextual() || change.get(1).isNull())) {
                    throw new IOException("not [id, version]");
                }
                long id = change.get(0).asLong();
                if (change.get(1).isNull()) {
                    versions.remove(id);
                } else {
                    versions.put(id, change.get(1).asText());
                }
            } catch (IOException e) {
                throw new IOException(file + " is damaged at line " + number + " (" + e.getMessage()
                        + "): move it aside; the next catching up takes the server's versions again", e);
            }
            lines++;
            start = end + 1;
        }
    }

    String get(long id) {
        return versions.get(id);
    }

    boolean contains(long id) {
        return versions.containsKey(id);
    }

    int size() {
        return versions.size();
    }

    void set(long id, String version) {
        String old = version == null ? versions.remove(id) : versions.put(id, version);
        if (version == null ? old != null : !version.equals(old)) {
            unwritten.add(new Change(id, version));
        }
    }

    /**
     * Makes the changes since the last write durable: appended, or the whole file written anew when it is due.
     *
     * @return the bytes written
     */
    long write() throws IOException {
        if (rewrite || lines + unwritten.size() > Math.max(MIN_COMPACT_LINES, 2L * versions.size())) {
            return compact();
        }
        if (unwritten.isEmpty()) {
            return 0;
        }
        StringBuilder text = new StringBuilder();
        unwritten.forEach(c -> line(text, c.id(), c.version()));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        lines += unwritten.size();
        unwritten.clear();
        return bytes.length;
    }

    /** Writes every version anew, atomically: a kill leaves the previous file or this one. */
    private long compact() throws IOException {
        StringBuilder text = new StringBuilder(versions.size() * 32);
        versions.forEach((id, version) -> line(text, id, version));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        lines = versions.size();
        unwritten.clear();
        rewrite = false;
        return bytes.length;
    }

    private static void line(StringBuilder text, long id, String version) {
        text.append('[').append(id).append(',');
        if (version == null) {
            text.append("null");
        } else {
            try {
                text.append(JSON.writeValueAsString(version));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e); // a String always serialises
            }
        }
        text.append("]\n");
    }
}
