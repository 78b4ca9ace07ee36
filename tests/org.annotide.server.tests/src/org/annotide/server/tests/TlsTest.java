package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import org.annotide.core.store.ProjectStore;
import org.annotide.server.Tls;
import org.annotide.server.TrainingWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server with a key store speaks HTTPS only: a PKCS12 key store made at test time with the JDK's keytool
 * (a self-signed certificate for localhost and 127.0.0.1), a client trusting that certificate logs in, reads and
 * writes, follows a job over wss://; plain HTTP on the port gets no answer; a client that does not trust the
 * certificate is refused in the handshake; a worker with a trust store trains over HTTPS, and so do the server's
 * own in-process workers.
 */
class TlsTest extends DatabaseServerTest {

    private static final char[] PASSWORD = "store secret 42".toCharArray();

    ProjectStore copy;

    @AfterEach
    void closeCopy() { // before the server and the database (DatabaseServerTest)
        if (copy != null) {
            copy.close();
        }
    }

    /** keytool -genkeypair into a PKCS12 store, and the certificate exported as PEM beside it. */
    static Path[] makeKeyStore(Path folder) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = folder.resolve("server.p12");
        Path pem = folder.resolve("server.pem");
        String pass = new String(PASSWORD);
        run(List.of(keytool.toString(), "-genkeypair", "-alias", "annotide", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype",
                "PKCS12", "-keystore", store.toString(), "-storepass", pass, "-keypass", pass), folder);
        run(List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", "annotide", "-keystore", store.toString(),
                "-storepass", pass, "-file", pem.toString()), folder);
        return new Path[] {store, pem};
    }

    private static void run(List<String> command, Path folder) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool ended");
        assertEquals(0, process.exitValue(), "keytool: " + output);
    }

    private void startTls(Fixture fixture) throws Exception {
        Path[] files = makeKeyStore(Files.createDirectories(temp.resolve("tls")));
        KeyStore keys = Tls.loadKeyStore(files[0], PASSWORD);
        fixture.serveTls(keys, PASSWORD, Tls.clientContext(files[1], null));
    }

    @Test
    void withAKeyStoreTheServerSpeaksHttpsOnly() throws Exception {
        f = new Fixture(temp, 20, 1 << 20);
        startTls(f);
        assertTrue(f.server.baseUrl().startsWith("https://127.0.0.1:"), f.server.baseUrl());

        String token = f.login("manager");
        assertEquals(200, f.call("GET", "/api/v1/projects", token, null).status());
        Fixture.Answer created = f.call("POST", "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations",
                token, "{\"label_class\":\"" + f.store.project().getLabelClasses().get(0).getId()
                        + "\",\"shape\":{\"kind\":\"box\",\"x\":1,\"y\":2,\"width\":3,\"height\":4}}");
        assertEquals(201, created.status(), created.toString());
        String annotation = created.json().get("id").asText();
        assertEquals(200, f.call("GET", "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations/"
                + annotation, token, null).status());

        // plain HTTP on the same port: the TLS handshake fails, the connection is closed, nothing is answered
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI http = URI.create("http://127.0.0.1:" + f.server.port() + "/api/v1/projects");
        assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(http).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()),
                "plain HTTP is refused");

        // a client that does not trust the certificate (the JDK's default trust) is refused in the handshake
        URI https = URI.create(f.url("/api/v1/projects"));
        assertThrows(SSLHandshakeException.class, () -> plain.send(HttpRequest.newBuilder(https)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));

        // a training job followed over wss:// to its end
        String admin = f.login("admin");
        TrainingApiTest.Collector socket = new TrainingApiTest.Collector();
        Fixture.Answer job = f.call("POST", "/api/v1/training/jobs", admin,
                "{\"name\":\"tls\",\"task_type\":\"classify\",\"config\":{\"epochs\":2,\"image_size\":8}}");
        assertEquals(201, job.status(), job.toString());
        assertTrue(f.url("").startsWith("https:"), f.url("")); // so the socket is wss:
        f.socket("/api/v1/training/ws/" + job.json().get("id").asText() + "?token=" + admin, socket)
                .get(10, TimeUnit.SECONDS);
        assertTrue(socket.complete.await(20, TimeUnit.SECONDS), "training_complete over wss: " + socket.messages);
    }

    @Test
    void aKeyStoreThatDoesNotOpenIsAClearError() throws Exception {
        Path[] files = makeKeyStore(temp);
        IOException wrong = assertThrows(IOException.class, () -> Tls.loadKeyStore(files[0], "guess".toCharArray()));
        assertTrue(wrong.getMessage().contains("server.p12") && wrong.getMessage().contains("password"),
                wrong.getMessage());
        IOException notAStore = assertThrows(IOException.class, () -> Tls.loadKeyStore(files[1], PASSWORD));
        assertTrue(notAStore.getMessage().contains("server.pem"), notAStore.getMessage());
        IOException missing = assertThrows(IOException.class, () -> Tls.loadKeyStore(temp.resolve("none.p12"), PASSWORD));
        assertTrue(missing.getMessage().contains("none.p12"), missing.getMessage());
        // a store with only a certificate (a trust store) has no key to serve with
        Path trustOnly = temp.resolve("trust.p12");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("c", Tls.ownCertificates(Tls.loadKeyStore(files[0], PASSWORD)).get(0));
        try (var out = Files.newOutputStream(trustOnly)) {
            trust.store(out, PASSWORD);
        }
        IOException noKey = assertThrows(IOException.class, () -> Tls.loadKeyStore(trustOnly, PASSWORD));
        assertTrue(noKey.getMessage().contains("no private key"), noKey.getMessage());
        // ... but it serves as a worker's trust store
        SSLContext client = Tls.clientContext(trustOnly, PASSWORD);
        assertEquals("TLS", client.getProtocol());
        assertThrows(IOException.class, () -> Tls.readPasswordFile(Files.writeString(temp.resolve("empty"), "\n")));
        assertEquals("secret", new String(Tls.readPasswordFile(Files.writeString(temp.resolve("pw"), "secret\r\nmore"))));
    }

    @Test
    void workersTrainOverHttpsRemoteWithATrustStoreAndInProcess() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 20, 1 << 20, pg.db, Duration.ofSeconds(30));
        startTls(f);
        String admin = f.login("admin");
        Fixture.Answer created = f.call("POST", "/api/v1/training/jobs", admin,
                "{\"name\":\"remote\",\"task_type\":\"classify\",\"config\":{\"epochs\":2,\"image_size\":8}}");
        assertEquals(201, created.status(), created.toString());
        String jobId = created.json().get("id").asText();

        URI base = URI.create(f.server.baseUrl());
        // without trusting the certificate the worker cannot even log in
        assertThrows(SSLHandshakeException.class, () -> TrainingWorker.login(base, "manager",
                Fixture.PASSWORD.toCharArray()));
        SSLContext trust = Tls.clientContext(temp.resolve("tls").resolve("server.pem"), null);
        String token = TrainingWorker.login(base, "manager", Fixture.PASSWORD.toCharArray(), trust);
        TrainingWorker worker = new TrainingWorker(base, token, "tls-worker", Map.of(f.projectId, copyProject()),
                f.trainers(), System.out, trust);
        assertEquals(TrainingWorker.Outcome.COMPLETED, worker.runOne());
        JsonNode job = f.call("GET", "/api/v1/training/jobs/" + jobId, admin, null).json();
        assertEquals("completed", job.get("status").asText(), job.toString());
        assertEquals(2, job.get("epochs").size(), job.toString());

        // the server's own workers reach it over https:// too (trusting exactly its certificate)
        f.dbWorkers = 1;
        f.restartServer();
        Fixture.Answer local = f.call("POST", "/api/v1/training/jobs", admin,
                "{\"name\":\"local\",\"task_type\":\"classify\",\"config\":{\"epochs\":2,\"image_size\":8}}");
        assertEquals(201, local.status(), local.toString());
        String localId = local.json().get("id").asText();
        JsonNode ended = null;
        for (int i = 0; i < 300; i++) {
            ended = f.call("GET", "/api/v1/training/jobs/" + localId, admin, null).json();
            if (List.of("completed", "failed", "cancelled").contains(ended.get("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("completed", ended.get("status").asText(), ended.toString());
    }

    private ProjectStore copyProject() throws IOException {
        Path target = temp.resolve("worker-copy").resolve("shapes");
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(f.store.folder())) {
            files.forEach(sources::add);
        }
        for (Path source : sources) {
            Path to = target.resolve(f.store.folder().relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(to);
            } else if (!source.getFileName().toString().equals(".lock")) {
                Files.copy(source, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        copy = ProjectStore.open(target);
        return copy;
    }
}
