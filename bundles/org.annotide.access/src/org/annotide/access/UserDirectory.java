package org.annotide.access;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.annotide.access.internal.PasswordHash;
import org.annotide.model.Role;

/**
 * The users of a workspace (or of one project folder) with their roles and password hashes, kept in the file
 * {@value #FILE_NAME} of that folder. The file is JSON, {@code {"format": "annotide-users/1", "users": [{"login",
 * "displayName", "role": "ADMIN|TEAM_MANAGER|ANNOTATOR", "password": "pbkdf2-sha256$..." or null, "remembered":
 * [{"sha256", "expires"}] (optional)}]}}, and every change rewrites it atomically (temporary file, fsync, rename, folder fsync): a crash leaves the old file or the
 * new one, never half of either. Passwords are never stored, only slow salted hashes; a user added without a
 * password (an invited trainee) sets one at the first login ({@link #setFirstPassword}). A team server without a
 * database keeps its users' remembered logins ("keep me logged in") here, as the SHA-256 of each token only
 * ({@link #remember}); a new password ends them.
 *
 * <p>The workbench, the command line and the server all authenticate through {@link #authenticate}.
 */
public final class UserDirectory {

    public static final String FILE_NAME = "annotide-users.json";
    private static final String FORMAT = "annotide-users/1";
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /**
     * A remembered login of a user: the SHA-256 of a long-lived token a server handed out for "keep me logged in"
     * (never the token), and when it ends.
     */
    private record Remembered(String tokenHash, Instant expiresAt) {
    }

    private record Entry(Account account, String hash, List<Remembered> remembered) {
        Entry(Account account, String hash) {
            this(account, hash, List.of());
        }
    }

    private final Path file;
    private final Map<String, Entry> users = new LinkedHashMap<>();

    private UserDirectory(Path file) {
        this.file = file;
    }

    /** The users kept in FOLDER/{@value #FILE_NAME}; none when the file does not exist yet. */
    public static UserDirectory open(Path folder) throws IOException {
        UserDirectory directory = new UserDirectory(folder.resolve(FILE_NAME));
        directory.reload();
        return directory;
    }

    /**
     * The users that apply to a project or workspace folder: those of the folder's own file when it has one,
     * else those of its parent folder (the workspace that holds the project), else a new file in the folder's
     * parent when the folder is a project (holds {@code annotide.project}) or does not exist yet, else in the
     * folder itself.
     */
    public static UserDirectory locate(Path projectOrWorkspace) throws IOException {
        Path folder = projectOrWorkspace.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        if (Files.exists(folder.resolve(FILE_NAME)) || parent == null) {
            return open(folder);
        }
        if (Files.exists(parent.resolve(FILE_NAME))) {
            return open(parent);
        }
        boolean project = Files.exists(folder.resolve("annotide.project")) || !Files.exists(folder);
        return open(project ? parent : folder);
    }

    public Path file() {
        return file;
    }

    public synchronized boolean isEmpty() {
        return users.isEmpty();
    }

    public synchronized List<Account> accounts() {
        return users.values().stream().map(Entry::account).toList();
    }

    public synchronized Optional<Account> find(String login) {
        Entry entry = login == null ? null : users.get(login);
        return Optional.ofNullable(entry == null ? null : entry.account());
    }

    /** True when the user has set a password (an invited user who has not logged in yet has none). */
    public synchronized boolean hasPassword(String login) {
        Entry entry = users.get(login);
        return entry != null && entry.hash() != null;
    }

    /**
     * Adds a user. With a null password the user sets one at the first login.
     *
     * @throws IllegalArgumentException for a malformed login, a login that exists, or a too short password
     */
    public synchronized Account add(Account account, char[] password) throws IOException {
        reload();
        checkLogin(account.login());
        if (users.containsKey(account.login())) {
            throw new IllegalArgumentException("there is already a user '" + account.login() + "'");
        }
        String hash = password == null ? null : PasswordHash.hash(checkPassword(password));
        users.put(account.login(), new Entry(account, hash));
        write();
        return account;
    }

    /** Removes a user; the last Admin cannot be removed. */
    public synchronized void remove(String login) throws IOException {
        reload();
        Entry entry = existing(login);
        if (entry.account().role() == Role.ADMIN && admins() == 1) {
            throw new IllegalArgumentException(login + " is the last Admin and cannot be removed");
        }
        users.remove(login);
        write();
    }

    /** Gives a user another role; the last Admin keeps theirs. */
    public synchronized Account setRole(String login, Role role) throws IOException {
        reload();
        Entry entry = existing(login);
        if (entry.account().role() == Role.ADMIN && role != Role.ADMIN && admins() == 1) {
            throw new IllegalArgumentException(login + " is the last Admin and stays one");
        }
        Account changed = new Account(login, entry.account().displayName(), role);
        users.put(login, new Entry(changed, entry.hash(), entry.remembered()));
        write();
        return changed;
    }

    /** Sets a new password (the caller has checked who may do it); it ends the user's remembered logins. */
    public synchronized void setPassword(String login, char[] password) throws IOException {
        reload();
        Entry entry = existing(login);
        users.put(login, new Entry(entry.account(), PasswordHash.hash(checkPassword(password))));
        write();
    }

    /**
     * The first login of a user who was added without a password: sets it and logs them in.
     *
     * @throws AuthenticationException when the user already has a password (or does not exist)
     */
    public synchronized Account setFirstPassword(String login, char[] password) throws IOException,
            AuthenticationException {
        reload();
        Entry entry = users.get(login);
        if (entry == null || entry.hash() != null) {
            throw new AuthenticationException("wrong login or password");
        }
        users.put(login, new Entry(entry.account(), PasswordHash.hash(checkPassword(password))));
        write();
        return entry.account();
    }

    /**
     * Checks a login and password and returns the account. Takes as long for an unknown login as for a known one.
     *
     * @throws AuthenticationException "wrong login or password", or, for a user without a password yet, that they
     *                                 must set one first
     */
    public Account authenticate(String login, char[] password) throws AuthenticationException {
        Entry entry;
        synchronized (this) {
            try {
                reload();
            } catch (IOException e) {
                throw new AuthenticationException("the users file " + file + " cannot be read: " + e.getMessage());
            }
            entry = login == null ? null : users.get(login);
        }
        if (entry == null || password == null) {
            PasswordHash.dummyCheck(password == null ? new char[0] : password);
            throw new AuthenticationException("wrong login or password");
        }
        if (entry.hash() == null) {
            throw new AuthenticationException(login + " has no password yet: set one at the first login");
        }
        if (!PasswordHash.verify(password, entry.hash())) {
            throw new AuthenticationException("wrong login or password");
        }
        return entry.account();
    }

    /**
     * Keeps a remembered login of a user: the SHA-256 of its token (the caller made the token and hands it to the
     * user's client) until {@code expiresAt}. Expired ones of the user are dropped at the same time.
     *
     * @throws IllegalArgumentException for a user who does not exist
     */
    public synchronized void remember(String login, String tokenHash, Instant expiresAt) throws IOException {
        reload();
        Entry entry = existing(login);
        List<Remembered> kept = new ArrayList<>(live(entry.remembered()));
        kept.add(new Remembered(tokenHash, expiresAt));
        users.put(login, new Entry(entry.account(), entry.hash(), List.copyOf(kept)));
        write();
    }

    /** The account of a live remembered login (its token's SHA-256 kept for that user and not expired), if any. */
    public synchronized Optional<Account> remembered(String login, String tokenHash) throws IOException {
        reload();
        Entry entry = login == null ? null : users.get(login);
        if (entry == null || live(entry.remembered()).stream().noneMatch(r -> r.tokenHash().equals(tokenHash))) {
            return Optional.empty();
        }
        return Optional.of(entry.account());
    }

    /** Ends a remembered login (a log-out); nothing happens for one that is not kept. */
    public synchronized void forgetRemembered(String login, String tokenHash) throws IOException {
        reload();
        Entry entry = login == null ? null : users.get(login);
        if (entry == null || entry.remembered().stream().noneMatch(r -> r.tokenHash().equals(tokenHash))) {
            return;
        }
        users.put(login, new Entry(entry.account(), entry.hash(), entry.remembered().stream()
                .filter(r -> !r.tokenHash().equals(tokenHash)).toList()));
        write();
    }

    private static List<Remembered> live(List<Remembered> remembered) {
        Instant now = Instant.now();
        return remembered.stream().filter(r -> r.expiresAt().isAfter(now)).toList();
    }

    /** Parses a role as users write it: admin, manager (or team-manager), annotator. */
    public static Role parseRole(String text) {
        String role = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (role) {
            case "admin" -> Role.ADMIN;
            case "manager", "team-manager" -> Role.TEAM_MANAGER;
            case "annotator" -> Role.ANNOTATOR;
            default -> throw new IllegalArgumentException("unknown role '" + text + "': admin, manager or annotator");
        };
    }

    private int admins() {
        return (int) users.values().stream().filter(e -> e.account().role() == Role.ADMIN).count();
    }

    private Entry existing(String login) {
        Entry entry = users.get(login);
        if (entry == null) {
            throw new IllegalArgumentException("there is no user '" + login + "'");
        }
        return entry;
    }

    private static void checkLogin(String login) {
        if (!LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("'" + login + "' is not a valid login: 1 to 64 letters, digits, "
                    + "'.', '_', '-' or '@'");
        }
    }

    private static char[] checkPassword(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    /**
     * Reads the file again (another process may have changed it: {@code annotide-cli users}, another workbench). A
     * file that cannot be read or parsed leaves the users as they were read last.
     */
    public synchronized void reload() throws IOException {
        Map<String, Entry> read = new LinkedHashMap<>();
        if (Files.exists(file)) {
            read(read);
        }
        users.clear();
        users.putAll(read);
    }

    private void read(Map<String, Entry> users) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a users file: " + e.getOriginalMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("users").isArray()) {
            throw new IOException(file + " is not a users file (expected \"format\": \"" + FORMAT + "\")");
        }
        for (JsonNode user : root.get("users")) {
            String login = user.path("login").asText("");
            try {
                checkLogin(login);
                Role role = Role.get(user.path("role").asText(""));
                if (role == null) {
                    throw new IllegalArgumentException("unknown role '" + user.path("role").asText("") + "'");
                }
                JsonNode hash = user.get("password");
                List<Remembered> remembered = new ArrayList<>();
                for (JsonNode r : user.path("remembered")) {
                    remembered.add(new Remembered(r.path("sha256").asText(""), Instant.parse(r.path("expires").asText(""))));
                }
                users.put(login, new Entry(new Account(login, user.path("displayName").asText(login), role),
                        hash == null || hash.isNull() ? null : hash.asText(), List.copyOf(remembered)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IOException(file + ": user '" + login + "': " + e.getMessage(), e);
            }
        }
    }

    private void write() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode().put("format", FORMAT);
        ArrayNode list = root.putArray("users");
        for (Entry entry : users.values()) {
            ObjectNode user = list.addObject().put("login", entry.account().login())
                    .put("displayName", entry.account().displayName()).put("role", entry.account().role().getLiteral())
                    .put("password", entry.hash());
            List<Remembered> remembered = live(entry.remembered());
            if (!remembered.isEmpty()) { // absent otherwise: the file stays as it was for users who never used it
                ArrayNode kept = user.putArray("remembered");
                remembered.forEach(r -> kept.addObject().put("sha256", r.tokenHash()).put("expires", r.expiresAt().toString()));
            }
        }
        byte[] bytes = mapper.writeValueAsBytes(root);
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // some file systems cannot force a folder; the rename itself is atomic
        }
    }

    /** The logins, for messages. */
    public synchronized List<String> logins() {
        return new ArrayList<>(users.keySet());
    }
}
