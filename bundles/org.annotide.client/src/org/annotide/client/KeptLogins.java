package org.annotide.client;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The remembered logins ("keep me logged in") a workbench keeps, so that after a restart its mirrors connect without
 * asking for a password: one per server and user, in {@value #FILE_NAME} of a folder (the workspace's state). The file
 * holds the server's revocable token, never a password, and only its owner may read or write it (0600; a file that
 * others may read is refused, as its token may have been seen). Written atomically (temporary file, fsync, rename).
 * <p>
 * <i>Why a token the server can revoke, not the password:</i> a copied file then opens nothing once the user logs out
 * (which revokes it on the server) or the server's administrator removes the user, and it expires by itself.
 */
public final class KeptLogins {

    public static final String FILE_NAME = "kept-logins.json";
    private static final String FORMAT = "annotide-kept-logins/1";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    private KeptLogins(Path file) {
        this.file = file;
    }

    /** The kept logins of {@code folder}/{@value #FILE_NAME} (none while the file does not exist). */
    public static KeptLogins in(Path folder) {
        return new KeptLogins(folder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /**
     * The kept logins that have not expired yet.
     *
     * @throws IOException the file cannot be read, is no file of kept logins, or others may read it
     */
    public synchronized List<ServerConnection.Remembered> all() throws IOException {
        Instant now = Instant.now();
        return read().stream().filter(r -> r.expiresAt().isAfter(now)).toList();
    }

    /** Keeps the connection's remembered login, replacing one kept for the same server and user. */
    public synchronized void keep(ServerConnection.Remembered remembered) throws IOException {
        List<ServerConnection.Remembered> kept = new ArrayList<>(readOrNothing());
        kept.removeIf(r -> same(r, remembered.server(), remembered.user()));
        kept.add(remembered);
        write(kept);
    }

    /** Forgets what is kept for the user on the server (a log-out, or a login the server refused). */
    public synchronized void forget(URI server, String user) throws IOException {
        List<ServerConnection.Remembered> kept = new ArrayList<>(readOrNothing());
        if (kept.removeIf(r -> same(r, server, user))) {
            write(kept);
        }
    }

    private static boolean same(ServerConnection.Remembered r, URI server, String user) {
        return r.server().equals(server) && r.user().equals(user);
    }

    /** What is kept, or nothing when the file cannot be used (it is then replaced by what is kept next). */
    private List<ServerConnection.Remembered> readOrNothing() {
        try {
            return read();
        } catch (IOException e) {
            return List.of();
        }
    }

    private List<ServerConnection.Remembered> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new IOException(file + " may be read by others (" + PosixFilePermissions.toString(permissions)
                        + "), so its logins are not used: log in again, which writes it anew for you only");
            }
        }
        List<ServerConnection.Remembered> kept = new ArrayList<>();
        try {
            JsonNode root = ServerConnection.JSON.readTree(file.toFile());
            if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("logins").isArray()) {
                throw new IOException(file + " is not a file of kept logins (expected \"format\": \"" + FORMAT + "\")");
            }
            for (JsonNode login : root.get("logins")) {
                kept.add(new ServerConnection.Remembered(URI.create(login.path("server").asText()),
                        login.path("user").asText(), login.path("token").asText(),
                        Instant.parse(login.path("expires_at").asText())));
            }
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            throw new IOException(file + " is not a file of kept logins: " + e.getMessage(), e);
        }
        return kept;
    }

    private void write(List<ServerConnection.Remembered> kept) throws IOException {
        ObjectNode root = ServerConnection.JSON.createObjectNode().put("format", FORMAT);
        ArrayNode logins = root.putArray("logins");
        kept.forEach(r -> logins.addObject().put("server", r.server().toString()).put("user", r.user())
                .put("token", r.token()).put("expires_at", r.expiresAt().toString()));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(temp);
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY)); // never readable by others
        } else {
            throw new IOException("the logins cannot be kept in " + file.getParent() + ": its file system cannot "
                    + "make a file readable by its owner only");
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(ServerConnection.JSON.writeValueAsBytes(root)));
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
