package org.annotide.server.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.access.UserDirectory;
import org.annotide.core.store.ProjectStore;
import org.annotide.formats.LabelsCsv;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportRequest;
import org.annotide.ml.EpochResult;
import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ImageAsset;
import org.annotide.model.Role;
import org.annotide.model.TaskType;
import org.annotide.server.AnnotideServer;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ServerProjects;
import org.annotide.tests.support.openapi.CheckedHttpClient;
import org.annotide.tests.support.openapi.CheckedSocket;
import org.annotide.tests.support.openapi.OpenApiCheck;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.AddCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A served project on loopback: 12 grey 16x16 PNG images of two classes ("dark", "light", image-level labels
 * imported from a CSV), the first image in a benchmark (its annotations are ground truth), three users (admin,
 * manager, ann) and a server with a test trainer (nearest mean, real epochs, a pause per epoch).
 */
final class Fixture implements AutoCloseable {

    static final String PASSWORD = "correct horse";
    static final ObjectMapper JSON = new ObjectMapper();

    final ProjectStore store;
    AnnotideServer server;
    final ServerDatabase db;
    final Duration lease;
    final long epochPauseMillis;
    final int maxBody;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * What differed from the server's OpenAPI document where it could not fail the test at once: a message a test
     * socket heard ({@link #socket}), an answer a worker's client got ({@link #checkedHttp}). {@link #close} fails
     * the test with them.
     */
    final List<String> documentProblems = java.util.Collections.synchronizedList(new ArrayList<>());
    /** The server's OpenAPI document, to which {@link #call} and {@link #upload} hold each answer. */
    private OpenApiCheck openApi;
    private AnnotideServer openApiOf;
    /** After {@link #serveTls}: the server's key store and its password (HTTPS only). */
    java.security.KeyStore tlsKeys;
    char[] tlsPassword;
    final String projectId;
    final String gtImage;
    final String image;
    final Path firstFile;
    /** The sockets a test opened ({@link #socket}), aborted by {@link #close} before the server stops. */
    private final List<java.net.http.WebSocket> sockets = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Further projects the server serves beside the fixture's (after {@link #restartServer()}). */
    final List<ProjectStore> more = new java.util.ArrayList<>();
    /** With a database: where audit rows wait while it is down. */
    final Path auditSpool;
    /** With a database: the server's in-process workers on its queue (0: only the tests' own workers train). */
    int dbWorkers;
    /** The trainers of the next (re)start of the server; null: the test trainer ({@link #trainers()}). */
    TrainerRegistry trainerRegistry;
    /** The largest image an upload may have, from the next (re)start of the server. */
    long maxImageBytes = AnnotideServer.DEFAULT_MAX_IMAGE_BYTES;

    Fixture(Path temp, long epochPauseMillis, int maxBody) throws Exception {
        this(temp, epochPauseMillis, maxBody, null, null);
    }

    /** With a database: the users are added there and the server keeps tokens, audit and jobs in it. */
    Fixture(Path temp, long epochPauseMillis, int maxBody, ServerDatabase db, Duration lease) throws Exception {
        this.db = db;
        this.lease = lease;
        this.epochPauseMillis = epochPauseMillis;
        this.maxBody = maxBody;
        this.auditSpool = temp.resolve("audit-spool.jsonl");
        Path files = Files.createDirectories(temp.resolve("files"));
        StringBuilder csv = new StringBuilder("path,label\n");
        for (int i = 0; i < 12; i++) {
            BufferedImage picture = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
            int shade = i % 2 == 0 ? 30 : 220;
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    picture.getRaster().setSample(x, y, 0, Math.min(255, shade + (x * y + i) % 17));
                }
            }
            ImageIO.write(picture, "png", files.resolve("img" + i + ".png").toFile());
            csv.append("img").append(i).append(".png,").append(i % 2 == 0 ? "dark" : "light").append('\n');
        }
        Path list = Files.writeString(files.resolve("labels.csv"), csv);
        Path folder = temp.resolve("workspace").resolve("shapes");
        store = ProjectStore.create(folder, "shapes");
        new ImageImporter(ImageFormats.installed(), LabelsCsv::imageList).run(store,
                new ImportRequest(List.of(), null, false, list), new NullProgressMonitor());
        List<ImageAsset> images = store.project().getImages();
        BenchmarkProject benchmark = AnnotideFactory.eINSTANCE.createBenchmarkProject();
        benchmark.setId("bench");
        benchmark.setName("bench");
        benchmark.getImages().add(images.get(0));
        store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project(),
                AnnotidePackage.Literals.PROJECT__BENCHMARKS, benchmark));
        gtImage = images.get(0).getId();
        image = images.get(1).getId();
        firstFile = files.resolve("img0.png");
        UserDirectory users = UserDirectory.open(temp.resolve("workspace"));
        users.add(new Account("admin", Role.ADMIN), PASSWORD.toCharArray());
        users.add(new Account("manager", Role.TEAM_MANAGER), PASSWORD.toCharArray());
        users.add(new Account("ann", Role.ANNOTATOR), PASSWORD.toCharArray());
        if (db != null) {
            db.migrate();
            for (Account account : users.accounts()) {
                db.addUser(account, PASSWORD.toCharArray());
            }
        }
        server = startServer(0);
        String id = store.project().getId();
        projectId = id == null || id.isBlank() ? "shapes" : id;
        if (db != null) { // the server hosts the project now; with a database only members work on it
            ServerProjects members = new ServerProjects(db);
            members.setMember(projectId, "manager", Role.TEAM_MANAGER, "admin");
            members.setMember(projectId, "ann", Role.ANNOTATOR, "admin");
        }
    }

    AnnotideServer startServer(int port) throws Exception {
        AnnotideServer.Builder builder = AnnotideServer.builder().port(port).project(store)
                .permissions(new RolePermissions()).trainers(trainerRegistry != null ? trainerRegistry : trainers()).workers(2).maxBody(maxBody)
                .maxImageBytes(maxImageBytes);
        more.forEach(builder::project);
        if (tlsKeys != null) {
            builder.tls(tlsKeys, tlsPassword);
        }
        if (db != null) {
            builder.database(db).leaseTimeout(lease).workers(dbWorkers).auditSpool(auditSpool);
        } else {
            builder.users(UserDirectory.open(store.folder().getParent()));
        }
        return builder.start();
    }

    TrainerRegistry trainers() {
        return TrainerRegistry.of(List.of(new MeanTrainer(epochPauseMillis)));
    }

    /**
     * Stops the server and starts another (on a new port) that speaks HTTPS only with this key store; {@link #http}
     * then trusts the server through {@code client}.
     */
    void serveTls(java.security.KeyStore keys, char[] password, javax.net.ssl.SSLContext client) throws Exception {
        tlsKeys = keys;
        tlsPassword = password;
        server.close();
        server = startServer(0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(client).build();
    }

    /** Stops the server and starts another on the same port, store and database. */
    void restartServer() throws Exception {
        int port = server.port();
        server.close();
        server = startServer(port);
    }

    @Override
    public void close() {
        synchronized (sockets) {
            sockets.forEach(java.net.http.WebSocket::abort);
        }
        try {
            server.close();
        } finally {
            store.close();
        }
        if (!documentProblems.isEmpty()) {
            throw new AssertionError("what the server sent differs from its OpenAPI document: " + documentProblems);
        }
    }

    /**
     * Opens a WebSocket of the server ({@code path} with its query, e.g. {@code /api/v1/training/ws/ID?token=T}) whose
     * every message is held to the document's declaration for its type before {@code listener} hears it (see
     * {@link CheckedSocket}): every test socket checks what it hears. {@link #close} aborts it if the test did not.
     */
    java.util.concurrent.CompletableFuture<java.net.http.WebSocket> socket(String path, java.net.http.WebSocket.Listener listener)
            throws IOException, InterruptedException {
        return http.newWebSocketBuilder().buildAsync(URI.create(url(path).replaceFirst("^http", "ws")),
                new CheckedSocket(path, openApi(), listener, documentProblems::add)).thenApply(socket -> {
                    sockets.add(socket);
                    return socket;
                });
    }

    /**
     * A client for code under test that talks to the server on its own (a {@link org.annotide.server.TrainingWorker}):
     * {@link #http}, with every answer held to the document ({@link CheckedHttpClient}).
     */
    java.net.http.HttpClient checkedHttp() {
        return new CheckedHttpClient(http, () -> openApi(), documentProblems::add);
    }

    record Answer(int status, JsonNode json, HttpResponse<byte[]> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    Answer call(String method, String path, String token, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = null;
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json") && response.body().length > 0) {
            json = JSON.readTree(response.body());
        }
        return conforming(method, path, new Answer(response.statusCode(), json, response));
    }

    /**
     * The answer, once it is found to be what the server's OpenAPI document says the operation answers for its status
     * (else an AssertionError naming what differs): every test's calls hold the server to its document.
     */
    Answer conforming(String method, String path, Answer answer) throws IOException, InterruptedException {
        List<String> problems = openApi().problems(method, path, answer.status(), answer.header("Content-Type"),
                answer.raw().body());
        if (!problems.isEmpty()) {
            throw new AssertionError("the answer differs from the OpenAPI document: " + problems + "\n" + answer);
        }
        return answer;
    }

    /** The document of the server now running (a server with a database serves the worker routes too). */
    OpenApiCheck openApi() throws IOException, InterruptedException {
        if (openApi == null || openApiOf != server) {
            OpenApiCheck check = OpenApiCheck.of(http, server.baseUrl());
            if (openApi != null) {
                check.succeeded.addAll(openApi.succeeded);
                check.heard.addAll(openApi.heard);
            }
            openApi = check;
            openApiOf = server;
        }
        return openApi;
    }

    /** POSTs bytes as they are (an image upload), with the content type and headers given. */
    Answer upload(String path, String token, HttpRequest.BodyPublisher body, String contentType, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .POST(body).header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.contains("json") && response.body().length > 0 ? JSON.readTree(response.body()) : null;
        return conforming("POST", path, new Answer(response.statusCode(), json, response));
    }

    String login(String user) throws Exception {
        Answer answer = call("POST", "/api/v1/auth/login", null,
                JSON.writeValueAsString(Map.of("username", user, "password", PASSWORD)));
        if (answer.status() != 200) {
            throw new AssertionError("login of " + user + ": " + answer);
        }
        return answer.json().get("token").asText();
    }

    /**
     * Nearest class mean of the prepared pixels' brightness, one real epoch at a time (the means are computed once; the
     * epochs only pace the job). Its predictions are real: a dark image is nearer the dark class's mean.
     */
    static final class MeanTrainer implements Trainer {
        /** When set, every prediction waits for it: a test holds a selection or an inference running with it. */
        static volatile java.util.concurrent.CountDownLatch predictionGate;

        final long pause;

        MeanTrainer(long pause) {
            this.pause = pause;
        }

        @Override
        public String id() {
            return "test.mean";
        }

        @Override
        public TaskType task() {
            return TaskType.CLASSIFY;
        }

        @Override
        public List<String> architectures() {
            return List.of("n");
        }

        @Override
        public TrainingResult train(PreparedDataset data, TrainingConfig config, ModelFile start, TrainingMonitor monitor,
                Path work) throws Exception {
            List<EpochResult> epochs = new ArrayList<>();
            for (int e = 1; e <= config.epochs(); e++) {
                long until = System.nanoTime() + pause * 1_000_000;
                while (System.nanoTime() < until) {
                    if (monitor.isCancelled()) {
                        return null;
                    }
                    Thread.sleep(5);
                }
                if (monitor.isCancelled()) {
                    return null;
                }
                EpochResult result = new EpochResult(e, 1.0 / e, 1.5 / e, Map.of("top1", 0.5 + 0.1 * Math.min(e, 4)), pause);
                epochs.add(result);
                monitor.epochCompleted(result);
            }
            // the weights: each class's mean sample value over its training images
            double[] sums = new double[data.classes().size()];
            int[] counts = new int[sums.length];
            for (int i : data.train()) {
                byte[] pixels = data.pixels(i);
                double sum = 0;
                for (byte b : pixels) {
                    sum += b & 0xff;
                }
                sums[data.label(i)] += sum / pixels.length;
                counts[data.label(i)]++;
            }
            StringBuilder means = new StringBuilder();
            for (int c = 0; c < sums.length; c++) {
                means.append(c == 0 ? "" : " ").append(counts[c] == 0 ? 128.0 : sums[c] / counts[c]);
            }
            Path weights = Files.writeString(work.resolve("weights"), means);
            return new TrainingResult("n", Map.of("top1", 0.9), epochs, Map.of("weights", weights), data.mean(), data.std());
        }

        @Override
        public Predictor open(ModelFile model, String device) throws IOException {
            double[] means;
            try (java.io.InputStream in = model.open("weights")) {
                means = java.util.Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(" "))
                        .mapToDouble(Double::parseDouble).toArray();
            }
            return new Predictor() {
                /** Nearer a class's mean brightness, more probable: a softmax of minus the distances. */
                @Override
                public double[][] classify(List<BufferedImage> images) {
                    java.util.concurrent.CountDownLatch gate = predictionGate;
                    if (gate != null) {
                        try {
                            gate.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    double[][] probabilities = new double[images.size()][means.length];
                    for (int i = 0; i < images.size(); i++) {
                        BufferedImage image = images.get(i);
                        double sum = 0;
                        for (int y = 0; y < image.getHeight(); y++) {
                            for (int x = 0; x < image.getWidth(); x++) {
                                if (image.getRaster().getNumBands() == 1) { // the samples, as training read them
                                    sum += image.getRaster().getSample(x, y, 0);
                                } else {
                                    int rgb = image.getRGB(x, y);
                                    sum += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3.0;
                                }
                            }
                        }
                        double brightness = sum / (image.getWidth() * image.getHeight());
                        double total = 0;
                        for (int c = 0; c < means.length; c++) {
                            probabilities[i][c] = Math.exp(-Math.abs(brightness - means[c]) / 16);
                            total += probabilities[i][c];
                        }
                        for (int c = 0; c < means.length; c++) {
                            probabilities[i][c] /= total;
                        }
                    }
                    return probabilities;
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
