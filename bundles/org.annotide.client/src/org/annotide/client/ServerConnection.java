package org.annotide.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A logged-in session with a team server ({@code http(s)://HOST:PORT}): the bearer token, renewed before it expires,
 * and the requests of the REST API under {@code /api/v1}. Each connection names itself to the server with a random
 * client id, so the project WebSocket does not echo its own writes back to it. A token the server forgot (a restart
 * without a database) is replaced without asking the user: by logging in again with the password, kept in memory for
 * as long as the connection lives, or, for a connection that {@linkplain #resume resumed} a remembered login ("keep
 * me logged in"), with that login's token, which is all a restarted workbench holds. A login the server refuses then
 * (revoked, expired, a new password) makes the connection {@linkplain #refusal() refused}: every later request fails
 * at once with the server's words, until the user logs in again. Thread-safe.
 */
public final class ServerConnection implements AutoCloseable {

    /** The header and socket parameter by which the server knows which client made a change. */
    public static final String CLIENT_HEADER = "Annotide-Client";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** An upload of a large image over a slow line takes a while; a dead server still shows within this time. */
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(5);

    /** A project the server serves to this user. */
    public record ProjectInfo(String id, String name, int images) {
    }

    /** An answer: its status, its JSON body (or null) and its raw bytes. */
    public record Answer(int status, JsonNode json, byte[] body) {
    }

    /**
     * A remembered login: the long-lived token the server handed out for "keep me logged in" (never the password),
     * for this user on this server, until {@code expiresAt}. Revoked by {@link #close()} (the log-out).
     */
    public record Remembered(URI server, String user, String token, Instant expiresAt) {
    }

    private final URI base;
    private final String user;
    private volatile String role;
    private final String client = UUID.randomUUID().toString();
    private final HttpClient http;
    private final char[] password;
    private final Remembered remembered;
    private volatile String token;
    private volatile Instant expiresAt;
    private volatile ServerException refusal;

    private ServerConnection(URI base, String user, char[] password, Remembered remembered, HttpClient http) {
        this.base = base;
        this.user = user;
        this.password = password == null ? null : password.clone();
        this.remembered = remembered;
        this.http = http;
    }

    /**
     * Logs in. A wrong password, an unknown user or a refused address is a {@link ServerException} with the server's
     * words; a server that does not answer is one whose {@link ServerException#isUnreachable()} is true.
     */
    public static ServerConnection login(String url, String user, char[] password) throws ServerException {
        return login(url, user, password, false);
    }

    /**
     * Logs in as {@link #login(String, String, char[])}; with {@code remember} the server also hands out a remembered
     * login ({@link #remembered()}) that a later {@link #resume} uses instead of the password.
     */
    public static ServerConnection login(String url, String user, char[] password, boolean remember)
            throws ServerException {
        return login(url, user, password, remember, newHttpClient());
    }

    /**
     * Logs in as {@link #login(String, String, char[], boolean)}, through {@code http}: every request and WebSocket of
     * the connection goes through that client, so a caller decides how the connection reaches the server (its TLS
     * trust, proxy, executor) and may watch what it receives (the tests hold each answer to the server's OpenAPI
     * document).
     */
    public static ServerConnection login(String url, String user, char[] password, boolean remember, HttpClient http)
            throws ServerException {
        java.util.Objects.requireNonNull(http, "http");
        URI base = base(url);
        ObjectNode body = JSON.createObjectNode().put("username", user).put("password", new String(password));
        if (remember) {
            body.put("remember", true);
        }
        JsonNode answer = send(http, base, "POST", "/api/v1/auth/login", null, body, TIMEOUT, null).json();
        Remembered kept = remember ? new Remembered(base, user, answer.get("remember_token").asText(),
                Instant.parse(answer.get("remember_expires_at").asText())) : null;
        ServerConnection connection = new ServerConnection(base, user, password, kept, http);
        connection.take(answer);
        return connection;
    }

    /**
     * A connection that logs in with a remembered login instead of a password ({@code POST /auth/resume}), as a
     * restarted workbench does. It asks nothing of the server yet: the first request logs in, so a mirror opens while
     * the server is away and connects when it is back. A remembered login the server refuses makes the connection
     * {@linkplain #refusal() refused}.
     */
    public static ServerConnection resume(Remembered remembered) throws ServerException {
        return resume(remembered, newHttpClient());
    }

    /**
     * Resumes as {@link #resume(Remembered)}, through {@code http} (as
     * {@link #login(String, String, char[], boolean, HttpClient)}).
     */
    public static ServerConnection resume(Remembered remembered, HttpClient http) throws ServerException {
        java.util.Objects.requireNonNull(http, "http");
        return new ServerConnection(base(remembered.server().toString()), remembered.user(), null, remembered, http);
    }

    private static HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in again, with the password when this connection has one, else with its remembered login. */
    private JsonNode authenticate() throws ServerException {
        ObjectNode body = JSON.createObjectNode().put("username", user);
        String path;
        if (password != null) {
            body.put("password", new String(password));
            path = "/api/v1/auth/login";
        } else {
            body.put("remember_token", remembered.token());
            path = "/api/v1/auth/resume";
        }
        try {
            return send(http, base, "POST", path, null, body, TIMEOUT, null).json();
        } catch (ServerException e) {
            if (e.status() == 401) {
                refusal = new ServerException(401, "the server " + base + " refused the login of " + user + " ("
                        + e.getMessage() + "): log in again", e.problem(), e);
                throw refusal;
            }
            throw e;
        }
    }

    /** The server's address as the user typed it, checked: http or https with a host. */
    static URI base(String url) throws ServerException {
        String text = url == null ? "" : url.trim();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith("/api/v1")) {
            text = text.substring(0, text.length() - "/api/v1".length());
        }
        try {
            URI uri = new URI(text);
            if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ServerException(-1, "'" + url + "' is not a server address such as http://team.example.org:8080",
                        null, null);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new ServerException(-1, "'" + url + "' is not a server address: " + e.getReason(), null, e);
        }
    }

    private void take(JsonNode login) {
        token = login.get("token").asText();
        expiresAt = Instant.parse(login.get("expires_at").asText());
        role = login.path("role").asText(null);
    }

    public URI base() {
        return base;
    }

    public String user() {
        return user;
    }

    /**
     * The user's role on the server as the last login said: admin, manager or annotator; null before a connection
     * that {@linkplain #resume resumed} has reached the server.
     */
    public String role() {
        return role;
    }

    /** The remembered login this connection was opened with or handed out at its login; null for none. */
    public Remembered remembered() {
        return remembered;
    }

    /** Why the server refused to log this connection in again (then it is of no more use), or null. */
    public ServerException refusal() {
        return refusal;
    }

    /** This connection's client id (see {@link #CLIENT_HEADER}). */
    public String client() {
        return client;
    }

    /** The projects this user may see. */
    public List<ProjectInfo> projects() throws ServerException {
        List<ProjectInfo> projects = new ArrayList<>();
        for (JsonNode p : request("GET", "/api/v1/projects", null).json().get("items")) {
            projects.add(new ProjectInfo(p.get("id").asText(), p.path("name").asText(p.get("id").asText()),
                    p.path("images").asInt()));
        }
        return projects;
    }

    /** A request with this session's token; a token close to its end is renewed first. */
    public Answer request(String method, String path, JsonNode body, String... headers) throws ServerException {
        return request(method, path, body, TIMEOUT, headers);
    }

    /**
     * A request that waits at most {@code timeout} for its answer: for a question that is asked again soon anyway, as
     * a mirror's reconnection asks for its project every second until the server answers. A server that has just
     * started can accept a connection and never read it (see server.md, "The rare slow reconnection"): with the usual
     * 10 s the mirror would wait all of them.
     */
    public Answer request(String method, String path, JsonNode body, Duration timeout) throws ServerException {
        return request(method, path, body, timeout, new String[0]);
    }

    private Answer request(String method, String path, JsonNode body, Duration timeout, String[] headers)
            throws ServerException {
        String used = liveToken();
        try {
            return send(http, base, method, path, used, body, timeout, headers);
        } catch (ServerException e) {
            if (e.status() != 401) {
                throw e;
            }
            reauthenticate(used); // the server forgot the token (restarted): once more with a new one
            return send(http, base, method, path, token, body, timeout, headers);
        }
    }

    /**
     * POSTs a file's bytes as the body ({@code contentType}), with a timeout fit for large files; otherwise as
     * {@link #request}: a token the server forgot is replaced once, errors are {@link ServerException}s.
     */
    public Answer upload(String path, Path file, String contentType, String... headers) throws ServerException {
        String used = liveToken();
        try {
            return send(http, base, path, used, file, contentType, headers);
        } catch (ServerException e) {
            if (e.status() != 401) {
                throw e;
            }
            reauthenticate(used);
            return send(http, base, path, token, file, contentType, headers);
        }
    }

    private static Answer send(HttpClient http, URI base, String path, String token, Path file, String contentType,
            String[] headers) throws ServerException {
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.ofFile(file);
        } catch (java.io.FileNotFoundException e) {
            throw new ServerException(-1, "the file " + file + " cannot be read: " + e.getMessage(), null, e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(UPLOAD_TIMEOUT)
                .POST(body).header("Content-Type", contentType);
        return exchange(http, request, token, headers);
    }

    private synchronized void reauthenticate(String stale) throws ServerException {
        if (refusal != null) {
            throw refusal;
        }
        if (java.util.Objects.equals(stale, token)) {
            take(authenticate());
        }
    }

    /**
     * The token to send: a refused connection fails at once; one that has none yet (resumed, not yet in touch) logs
     * in; one close to its end is renewed.
     */
    private String liveToken() throws ServerException {
        if (refusal != null) {
            throw refusal;
        }
        if (token == null) {
            reauthenticate(null);
        }
        renewIfDue();
        return token;
    }

    /** The bytes of a file the API serves (an image), written to {@code target}. */
    public void download(String path, Path target) throws ServerException {
        download(path, target, null);
    }

    /**
     * The bytes of a file the API serves (an image), written to {@code target} whole or not at all (a temporary file
     * beside it, then a rename), with progress by the answer's length and cancel
     * ({@link OperationCanceledException}, nothing written).
     */
    public void download(String path, Path target, IProgressMonitor monitor) throws ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, "Downloading " + target.getFileName(), 1000);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + liveToken()).GET().build();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        boolean written = false;
        try {
            Files.createDirectories(target.getParent());
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ServerException(response.statusCode(), "the server answered " + response.statusCode()
                            + " for " + path, null, null);
                }
                long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                try (OutputStream out = Files.newOutputStream(part)) {
                    byte[] buffer = new byte[1 << 16];
                    long done = 0;
                    int reported = 0;
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        if (progress.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        out.write(buffer, 0, n);
                        if (done >> 20 != (done + n) >> 20) { // a line per megabyte: a slide takes minutes
                            progress.subTask(String.format("Downloading %s: %d of %s MB", target.getFileName(),
                                    (done + n) >> 20, length > 0 ? Long.toString(length >> 20) : "?"));
                        }
                        done += n;
                        int now = length > 0 ? (int) Math.min(1000, done * 1000 / length) : reported;
                        progress.worked(now - reported);
                        reported = now;
                    }
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = true;
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(0, "interrupted", null, e);
        } finally {
            if (!written) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    // a stray .part harms nothing: the next download replaces it
                }
            }
        }
    }

    /** Opens the project WebSocket ({@code /api/v1/projects/{project}/ws}) with this session's token. */
    public CompletableFuture<WebSocket> openProjectSocket(String project, WebSocket.Listener listener) {
        String scheme = base.getScheme().equals("https") ? "wss" : "ws";
        URI uri = URI.create(scheme + "://" + base.getRawAuthority() + "/api/v1/projects/" + project + "/ws?token="
                + token + "&client=" + client);
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, listener);
    }

    /**
     * Opens the WebSocket of one training job ({@code /api/v1/training/ws/{job}}) with this session's token: its status
     * at once, then its status changes, epochs and completion.
     */
    public CompletableFuture<WebSocket> openJobSocket(String jobId, WebSocket.Listener listener) {
        String scheme = base.getScheme().equals("https") ? "wss" : "ws";
        URI uri = URI.create(scheme + "://" + base.getRawAuthority() + "/api/v1/training/ws/"
                + java.net.URLEncoder.encode(jobId, java.nio.charset.StandardCharsets.UTF_8) + "?token=" + token);
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, listener);
    }

    private void renewIfDue() throws ServerException {
        if (Instant.now().isAfter(expiresAt.minus(Duration.ofMinutes(5)))) {
            String used = token;
            try {
                refresh();
            } catch (ServerException e) {
                if (e.status() != 401) {
                    throw e;
                }
                reauthenticate(used); // the server forgot the token or it ran out: log in again
            }
        }
    }

    /** Exchanges the token for a new one (the old one is revoked). */
    public synchronized void refresh() throws ServerException {
        take(send(http, base, "POST", "/api/v1/auth/refresh", token, null, TIMEOUT, null).json());
    }

    /**
     * Logs out: the server revokes the token and the remembered login it came with (a kept copy of it no longer logs
     * in). The connection is of no use afterwards.
     *
     * @throws ServerException the server did not confirm it (unreachable): the token and the remembered login live
     *                         on there until they expire
     */
    public void logOut() throws ServerException {
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
        if (token == null && remembered != null && refusal == null) {
            reauthenticate(null); // resumed but never in touch: log in to log the remembered login out
        }
        if (token != null && refusal == null) {
            send(http, base, "POST", "/api/v1/auth/logout", token, null, TIMEOUT, null);
        }
    }

    /** {@link #logOut()}, where an unreachable server is no error (the token dies with its lifetime). */
    @Override
    public void close() {
        try {
            logOut();
        } catch (ServerException e) {
            // the token dies with its lifetime
        }
    }

    private static Answer send(HttpClient http, URI base, String method, String path, String token, JsonNode body,
            Duration timeout, String[] headers) throws ServerException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(http, request, token, headers);
    }

    /** Sends a request with the token and headers; the answer, or the server's refusal as a {@link ServerException}. */
    private static Answer exchange(HttpClient http, HttpRequest.Builder request, String token, String[] headers)
            throws ServerException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; headers != null && i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(0, "interrupted", null, e);
        }
        JsonNode json = null;
        if (response.body().length > 0 && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            try {
                json = JSON.readTree(response.body());
            } catch (IOException e) {
                throw new ServerException(response.statusCode(), "the server sent malformed JSON: " + e.getMessage(),
                        null, e);
            }
        }
        if (response.statusCode() >= 400) {
            String detail = json != null && json.hasNonNull("detail") ? json.get("detail").asText()
                    : "the server answered " + response.statusCode();
            throw new ServerException(response.statusCode(), response.statusCode() == 503
                    ? "the server cannot answer now (" + detail + ")" : detail, json, null);
        }
        return new Answer(response.statusCode(), json, response.body());
    }

    private static ServerException unreachable(IOException e) {
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new ServerException(0, "the server is unreachable (" + why + ")", null, e);
    }
}
