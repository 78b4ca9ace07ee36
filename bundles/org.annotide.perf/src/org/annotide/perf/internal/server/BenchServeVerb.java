package org.annotide.perf.internal.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.annotide.access.Account;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;
import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ServerProjects;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * {@code annotide-cli bench serve}: a server on loopback over a generated project, driven by a Java load generator
 * (keep-alive HTTP/1.1 clients, one thread each): authenticated GETs of an annotation page, then annotation
 * writes (each one journaled and forced to disk before its 201).
 */
public final class BenchServeVerb implements CliVerb {

    private PermissionService permissions;

    public void setPermissions(PermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "bench serve";
    }

    @Override
    public String summary() {
        return "Requests per second and latency of the server on loopback (embedded store)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench serve [--clients 16] [--seconds 10] [--write-seconds 5] [--annotations 100]
                        [--db postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE] [--client socket|java|wrk]
                        [--soak-seconds S]

                Generates a project in a temporary folder (one image with --annotations boxes), starts the server
                on a free loopback port, logs in, and runs --clients keep-alive clients (java.net.http, one thread
                each) for --seconds of authenticated GETs of an annotation page (after a 2 s warm-up), then
                --write-seconds of annotation POSTs. Prints:
                  BENCH get_requests_per_s <n> 1/s     BENCH get_p50_ms <x> ms     BENCH get_p99_ms <x> ms
                  BENCH post_requests_per_s <n> 1/s    BENCH post_p99_ms <x> ms    BENCH errors <n> count
                --soak-seconds S (e.g. 600 with --clients 50): afterwards a soak of mixed reads and writes, each
                client a GET of the page four times in five and otherwise a PUT replacing one annotation (so the
                project does not grow); the heap in use after a full GC is sampled ten times: BENCH soak_requests_per_s,
                soak_errors, soak_heap_first_mb, soak_heap_last_mb, soak_heap_max_mb (server and load generator share
                the JVM, so the heap is theirs together).
                With --db also BENCH ws_fanout_ms / ws_fanout_max_ms: the median and slowest time for an epoch report
                (as a worker posts it) to reach 100 WebSocket clients of the job, over 20 epochs.
                With --db (the password in the URL or ANNOTIDE_DB_PASSWORD) the server keeps its users, tokens and
                audit log in that PostgreSQL database, as 'serve --db' does (every write then also inserts its audit
                row), and the write figures are named pg_post_requests_per_s and pg_post_p99_ms. The bench adds a
                user bench-<random> and hosts its project there for the run, and removes both (and their audit rows)
                afterwards. --client socket (the default) drives the server with plain keep-alive HTTP/1.1 over one
                socket per client thread (a few microseconds of client work per request, as wrk would); --client
                java uses java.net.http, whose own per-request cost on these cores is a large part of what is
                measured; --client wrk runs wrk (apt-get install wrk) for the GETs, in its own process, and the
                socket clients for the writes, and prints BENCH get_server_cpu_us: this process's CPU time (the
                server's threads, the JIT's, the collector's) per GET, which other load on the machine barely moves.
                The load generator shares the machine's cores with the server; the load average before
                and after is printed (BENCH load_before / load_after, from /proc/loadavg) to judge the figures by.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("clients", "seconds", "write-seconds", "annotations", "db", "client", "soak-seconds");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        int clients = args.intOption("clients", 16);
        int seconds = args.intOption("seconds", 10);
        int writeSeconds = args.intOption("write-seconds", 5);
        int annotations = args.intOption("annotations", 100);
        int soakSeconds = args.intOption("soak-seconds", 0);
        if (soakSeconds < 0) {
            throw new UsageException("--soak-seconds must be 0 (no soak) or more");
        }
        String client = args.option("client", "socket");
        if (!List.of("socket", "java", "wrk").contains(client)) {
            throw new UsageException("--client is socket, java or wrk, not " + client);
        }
        if (client.equals("wrk") && !WrkLoad.installed()) {
            context.err().println("annotide-cli bench serve: --client wrk needs wrk on the PATH (apt-get install wrk)");
            return FAILED;
        }
        boolean raw = !client.equals("java"); // wrk drives the GETs; socket clients the writes and the soak
        if (clients < 1 || clients > 1000 || seconds < 1 || writeSeconds < 0 || annotations < 1) {
            throw new UsageException("--clients 1..1000, --seconds >= 1, --write-seconds >= 0, --annotations >= 1");
        }
        Path temp = Files.createTempDirectory("annotide-bench-serve");
        try (ProjectStore store = ProjectStore.create(temp.resolve("bench"), "bench")) {
            LabelClass label = AnnotideFactory.eINSTANCE.createLabelClass();
            label.setId("c1");
            label.setName("cell");
            ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
            image.setId("i1");
            image.setName("slide");
            image.setWidth(4096);
            image.setHeight(4096);
            for (int i = 0; i < annotations; i++) {
                Annotation a = AnnotideFactory.eINSTANCE.createAnnotation();
                a.setId(i + 1);
                a.setLabelClass(label);
                BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
                box.setX(i * 7 % 4000);
                box.setY(i * 13 % 4000);
                box.setWidth(20);
                box.setHeight(30);
                a.setShape(box);
                a.setCreatedAt(new Date());
                a.setAuthor("bench");
                image.getAnnotations().add(a);
            }
            CompoundCommand setup = new CompoundCommand("bench project");
            setup.append(AddCommand.create(store.editingDomain(), store.project(), Literals.PROJECT__LABEL_CLASSES, label));
            setup.append(AddCommand.create(store.editingDomain(), store.project(), Literals.PROJECT__IMAGES, image));
            setup.append(SetCommand.create(store.editingDomain(), store.project(), Literals.PROJECT__NEXT_ANNOTATION_ID,
                    (long) annotations + 1));
            store.commandStack().execute(setup);
            String dbUrl = args.option("db", null);
            ServerDatabase db = null;
            String user = "bench";
            String password = "bench-password";
            AnnotideServer.Builder builder = AnnotideServer.builder().port(0).project(store).permissions(permissions);
            if (dbUrl == null) {
                UserDirectory users = UserDirectory.open(temp);
                users.add(new Account(user, Role.ADMIN), "bench-password".toCharArray());
                builder.users(users);
            } else {
                try {
                    db = ServerDatabase.open(DatabaseSettings.parse(dbUrl, null, context.env("ANNOTIDE_DB_PASSWORD"), 8));
                    db.migrate();
                } catch (RuntimeException e) {
                    if (db != null) {
                        db.close();
                    }
                    context.err().println("annotide-cli bench serve: " + e.getMessage());
                    return FAILED;
                }
                java.security.SecureRandom random = new java.security.SecureRandom();
                user = "bench-" + Long.toHexString(random.nextLong() & 0xffffffffL);
                password = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
                // a team manager of the bench project only (never another admin in someone's database)
                db.addUser(new Account(user, Role.TEAM_MANAGER), password.toCharArray());
                builder.database(db).workers(0);
            }
            context.bench("load_before", loadAverage(), "load");
            try (AnnotideServer server = builder.start()) {
                if (db != null) { // the server hosts the project now
                    new ServerProjects(db).setMember(ServerProjects.idOf(store), user, Role.TEAM_MANAGER, null);
                }
                HttpClient login = HttpClient.newHttpClient();
                HttpResponse<String> answer = login.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/auth/login"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user
                                + "\",\"password\":\"" + password + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                String token = answer.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
                String project = store.folder().getFileName().toString();
                String id = store.project().getId();
                if (id != null && !id.isBlank()) {
                    project = id;
                }
                URI page = URI.create(server.baseUrl() + "/api/v1/projects/" + project + "/images/i1/annotations?limit=50");
                AtomicLong errors = new AtomicLong();
                run(raw, clients, 2, token, page, null, errors); // warm-up
                errors.set(0);
                if (client.equals("wrk")) {
                    long cpuBefore = processCpuNanos();
                    WrkLoad.Figures get = WrkLoad.get(page, token, clients, seconds);
                    long cpu = processCpuNanos() - cpuBefore;
                    errors.addAndGet(get.errors());
                    context.bench("get_requests_per_s", Math.round(get.requestsPerSecond()), "1/s");
                    context.bench("get_p50_ms", get.p50Ms(), "ms");
                    context.bench("get_p99_ms", get.p99Ms(), "ms");
                    // the server's CPU for one GET (wrk runs in a process of its own): unlike the rate, barely moved by
                    // what else the machine runs, so two builds can be compared on a busy machine
                    double served = get.requestsPerSecond() * seconds;
                    if (cpu > 0 && served > 0) {
                        context.bench("get_server_cpu_us", cpu / 1e3 / served, "us");
                    }
                } else {
                    Result get = run(raw, clients, seconds, token, page, null, errors);
                    context.bench("get_requests_per_s", Math.round(get.count / get.seconds), "1/s");
                    context.bench("get_p50_ms", get.percentile(0.50), "ms");
                    context.bench("get_p99_ms", get.percentile(0.99), "ms");
                }
                if (writeSeconds > 0) {
                    URI post = URI.create(server.baseUrl() + "/api/v1/projects/" + project + "/images/i1/annotations");
                    Result write = run(raw, clients, writeSeconds, token, post,
                            "{\"label_class\":\"c1\",\"shape\":{\"kind\":\"box\",\"x\":1,\"y\":2,\"width\":3,\"height\":4}}", errors);
                    String prefix = db == null ? "" : "pg_";
                    context.bench(prefix + "post_requests_per_s", Math.round(write.count / write.seconds), "1/s");
                    context.bench(prefix + "post_p50_ms", write.percentile(0.50), "ms");
                    context.bench(prefix + "post_p99_ms", write.percentile(0.99), "ms");
                }
                if (db != null) {
                    wsFanout(context, server.baseUrl(), token, 100, 20, errors);
                }
                if (soakSeconds > 0 && !raw) {
                    context.err().println("annotide-cli bench serve: the soak uses socket clients only; skipped");
                } else if (soakSeconds > 0) {
                    soak(context, page, token, clients, soakSeconds, Math.min(annotations, 1000), errors);
                }
                context.bench("errors", errors.get(), "count");
                context.bench("load_after", loadAverage(), "load");
                context.bench("cores", Runtime.getRuntime().availableProcessors(), "count");
                return errors.get() == 0 ? OK : FAILED;
            } finally {
                if (db != null) { // leave the database as it was: the bench user, its audit rows, the hosted project
                    String login = user;
                    String id = ServerProjects.idOf(store);
                    db.call(c -> {
                        try (java.sql.PreparedStatement p = c.prepareStatement("DELETE FROM training_jobs WHERE project_id = ?")) {
                            p.setString(1, id);
                            return p.executeUpdate();
                        }
                    });
                    new ServerProjects(db).unhost(id);
                    db.call(c -> {
                        try (java.sql.PreparedStatement p = c.prepareStatement("DELETE FROM audit_log WHERE username = ?")) {
                            p.setString(1, login);
                            return p.executeUpdate();
                        }
                    });
                    db.removeUser(login);
                    db.close();
                }
            }
        } finally {
            try (var walk = Files.walk(temp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The time an epoch event takes to reach {@code sockets} WebSocket clients of a job: the bench queues a job, claims
     * it as a worker would, connects the clients to {@code /training/ws/{job}}, then reports {@code epochs} epochs one
     * after another (POST /workers/jobs/{id}/epochs: the queue row, the project's journal, then the broadcast) and
     * times each from the moment its report is sent to the moment the last client has the message. Prints the median
     * as ws_fanout_ms and the slowest as ws_fanout_max_ms. The job is failed afterwards ("bench done").
     */
    private static void wsFanout(CliContext context, String base, String token, int sockets, int epochs, AtomicLong errors)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        java.util.function.BiFunction<String, String, HttpResponse<String>> post = (path, body) -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
        HttpResponse<String> created = post.apply("/training/jobs", "{\"name\":\"bench-fanout\",\"task_type\":\"classify\","
                + "\"config\":{\"epochs\":" + epochs + "}}");
        HttpResponse<String> claimed = created.statusCode() == 201
                ? post.apply("/workers/claim", "{\"worker\":\"bench\"}") : created;
        if (claimed.statusCode() != 200) {
            context.err().println("annotide-cli bench serve: no job to fan out epochs of (" + claimed.statusCode() + "): "
                    + claimed.body());
            errors.incrementAndGet();
            return;
        }
        com.fasterxml.jackson.databind.JsonNode job = new com.fasterxml.jackson.databind.ObjectMapper().readTree(claimed.body());
        String jobId = job.get("job_id").asText();
        String lease = job.get("lease").asText();
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> arrived =
                new java.util.concurrent.atomic.AtomicReference<>(new java.util.concurrent.CountDownLatch(sockets));
        long[] last = new long[1];
        List<java.net.http.WebSocket> open = new ArrayList<>();
        String ws = base.replaceFirst("^http", "ws") + "/api/v1/training/ws/" + jobId + "?token=" + token;
        for (int i = 0; i < sockets; i++) {
            open.add(http.newWebSocketBuilder().buildAsync(URI.create(ws), new java.net.http.WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket socket, CharSequence data,
                        boolean complete) {
                    text.append(data);
                    if (complete) {
                        if (text.indexOf("epoch_complete") >= 0) {
                            synchronized (last) {
                                last[0] = System.nanoTime();
                            }
                            arrived.get().countDown();
                        }
                        text.setLength(0);
                    }
                    socket.request(1);
                    return null;
                }
            }).get(10, java.util.concurrent.TimeUnit.SECONDS));
        }
        post.apply("/workers/jobs/" + jobId + "/status", "{\"lease\":\"" + lease + "\",\"status\":\"training\"}");
        Thread.sleep(300); // every socket has had its status messages
        long[] fanout = new long[epochs];
        for (int e = 1; e <= epochs; e++) {
            java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(sockets);
            arrived.set(latch);
            long start = System.nanoTime();
            HttpResponse<String> reported = post.apply("/workers/jobs/" + jobId + "/epochs", "{\"lease\":\"" + lease
                    + "\",\"epoch\":" + e + ",\"epochs\":" + epochs + ",\"train_loss\":" + (1.0 / e)
                    + ",\"val_loss\":" + (1.5 / e) + ",\"millis\":1}");
            if (reported.statusCode() / 100 != 2 || !latch.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                errors.incrementAndGet();
                context.err().println("annotide-cli bench serve: epoch " + e + " (" + reported.statusCode() + " "
                        + reported.body() + ") reached " + (sockets - latch.getCount()) + " of " + sockets + " sockets");
                fanout[e - 1] = Long.MAX_VALUE;
                continue;
            }
            synchronized (last) {
                fanout[e - 1] = last[0] - start;
            }
        }
        post.apply("/workers/jobs/" + jobId + "/fail", "{\"lease\":\"" + lease + "\",\"message\":\"bench done\"}");
        for (java.net.http.WebSocket socket : open) {
            socket.abort();
        }
        Arrays.sort(fanout);
        context.bench("ws_fanout_ms", fanout[epochs / 2] == Long.MAX_VALUE ? Double.NaN
                : Math.round(fanout[epochs / 2] / 1e4) / 100.0, "ms");
        context.bench("ws_fanout_max_ms", fanout[epochs - 1] == Long.MAX_VALUE ? Double.NaN
                : Math.round(fanout[epochs - 1] / 1e4) / 100.0, "ms");
        context.bench("ws_clients", sockets, "count");
    }

    /** Mixed reads and writes for {@code seconds}, sampling the heap after a full GC ten times. */
    private static void soak(CliContext context, URI page, String token, int clients, int seconds, int annotations,
            AtomicLong errors) throws InterruptedException {
        AtomicLong requests = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        String base = page.toString().substring(0, page.toString().indexOf('?'));
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                URI one = URI.create(base + "/" + (client % annotations + 1));
                try (SocketClient http = new SocketClient(page, token, null)) {
                    long i = 0;
                    while (System.nanoTime() < end) {
                        i++;
                        try {
                            int status = i % 5 == 0
                                    ? http.send(SocketClient.request(one, "PUT", token, "{\"label_class\":\"c1\",\"shape\":"
                                            + "{\"kind\":\"box\",\"x\":" + (i % 4000) + ",\"y\":2,\"width\":20,\"height\":30}}"))
                                    : http.send();
                            if (status / 100 != 2) {
                                failed.incrementAndGet();
                            }
                        } catch (java.io.IOException | RuntimeException e) {
                            failed.incrementAndGet();
                            http.close();
                        }
                        requests.incrementAndGet();
                    }
                }
            }, "bench-soak-client-" + c);
            threads.add(thread);
            thread.start();
        }
        long start = System.nanoTime();
        List<Double> heap = new ArrayList<>();
        for (int sample = 1; sample <= 10; sample++) {
            long at = start + seconds * 1_000_000_000L * sample / 10;
            long wait = (at - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            heap.add(Math.round((runtime.totalMemory() - runtime.freeMemory()) / 1e5) / 10.0);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        errors.addAndGet(failed.get());
        context.bench("soak_clients", clients, "count");
        context.bench("soak_seconds", seconds, "s");
        context.bench("soak_requests_per_s", Math.round(requests.get() / elapsed), "1/s");
        context.bench("soak_errors", failed.get(), "count");
        context.bench("soak_heap_first_mb", heap.get(0), "MB");
        context.bench("soak_heap_last_mb", heap.get(heap.size() - 1), "MB");
        context.bench("soak_heap_max_mb", heap.stream().mapToDouble(Double::doubleValue).max().orElse(0), "MB");
    }

    /** The one-minute load average of the machine (as uptime prints it), NaN where /proc/loadavg is missing. */
    /** CPU time of this process so far (all its threads: the server's, the JIT's, the collector's), or -1. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private record Result(long count, double seconds, long[] nanos) {
        double percentile(double q) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(nanos.length - 1, Math.ceil(q * nanos.length) - 1);
            return Math.round(nanos[Math.max(0, index)] / 1e4) / 100.0;
        }
    }

    /**
     * One keep-alive HTTP/1.1 connection over a plain socket: writes the same request again and again and reads each
     * answer by its Content-Length (the server always sends one for JSON). Reconnects after an error.
     */
    private static final class SocketClient implements AutoCloseable {
        private final URI uri;
        private final byte[] request;
        private java.net.Socket socket;
        private java.io.InputStream in;
        private java.io.OutputStream out;
        private byte[] buffer = new byte[1 << 16];

        SocketClient(URI uri, String token, String body) {
            this(uri, body == null ? "GET" : "POST", token, body);
        }

        SocketClient(URI uri, String method, String token, String body) {
            this.uri = uri;
            this.request = request(uri, method, token, body);
        }

        static byte[] request(URI uri, String method, String token, String body) {
            byte[] content = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String head = method + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                    + "\r\n";
            byte[] headBytes = head.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + content.length);
            System.arraycopy(content, 0, request, headBytes.length, content.length);
            return request;
        }

        /** Sends the request and reads the whole answer; returns its status. */
        int send() throws java.io.IOException {
            return send(request);
        }

        /** Sends another request (to the same host and port) over this connection; returns the answer's status. */
        int send(byte[] request) throws java.io.IOException {
            if (socket == null) {
                socket = new java.net.Socket(uri.getHost(), uri.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            // status line and headers, up to the empty line
            int length = 0;
            int status = -1;
            int contentLength = -1;
            int lineStart = 0;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new java.io.EOFException("the server closed the connection");
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, length * 2);
                }
                buffer[length++] = (byte) b;
                if (b == '\n') {
                    String line = new String(buffer, lineStart, length - lineStart, java.nio.charset.StandardCharsets.US_ASCII).trim();
                    lineStart = length;
                    if (line.isEmpty()) {
                        break;
                    }
                    if (status < 0) {
                        status = Integer.parseInt(line.split(" ")[1]);
                    } else if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        contentLength = Integer.parseInt(line.substring(15).trim());
                    }
                }
            }
            if (contentLength < 0) {
                throw new java.io.IOException("an answer without Content-Length");
            }
            long skipped = 0;
            while (skipped < contentLength) {
                long n = in.skip(contentLength - skipped);
                if (n <= 0) {
                    if (in.read() < 0) {
                        throw new java.io.EOFException("the server closed the connection");
                    }
                    n = 1;
                }
                skipped += n;
            }
            return status;
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (java.io.IOException e) {
                    // closing
                }
                socket = null;
            }
        }
    }

    /** One client's connection: sends the request once and answers its status; closed when the run ends. */
    private interface Client extends AutoCloseable {
        int send() throws Exception;

        @Override
        default void close() {
        }
    }

    private static Result run(boolean raw, int clients, int seconds, String token, URI uri, String body, AtomicLong errors)
            throws InterruptedException {
        if (raw) {
            return run(clients, seconds, "bench-socket-client-", () -> {
                SocketClient socket = new SocketClient(uri, token, body);
                return new Client() {
                    @Override
                    public int send() throws Exception {
                        try {
                            return socket.send();
                        } catch (java.io.IOException | RuntimeException e) {
                            socket.close(); // the next send opens a new connection
                            throw e;
                        }
                    }

                    @Override
                    public void close() {
                        socket.close();
                    }
                };
            }, errors);
        }
        return run(clients, seconds, "bench-client-", () -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
            HttpRequest request = body == null ? builder.GET().build()
                    : builder.POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build();
            return () -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        }, errors);
    }

    /** Each of the clients sends for the given seconds; every request's time is kept, a non-2xx or failure counted. */
    private static Result run(int clients, int seconds, String name, java.util.function.Supplier<Client> connect,
            AtomicLong errors) throws InterruptedException {
        List<long[]> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                try (Client client = connect.get()) {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            if (client.send() / 100 != 2) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (n == times.length) {
                            times = Arrays.copyOf(times, n * 2);
                        }
                        times[n++] = System.nanoTime() - t0;
                    }
                }
                synchronized (samples) {
                    samples.add(Arrays.copyOf(times, n));
                }
            }, name + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all.length, elapsed, all);
    }
}
