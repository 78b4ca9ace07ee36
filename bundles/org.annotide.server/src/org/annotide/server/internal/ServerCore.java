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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

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
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ImageAsset;
import org.annotide.model.JobStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.Role;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.core.store.StoreChange;
import org.annotide.server.db.DatabaseUnavailableException;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ProjectWriteThrough;
import org.annotide.server.db.ServerProjects;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
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
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import com.fasterxml.jackson.databind.JsonNode;
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
    private final List<TrainingQueue> queues = new ArrayList<>();
    private final TrainerRegistry workerTrainers;
    private final int inProcessWorkers;
    private final List<Thread> workerThreads = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean stopWorkers = new java.util.concurrent.atomic.AtomicBoolean();
    private final Map<String, TrainingQueue> jobQueues = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> listeners = new ConcurrentHashMap<>();
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

    private record CachedPage(long generation, long expires, byte[] json) {
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
        for (int i = 0; i < (db == null ? workers : 0); i++) {
            TrainingQueue queue = new TrainingQueue(trainers, ACCESS);
            queue.addStatusListener((job, status, message) -> {
                ObjectNode m = Json.object().put("type", "status_change")
                        .put("status", status.getLiteral().toLowerCase(Locale.ROOT));
                if (message != null) {
                    m.put("message", message);
                }
                broadcast(job.getId(), m);
            });
            queue.addEpochListener((job, epoch, total) -> {
                ObjectNode m = Json.epoch(epoch.epoch(), epoch.trainLoss(), epoch.validationLoss(), epoch.metrics());
                m.put("epochs", total);
                ObjectNode message = Json.object().put("type", "epoch_complete");
                message.setAll(m);
                broadcast(job.getId(), message);
            });
            queue.addCompletionListener((job, modelId) -> broadcast(job.getId(),
                    Json.object().put("type", "training_complete").put("model_id", modelId)));
            queues.add(queue);
        }
        defineRoutes();
    }

    public void start() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("annotide-http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        if (tls == null) {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        } else { // HTTPS only: a plain HTTP request on this port fails the TLS handshake and is closed
            org.eclipse.jetty.util.ssl.SslContextFactory.Server ssl = new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
            ssl.setSslContext(tls);
            http.addCustomizer(new org.eclipse.jetty.server.SecureRequestCustomizer(false)); // no SNI host check: one certificate
            connector = new ServerConnector(server, new org.eclipse.jetty.server.SslConnectionFactory(ssl,
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
                    JobRef ref = findJob(jobId);
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
                return new JobSocket(jobId);
            });
            container.addMapping("^" + API + "/projects/[^/]+/ws$", this::projectSocket);
        });
        ws.setHandler(new Api());
        server.setHandler(ws);
        server.start();
        if (queue != null) {
            long every = Math.max(200, Math.min(5_000, queue.lease().toMillis() / 4));
            reaper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "Annotide lease reaper");
                thread.setDaemon(true);
                return thread;
            });
            reaper.scheduleWithFixedDelay(this::reapLeases, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
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
    ProjectEvents.Recipients recipients(Call call, String type, ImageAsset image, Annotation annotation) {
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
        for (TrainingQueue queue : queues) {
            queue.close();
        }
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
            } catch (DatabaseUnavailableException e) {
                reply = problem(503, e.getMessage(), null);
            } catch (RuntimeException | Error e) {
                reply = problem(500, "the server could not complete the request: " + e, null);
            } catch (Exception e) {
                reply = problem(500, "the server could not complete the request: " + e.getMessage(), null);
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
        Route found = null;
        Map<String, String> params = null;
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> p = route.match(segments);
            if (p != null) {
                pathKnown = true;
                if (route.method().equals(method)) {
                    found = route;
                    params = p;
                    break;
                }
            }
        }
        if (found == null) {
            if (pathKnown) {
                throw new ApiException(405, method + " is not allowed on " + path);
            }
            throw new ApiException(404, "no such resource: " + path);
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
                request.getHeaders(), body, json, Request.getRemoteAddr(request), request);
        return found.operation().handle(call);
    }

    private byte[] readBody(Request request) throws IOException {
        long declared = request.getLength();
        if (declared > maxBody) {
            throw new ApiException(413, "the body has " + declared + " bytes; at most " + maxBody + " are accepted");
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxBody + 1);
            if (body.length > maxBody) {
                throw new ApiException(413, "the body is larger than " + maxBody + " bytes, the most accepted");
            }
            return body;
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
        route("POST", "/projects/{project}/images/{image}/annotations", "Create an annotation", this::createAnnotation).body(ANNOTATION)
                .answers(Json.ANNOTATION);
        route("GET", "/projects/{project}/images/{image}/annotations/{annotation}", "One annotation; its ETag is its version", this::getAnnotation)
                .answers(Json.ANNOTATION);
        route("PUT", "/projects/{project}/images/{image}/annotations/{annotation}", "Replace label class, shape and score; If-Match: the version read", this::updateAnnotation).body(ANNOTATION)
                .answers(Json.ANNOTATION);
        route("DELETE", "/projects/{project}/images/{image}/annotations/{annotation}", "Delete an annotation; If-Match: the version read", this::deleteAnnotation);
        route("POST", "/training/jobs", "Queue a training job", this::createJob).body(Input.Body.of(
                Input.Field.required("name", "string", "the job's name"),
                Input.Field.required("task_type", "string", "classify, detect or segment"),
                Input.Field.object("config", false, "how to train", JOB_CONFIG.toArray(Input.Field[]::new)),
                Input.Field.optional("project", "string", "the project's id (may be left out when one is served)")))
                .answers(Json.JOB);
        route("GET", "/training/jobs", "Training jobs (status, task_type, project filters)", this::listJobs).query(
                Input.Param.optional("status", "string", "only jobs of this status (pending, running, completed, "
                        + "failed, cancelled)"),
                Input.Param.optional("task_type", "string", "only jobs of this task type"),
                Input.Param.optional("project", "string", "only jobs of this project")).answers(Json.items(Json.JOB));
        route("GET", "/training/jobs/{job_id}", "One training job with its epochs", this::getJob)
                .answers(Json.JOB);
        route("DELETE", "/training/jobs/{job_id}", "Cancel a pending or running job (200 with the job), or delete a "
                + "finished one (204)", 200, this::deleteJob).answers(Json.JOB).alsoAnswering(204, "a finished job deleted");
        route("GET", "/training/models", "Trained models (task_type, is_active, project filters)", this::listModels)
                .query(Input.Param.optional("task_type", "string", "only models of this task type"),
                        Input.Param.optional("is_active", "boolean", "only the active (true) or the other (false) models"),
                        Input.Param.optional("project", "string", "only models of this project"))
                .answers(Json.items(Json.MODEL));
        route("PATCH", "/training/models/{model_id}/activate", "Make a model the active one of its task type", this::activateModel)
                .answers(Json.MODEL);
        route("DELETE", "/training/models/{model_id}", "Delete a model and its file (the job that trained it stays)",
                this::deleteModel);
        new LabelClassRoutes(this).register();
        new ImageRoutes(this).register();
        new TrainingSetRoutes(this).register();
        new TileRoutes(this).register();
        new ModelRoutes(this).register();
        if (queue != null) {
            route("POST", "/workers/claim", "A worker takes the oldest queued training job (a lease it must renew); "
                    + "204 when none waits", 200, this::claimJob).body(Input.Body.of(
                            Input.Field.required("worker", "string", "the worker's name"),
                            Input.Field.array("projects", false, "string", "only jobs of these projects")))
                    .answers(CLAIM).alsoAnswering(204, "no job waits");
            route("POST", "/workers/jobs/{job_id}/heartbeat", "A worker renews its lease on a job", 200, this::heartbeat)
                    .body(Input.Body.of(LEASE)).answers(Schema.object(Schema.field("lease_seconds",
                            Schema.number(), "how long the renewed lease lasts")));
            route("POST", "/workers/jobs/{job_id}/status", "A worker reports that a job it holds is training", 204, this::workerStatus)
                    .body(Input.Body.of(LEASE, Input.Field.required("status", "string", "training")));
            route("POST", "/workers/jobs/{job_id}/epochs", "A worker reports a finished epoch", 204, this::workerEpoch)
                    .body(Input.Body.of(LEASE, Input.Field.required("epoch", "integer", "the epoch, from 1"),
                            Input.Field.required("epochs", "integer", "how many the job trains"),
                            Input.Field.optional("train_loss", "number", "the training loss"),
                            Input.Field.optional("val_loss", "number", "the validation loss"),
                            Input.Field.optional("millis", "integer", "how long the epoch took"),
                            Input.Field.optional("metrics", "object", "further metrics by name (numbers)")));
            route("POST", "/workers/jobs/{job_id}/fail", "A worker reports that a job failed, with the reason", 204, this::workerFail)
                    .body(Input.Body.of(LEASE, Input.Field.required("message", "string", "why it failed")));
            streamingRoute("PUT", "/workers/jobs/{job_id}/model",
                    "A worker uploads the trained model file (?lease=...); the job completes", this::workerModel)
                    .query(Input.Param.required("lease", "string", "the lease the claim gave")).answers(Json.MODEL);
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
        long wait = sessions.waitMillis(login, call.address());
        if (wait > 0) {
            throw new ApiException(429, "too many failed logins for " + login + " from this address: try again in "
                    + ((wait + 999) / 1000) + " s");
        }
        Account account;
        try {
            account = db != null ? db.authenticate(login, password.toCharArray())
                    : users.authenticate(login, password.toCharArray());
        } catch (AuthenticationException e) {
            sessions.failed(login, call.address());
            throw new ApiException(401, e.getMessage());
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

    private Reply imageFile(Call call) throws IOException {
        checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = store(call);
        Path file;
        String format;
        synchronized (store) {
            ImageAsset image = image(store, call);
            file = DefaultImageService.locate(store.folder(), image);
            format = image.getFormat();
        }
        if (!Files.isRegularFile(file)) {
            throw new ApiException(404, "the file of image '" + call.param("image") + "' is missing on the server");
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
        if (cached != null && cached.generation() == generation.get() && System.nanoTime() - cached.expires() < 0) {
            return Reply.okBytes(cached.json()); // same user, nothing changed since: the same bytes
        }
        ArrayNode items = Json.MAPPER.createArrayNode();
        String next = null;
        long seen;
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
        pages.put(key, new CachedPage(seen, System.nanoTime() + PAGE_TTL_NANOS, json));
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

    private static final Input.Body ANNOTATION = Input.Body.of(
            Input.Field.required("label_class", "string", "the id of a label class of the project"),
            Input.Field.of("shape", true, "the shape: \"kind\" (box, rotated_box, polygon, polyline, keypoints, "
                    + "mask, ellipse, image_class) and the fields of that kind, as GET answers them", Json.SHAPE),
            Input.Field.optional("score", "number", "a confidence from 0 to 1"));
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
    /** What a claim answers: the job a worker took, its lease and how it trains. */
    private static final Schema CLAIM = Schema.object(Schema.field("job_id", Schema.string()),
            Schema.field("project", Schema.string()), Schema.field("name", Schema.string().orNull()),
            Schema.field("task_type", Schema.string().orNull()),
            Schema.field("lease", Schema.string(), "to send with every report on the job"),
            Schema.field("lease_seconds", Schema.number(), "how long the lease lasts unless renewed"),
            Schema.field("attempt", Schema.integer(), "1 the first time the job is claimed"),
            Schema.field("config", Schema.map(Schema.string()), "how to train"));
    private static final Input.Field LEASE = Input.Field.required("lease", "string", "the lease the claim gave");
    /** A training job's {@code config}, for the document (the job route checks it with {@link #CONFIG_FIELDS}). */
    private static final List<Input.Field> JOB_CONFIG = List.of(
            Input.Field.optional("epochs", "integer", "how many epochs"),
            Input.Field.optional("batch_size", "integer", "images per batch"),
            Input.Field.optional("image_size", "integer", "the side images are scaled to"),
            Input.Field.optional("learning_rate", "number", "the learning rate"),
            Input.Field.optional("train_ratio", "number", "the share of images trained on (the rest validates)"),
            Input.Field.optional("seed", "integer", "the random seed"),
            Input.Field.optional("model", "string", "the architecture"),
            Input.Field.array("classes", false, "string", "the label classes (default: all)"),
            Input.Field.array("training_sets", false, "string", "the training sets to train on"),
            Input.Field.array("kinds", false, "string", "the annotation kinds a detector or segmenter learns from "
                    + "(box, rotated_box, ellipse, polygon, mask, ...)"),
            Input.Field.optional("device", "string", "cpu or gpu"),
            Input.Field.optional("description", "string", "a description of the job"));

    private record Fields3(LabelClass labelClass, Shape shape, Double score) {
    }

    private static Fields3 readAnnotation(Project project, ObjectNode body) {
        String classId = Json.text(body, "label_class", true);
        LabelClass labelClass = project.getLabelClasses().stream().filter(c -> classId.equals(c.getId())).findFirst()
                .orElseThrow(() -> new ApiException(400, "no label class '" + classId + "' in this project"));
        Shape shape = Json.readShape(body.get("shape"));
        Double score = null;
        JsonNode s = body.get("score");
        if (s != null && !s.isNull()) {
            if (!s.isNumber() || s.asDouble() < 0 || s.asDouble() > 1) {
                throw new ApiException(400, "the field 'score' must be a number from 0 to 1");
            }
            score = s.asDouble();
        }
        return new Fields3(labelClass, shape, score);
    }

    private Reply createAnnotation(Call call) {
        checkIn(call, Action.EDIT_ANNOTATIONS, null);
        ObjectNode body = call.json();
        ProjectStore store = store(call);
        synchronized (store) {
            Project project = store.project();
            ImageAsset image = image(store, call);
            checkGroundTruth(call, project, image);
            Fields3 fields = readAnnotation(project, body);
            Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
            long id = Math.max(1, project.getNextAnnotationId());
            annotation.setId(id);
            annotation.setLabelClass(fields.labelClass());
            annotation.setShape(fields.shape());
            annotation.setProvenance(Provenance.MANUAL);
            if (fields.score() != null) {
                annotation.setScore(fields.score());
            }
            annotation.setAuthor(call.user().login());
            java.util.Date now = new java.util.Date();
            annotation.setCreatedAt(now);
            annotation.setUpdatedAt(now);
            CompoundCommand command = new CompoundCommand("Add annotation " + id);
            command.append(AddCommand.create(store.editingDomain(), image, Literals.IMAGE_ASSET__ANNOTATIONS, annotation));
            command.append(SetCommand.create(store.editingDomain(), project, Literals.PROJECT__NEXT_ANNOTATION_ID, id + 1));
            execute(store, command);
            ObjectNode json = Json.annotation(annotation, image);
            recipients(call, "annotation_created", image, annotation).send(json);
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
            Fields3 fields = readAnnotation(project, body);
            ProjectEvents.Recipients told = recipients(call, "annotation_updated", image, annotation);
            CompoundCommand command = new CompoundCommand("Change annotation " + annotation.getId());
            command.append(SetCommand.create(store.editingDomain(), annotation, Literals.ANNOTATION__LABEL_CLASS, fields.labelClass()));
            command.append(SetCommand.create(store.editingDomain(), annotation, Literals.ANNOTATION__SHAPE, fields.shape()));
            if (fields.score() != null) {
                command.append(SetCommand.create(store.editingDomain(), annotation, Literals.ANNOTATION__SCORE, fields.score()));
            }
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
            ProjectEvents.Recipients told = recipients(call, "annotation_deleted", image, annotation);
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

    // ------------------------------------------------------------------ training

    private record JobRef(ProjectStore store, String projectId, TrainingJob job) {
    }

    private JobRef findJob(String id) {
        for (Map.Entry<String, ProjectStore> e : projects.entrySet()) {
            ProjectStore store = e.getValue();
            synchronized (store) {
                for (TrainingJob job : store.project().getTrainingJobs()) {
                    if (id.equals(job.getId())) {
                        return new JobRef(store, e.getKey(), job);
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> CONFIG_FIELDS = Input.Body.of(JOB_CONFIG.toArray(Input.Field[]::new)).names();

    private Reply createJob(Call call) {
        checkTrainsSomewhere(call);
        ObjectNode body = Json.parse(call.body(), Set.of("name", "task_type", "config", "project"));
        String name = Json.text(body, "name", true);
        String taskText = Json.text(body, "task_type", true);
        TaskType task = switch (taskText) {
            case "classify" -> TaskType.CLASSIFY;
            case "detect" -> TaskType.DETECT;
            case "segment" -> TaskType.SEGMENT;
            default -> throw new ApiException(400, "task_type must be classify, detect or segment, not '" + taskText + "'");
        };
        String projectId = Json.text(body, "project", false);
        if (projectId == null) {
            if (projects.size() != 1) {
                throw new ApiException(400, "this server serves " + projects.size() + " projects: name one with 'project'");
            }
            projectId = projects.keySet().iterator().next();
        }
        checkIn(call, projectId, Action.RUN_TRAINING, null);
        ProjectStore store = projects.get(projectId);
        TrainingConfig.Builder builder = TrainingConfig.builder(name, task);
        JsonNode configNode = body.get("config");
        if (configNode != null && !configNode.isNull()) {
            if (!configNode.isObject()) {
                throw new ApiException(400, "the field 'config' must be an object");
            }
            ObjectNode config = (ObjectNode) configNode;
            Json.checkFields(config, CONFIG_FIELDS, "config.");
            if (config.has("epochs")) builder.epochs(whole(config, "epochs"));
            if (config.has("batch_size")) builder.batchSize(whole(config, "batch_size"));
            if (config.has("image_size")) builder.imageSize(whole(config, "image_size"));
            if (config.has("seed")) builder.seed(whole(config, "seed"));
            if (config.has("learning_rate")) builder.learningRate(real(config, "learning_rate"));
            if (config.has("train_ratio")) builder.trainRatio(real(config, "train_ratio"));
            if (config.has("model")) builder.modelSize(Json.text(config, "model", true));
            if (config.has("device")) builder.device(Json.text(config, "device", true));
            if (config.has("description")) builder.description(Json.text(config, "description", true));
            if (config.has("classes")) builder.classes(strings(config, "classes"));
            if (config.has("training_sets")) builder.trainingSets(strings(config, "training_sets"));
            if (config.has("kinds")) builder.kinds(kinds(config));
        }
        TrainingConfig config;
        try {
            config = builder.build();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        if (queue != null) {
            return queueJob(call, store, projectId, config);
        }
        TrainingQueue queue = queues.stream()
                .min(Comparator.comparingLong(q -> jobQueues.entrySet().stream()
                        .filter(e -> e.getValue() == q && q.isActive(e.getKey())).count()))
                .orElseThrow();
        TrainingJob job;
        try {
            job = queue.submit(store, config);
        } catch (TrainingException e) {
            throw new ApiException(400, e.getMessage());
        }
        jobQueues.put(job.getId(), queue);
        jobChanged(job.getId(), "created");
        synchronized (store) {
            return new Reply(201, Json.job(job, projectId)).header("Location", API + "/training/jobs/" + job.getId());
        }
    }

    private static int whole(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ApiException(400, "the field 'config." + field + "' must be a whole number");
        }
        return v.asInt();
    }

    private static double real(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (!v.isNumber()) {
            throw new ApiException(400, "the field 'config." + field + "' must be a number");
        }
        return v.asDouble();
    }

    /** {@code config.kinds}: the annotation kinds a detector or segmenter learns from (box, polygon, ...). */
    private static Set<ShapeKind> kinds(ObjectNode config) {
        Set<ShapeKind> kinds = java.util.EnumSet.noneOf(ShapeKind.class);
        for (String name : strings(config, "kinds")) {
            ShapeKind kind = ShapeKind.get(name.toUpperCase(Locale.ROOT));
            if (kind == null) {
                throw new ApiException(400, "the field 'config.kinds' names an unknown annotation kind '" + name
                        + "' (box, rotated_box, ellipse, polygon, mask, ...)");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static List<String> strings(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        List<String> list = new ArrayList<>();
        if (!v.isArray()) {
            throw new ApiException(400, "the field 'config." + field + "' must be an array of strings");
        }
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new ApiException(400, "the field 'config." + field + "' must be an array of strings");
            }
            list.add(item.asText());
        }
        return list;
    }

    private Reply listJobs(Call call) {
        checkTrainsSomewhere(call);
        String status = call.query("status");
        String task = call.query("task_type");
        String project = call.query("project");
        if (status != null && JobStatus.get(status.toUpperCase(Locale.ROOT)) == null) {
            throw new ApiException(400, "unknown status '" + status + "'");
        }
        return Reply.ok(Json.object().set("items", listed(call, project, p -> p.getTrainingJobs(), Json::job,
                json -> (status == null || status.equalsIgnoreCase(json.get("status").asText()))
                        && (task == null || task.equals(json.get("task_type").asText())))));
    }

    /**
     * The JSON of some objects of every served project (or of the one named), those {@code keep} accepts, each
     * project read under its lock.
     */
    private <T> ArrayNode listed(Call call, String project, Function<Project, List<T>> objects,
            BiFunction<T, String, ObjectNode> toJson, Predicate<ObjectNode> keep) {
        ArrayNode items = Json.MAPPER.createArrayNode();
        projects.forEach((id, store) -> {
            if (project != null && !project.equals(id)
                    || !permissions.may(call.user(), Action.RUN_TRAINING, in(id, null))) {
                return;
            }
            synchronized (store) {
                for (T object : objects.apply(store.project())) {
                    ObjectNode json = toJson.apply(object, id);
                    if (keep.test(json)) {
                        items.add(json);
                    }
                }
            }
        });
        return items;
    }

    /** The job named in the path, when the user may train in its project (404 when they may not see it). */
    private JobRef job(Call call) {
        checkTrainsSomewhere(call);
        JobRef ref = findJob(call.param("job_id"));
        if (ref == null || !visible(call.user(), ref.projectId())) {
            throw new ApiException(404, "no training job '" + call.param("job_id") + "'");
        }
        check(call, Action.RUN_TRAINING, in(ref.projectId(), null));
        return ref;
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

    private Reply getJob(Call call) {
        JobRef ref = job(call);
        synchronized (ref.store()) {
            return Reply.ok(Json.job(ref.job(), ref.projectId()));
        }
    }

    private Reply deleteJob(Call call) throws InterruptedException {
        JobRef ref = job(call);
        if (this.queue != null && this.queue.cancel(ref.job().getId())) {
            endJob(ref, JobStatus.CANCELLED, null);
            synchronized (ref.store()) {
                return Reply.ok(Json.job(ref.job(), ref.projectId()));
            }
        }
        TrainingQueue queue = jobQueues.get(ref.job().getId());
        if (queue != null && queue.isActive(ref.job().getId())) {
            queue.cancel(ref.job().getId());
            queue.await(ref.job().getId(), 10, java.util.concurrent.TimeUnit.SECONDS);
            synchronized (ref.store()) {
                return Reply.ok(Json.job(ref.job(), ref.projectId()));
            }
        }
        synchronized (ref.store()) {
            JobStatus status = ref.job().getStatus();
            if (status == JobStatus.PENDING || status == JobStatus.PREPARING || status == JobStatus.TRAINING) {
                throw new ApiException(409, "the job is " + status.getLiteral().toLowerCase(Locale.ROOT)
                        + " in another process; it cannot be deleted here");
            }
            execute(ref.store(), DeleteCommand.create(ref.store().editingDomain(), ref.job()));
        }
        if (this.queue != null) {
            this.queue.delete(ref.job().getId());
        }
        events.toTrainers("training_job_updated", "deleted", ref.projectId(), "training_job",
                Json.object().put("id", ref.job().getId()));
        return Reply.noContent();
    }

    private Reply listModels(Call call) {
        checkTrainsSomewhere(call);
        String task = call.query("task_type");
        Boolean active = call.flag("is_active");
        String project = call.query("project");
        return Reply.ok(Json.object().set("items", listed(call, project, p -> p.getModels(), Json::model,
                json -> (task == null || task.equals(json.get("task_type").asText()))
                        && (active == null || active == json.get("is_active").asBoolean()))));
    }

    private Reply activateModel(Call call) {
        ModelRef ref = model(call);
        new ModelRegistry(ref.store(), ACCESS, trainers).activate(ref.model());
        // the others of its task type are no longer active: a mirror that hears "activated" does the same
        modelChanged(ref.store(), ref.projectId(), ref.model(), "activated");
        synchronized (ref.store()) {
            return Reply.ok(Json.model(ref.model(), ref.projectId()));
        }
    }

    /**
     * Deletes a model as the workbench's registry does: its file too, an active one included (predictions then find
     * no active model of its task), and the job that trained it stays, without its result.
     */
    private Reply deleteModel(Call call) {
        ModelRef ref = model(call);
        try {
            new ModelRegistry(ref.store(), ACCESS, trainers).delete(ref.model());
        } catch (java.io.IOException e) {
            throw new ApiException(500, "the model was removed from the project, but its file could not be deleted: "
                    + e.getMessage());
        }
        events.toTrainers("training_model_updated", "deleted", ref.projectId(), "training_model",
                Json.object().put("id", ref.model().getId()));
        return Reply.noContent();
    }

    private record ModelRef(ProjectStore store, String projectId, TrainedModel model) {
    }

    /** The model named in the path, when the user may train in its project (404 when they may not see it). */
    private ModelRef model(Call call) {
        checkTrainsSomewhere(call);
        String id = call.param("model_id");
        for (Map.Entry<String, ProjectStore> e : projects.entrySet()) {
            ProjectStore store = e.getValue();
            TrainedModel found;
            synchronized (store) {
                found = store.project().getModels().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
            }
            if (found != null && visible(call.user(), e.getKey())) {
                check(call, Action.RUN_TRAINING, in(e.getKey(), null));
                return new ModelRef(store, e.getKey(), found);
            }
        }
        throw new ApiException(404, "no model '" + id + "'");
    }

    /**
     * Tells the project's socket of a job's change: the job as GET answers it now. Read and sent (queued, not waited
     * for) under the project's lock, so that two threads' news of one job go out in the order of the job's states.
     */
    private void jobChanged(String jobId, String change) {
        JobRef ref = findJob(jobId);
        if (ref == null) {
            return; // deleted meanwhile: its deletion told
        }
        synchronized (ref.store()) {
            events.toTrainers("training_job_updated", change, ref.projectId(), "training_job",
                    Json.job(ref.job(), ref.projectId()));
        }
    }

    /** Tells the project's socket of a model's change: the model as GET answers it now (as {@link #jobChanged}). */
    void modelChanged(ProjectStore store, String projectId, TrainedModel model, String change) {
        synchronized (store) {
            events.toTrainers("training_model_updated", change, projectId, "training_model",
                    Json.model(model, projectId));
        }
    }

    /** The model a job just trained, told as created before the job's completion (which names it) is told again. */
    private void modelTrained(String jobId, String modelId) {
        JobRef job = findJob(jobId);
        if (job == null || modelId == null) {
            return;
        }
        TrainedModel model;
        synchronized (job.store()) {
            model = job.store().project().getModels().stream().filter(m -> modelId.equals(m.getId())).findFirst()
                    .orElse(null);
        }
        if (model != null) {
            modelChanged(job.store(), job.projectId(), model, "created");
        }
    }

    // ------------------------------------------------------------------ the job queue in the database, workers

    /** With a database: the job is added to the project (pending) and queued in the database for a worker. */
    private Reply queueJob(Call call, ProjectStore store, String projectId, TrainingConfig config) {
        String id = java.util.UUID.randomUUID().toString();
        TrainingJob job = AnnotideFactory.eINSTANCE.createTrainingJob();
        job.setId(id);
        job.setName(config.name());
        job.setDescription(config.description());
        job.setType(config.task());
        job.setStatus(JobStatus.PENDING);
        job.setCreatedAt(new java.util.Date());
        job.setCreatedBy(call.user().login());
        job.getConfiguration().putAll(config.toMap());
        ACCESS.run(store, () -> new StoreChange(store, "Add training job " + config.name())
                .add(store.project(), Literals.PROJECT__TRAINING_JOBS, job).execute());
        try {
            queue.enqueue(id, projectId, config.name(), config.task().getLiteral().toLowerCase(Locale.ROOT),
                    config.toMap(), call.user().login());
        } catch (RuntimeException e) {
            ACCESS.run(store, () -> new StoreChange(store, "Remove unqueued job " + config.name())
                    .remove(store.project(), Literals.PROJECT__TRAINING_JOBS, List.of(job)).execute());
            throw e;
        }
        jobChanged(id, "created");
        synchronized (store) {
            return new Reply(201, Json.job(job, projectId)).header("Location", API + "/training/jobs/" + id);
        }
    }

    private Reply claimJob(Call call) {
        checkTrainsSomewhere(call);
        ObjectNode body = Json.parse(call.body(), Set.of("worker", "projects"));
        String worker = Json.text(body, "worker", true);
        List<String> wanted = null;
        if (body.has("projects") && !body.get("projects").isNull()) {
            wanted = new ArrayList<>();
            if (!body.get("projects").isArray()) {
                throw new ApiException(400, "the field 'projects' must be an array of project ids");
            }
            for (JsonNode item : body.get("projects")) {
                wanted.add(item.asText());
            }
        }
        List<String> served = new ArrayList<>(projects.keySet());
        served.removeIf(id -> !permissions.may(call.user(), Action.RUN_TRAINING, in(id, null)));
        if (wanted != null) {
            served.retainAll(wanted);
        }
        JobQueue.Claim claim = queue.claim(worker + " (" + call.user().login() + "@" + call.address() + ")", served);
        if (claim == null) {
            return Reply.noContent();
        }
        JobRef ref = findJob(claim.id());
        if (ref != null) {
            ACCESS.run(ref.store(), () -> {
                StoreChange edits = new StoreChange(ref.store(), "Training job " + ref.job().getName() + " claimed");
                if (!ref.job().getEpochs().isEmpty()) { // an earlier attempt's epochs: this one starts again
                    edits.remove(ref.job(), Literals.TRAINING_JOB__EPOCHS, new ArrayList<>(ref.job().getEpochs()));
                }
                edits.set(ref.job(), Literals.TRAINING_JOB__STATUS, JobStatus.PREPARING)
                        .set(ref.job(), Literals.TRAINING_JOB__STARTED_AT, new java.util.Date())
                        .set(ref.job(), Literals.TRAINING_JOB__PROGRESS, 0.0).execute();
            });
            broadcast(claim.id(), Json.object().put("type", "status_change").put("status", "preparing")
                    .put("message", "taken by " + worker));
        }
        ObjectNode json = Json.object().put("job_id", claim.id()).put("project", claim.projectId())
                .put("name", claim.name()).put("task_type", claim.taskType()).put("lease", claim.lease())
                .put("lease_seconds", queue.lease().toMillis() / 1000.0).put("attempt", claim.attempt());
        ObjectNode config = json.putObject("config");
        claim.config().forEach(config::put);
        return Reply.ok(json);
    }

    /** The job a worker names, when its lease still holds (renewed); else 409: stop working on it. */
    private JobRef leased(Call call, String lease) {
        JobRef ref = job(call);
        if (lease == null || !queue.renew(ref.job().getId(), lease)) {
            throw lost(ref.job().getId());
        }
        return ref;
    }

    private ApiException lost(String jobId) {
        return new ApiException(409, "the lease on job " + jobId + " is not held: it ran out (the job went back to "
                + "the queue) or the job was cancelled; stop working on it");
    }

    private Reply heartbeat(Call call) {
        ObjectNode body = Json.parse(call.body(), Set.of("lease"));
        leased(call, Json.text(body, "lease", true));
        return Reply.ok(Json.object().put("lease_seconds", queue.lease().toMillis() / 1000.0));
    }

    private Reply workerStatus(Call call) {
        ObjectNode body = Json.parse(call.body(), Set.of("lease", "status"));
        JobRef ref = leased(call, Json.text(body, "lease", true));
        String status = Json.text(body, "status", true);
        if (!status.equals("training")) {
            throw new ApiException(400, "a worker reports status 'training' here (epochs, fail and model end a job), not '"
                    + status + "'");
        }
        ACCESS.run(ref.store(), () -> new StoreChange(ref.store(), "Training job " + ref.job().getName() + " training")
                .set(ref.job(), Literals.TRAINING_JOB__STATUS, JobStatus.TRAINING).execute());
        broadcast(ref.job().getId(), Json.object().put("type", "status_change").put("status", "training"));
        return Reply.noContent();
    }

    private Reply workerEpoch(Call call) {
        ObjectNode body = Json.parse(call.body(), Set.of("lease", "epoch", "epochs", "train_loss", "val_loss", "millis", "metrics"));
        String lease = Json.text(body, "lease", true);
        int epoch = (int) field(body, "epoch", true);
        int epochs = (int) field(body, "epochs", true);
        double trainLoss = field(body, "train_loss", false);
        double validationLoss = field(body, "val_loss", false);
        long millis = body.has("millis") ? (long) field(body, "millis", true) : 0;
        Map<String, Double> metrics = new LinkedHashMap<>();
        JsonNode m = body.get("metrics");
        if (m != null && !m.isNull()) {
            if (!m.isObject()) {
                throw new ApiException(400, "the field 'metrics' must be an object of numbers");
            }
            for (Map.Entry<String, JsonNode> e : m.properties()) {
                if (!e.getValue().isNumber()) {
                    throw new ApiException(400, "the field 'metrics." + e.getKey() + "' must be a number");
                }
                metrics.put(e.getKey(), e.getValue().asDouble());
            }
        }
        JobRef ref = job(call);
        if (!queue.epoch(ref.job().getId(), lease, epoch, trainLoss, validationLoss, millis, metrics)) {
            throw lost(ref.job().getId());
        }
        ACCESS.run(ref.store(), () -> {
            org.annotide.model.EpochMetrics row = AnnotideFactory.eINSTANCE.createEpochMetrics();
            row.setEpoch(epoch);
            row.setTrainLoss(trainLoss);
            row.setValidationLoss(validationLoss);
            row.setDurationMillis(millis);
            row.getMetrics().putAll(metrics);
            new StoreChange(ref.store(), "Epoch " + epoch + " of " + ref.job().getName())
                    .add(ref.job(), Literals.TRAINING_JOB__EPOCHS, row)
                    .set(ref.job(), Literals.TRAINING_JOB__PROGRESS, epochs <= 0 ? 0.0 : Math.min(1.0, (double) epoch / epochs))
                    .execute();
        });
        ObjectNode message = Json.object().put("type", "epoch_complete");
        message.setAll(Json.epoch(epoch, trainLoss, validationLoss, metrics));
        message.put("epochs", epochs);
        broadcast(ref.job().getId(), message);
        return Reply.noContent();
    }

    private Reply workerFail(Call call) {
        ObjectNode body = Json.parse(call.body(), Set.of("lease", "message"));
        String lease = Json.text(body, "lease", true);
        String message = Json.text(body, "message", true);
        JobRef ref = job(call);
        if (!queue.finish(ref.job().getId(), lease, "failed", message, null)) {
            throw lost(ref.job().getId());
        }
        endJob(ref, JobStatus.FAILED, message);
        return Reply.noContent();
    }

    private static double field(ObjectNode body, String name, boolean whole) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            throw new ApiException(400, "the field '" + name + "' is missing");
        }
        if (whole ? !v.isIntegralNumber() || !v.canConvertToLong() : !v.isNumber()) {
            throw new ApiException(400, "the field '" + name + "' must be " + (whole ? "a whole number" : "a number"));
        }
        return v.asDouble();
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

    private Reply workerModel(Call call) throws Exception {
        JobRef ref = job(call);
        String lease = call.query("lease");
        if (lease == null || !queue.renew(ref.job().getId(), lease)) {
            throw lost(ref.job().getId());
        }
        ModelRegistry registry = new ModelRegistry(ref.store(), ACCESS, trainers);
        Path upload = registry.newModelPath("upload-" + java.util.UUID.randomUUID());
        Path target = null;
        try {
            receiveModelFile(call, upload);
            org.annotide.ml.ModelFile file;
            try {
                file = org.annotide.ml.ModelFile.read(upload);
            } catch (TrainingException e) {
                throw new ApiException(400, "the upload is not an Annotide model file: " + e.getMessage());
            }
            String modelId = file.descriptor().id();
            synchronized (ref.store()) {
                if (ref.store().project().getModels().stream().anyMatch(mo -> modelId.equals(mo.getId()))) {
                    throw new ApiException(409, "a model with the id " + modelId + " exists already");
                }
            }
            if (!queue.finish(ref.job().getId(), lease, "completed", null, modelId)) {
                throw lost(ref.job().getId());
            }
            target = registry.newModelPath(modelId);
            Files.move(upload, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            TrainedModel model = registry.register(org.annotide.ml.ModelFile.read(target), ref.job());
            String id = ACCESS.call(ref.store(), model::getId);
            broadcast(ref.job().getId(), Json.object().put("type", "status_change").put("status", "completed"));
            broadcast(ref.job().getId(), Json.object().put("type", "training_complete").put("model_id", id));
            synchronized (ref.store()) {
                return Reply.ok(Json.model(model, ref.projectId()));
            }
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** Ends a job of the project (cancelled or failed) and tells its listeners. */
    private void endJob(JobRef ref, JobStatus status, String error) {
        ACCESS.run(ref.store(), () -> {
            StoreChange edits = new StoreChange(ref.store(), "Training job " + ref.job().getName() + " "
                    + status.getLiteral().toLowerCase(Locale.ROOT));
            edits.set(ref.job(), Literals.TRAINING_JOB__STATUS, status)
                    .set(ref.job(), Literals.TRAINING_JOB__FINISHED_AT, new java.util.Date());
            if (error != null) {
                edits.set(ref.job(), Literals.TRAINING_JOB__ERROR_MESSAGE, error);
            }
            edits.execute();
        });
        ObjectNode m = Json.object().put("type", "status_change").put("status", status.getLiteral().toLowerCase(Locale.ROOT));
        if (error != null) {
            m.put("message", error);
        }
        broadcast(ref.job().getId(), m);
    }

    /** Jobs whose worker stopped renewing its lease: pending again (their epochs start over) or failed. */
    private void reapLeases() {
        try {
            for (JobQueue.Expired expired : queue.reap()) {
                JobRef ref = findJob(expired.id());
                if (ref == null) {
                    continue;
                }
                if (expired.requeued()) {
                    ACCESS.run(ref.store(), () -> new StoreChange(ref.store(), "Training job " + ref.job().getName()
                            + " back in the queue").set(ref.job(), Literals.TRAINING_JOB__STATUS, JobStatus.PENDING)
                            .set(ref.job(), Literals.TRAINING_JOB__ERROR_MESSAGE, expired.error()).execute());
                    broadcast(expired.id(), Json.object().put("type", "status_change").put("status", "pending")
                            .put("message", expired.error()));
                } else {
                    endJob(ref, JobStatus.FAILED, expired.error());
                }
            }
        } catch (RuntimeException e) {
            System.err.println("annotide server: leases could not be checked: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ WebSocket

    /**
     * Tells the job's socket of a change; a change of status or the job's end is told on its project's socket too (as
     * the whole job, to everyone who may see the project's training), epochs on the job's socket alone.
     */
    private void broadcast(String jobId, ObjectNode message) {
        Set<Session> set = listeners.get(jobId);
        String text = message.toString();
        for (Session session : set == null ? Set.<Session>of() : set) {
            if (session.isOpen()) {
                session.sendText(text, org.eclipse.jetty.websocket.api.Callback.NOOP);
            }
        }
        switch (message.path("type").asText()) {
            case "status_change" -> jobChanged(jobId, "status");
            case "training_complete" -> {
                modelTrained(jobId, message.path("model_id").asText(null));
                jobChanged(jobId, "completed");
            }
            default -> {
                // epochs: live on the job's socket only
            }
        }
    }

    /**
     * One client following one job: told its status at once, then every change. Public: Jetty reaches the
     * listener's methods through a public method-handle lookup.
     */
    public final class JobSocket implements Session.Listener.AutoDemanding {
        private final String jobId;
        private Session session;

        JobSocket(String jobId) {
            this.jobId = jobId;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            this.session = opened;
            listeners.computeIfAbsent(jobId, k -> new CopyOnWriteArraySet<>()).add(opened);
            JobRef ref = findJob(jobId);
            if (ref != null) {
                String status;
                String model;
                synchronized (ref.store()) {
                    status = ref.job().getStatus().getLiteral().toLowerCase(Locale.ROOT);
                    model = ref.job().getResultModel() == null ? null : ref.job().getResultModel().getId();
                }
                opened.sendText(Json.object().put("type", "status_change").put("status", status).toString(),
                        org.eclipse.jetty.websocket.api.Callback.NOOP);
                if (model != null) {
                    opened.sendText(Json.object().put("type", "training_complete").put("model_id", model).toString(),
                            org.eclipse.jetty.websocket.api.Callback.NOOP);
                }
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            Set<Session> set = listeners.get(jobId);
            if (set != null && session != null) {
                set.remove(session);
            }
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
