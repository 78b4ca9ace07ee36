package org.annotide.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.annotide.server.db.DatabaseUnavailableException;
import org.annotide.server.db.ServerDatabase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit log in the database, with a spool for when it is down: a row the database does not take (unreachable,
 * or the connection broke under the insert) is appended to an append-only file (one JSON line, forced to disk) and
 * inserted, with its own time, once the database takes rows again; the file is emptied in the same step. A write the
 * server acknowledged is on disk in the project's journal, and its audit row is in the database or in the spool:
 * neither is lost. A crash between the insert and the emptying, or a connection that broke after the database
 * committed the insert, can record a row twice, never zero times. The file is locked while it is read or written,
 * so servers sharing it do not drain it twice.
 */
public final class AuditLog {

    /** One answered request. */
    public record Row(Instant at, String user, String address, String method, String path, int status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerDatabase db;
    private final Path spool;

    public AuditLog(ServerDatabase db, Path spool) {
        this.db = db;
        this.spool = spool;
    }

    /**
     * Records a row: in the database, else in the spool.
     *
     * @throws UncheckedIOException when neither takes it (the database does not and the spool cannot be written)
     */
    public void record(Row row) {
        try {
            db.transaction(c -> {
                insert(c, List.of(row));
                return null;
            });
        } catch (RuntimeException e) { // unreachable, or a connection that broke under the insert
            append(row);
            System.err.println("annotide server: the audit log could not take the row of " + row.method() + " "
                    + row.path() + " (" + row.status() + "), which waits in " + spool + ": " + e.getMessage());
            return;
        }
        drain();
    }

    /** Moves the spooled rows into the database; returns how many (0 when the spool is empty or the database down). */
    public synchronized int drain() {
        try {
            if (!Files.isRegularFile(spool) || Files.size(spool) == 0) {
                return 0; // the usual case, without opening the file
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the audit spool " + spool + " cannot be read: " + e.getMessage(), e);
        }
        try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (channel.size() == 0) {
                return 0;
            }
            List<Row> rows = read(channel);
            db.transaction(c -> {
                insert(c, rows);
                return null;
            });
            channel.truncate(0);
            channel.force(true);
            return rows.size();
        } catch (DatabaseUnavailableException e) {
            return 0; // still down: the rows wait
        } catch (RuntimeException e) {
            System.err.println("annotide server: the audit spool " + spool + " waits: " + e.getMessage());
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("the audit spool " + spool + " cannot be drained: " + e.getMessage(), e);
        }
    }

    private synchronized void append(Row row) {
        try {
            Files.createDirectories(spool.toAbsolutePath().getParent());
            byte[] line = (JSON.writeValueAsString(JSON.createObjectNode().put("at", row.at().toString())
                    .put("user", row.user()).put("address", row.address()).put("method", row.method())
                    .put("path", row.path()).put("status", row.status())) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("neither the database nor the audit spool " + spool + " takes the row: "
                    + e.getMessage(), e);
        }
    }

    private static List<Row> read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // read it all
        }
        List<Row> rows = new ArrayList<>();
        for (String line : new String(buffer.array(), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                rows.add(new Row(Instant.parse(n.get("at").asText()), text(n, "user"), text(n, "address"),
                        n.get("method").asText(), n.get("path").asText(), n.get("status").asInt()));
            } catch (JsonProcessingException | RuntimeException e) {
                // a line cut short by a crash while it was appended: that request was never answered
                System.err.println("annotide server: skipped a damaged line of the audit spool " + line);
            }
        }
        return rows;
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void insert(java.sql.Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO audit_log (at, username, address, method, path, status) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                p.setTimestamp(1, Timestamp.from(row.at()));
                p.setString(2, row.user());
                p.setString(3, row.address());
                p.setString(4, row.method());
                p.setString(5, row.path());
                p.setInt(6, row.status());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
