package org.annotide.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.AuthenticationException;
import org.annotide.access.InProject;
import org.annotide.access.PermissionService;
import org.annotide.access.ProjectRoles;
import org.annotide.access.UserDirectory;
import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.TrainerRegistry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Role;
import org.annotide.server.db.DatabaseUnavailableException;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ProjectWriteThrough;
import org.annotide.server.db.ServerProjects;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Jetty server, its routes and their operations over the open project stores. */
public final class ServerCore {

    static final String API = "/api/v1";
    static final String WS_PREFIX = API + "/training/ws/";
    /** The project WebSocket: {@code /api/v1/projects/{project}/ws?token=&client=}. */
    static final String PROJECT_WS = API + "/projects/{project}/ws";
    static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();
    private static final int MAX_PAGE = 1000;

    private final String host;
    private final int requestedPort;
    private final Map<String, ProjectStore> projects = new LinkedHashMap<>();
    private final UserDirectory users;
    private final PermissionService permissions;
    private final TrainerRegistry trainers;
    private final int maxBody;
    private final Sessions sessions;
    private final RememberedLogins rememberedLogins;
    private final ServerDatabase db;
    private AuditLog auditLog;
    private final JobQueue queue;
    private final ProjectRoles roles;
    private java.util.concurrent.ScheduledExecutorService reaper;
    /** Tells sockets and sessions their user's new role: with a database as it notifies, without as the users file changes. */
    private MemberNotifications memberNotifications;
    private UsersFileWatch usersFileWatch;
    private final TrainerRegistry workerTrainers;
    private final int inProcessWorkers;
    private final List<Thread> workerThreads = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean stopWorkers = new java.util.concurrent.atomic.AtomicBoolean();
    /** The training jobs and models, and the job sockets. */
    private final TrainingRoutes training;
    /** With a database: the routes of the workers that claim its queued jobs; else null. */
    private final WorkerRoutes workerRoutes;
    private final List<Route> routes = new ArrayList<>();
    /** Route groups of their own classes (scoring, active learning), closed with the server. */
    private final List<AutoCloseable> routeGroups = new ArrayList<>();
    private final ProjectEvents events = new ProjectEvents(this::mayRead, this::maySeeTraining);
    private Server server;
    private ServerConnector connector;

    /**
     * Annotation pages as they were last sent, per user (what a user may see depends on who they are and their role in
     * the project), valid while the project's command stack has not moved (every change the server makes is a command)
     * and for at most {@link #PAGE_TTL_NANOS} (a membership change, or a change made outside the command stack, holds
     * within that time, as the server's membership cache does).
     */
    private record PageKey(String project, String image, long after, int limit, Account user) {
    }

    /**
     * A page's bytes, made at {@code generation}. {@code refreshing}: when the page has expired unchanged, the first
     * request to see it makes it again while the others still get these bytes, instead of all the clients of that
     * second making the same page at once.
     */
    private record CachedPage(long generation, long expires, byte[] json, java.util.concurrent.atomic.AtomicBoolean refreshing) {
    }

    private static final long PAGE_TTL_NANOS = 1_000_000_000L;
    private static final int MAX_CACHED_PAGES = 20_000;
    private final Map<PageKey, CachedPage> pages = new ConcurrentHashMap<>();
    private final Map<ProjectStore, java.util.concurrent.atomic.AtomicLong> generations = new java.util.IdentityHashMap<>();
    /** The generation at which each project's command stack was last flushed (see forgetUndoHistory). */
    private final Map<ProjectStore, java.util.concurrent.atomic.AtomicLong> flushedAt = new java.util.IdentityHashMap<>();
    private javax.net.ssl.SSLContext tls;
    private javax.net.ssl.SSLContext workerTls;
    /** The largest image an upload may have: by default the most PostgreSQL keeps in one value (a held project's). */
    private long maxImageBytes = DEFAULT_MAX_IMAGE_BYTES;
    public static final long DEFAULT_MAX_IMAGE_BYTES = (1L << 30) - 1;

    /** The most bytes an uploaded image may have (413 past it). Call before {@link #start()}. */
    public void maxImageBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the image size limit must be at least one byte, not " + bytes);
        }
        maxImageBytes = bytes;
    }

    long maxImageBytes() {
        return maxImageBytes;
    }

    /** With a database: the file where audit rows wait while the database is down; rows left there are moved now. */
    public void auditSpool(java.nio.file.Path file) {
        auditLog = new AuditLog(db, file);
        auditLog.drain();
    }

    /**
     * Serves HTTPS only, with this context (its key managers hold the server's key); the in-process workers talk to
     * the server with {@code workerContext} (trusting its own certificate). Call before {@link #start()}.
     */
    public void tls(javax.net.ssl.SSLContext serverContext, javax.net.ssl.SSLContext workerContext) {
        this.tls = serverContext;
        this.workerTls = workerContext;
    }

    /** {@code https} when serving TLS, else {@code http}. */
    public String scheme() {
        return tls == null ? "http" : "https";
    }

    public ServerCore(String host, int port, List<ProjectStore> stores, UserDirectory users,
            PermissionService permissions, TrainerRegistry trainers, int workers, int maxBody, Duration tokenLifetime,
            Duration rememberLifetime, ServerDatabase db, Duration lease) {
        this.host = host;
        this.db = db;
        this.queue = db == null ? null : new JobQueue(db, lease);
        this.requestedPort = port;
        this.users = users;
        this.permissions = permissions;
        this.trainers = trainers;
        this.maxBody = maxBody;
        this.sessions = new Sessions(tokenLifetime, db);
        this.rememberedLogins = new RememberedLogins(rememberLifetime, db, users);
        ServerProjects hosted = db == null ? null : new ServerProjects(db);
        this.roles = hosted == null ? ProjectRoles.EVERYONE : new CachedRoles(hosted);
        for (ProjectStore store : stores) {
            String id = projectId(store);
            // every request reads and changes the model holding the store's monitor: the request whose change calls
            // for a checkpoint need not write it
            store.checkpointInBackground();
            java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
            store.commandStack().addCommandStackListener(event -> generation.incrementAndGet());
            generations.put(store, generation);
            flushedAt.put(store, new java.util.concurrent.atomic.AtomicLong());
            if (projects.putIfAbsent(id, store) != null) {
                throw new IllegalArgumentException("two projects have the id '" + id + "'");
            }
            if (hosted != null && ProjectWriteThrough.of(store) == null) { // the database says which projects this
                // server hosts and who works on them (a project held in the database is hosted there already)
                hosted.host(id, store.folder(), null);
            }
        }
        this.workerTrainers = trainers;
        this.inProcessWorkers = db == null ? 0 : workers; // with a database, workers take jobs from its queue
        this.training = new TrainingRoutes(this, queue, trainers, db == null ? workers : 0);
        this.workerRoutes = queue == null ? null : new WorkerRoutes(this, training, queue);
        defineRoutes();
    }

    public void start() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("annotide-http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // no acceptor threads: the selector accepts. A thread blocked in accept() while the server stops can take a
        // connection after the socket was closed for it (the JDK's close waits for the thread) and, interrupted, drop
        // it unclosed: a client that reconnected at that moment waited out its timeout on a socket nobody reads
        // (docs/server.md, "The rare slow reconnection after a server restart")
        int acceptors = 0;
        int selectors = -1; // Jetty's default for the cores
        if (tls == null) {
            connector = new ServerConnector(server, acceptors, selectors, new HttpConnectionFactory(http));
        } else { // HTTPS only: a plain HTTP request on this port fails the TLS handshake and is closed
            org.eclipse.jetty.util.ssl.SslContextFactory.Server ssl = new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
            ssl.setSslContext(tls);
            http.addCustomizer(new org.eclipse.jetty.server.SecureRequestCustomizer(false)); // no SNI host check: one certificate
            connector = new ServerConnector(server, acceptors, selectors, new org.eclipse.jetty.server.SslConnectionFactory(ssl,
                    org.eclipse.jetty.http.HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(http));
        }
        connector.setHost(host);
        connector.setPort(requestedPort);
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrors());
        WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofMinutes(30));
            container.addMapping(WS_PREFIX + "*", (request, response, callback) -> {
                String path = Request.getPathInContext(request);
                String jobId = path.substring(WS_PREFIX.length());
                Sessions.Session session = sessions.find(Request.extractQueryParameters(request).getValue("token"));
                int status = 0;
                String message = null;
                if (session == null) {
                    status = 401;
                    message = "a valid token is needed: ?token=... from POST " + API + "/auth/login";
                } else {
                    TrainingRoutes.JobRef ref = training.findJob(jobId);
                    if (ref == null || !visible(session.account(), ref.projectId())) {
                        status = 404;
                        message = "no training job '" + jobId + "'";
                    } else if (!permissions.may(session.account(), Action.RUN_TRAINING, in(ref.projectId(), null))) {
                        status = 403;
                        message = permissions.denial(session.account(), Action.RUN_TRAINING, in(ref.projectId(), null));
                    }
                }
                if (status != 0) {
                    Response.writeError(request, response, callback, status, message);
                    return null;
                }
                return training.new JobSocket(jobId);
            });
            container.addMapping("^" + API + "/projects/[^/]+/ws$", this::projectSocket);
        });
        Api api = new Api();
        ws.setHandler(api);
        server.setHandler(new SocketPaths(ws, api));
        server.start();
        if (queue != null) {
            long every = Math.max(200, Math.min(5_000, queue.lease().toMillis() / 4));
            reaper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "Annotide lease reaper");
                thread.setDaemon(true);
                return thread;
            });
            reaper.scheduleWithFixedDelay(workerRoutes::reapLeases, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
            memberNotifications = new MemberNotifications(db, new MemberWatch(events, new ServerProjects(db)::standings,
                    sessions, this::forgetMemberships), sessions);
            memberNotifications.start();
            startWorkers();
        } else if (users != null) {
            try {
                usersFileWatch = new UsersFileWatch(users.file(), new MemberWatch(events, this::standingsInUsersFile,
                        sessions, this::forgetMemberships));
            } catch (java.io.IOException e) { // e.g. the system's limit of watches reached: serving matters more
                System.err.println("annotide server: the users file " + users.file() + " cannot be watched ("
                        + e.getMessage() + "): a role changed there holds at the user's next login");
            }
        }
    }

    /**
     * Without a database: the users' standing as the users file says it now (read again: another process may have
     * written it). There are no member lists: each user holds their server-wide role in every project.
     */
    private Map<String, ServerProjects.Standing> standingsInUsersFile(java.util.Collection<String> logins) {
        try {
            users.reload();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, ServerProjects.Standing> standings = new HashMap<>();
        for (String login : logins) {
            users.find(login).ifPresent(account -> {
                Map<String, Role> everywhere = new HashMap<>();
                projects.keySet().forEach(project -> everywhere.put(project, account.role()));
                standings.put(login, new ServerProjects.Standing(account.role(), everywhere));
            });
        }
        return standings;
    }

    /**
     * Opens a project's event socket for a user who may see the project (401 without a live token, 404 for a project
     * they may not see, as the REST routes answer).
     */
    private Object projectSocket(org.eclipse.jetty.websocket.server.ServerUpgradeRequest request,
            org.eclipse.jetty.websocket.server.ServerUpgradeResponse response, Callback callback) {
        String path = Request.getPathInContext(request);
        String project = path.substring((API + "/projects/").length(), path.length() - "/ws".length());
        Fields query = Request.extractQueryParameters(request);
        Sessions.Session session = sessions.find(query.getValue("token"));
        if (session == null) {
            Response.writeError(request, response, callback, 401,
                    "a valid token is needed: ?token=... from POST " + API + "/auth/login");
            return null;
        }
        if (!visible(session.account(), project)) {
            Response.writeError(request, response, callback, 404, "no project '" + project + "'");
            return null;
        }
        Account member = in(project, null).member(session.account());
        return events.socket(project, session.account(), query.getValue("client"), member == null ? null : member.role());
    }

    /** What GET /training/jobs?project= would list for the user: the project's jobs and models, or none. */
    private boolean maySeeTraining(Account user, String project) {
        return visible(user, project) && permissions.may(user, Action.RUN_TRAINING, in(project, null));
    }

    /** What GET would let the user read: the project, the ground-truth door, the annotation (trainees' drafts). */
    private boolean mayRead(Account user, String project, ImageAsset image, Annotation annotation) {
        if (!visible(user, project)) {
            return false;
        }
        ProjectStore store = projects.get(project);
        if (groundTruth(store.project(), image)
                && !permissions.may(user, Action.VIEW_BENCHMARK_SOURCE, in(project, null))) {
            return false;
        }
        return permissions.may(user, Action.VIEW_PROJECTS, in(project, annotation));
    }

    /** The listeners of the call's project to tell about a change of this annotation. */
    ProjectEvents.Recipients recipients(Call call, SocketMessage type, ImageAsset image, Annotation annotation) {
        return events.recipients(type, call.param("project"), image, annotation,
                call.headers().get(ProjectEvents.CLIENT_HEADER));
    }

    /** The login of the server's own in-process workers: not a valid user name, so no user can be it. */
    static final String IN_PROCESS_WORKER = "(server)";

    /**
     * With a database: N workers in this process take jobs from the database queue exactly as remote ones do (claim
     * with SKIP LOCKED, lease, heartbeats, epochs, model upload over loopback HTTP), with a token that lives only in
     * this process's memory and acts as an Admin.
     */
    private void startWorkers() {
        if (inProcessWorkers == 0) {
            return;
        }
        String token = sessions.internal(new Account(IN_PROCESS_WORKER, "in-process worker", Role.ADMIN)).token();
        String address = host.equals("0.0.0.0") || host.equals("::") || host.isEmpty() ? "127.0.0.1" : host;
        java.net.URI base = java.net.URI.create(scheme() + "://" + (address.contains(":") ? "[" + address + "]" : address)
                + ":" + port());
        for (int i = 1; i <= inProcessWorkers; i++) {
            org.annotide.server.TrainingWorker worker = new org.annotide.server.TrainingWorker(base, token,
                    "in-process-" + i, projects, workerTrainers, null, workerTls);
            Thread thread = new Thread(() -> {
                try {
                    worker.run(stopWorkers, Duration.ofMillis(500));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "Annotide in-process worker " + i);
            thread.setDaemon(true);
            workerThreads.add(thread);
            thread.start();
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        return host;
    }

    public void close() {
        stopWorkers.set(true); // a job still running goes back to the queue when its lease runs out
        for (Thread thread : workerThreads) {
            thread.interrupt();
        }
        for (Thread thread : workerThreads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (reaper != null) {
            reaper.shutdownNow();
        }
        if (memberNotifications != null) {
            memberNotifications.close();
        }
        if (usersFileWatch != null) {
            usersFileWatch.close();
        }
        training.close();
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            // stopping: nothing more to do
        }
        for (AutoCloseable group : routeGroups) { // after the last request that could use them
            try {
                group.close();
            } catch (Exception e) {
                // stopping: nothing more to do
            }
        }
    }

    // ------------------------------------------------------------------ plumbing

    private final class Api extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Reply reply;
            try {
                reply = dispatch(request);
            } catch (ApiException e) {
                reply = problem(e.status, e.getMessage(), e.extra);
            } catch (DatabaseUnavailableException | org.annotide.core.store.StoreException
                    | org.annotide.core.store.StoreChange.NotStored e) {
                // the project's journal could not be written (a full disk): nothing changed, worth trying again later
                reply = problem(503, e.getMessage(), null);
            } catch (RuntimeException | Error e) {
                reply = problem(500, "the server could not complete the request: " + e, null);
            } catch (Exception e) {
                reply = problem(500, "the server could not complete the request: " + e.getMessage(), null);
            }
            if (reply.status >= 400) {
                discardUnreadBody(request, reply);
            }
            audit(request, reply.status);
            if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
                forgetUndoHistory();
            }
            send(request, response, callback, reply);
            return true;
        }
    }

    /**
     * A server never undoes: it keeps the last thousand or so commands of a project's command stack and drops the rest
     * (a flush). Without this each command the server executed stayed on the stack for undo, with what it replaced (a soak of 50 clients replacing annotations grew the heap by 170 MB in 10
     * minutes). The journal, not the stack, is what keeps the changes.
     */
    private void forgetUndoHistory() {
        for (ProjectStore store : projects.values()) {
            java.util.concurrent.atomic.AtomicLong generation = generations.get(store);
            java.util.concurrent.atomic.AtomicLong flushed = flushedAt.get(store);
            if (generation.get() - flushed.get() < UNDO_KEPT) {
                continue;
            }
            synchronized (store) {
                if (!store.isClosed() && store.commandStack().canUndo()) {
                    store.commandStack().flush();
                }
                flushed.set(generation.get());
            }
        }
    }

    /** At most about this many commands stay on a project's command stack before the server drops them. */
    private static final long UNDO_KEPT = 1_000;

    static final String USER_ATTRIBUTE = "org.annotide.server.user";

    /** With a database: every answered write and login attempt goes to the audit log (spooled while it is down). */
    private void audit(Request request, int status) {
        String method = request.getMethod();
        if (auditLog == null || method.equals("GET") || method.equals("HEAD")) {
            return;
        }
        if (status == 204 && Request.getPathInContext(request).equals(API + "/workers/claim")) {
            return; // a claim that took no job changed nothing (idle workers ask every half second)
        }
        Object user = request.getAttribute(USER_ATTRIBUTE);
        try {
            auditLog.record(new AuditLog.Row(java.time.Instant.now(), user == null ? null : user.toString(),
                    Request.getRemoteAddr(request), method, Request.getPathInContext(request), status));
        } catch (RuntimeException e) {
            System.err.println("annotide server: the audit log could not record " + method + " "
                    + Request.getPathInContext(request) + " (" + status + "): " + e.getMessage());
        }
    }

    private Reply dispatch(Request request) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (!path.startsWith(API + "/")) {
            throw new ApiException(404, "no such resource: " + path + " (the API is under " + API + ")");
        }
        List<String> segments = List.of(path.substring(1).split("/", -1));
        // HEAD is the GET without its body (Jetty sends the head only): a download tool's size check before a Range
        String asked = method.equals("HEAD") ? "GET" : method;
        Route found = null;
        Map<String, String> params = null;
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> p = route.match(segments);
            if (p != null) {
                pathKnown = true;
                if (route.method().equals(asked)) {
                    found = route;
                    params = p;
                    break;
                }
            }
        }
        if (found == null) {
            if (!pathKnown) {
                throw new ApiException(404, "no such resource: " + path);
            }
            // the methods the path takes, gathered only for the refusal: the served requests allocate nothing for it
            java.util.Set<String> allowed = new java.util.TreeSet<>();
            for (Route route : routes) {
                if (route.match(segments) != null) {
                    allowed.add(route.method());
                }
            }
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            Reply refusal = problem(405, method + " is not allowed on " + path + "; allowed: "
                    + String.join(", ", allowed), null);
            refusal.header("Allow", String.join(", ", allowed)); // RFC 9110: a 405 says what is allowed
            return refusal;
        }
        Sessions.Session session = null;
        if (found.needsToken()) {
            String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
            if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new ApiException(401, "log in first: POST " + API + "/auth/login, then send Authorization: Bearer TOKEN");
            }
            session = sessions.find(auth.substring(7).trim());
            if (session == null) {
                throw new ApiException(401, "the token is unknown, expired or revoked: log in again");
            }
            request.setAttribute(USER_ATTRIBUTE, session.account().login());
        }
        // the body is read before the request is judged further: a refusal that left it unread would make Jetty
        // close the connection, which a client may already be reusing for its next request
        byte[] body = found.streamsBody() ? new byte[0] : readBody(request);
        Fields query = Request.extractQueryParameters(request);
        for (String name : query.getNames()) {
            if (!found.takes(name)) {
                throw new ApiException(400, "unknown query parameter '" + name + "'" + (found.query().isEmpty()
                        ? ": " + method + " " + found.template() + " takes none" : "; known: " + String.join(", ",
                                found.query().stream().map(Input.Param::name).sorted().toList())));
            }
        }
        // an undeclared field is 400 before anything else is asked of the request
        ObjectNode json = found.body() == null ? null : found.body().parse(body);
        Call call = new Call(found, session == null ? null : session.account(), session, params, query,
                request.getHeaders(), body, json, request);
        return found.operation().handle(call);
    }

    /** Set on a request once its body was read whole. */
    private static final String BODY_TAKEN = "org.annotide.server.bodyTaken";

    /** HTTP/1.1: no Content-Length and no Transfer-Encoding is no body (most GETs). */
    private static boolean declaresBody(Request request) {
        long declared = request.getLength();
        return declared > 0 || declared < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    /**
     * A refusal made before the body was read (no token, no such route, a method not allowed): the body is read to its
     * end and dropped, as a request that was answered must be for its connection to serve the next one. Left unread,
     * Jetty closes the connection after the answer when the body has not all arrived yet, and a client that already
     * reuses it for its next request gets no answer at all ("header parser received no bytes" in java.net.http). A
     * body larger than the server takes, or one that cannot be read, is not waited for: the answer then says
     * {@code Connection: close}.
     */
    private void discardUnreadBody(Request request, Reply reply) {
        if (request.getAttribute(BODY_TAKEN) != null || !declaresBody(request)) {
            return;
        }
        try {
            readBody(request); // bounded by --max-body, as any body the server reads
        } catch (ApiException | IOException e) {
            reply.header("Connection", "close");
        }
    }

    private byte[] readBody(Request request) throws IOException {
        if (!declaresBody(request)) {
            return new byte[0];
        }
        long declared = request.getLength();
        if (declared > maxBody) {
            throw new ApiException(413, "the body has " + declared + " bytes; at most " + maxBody + " are accepted");
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxBody + 1);
            if (body.length > maxBody) {
                throw new ApiException(413, "the body is larger than " + maxBody + " bytes, the most accepted");
            }
            request.setAttribute(BODY_TAKEN, Boolean.TRUE);
            return body;
        } catch (IOException e) { // the connection ended under the request (the server stopping): worth trying again
            throw new ApiException(503, "the request's body could not be read to its end (the connection closed, or "
                    + "the server is stopping): " + e);
        }
    }

    private static Reply problem(int status, String detail, ObjectNode extra) {
        ObjectNode node = Json.object();
        node.put("type", "about:blank");
        node.put("title", title(status));
        node.put("status", status);
        node.put("detail", detail);
        if (extra != null) {
            node.setAll(extra);
        }
        Reply reply = new Reply(status, node);
        reply.contentType = "application/problem+json";
        if (status == 401) {
            reply.header("WWW-Authenticate", "Bearer");
        }
        return reply;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    private static void send(Request request, Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status);
        reply.headers.forEach((name, value) -> response.getHeaders().put(name, value));
        try {
            if (reply.file != null) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.length);
                try (FileChannel channel = FileChannel.open(reply.file, StandardOpenOption.READ);
                        OutputStream out = Content.Sink.asOutputStream(response)) {
                    InputStream in = java.nio.channels.Channels.newInputStream(channel.position(reply.offset));
                    byte[] buffer = new byte[65536];
                    long left = reply.length;
                    while (left > 0) {
                        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (n < 0) {
                            break;
                        }
                        out.write(buffer, 0, n);
                        left -= n;
                    }
                }
                callback.succeeded();
            } else if (reply.stream != null) { // chunked: the body is written as it is made, never held whole
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType);
                try (OutputStream out = Content.Sink.asOutputStream(response)) {
                    reply.stream.write(out);
                }
                callback.succeeded();
            } else if (reply.bytes != null) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE,
                        reply.contentType == null ? "application/json" : reply.contentType);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.bytes.length);
                response.write(true, java.nio.ByteBuffer.wrap(reply.bytes), callback);
            } else if (reply.json == null) {
                response.write(true, null, callback);
            } else {
                byte[] bytes = Json.MAPPER.writeValueAsBytes(reply.json);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE,
                        reply.contentType == null ? "application/json" : reply.contentType);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
                response.write(true, java.nio.ByteBuffer.wrap(bytes), callback);
            }
        } catch (Exception e) {
            callback.failed(e);
        }
    }

    /**
     * Sends only the paths a socket can be at through the WebSocket upgrade handler, whose mappings (a regular
     * expression among them) every other request would otherwise be matched against; the rest go to the API at once.
     */
    private static final class SocketPaths extends Handler.Wrapper {
        private final Handler api;

        SocketPaths(Handler sockets, Handler api) {
            super(sockets);
            this.api = api;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = Request.getPathInContext(request);
            if (path.startsWith(WS_PREFIX) || path.endsWith("/ws")) {
                return super.handle(request, response, callback);
            }
            return api.handle(request, response, callback);
        }
    }

    /** Jetty's own errors (bad URIs, bad headers) as problem JSON too. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Object code = request.getAttribute(ERROR_STATUS);
            int status = code instanceof Integer i ? i : response.getStatus();
            Object message = request.getAttribute(ERROR_MESSAGE);
            send(request, response, callback, problem(status, message == null ? title(status) : message.toString(), null));
            return true;
        }
    }

    // ------------------------------------------------------------------ routes

    Declared route(String method, String template, String summary, Route.Operation operation) {
        return declare(new Route(method, API + template, summary, operation));
    }

    /** A route that answers {@code success} when it succeeds, where that is not the usual one for its method. */
    Declared route(String method, String template, String summary, int success, Route.Operation operation) {
        return declare(new Route(method, API + template, summary, operation).answering(success));
    }

    /** A route whose operation reads the request body itself, as a stream (uploads larger than the JSON limit). */
    Declared streamingRoute(String method, String template, String summary, Route.Operation operation) {
        return declare(new Route(method, API + template, summary, operation, true));
    }

    private Declared declare(Route route) {
        routes.add(route);
        return new Declared(routes.size() - 1);
    }

    /** A route just added, to declare what it takes ({@link Input}) as it is added. */
    final class Declared {
        private final int index;

        private Declared(int index) {
            this.index = index;
        }

        /** Its query parameters (none unless declared). */
        Declared query(Input.Param... params) {
            routes.set(index, routes.get(index).taking(List.of(params)));
            return this;
        }

        /** Its JSON body. */
        Declared body(Input.Body body) {
            routes.set(index, routes.get(index).taking(body));
            return this;
        }

        /** The JSON it answers when it succeeds. */
        Declared answers(Schema json) {
            Route route = routes.get(index);
            routes.set(index, route.answering(new Route.Answer(json, null, route.answer().others())));
            return this;
        }

        /** The bytes it answers when it succeeds, of this media type (a file, a tile, CSV). */
        Declared answersBytes(String media) {
            Route route = routes.get(index);
            routes.set(index, route.answering(new Route.Answer(null, media, route.answer().others())));
            return this;
        }

        /** Another status it answers, without a body, when it does not fail (206 for a range, 304 not changed). */
        Declared alsoAnswering(int status, String meaning) {
            Route route = routes.get(index);
            routes.set(index, route.answering(route.answer().alsoAnswering(status, meaning)));
            return this;
        }
    }

    /** The projects served, by id (the route groups look objects up across them). */
    Map<String, ProjectStore> projects() {
        return projects;
    }

    TrainerRegistry trainers() {
        return trainers;
    }

    PermissionService permissions() {
        return permissions;
    }

    ProjectEvents events() {
        return events;
    }

    /** The training jobs and models (their changes are told to the projects' sockets there). */
    TrainingRoutes training() {
        return training;
    }

    /** The routes served, for the OpenAPI document (the WebSocket route is added there separately). */
    List<Route> routes() {
        return routes;
    }

    private void defineRoutes() {
        route("POST", "/auth/login", "Log in with user name and password; returns a bearer token that expires, and "
                + "with \"remember\": true also a remembered login for POST /auth/resume", this::login).body(LOGIN)
                .answers(REMEMBERED_TOKEN);
        route("POST", "/auth/resume", "Exchange a remembered login (\"remember\": true at login) for a bearer token",
                this::resume).body(RESUME).answers(TOKEN);
        route("POST", "/auth/refresh", "Exchange a live token for a new one (the old one is revoked)", this::refresh)
                .answers(TOKEN);
        route("POST", "/auth/logout", "Revoke the token and the remembered login it came with", 204, this::logout);
        route("GET", "/openapi.json", "This document", call -> Reply.ok(OpenApi.document(routes)))
                .answers(Schema.of("object").described("an OpenAPI 3.1 document"));
        route("GET", "/projects", "The projects served", this::listProjects).answers(Json.items(Json.PROJECT));
        route("GET", "/projects/{project}", "One project", this::getProject).answers(Json.PROJECT);
        route("GET", "/projects/{project}/label-classes", "The label classes of a project", this::listClasses)
                .answers(Json.items(Json.LABEL_CLASS));
        route("GET", "/projects/{project}/images", "Image metadata, a page at a time (limit, cursor)", this::listImages)
                .query(PAGE_LIMIT, PAGE_CURSOR).answers(page(Json.IMAGE));
        route("GET", "/projects/{project}/images/{image}", "The metadata of one image", this::getImage)
                .answers(Json.IMAGE);
        route("GET", "/projects/{project}/images/{image}/file", "The image file's bytes (Range requests answered with 206)", this::imageFile)
                .answersBytes("image/*").alsoAnswering(206, "the part of the file the Range asked for");
        route("GET", "/projects/{project}/images/{image}/annotations", "Annotations of an image, a page at a time (limit, cursor)", this::listAnnotations)
                .query(PAGE_LIMIT, PAGE_CURSOR).answers(page(Json.ANNOTATION));
        route("POST", "/projects/{project}/images/{image}/annotations", "Create an annotation", this::createAnnotation).body(AnnotationBody.INPUT)
                .answers(Json.ANNOTATION);
        route("GET", "/projects/{project}/images/{image}/annotations/{annotation}", "One annotation; its ETag is its version", this::getAnnotation)
                .answers(Json.ANNOTATION);
        route("PUT", "/projects/{project}/images/{image}/annotations/{annotation}", "Replace label class, shape and score (the other fields when given); If-Match: the version read", this::updateAnnotation).body(AnnotationBody.INPUT)
                .answers(Json.ANNOTATION);
        route("DELETE", "/projects/{project}/images/{image}/annotations/{annotation}", "Delete an annotation; If-Match: the version read", this::deleteAnnotation);
        training.register();
        new LabelClassRoutes(this).register();
        new ImageRoutes(this).register();
        new TrainingSetRoutes(this).register();
        new TileRoutes(this).register();
        new ModelRoutes(this).register();
        if (workerRoutes != null) {
            workerRoutes.register();
        }
        routeGroups.add(new ScoringRoutes(this));
        routeGroups.add(new QueueRoutes(this));
    }

    // ------------------------------------------------------------------ auth

    private Reply login(Call call) {
        ObjectNode body = call.json();
        String login = Json.text(body, "username", true);
        String password = Json.text(body, "password", true);
        if (body.has("remember") && !body.get("remember").isBoolean()) {
            throw new ApiException(400, "'remember' must be true or false, not " + Json.kind(body.get("remember")));
        }
        call.request().setAttribute(USER_ATTRIBUTE, login);
        long wait = sessions.beginAttempt(login, call.address());
        if (wait > 0) {
            throw new ApiException(429, "too many failed logins for " + login + " from this address, or one being "
                    + "checked: try again in " + ((wait + 999) / 1000) + " s");
        }
        Account account;
        try {
            account = db != null ? db.authenticate(login, password.toCharArray())
                    : users.authenticate(login, password.toCharArray());
        } catch (AuthenticationException e) {
            sessions.failed(login, call.address());
            throw new ApiException(401, e.getMessage());
        } catch (RuntimeException | Error e) {
            sessions.abandoned(login, call.address());
            throw e;
        }
        sessions.succeeded(login, call.address());
        if (!body.path("remember").asBoolean(false)) {
            return Reply.ok(token(sessions.open(account, call.address(), null)));
        }
        RememberedLogins.Remembered remembered = rememberedLogins.keep(account, call.address());
        return Reply.ok(token(sessions.open(account, call.address(), remembered.hash()))
                .put("remember_token", remembered.token()).put("remember_expires_at", remembered.expiresAt().toString()));
    }

    /**
     * A remembered login ({@code "remember": true} at login) exchanged for a session, as a restarted client does
     * instead of asking for the password. The remembered login stays as it is (the client keeps using it).
     */
    private Reply resume(Call call) {
        ObjectNode body = call.json();
        String login = Json.text(body, "username", true);
        String token = Json.text(body, "remember_token", true);
        call.request().setAttribute(USER_ATTRIBUTE, login);
        Account account = rememberedLogins.resume(login, token);
        if (account == null) {
            throw new ApiException(401, "the remembered login of " + login
                    + " is unknown, expired or revoked: log in again with the password");
        }
        return Reply.ok(token(sessions.open(account, call.address(), Sessions.hash(token))));
    }

    private static ObjectNode token(Sessions.Session session) {
        return Json.object().put("token", session.token()).put("expires_at", session.expiresAt().toString())
                .put("username", session.account().login())
                .put("role", Account.roleName(session.account().role()));
    }

    private Reply refresh(Call call) {
        return Reply.ok(token(sessions.refresh(call.session(), call.address())));
    }

    /** Revokes the token, and the remembered login it was opened with or alongside. */
    private Reply logout(Call call) {
        sessions.revoke(call.session());
        if (call.session().remembered() != null) {
            rememberedLogins.revoke(call.session().account().login(), call.session().remembered());
        }
        return Reply.noContent();
    }

    // ------------------------------------------------------------------ projects, images, classes

    /** The id a project is served under: its own id, else its folder's name. */
    public static String projectId(ProjectStore store) {
        return ServerProjects.idOf(store);
    }

    void check(Call call, Action action, Object target) {
        if (!permissions.may(call.user(), action, target)) {
            throw new ApiException(403, permissions.denial(call.user(), action, target));
        }
    }

    /** A target inside a project: the permission service reads the table with the user's role there. */
    InProject in(String project, Object target) {
        return new InProject(project, roles, target);
    }

    /** May the user see the project at all (a member, or every user without member lists)? */
    boolean visible(Account user, String project) {
        return projects.containsKey(project) && permissions.may(user, Action.VIEW_PROJECTS, in(project, null));
    }

    /**
     * Checks an action inside a project: a project the user may not see is 404 (as an unknown one: its existence
     * is not told), an action their role there does not allow 403.
     */
    void checkIn(Call call, String project, Action action, Object target) {
        if (!visible(call.user(), project)) {
            throw new ApiException(404, "no project '" + project + "'");
        }
        check(call, action, in(project, target));
    }

    void checkIn(Call call, Action action, Object target) {
        checkIn(call, call.param("project"), action, target);
    }

    /**
     * The user's memberships changed (the member watch was told): read them anew at the next question, and serve no
     * annotation page cached for what they could see before.
     */
    private void forgetMemberships(String login) {
        if (roles instanceof CachedRoles cached) {
            cached.forget(login);
        }
        pages.keySet().removeIf(key -> key.user().login().equals(login));
    }

    /** With a database: a member's role in a project is read from it at most once a second per user and project. */
    private static final class CachedRoles implements ProjectRoles {
        private static final long TTL_NANOS = 1_000_000_000L;
        private record Entry(Optional<Role> role, long until) {
        }
        private final ProjectRoles source;
        private final Map<String, Entry> cache = new ConcurrentHashMap<>();

        CachedRoles(ProjectRoles source) {
            this.source = source;
        }

        @Override
        public Optional<Role> roleIn(Account user, String project) {
            String key = project + "\u0000" + user.login();
            long now = System.nanoTime();
            Entry entry = cache.get(key);
            if (entry == null || now - entry.until() > 0) {
                if (cache.size() > 100_000) {
                    cache.clear();
                }
                entry = new Entry(source.roleIn(user, project), now + TTL_NANOS);
                cache.put(key, entry);
            }
            return entry.role();
        }

        /** Reads the user's memberships anew at the next question (the member watch saw them change). */
        void forget(String login) {
            cache.keySet().removeIf(key -> key.endsWith("\u0000" + login));
        }
    }

    ProjectStore store(Call call) {
        ProjectStore store = projects.get(call.param("project"));
        if (store == null) {
            throw new ApiException(404, "no project '" + call.param("project") + "'");
        }
        return store;
    }

    private Reply listProjects(Call call) {
        check(call, Action.VIEW_PROJECTS, null);
        ArrayNode items = Json.MAPPER.createArrayNode();
        projects.forEach((id, store) -> {
            if (!visible(call.user(), id)) {
                return;
            }
            synchronized (store) {
                items.add(Json.project(store.project(), id, in(id, null).member(call.user())));
            }
        });
        return Reply.ok(Json.object().set("items", items));
    }

    private Reply getProject(Call call) {
        checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = store(call);
        synchronized (store) {
            return Reply.ok(Json.project(store.project(), call.param("project"),
                    in(call.param("project"), null).member(call.user())));
        }
    }

    private Reply listClasses(Call call) {
        checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = store(call);
        ArrayNode items = Json.MAPPER.createArrayNode();
        synchronized (store) {
            store.project().getLabelClasses().forEach(c -> items.add(Json.labelClass(c)));
        }
        return Reply.ok(Json.object().set("items", items));
    }

    private static int limit(Call call) {
        String text = call.query("limit");
        if (text == null) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_PAGE) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ApiException(400, "limit must be a whole number from 1 to " + MAX_PAGE + ", not '" + text + "'");
    }

    private Reply listImages(Call call) {
        checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = store(call);
        int limit = limit(call);
        String cursor = call.query("cursor");
        int start = 0;
        if (cursor != null) {
            try {
                start = Integer.parseInt(cursor);
            } catch (NumberFormatException e) {
                throw new ApiException(400, "the cursor '" + cursor + "' is not one this server gave");
            }
        }
        ArrayNode items = Json.MAPPER.createArrayNode();
        String next;
        synchronized (store) {
            List<ImageAsset> images = store.project().getImages();
            if (start < 0 || start > images.size()) {
                throw new ApiException(400, "the cursor '" + cursor + "' is out of range");
            }
            int end = Math.min(images.size(), start + limit);
            for (int i = start; i < end; i++) {
                items.add(Json.image(images.get(i), groundTruth(store.project(), images.get(i))));
            }
            next = end < images.size() ? Integer.toString(end) : null;
        }
        ObjectNode page = Json.object();
        page.set("items", items);
        page.put("next_cursor", next);
        return Reply.ok(page);
    }

    static ImageAsset image(ProjectStore store, Call call) {
        String id = call.param("image");
        for (ImageAsset image : store.project().getImages()) {
            if (id.equals(image.getId())) {
                return image;
            }
        }
        throw new ApiException(404, "no image '" + id + "' in project '" + call.param("project") + "'");
    }

    /**
     * An image of a benchmark: its annotations are ground truth. Not so for the benchmark of a training project: its
     * ground truth is frozen in the project's {@code ground-truth/} folder, which is never served, and what lies on
     * its images are the trainees' drafts (the permission service shows each trainee only their own).
     */
    static boolean groundTruth(Project project, ImageAsset image) {
        for (BenchmarkProject benchmark : project.getBenchmarks()) {
            if (benchmark.getImages().contains(image)
                    && project.getTrainingProjects().stream().noneMatch(t -> t.getBenchmark() == benchmark)) {
                return true;
            }
        }
        return false;
    }

    /** The ground-truth door: annotations of benchmark images only for those who may view benchmark sources. */
    void checkGroundTruth(Call call, Project project, ImageAsset image) {
        InProject scope = in(call.param("project"), null);
        if (groundTruth(project, image) && !permissions.may(call.user(), Action.VIEW_BENCHMARK_SOURCE, scope)) {
            throw new ApiException(403, "the annotations of image '" + image.getId() + "' are ground truth of a "
                    + "benchmark: " + permissions.denial(call.user(), Action.VIEW_BENCHMARK_SOURCE, scope));
        }
    }

    private Reply getImage(Call call) {
        checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = store(call);
        synchronized (store) {
            ImageAsset image = image(store, call);
            return Reply.ok(Json.image(image, groundTruth(store.project(), image)));
        }
    }

    /**
     * The image's file on the server; 404 when its location names none (no location, a URL) or the file is not there.
     * Under the store's lock.
     */
    static Path fileOf(ProjectStore store, ImageAsset image) {
        Path file;
        try {
            file = DefaultImageService.locate(store.folder(), image);
        } catch (IOException e) {
            throw new ApiException(404, "the file of image '" + image.getId() + "' cannot be found: " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new ApiException(404, "the file of image '" + image.getId() + "' is missing on the server");
        }
        return file;
    }

    private Reply imageFile(Call call) throws IOException {
        checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = store(call);
        Path file;
        String format;
        synchronized (store) {
            ImageAsset image = image(store, call);
            file = fileOf(store, image);
            format = image.getFormat();
        }
        long size = Files.size(file);
        Reply reply = new Reply(200, null);
        reply.file = file;
        reply.offset = 0;
        reply.length = size;
        reply.contentType = contentType(file, format);
        reply.header("Accept-Ranges", "bytes");
        String range = call.headers().get(HttpHeader.RANGE);
        if (range != null) {
            long[] r = range(range, size);
            if (r == null) {
                ObjectNode extra = Json.object().put("size", size);
                ApiException e = new ApiException(416, "the range '" + range + "' does not lie in the file of " + size
                        + " bytes (one range of the form bytes=FIRST-LAST, bytes=FIRST- or bytes=-SUFFIX)", extra);
                throw e;
            }
            Reply partial = new Reply(206, null);
            partial.file = file;
            partial.offset = r[0];
            partial.length = r[1] - r[0] + 1;
            partial.contentType = reply.contentType;
            partial.header("Accept-Ranges", "bytes");
            partial.header("Content-Range", "bytes " + r[0] + "-" + r[1] + "/" + size);
            return partial;
        }
        return reply;
    }

    /** One byte range {first, last} within the size, or null when unsatisfiable or not understood. */
    static long[] range(String header, long size) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bytes=(\\d*)-(\\d*)").matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        try {
            long first;
            long last;
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) {
                    return null;
                }
                first = Math.max(0, size - suffix);
                last = size - 1;
            } else {
                first = Long.parseLong(m.group(1));
                last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
            }
            return first <= last && first < size ? new long[] {first, last} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String contentType(Path file, String format) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            return "image/tiff";
        }
        return "application/octet-stream";
    }

    // ------------------------------------------------------------------ annotations

    /**
     * The annotation named in the path, when the user may see it (a trainee's draft only to its author and to those
     * who follow the trainees: the permission service decides); one they may not see is 404, as a missing one.
     */
    private Annotation annotation(ImageAsset image, Call call) {
        long id;
        try {
            id = Long.parseLong(call.param("annotation"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "no annotation '" + call.param("annotation") + "' (ids are numbers)");
        }
        for (Annotation a : image.getAnnotations()) {
            if (a.getId() == id && permissions.may(call.user(), Action.VIEW_PROJECTS, in(call.param("project"), a))) {
                return a;
            }
        }
        throw new ApiException(404, "no annotation " + id + " on image '" + image.getId() + "'");
    }

    private Reply listAnnotations(Call call) {
        checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = store(call);
        int limit = limit(call);
        long after = Long.MIN_VALUE;
        String cursor = call.query("cursor");
        if (cursor != null) {
            try {
                after = Long.parseLong(cursor);
            } catch (NumberFormatException e) {
                throw new ApiException(400, "the cursor '" + cursor + "' is not one this server gave");
            }
        }
        long from = after;
        java.util.concurrent.atomic.AtomicLong generation = generations.get(store);
        PageKey key = new PageKey(call.param("project"), call.param("image"), from, limit, call.user());
        CachedPage cached = pages.get(key);
        if (cached != null && cached.generation() == generation.get() && (System.nanoTime() - cached.expires() < 0
                || !cached.refreshing().compareAndSet(false, true))) {
            return Reply.okBytes(cached.json()); // same user, nothing changed since (or being made again): the same bytes
        }
        ArrayNode items = Json.MAPPER.createArrayNode();
        String next = null;
        long seen;
        try {
            synchronized (store) {
                seen = generation.get();
                ImageAsset image = image(store, call);
                checkGroundTruth(call, store.project(), image);
                InProject scope = in(call.param("project"), null);
                List<Annotation> page = image.getAnnotations().stream().filter(a -> a.getId() > from)
                        .filter(a -> permissions.may(call.user(), Action.VIEW_PROJECTS, in(scope.project(), a)))
                        .sorted(Comparator.comparingLong(Annotation::getId)).limit(limit + 1L).toList();
                for (int i = 0; i < Math.min(limit, page.size()); i++) {
                    items.add(Json.annotation(page.get(i), image));
                }
                if (page.size() > limit) {
                    next = Long.toString(page.get(limit - 1).getId());
                }
            }
        } catch (RuntimeException e) {
            pages.remove(key, cached); // a page that cannot be made now is not served from before either
            throw e;
        }
        ObjectNode result = Json.object();
        result.set("items", items);
        result.put("next_cursor", next);
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(result);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (pages.size() >= MAX_CACHED_PAGES) {
            pages.clear();
        }
        pages.put(key, new CachedPage(seen, System.nanoTime() + PAGE_TTL_NANOS, json,
                new java.util.concurrent.atomic.AtomicBoolean()));
        return Reply.okBytes(json);
    }

    private Reply getAnnotation(Call call) {
        checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = store(call);
        synchronized (store) {
            ImageAsset image = image(store, call);
            checkGroundTruth(call, store.project(), image);
            ObjectNode json = Json.annotation(annotation(image, call), image);
            return Reply.ok(json).header("ETag", etag(json));
        }
    }

    private static String etag(ObjectNode annotation) {
        return "\"" + annotation.get("version").asText() + "\"";
    }

    /** What a log-in answers: {@link #token}. */
    private static final Schema.Property[] TOKEN_FIELDS = {
            Schema.field("token", Schema.string(), "the bearer token"),
            Schema.field("expires_at", Schema.string(), "when it expires, unless refreshed"),
            Schema.field("username", Schema.string()),
            Schema.field("role", Schema.string().orNull(), "Admin, Team Manager or Annotator") };
    private static final Schema TOKEN = Schema.object(TOKEN_FIELDS);
    /** A log-in's answer, with a remembered login when one was asked for ("remember": true). */
    private static final Schema REMEMBERED_TOKEN = Schema.object(java.util.stream.Stream.concat(
            java.util.Arrays.stream(TOKEN_FIELDS), java.util.stream.Stream.of(
                    Schema.optional("remember_token", Schema.string(), "for POST /auth/resume"),
                    Schema.optional("remember_expires_at", Schema.string(), "until when it may resume")))
            .toList());

    /** A page of {@code item}s (limit, cursor) and where the next one starts (null: this was the last). */
    private static Schema page(Schema item) {
        return Schema.object(Schema.field("items", Schema.array(item)),
                Schema.field("next_cursor", Schema.string().orNull(), "the cursor of the next page; null: none"));
    }

    private static final Input.Param PAGE_LIMIT = Input.Param.optional("limit", "integer",
            "the most items of the page, 1 to 1000 (default 100)");
    private static final Input.Param PAGE_CURSOR = Input.Param.optional("cursor", "string",
            "where the page starts: the next_cursor of the page before");
    private static final Input.Body LOGIN = Input.Body.of(Input.Field.required("username", "string", "the user"),
            Input.Field.required("password", "string", "the password"),
            Input.Field.optional("remember", "boolean", "also answer a remembered login (remember_token)"));
    private static final Input.Body RESUME = Input.Body.of(Input.Field.required("username", "string", "the user"),
            Input.Field.required("remember_token", "string", "the remembered login the log-in answered"));
    private Reply createAnnotation(Call call) {
        checkIn(call, Action.EDIT_ANNOTATIONS, null);
        ObjectNode body = call.json();
        ProjectStore store = store(call);
        synchronized (store) {
            Project project = store.project();
            ImageAsset image = image(store, call);
            checkGroundTruth(call, project, image);
            AnnotationBody fields = AnnotationBody.read(project, body);
            Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
            long id = Math.max(1, project.getNextAnnotationId());
            annotation.setId(id);
            fields.fill(annotation);
            annotation.setAuthor(call.user().login());
            java.util.Date now = new java.util.Date();
            annotation.setCreatedAt(now);
            annotation.setUpdatedAt(now);
            CompoundCommand command = new CompoundCommand("Add annotation " + id);
            command.append(AddCommand.create(store.editingDomain(), image, Literals.IMAGE_ASSET__ANNOTATIONS, annotation));
            command.append(SetCommand.create(store.editingDomain(), project, Literals.PROJECT__NEXT_ANNOTATION_ID, id + 1));
            execute(store, command);
            ObjectNode json = Json.annotation(annotation, image);
            recipients(call, ProjectEvents.ANNOTATION_CREATED, image, annotation).send(json);
            return new Reply(201, json).header("ETag", etag(json)).header("Location",
                    API + "/projects/" + call.param("project") + "/images/" + image.getId() + "/annotations/" + id);
        }
    }

    /** Refuses a write whose If-Match names another version than the current one: 409 with the current one. */
    private static void checkVersion(Call call, Annotation annotation, ImageAsset image) {
        String ifMatch = call.headers().get(HttpHeader.IF_MATCH);
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return;
        }
        ObjectNode current = Json.annotation(annotation, image);
        String version = current.get("version").asText();
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.replace("\"", "").equals(version)) {
                return;
            }
        }
        ObjectNode extra = Json.object();
        extra.put("current_version", version);
        extra.set("current", current);
        throw new ApiException(409, "annotation " + annotation.getId() + " was changed since version " + ifMatch.trim()
                + "; it is now at version \"" + version + "\" (included): merge and send again", extra);
    }

    private Reply updateAnnotation(Call call) {
        checkIn(call, Action.EDIT_ANNOTATIONS, null);
        ObjectNode body = call.json();
        ProjectStore store = store(call);
        synchronized (store) {
            Project project = store.project();
            ImageAsset image = image(store, call);
            checkGroundTruth(call, project, image);
            Annotation annotation = annotation(image, call);
            check(call, Action.EDIT_ANNOTATIONS, in(call.param("project"), annotation));
            checkVersion(call, annotation, image);
            AnnotationBody fields = AnnotationBody.read(project, body);
            fields.checkUnlocked(annotation, Json.annotation(annotation, image));
            ProjectEvents.Recipients told = recipients(call, ProjectEvents.ANNOTATION_UPDATED, image, annotation);
            CompoundCommand command = new CompoundCommand("Change annotation " + annotation.getId());
            fields.change(store.editingDomain(), annotation, command);
            java.util.Date now = new java.util.Date(Math.max(System.currentTimeMillis(),
                    annotation.getUpdatedAt() == null ? 0 : annotation.getUpdatedAt().getTime() + 1));
            command.append(SetCommand.create(store.editingDomain(), annotation, Literals.ANNOTATION__UPDATED_AT, now));
            execute(store, command);
            ObjectNode json = Json.annotation(annotation, image);
            told.send(json);
            return Reply.ok(json).header("ETag", etag(json));
        }
    }

    private Reply deleteAnnotation(Call call) {
        checkIn(call, Action.EDIT_ANNOTATIONS, null);
        ProjectStore store = store(call);
        synchronized (store) {
            ImageAsset image = image(store, call);
            checkGroundTruth(call, store.project(), image);
            Annotation annotation = annotation(image, call);
            check(call, Action.EDIT_ANNOTATIONS, in(call.param("project"), annotation));
            checkVersion(call, annotation, image);
            if (annotation.isLocked()) {
                throw AnnotationBody.locked(annotation, "unlock it before deleting it (PUT with \"locked\": false)",
                        Json.annotation(annotation, image));
            }
            ProjectEvents.Recipients told = recipients(call, ProjectEvents.ANNOTATION_DELETED, image, annotation);
            execute(store, RemoveCommand.create(store.editingDomain(), image, Literals.IMAGE_ASSET__ANNOTATIONS, annotation));
            told.send(Json.object().put("id", annotation.getId()));
            return Reply.noContent();
        }
    }

    /** Runs a command on the store's stack (journaled before it returns); a refused change is an error, not a 2xx. */
    static void execute(ProjectStore store, Command command) {
        if (!command.canExecute()) {
            throw new ApiException(400, "the change '" + command.getLabel() + "' cannot be made");
        }
        store.commandStack().execute(command);
        if (store.commandStack().getUndoCommand() != command) {
            throw new ApiException(503, "the change '" + command.getLabel() + "' was not stored; nothing was changed");
        }
        ProjectWriteThrough.confirm(store); // a project held in PostgreSQL: committed there before the 2xx, else undone
    }

    /** Training routes that are not about one job: the user must be allowed to train in at least one project. */
    void checkTrainsSomewhere(Call call) {
        for (String id : projects.keySet()) {
            if (permissions.may(call.user(), Action.RUN_TRAINING, in(id, null))) {
                return;
            }
        }
        check(call, Action.RUN_TRAINING, null);
        throw new ApiException(403, call.user().login() + " may run training in none of the projects served");
    }

    /** The most bytes a model upload may have. */
    static final long MAX_MODEL_BYTES = 2L << 30;

    /** Streams a request's body (a model file) to {@code upload}; 413 past {@link #MAX_MODEL_BYTES}. */
    static void receiveModelFile(Call call, Path upload) throws IOException {
        Files.createDirectories(upload.getParent());
        receiveBody(call, upload, MAX_MODEL_BYTES, "the model file is larger than " + MAX_MODEL_BYTES + " bytes");
    }

    /**
     * Streams a request's body to {@code upload}, never holding it in memory; 413 with {@code tooLarge} once it passes
     * {@code limit} bytes (also a body without a declared length). Returns how many bytes it had.
     */
    static long receiveBody(Call call, Path upload, long limit, String tooLarge) throws IOException {
        try (InputStream in = Content.Source.asInputStream(call.request());
                OutputStream out = Files.newOutputStream(upload)) {
            byte[] buffer = new byte[65536];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > limit) {
                    throw new ApiException(413, tooLarge);
                }
                out.write(buffer, 0, n);
            }
            return total;
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
